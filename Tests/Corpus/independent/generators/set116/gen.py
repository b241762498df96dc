# -*- coding: utf-8 -*-
"""Generator for set116. Builds the report files and their answer keys."""
import hashlib, json, os, subprocess, shutil, tempfile, unicodedata
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
N = lambda s: unicodedata.normalize("NFC", s)

KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, kk, dx, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=kk, proposals=dx)


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------------------
# Hand A — "Cô Thảo", ward economic office, XLSX biểu.
# Habit: figures only in two parallel multi-line cells "Số lượng" / "ĐVT"
# (Alt+Enter), line n of one cell belongs to line n of the other; status column
# "Tình hình": Hoàn thành / Đang tiếp tục / Chưa phát sinh / Chưa thực hiện.
# ---------------------------------------------------------------------------
A_STAT = {"Hoàn thành": "completed", "Đang tiếp tục": "in_progress",
          "Chưa phát sinh": "not_applicable", "Chưa thực hiện": "not_started"}


def hand_a(fname, uid, uname, head_unit, place, so, date_iso, rows, kk, dx, office="PHÒNG KINH TẾ"):
    d = date_iso.split("-")
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu CT38"
    widths = {"A": 6, "B": 42, "C": 46, "D": 12, "E": 16, "F": 15, "G": 18}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = head_unit
    ws.merge_cells("D1:G1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:C2"); ws["A2"] = office
    ws.merge_cells("D2:G2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + so
    ws.merge_cells("D3:G3"); ws["D3"] = f"{place}, ngày {d[2]} tháng {d[1]} năm {d[0]}"
    for c in ("A1", "D1", "A2", "D2"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=12); ws[c].alignment = CENTER
    for c in ("A3", "D3"):
        ws[c].font = Font(name="Times New Roman", italic=(c == "D3"), size=12); ws[c].alignment = CENTER
    ws.merge_cells("A5:G5")
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=13); ws["A5"].alignment = CENTER
    ws.merge_cells("A6:G6")
    ws["A6"] = "(Số liệu từ ngày 01/01/2026 đến ngày báo cáo)"
    ws["A6"].font = Font(name="Times New Roman", italic=True, size=12); ws["A6"].alignment = CENTER
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Số lượng", "ĐVT", "Tình hình", "Ghi chú"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=8, column=i + 1, value=h)
        c.font = Font(name="Times New Roman", bold=True); c.alignment = CENTER; c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 9
    ws.cell(row=r, column=1, value="I"); ws.cell(row=r, column=2, value="KẾT QUẢ THỰC HIỆN")
    ws.cell(row=r, column=2).font = Font(name="Times New Roman", bold=True)
    r += 1
    entries = []
    for i, row in enumerate(rows, 1):
        name, result, pairs, stat, note, task, ind = row
        nums = "\n".join(p[0] for p in pairs)
        units = "\n".join(p[1] for p in pairs)
        vals = [i, name, result, nums or None, units or None, stat, note or None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v)
            c.alignment = WRAP; c.border = BOX; c.font = Font(name="Times New Roman", size=12)
        ws.cell(row=r, column=1).alignment = CENTER
        ws.row_dimensions[r].height = max(45, 16 * max(len(pairs), 2) + 8, 15 * (len(result) // 40 + 1))
        r += 1
        entries.append((task, A_STAT[stat], ind, result or name))
    r += 1
    ws.cell(row=r, column=1, value="III"); ws.cell(row=r, column=2, value="KHÓ KHĂN, VƯỚNG MẮC")
    ws.cell(row=r, column=2).font = Font(name="Times New Roman", bold=True); r += 1
    for i, t in enumerate(kk, 1):
        ws.cell(row=r, column=1, value=f"3.{i}"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(row=r, column=2, value=t).alignment = WRAP; ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value="IV"); ws.cell(row=r, column=2, value="ĐỀ XUẤT, KIẾN NGHỊ")
    ws.cell(row=r, column=2).font = Font(name="Times New Roman", bold=True); r += 1
    for i, t in enumerate(dx, 1):
        ws.cell(row=r, column=1, value=f"4.{i}"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(row=r, column=2, value=t).alignment = WRAP; ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(row=r, column=2, value="NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    ws.cell(row=r, column=5, value="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").alignment = CENTER
    ws.row_dimensions[r].height = 48
    ws.cell(row=r + 4, column=2, value="Nguyễn Thị Thu Thảo")
    ws.cell(row=r + 4, column=5, value="Lê Văn Hiếu" if "Tân Sơn" in head_unit else "Trần Quốc Bảo")
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, kk, dx)


hand_a("27019_bieu_ct38_T10.xlsx", "27019", "Phường Tân Sơn Nhì", "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN SƠN NHÌ", "Tân Sơn Nhì",
       "186/BC-UBND", "2026-10-27", [
           ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng đến hộ kinh doanh, người dân",
            "Đăng tin trên trang thông tin điện tử phường và nhóm Zalo các khu phố; phát trên loa truyền thanh các khu phố",
            [("12", "tin, bài"), ("19", "khu phố")], "Hoàn thành", "", "II.1.a", {"communications": 12}),
           ("Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu trên địa bàn (nội dung phân cấp cho phường)",
            "Phối hợp Chi cục TĐC, Đội QLTT kiểm tra cân tại chợ Tân Hương, cửa hàng xăng dầu trên đường Lũy Bán Bích; lập biên bản vi phạm, ra quyết định xử phạt",
            [("3", "cuộc"), ("24", "cơ sở"), ("2", "cơ sở vi phạm"), ("3.000.000", "đồng")], "Đang tiếp tục",
            "Quý IV tiếp tục kiểm tra chợ Sơn Kỳ", "II.5.c",
            {"inspections": 3, "establishments_inspected": 24, "violations": 2, "fines_vnd": 3000000}),
           ("Cử công chức dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức",
            "Cử công chức Phòng Kinh tế dự lớp tập huấn ngày 14/5/2026 tại Chi cục",
            [("2", "người")], "Hoàn thành", "", "II.3.a", {"participants": 2}),
           ("Duy trì, áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
            "Rà soát, cập nhật quy trình giải quyết thủ tục hành chính sau sắp xếp; đánh giá nội bộ trong tháng 9/2026",
            [("118", "quy trình")], "Đang tiếp tục", "Chờ công bố lại", "II.2.đ", {}),
           ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng",
            "Trong kỳ không có phản ánh, tố giác",
            [], "Chưa phát sinh", "", "II.5.d", {}),
       ],
       ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.",
        "Chưa được trang bị cân đối chứng để kiểm tra tại chợ."],
       ["Đề nghị Chi cục TĐC hỗ trợ phường bộ cân đối chứng và quả cân chuẩn.",
        "Đề nghị tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."])

hand_a("bieu-ket-qua-CT38-BTD.xlsx", "27448", "Phường Bình Trị Đông", "UBND PHƯỜNG BÌNH TRỊ ĐÔNG", "Bình Trị Đông",
       "402/BC-UBND", "2026-10-26", [
           ("Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
            "Đăng tin trên fanpage phường; lồng ghép nội dung vào sinh hoạt khu phố",
            [("8", "tin bài"), ("36", "khu phố")], "Hoàn thành", "", "II.1.a", {"communications": 8}),
           ("Kiểm tra đo lường, nhãn hàng đóng gói sẵn tại chợ Bình Trị Đông và cửa hàng tạp hóa",
            "Tổ kiểm tra liên ngành phường thực hiện; không phát hiện vi phạm, nhắc nhở hộ kinh doanh kiểm định cân đúng hạn",
            [("2", "cuộc"), ("15", "cơ sở")], "Hoàn thành", "", "II.5.c",
            {"inspections": 2, "establishments_inspected": 15}),
           ("Cử cán bộ tập huấn", "Cử công chức dự lớp của Chi cục TĐC (tháng 6/2026)",
            [("3", "công chức")], "Hoàn thành", "", "II.3.a", {"participants": 3}),
           ("Hướng dẫn doanh nghiệp, hộ kinh doanh đăng ký mã số mã vạch, áp dụng truy xuất nguồn gốc",
            "Phối hợp Chi cục TĐC hướng dẫn tại trụ sở phường và tại cơ sở",
            [("32", "cơ sở (DN, hộ KD)")], "Đang tiếp tục", "", "II.2.a", {"enterprises_supported": 32}),
           ("ISO hành chính", "Đã công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 theo Quyết định số 95/QĐ-UBND ngày 12/8/2026",
            [], "Hoàn thành", "", "II.2.đ", {}),
       ],
       ["Kinh phí cho công tác kiểm tra, tuyên truyền chưa được bố trí riêng."],
       ["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu báo cáo thống nhất cho cấp phường."],
       office="")

hand_a("HocMon_CT38_2026.xlsx", "27559", "Xã Hóc Môn", "ỦY BAN NHÂN DÂN\nXÃ HÓC MÔN", "Hóc Môn",
       "97/BC-UBND", "2026-10-28", [
           ("Tuyên truyền trên hệ thống truyền thanh, trang thông tin xã",
            "Đăng tin, phát phóng sự về cân đong, hàng giả, hàng kém chất lượng",
            [("6", "tin, bài, phóng sự")], "Hoàn thành", "", "II.1.a", {"communications": 6}),
           ("Hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho hộ kinh doanh",
            "Tổ chức tại Hội trường UBND xã ngày 22/4/2026, mời báo cáo viên Chi cục TĐC",
            [("1", "hội nghị"), ("85", "lượt người")], "Hoàn thành", "", "II.1.a",
            {"training_courses": 1, "participants": 85}),
           ("Kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng xăng dầu (phân cấp)",
            "Kiểm tra tại chợ Hóc Môn, chợ Bà Điểm cũ và các cửa hàng xăng dầu dọc Quốc lộ 22",
            [("4", "cuộc"), ("31", "cơ sở"), ("3", "cơ sở vi phạm"), ("7.500.000", "đồng")], "Đang tiếp tục", "",
            "II.5.c", {"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 7500000}),
           ("Cử cán bộ dự tập huấn nghiệp vụ", "", [], "Chưa thực hiện", "Chưa nhận được thư mời", "II.3.a", {}),
           ("Khen thưởng, bảo vệ người tố giác vi phạm", "", [], "Chưa phát sinh", "", "II.5.d", {}),
       ],
       ["Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ tự phát ven Quốc lộ 22 khó quản lý."],
       ["Đề nghị Chi cục phối hợp tổ chức kiểm tra liên ngành tại các chợ tự phát trên địa bàn xã."],
       office="")
# merged rows of II.1.a in Hóc Môn -> one entry (done after key())
k = KEYS["HocMon_CT38_2026.xlsx"]
e1, e2 = k["entries"][0], k["entries"][1]
e1["indicators"].update(e2["indicators"]); e1["text"] += " / " + e2["text"]
del k["entries"][1]

hand_a("LaiThieu-bao-cao-CT38.xlsx", "25966", "Phường Lái Thiêu", "UBND PHƯỜNG LÁI THIÊU", "Lái Thiêu",
       "233/BC-UBND", "2026-10-30", [
           ("Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
            "Gửi thông báo, gặp gỡ vận động doanh nghiệp sản xuất gốm sứ, chế biến gỗ trên địa bàn",
            [("14", "doanh nghiệp")], "Hoàn thành", "", "II.1.b", {"enterprises_supported": 14}),
           ("Tuyên truyền pháp luật về TCĐLCL", "Đăng trên Cổng thông tin phường, Zalo khu phố",
            [("10", "tin, bài")], "Hoàn thành", "", "II.1.a", {"communications": 10}),
           ("Kiểm tra đo lường tại chợ Lái Thiêu, cửa hàng xăng dầu", "Phối hợp Chi cục TĐC, Công an phường",
            [("2", "cuộc"), ("18", "cơ sở"), ("1", "cơ sở vi phạm"), ("2.250.000", "đồng")], "Đang tiếp tục", "",
            "II.5.c", {"inspections": 2, "establishments_inspected": 18, "violations": 1, "fines_vnd": 2250000}),
           ("Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy sản phẩm",
            "Hướng dẫn hồ sơ công bố cho doanh nghiệp sản xuất đồ gỗ, vật liệu xây dựng",
            [("6", "doanh nghiệp")], "Đang tiếp tục", "", "II.2.d", {"enterprises_supported": 6}),
           ("Áp dụng ISO 9001 tại UBND phường", "Duy trì, cải tiến theo kế hoạch năm", [], "Hoàn thành", "", "II.2.đ", {}),
       ],
       ["Một số hộ kinh doanh chưa hợp tác, không xuất trình giấy chứng nhận kiểm định phương tiện đo."],
       ["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền in sẵn để phường phát cho hộ kinh doanh."])

# ---------------------------------------------------------------------------
# Hand B — "Anh Phúc", departments' planning officer, XLSX.
# Habit: pastes the WHOLE plan (all 24 tasks) as rows and hides (not deletes)
# the rows his department has nothing to say about; results are running
# sentences with "đạt NN …"; status in "Đánh giá".
# ---------------------------------------------------------------------------
PLAN = [
    ("1", "Tuyên truyền, nâng cao nhận thức, kiến thức, trách nhiệm của các cấp ủy đảng, chính quyền và nhân dân về vai trò, vị trí và tầm quan trọng của công tác tiêu chuẩn, đo lường, chất lượng", None, None, None),
    ("a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố và buổi Tọa đàm với doanh nghiệp nhập khẩu.", "II.1.a", "Chi cục TĐC", "Quý I, II và III/2026"),
    ("b", "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.", "II.1.b", "Chi cục TĐC", "Quý I và II/2026"),
    ("2", "Tổ chức triển khai có hiệu quả công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng; rà soát, đề xuất sửa đổi, bổ sung, hoàn thiện hệ thống, chính sách pháp luật", None, None, None),
    ("a", "Triển khai Kế hoạch nâng cao năng suất và chất lượng (Chương trình 1322, Kế hoạch 36), Đề án 996, Đề án 100.", "II.2.a", "Chi cục TĐC", "Quý IV/2026"),
    ("b", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia theo kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.", "II.2.b", "Chi cục TĐC", "Quý II, III và IV/2026"),
    ("c", "Đề xuất, kiến nghị việc sửa đổi, bổ sung các Luật và các văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng có liên quan (khi có yêu cầu).", "II.2.c", "Chi cục TĐC", "Định kỳ hoặc đột xuất"),
    ("d", "Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến; thực hiện công bố chất lượng sản phẩm, hàng hóa.", "II.2.d", "Chi cục TĐC", "Thường xuyên"),
    ("đ", "Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.", "II.2.đ", "Chi cục TĐC", "Tháng 01-11/2026"),
    ("e", "Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia; tổ chức xây dựng và tham gia xây dựng quy chuẩn kỹ thuật địa phương.", "II.2.e", "Chi cục TĐC", "Quý IV/2026"),
    ("g", "Củng cố, nâng cao hiệu quả hoạt động của các tổ chức dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng; đẩy mạnh xã hội hóa.", "II.2.g", "Chi cục TĐC", "Thường xuyên"),
    ("h", "Đề xuất cải tiến, hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính; kết nối Cổng thông tin một cửa quốc gia.", "II.2.h", "Chi cục TĐC", "Quý I/2026"),
    ("i", "Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng.", "II.2.i", "Chi cục TĐC", "Thường xuyên"),
    ("3", "Xây dựng, đào tạo nguồn nhân lực lĩnh vực tiêu chuẩn, đo lường, chất lượng", None, None, None),
    ("a", "Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ cho công chức các Sở, ngành, UBND xã, phường, đặc khu.", "II.3.a", "Chi cục TĐC", "Quý II, III và IV/2026"),
    ("b", "Tổ chức các khóa tập huấn, bồi dưỡng chuyên sâu về năng suất, chất lượng; hình thành mạng lưới tư vấn.", "II.3.b", "Chi cục TĐC", "Quý II và III/2026"),
    ("c", "Thực hiện thu hút đội ngũ cán bộ có trình độ chuyên môn cao, chuyên gia tư vấn, đánh giá.", "II.3.c", "Phòng Quản lý Khoa học", "Thường xuyên"),
    ("d", "Xây dựng, tổ chức thực hiện các chương trình đào tạo, bồi dưỡng, tập huấn cho viên chức, người lao động và sinh viên trong các trường Đại học, Cao đẳng, Trung cấp.", "II.3.d", "Chi cục TĐC", "Quý II, III và IV/2026"),
    ("4", "Đầu tư ngân sách nhà nước cho công tác tiêu chuẩn, đo lường, chất lượng", None, None, None),
    ("a", "Tiếp tục đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực đối với đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ.", "II.4.a", "Trung tâm PTTN", "Thường xuyên"),
    ("b", "Rà soát đầu tư; bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ.", "II.4.b", "Chi cục TĐC", "Thường xuyên"),
    ("c", "Phối hợp đầu tư, thiết lập, duy trì các chuẩn đo lường chính, bảo đảm liên kết chuẩn đến chuẩn quốc gia.", "II.4.c", "Chi cục TĐC", "Thường xuyên"),
    ("5", "Tăng cường công tác kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng", None, None, None),
    ("a", "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa.", "II.5.a", "Chi cục TĐC", "Thường xuyên"),
    ("b", "Triển khai công tác khảo sát chất lượng sản phẩm, hàng hóa.", "II.5.b", "Chi cục TĐC", "Thường xuyên"),
    ("c", "Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền.", "II.5.c", "Chi cục TĐC", "Thường xuyên"),
    ("d", "Khen thưởng và bảo vệ người tố giác; xử lý nghiêm các hành vi tham nhũng, tiêu cực, vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.", "II.5.d", "Chi cục TĐC", "Thường xuyên"),
    ("6", "Trao đổi thông tin, kinh nghiệm, hợp tác đào tạo về tiêu chuẩn, đo lường, chất lượng", None, None, None),
    ("a", "Cập nhật kịp thời các điều ước, các thỏa thuận quốc tế có liên quan về tiêu chuẩn, đo lường, chất lượng.", "II.6.a", "Chi cục TĐC", "Thường xuyên"),
    ("b", "Phối hợp với Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất (nếu có yêu cầu).", "II.6.b", "Chi cục TĐC", "Thường xuyên"),
]
B_STAT = {"Hoàn thành": "completed", "Đang triển khai": "in_progress", "Không phát sinh": "not_applicable",
          "Chưa triển khai": "not_started"}


def hand_b(fname, uid, uname, parent, dept, so, date_iso, title, answers, kk, dx, plan=PLAN, status="extracted",
           reason=None, sheet="KH38"):
    d = date_iso.split("-")
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for c, w in {"A": 6, "B": 60, "C": 14, "D": 16, "E": 55, "F": 16}.items():
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:B1"); ws["A1"] = parent
    ws.merge_cells("A2:B2"); ws["A2"] = dept
    ws.merge_cells("C1:F1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("C2:F2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A3:B3"); ws["A3"] = "Số: " + so
    ws.merge_cells("C3:F3"); ws["C3"] = f"Thành phố Hồ Chí Minh, ngày {d[2]} tháng {d[1]} năm {d[0]}"
    for c in ("A1", "A2", "C1", "C2", "A3", "C3"):
        ws[c].alignment = CENTER; ws[c].font = Font(name="Times New Roman", bold=c in ("A2", "C1", "C2"), size=12,
                                                  italic=(c == "C3"))
    ws.merge_cells("A5:F5"); ws["A5"] = title
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=13); ws["A5"].alignment = CENTER
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Nhiệm vụ, giải pháp", "Chủ trì", "Thời gian", f"Kết quả thực hiện của {uname if status=='extracted' else dept.title()}", "Đánh giá"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h); c.font = Font(name="Times New Roman", bold=True)
        c.alignment = CENTER; c.border = BOX; c.fill = PatternFill("solid", fgColor="FFF2CC")
    r = 8
    entries = []
    group_has = {}
    cur_group = None
    rows_meta = []
    for (no, text, code, lead, when) in plan:
        if code is None:
            cur_group = r
            group_has[cur_group] = False
            rows_meta.append((r, no, text, None, None, None))
        else:
            rows_meta.append((r, no, text, code, lead, when))
            if code in answers:
                group_has[cur_group] = True
        r += 1
    for (rr, no, text, code, lead, when) in rows_meta:
        ws.cell(row=rr, column=1, value=no); ws.cell(row=rr, column=2, value=text)
        if code is None:
            for cc in range(1, 7):
                ws.cell(row=rr, column=cc).font = Font(name="Times New Roman", bold=True)
                ws.cell(row=rr, column=cc).border = BOX
            ws.cell(row=rr, column=2).alignment = WRAP
            ws.row_dimensions[rr].height = 45
            if not group_has[rr]:
                ws.row_dimensions[rr].hidden = True
            continue
        ws.cell(row=rr, column=3, value=lead); ws.cell(row=rr, column=4, value=when)
        for cc in range(1, 7):
            ws.cell(row=rr, column=cc).border = BOX; ws.cell(row=rr, column=cc).alignment = WRAP
            ws.cell(row=rr, column=cc).font = Font(name="Times New Roman", size=12)
        if code in answers:
            res, stat, ind = answers[code]
            ws.cell(row=rr, column=5, value=res); ws.cell(row=rr, column=6, value=stat)
            ws.row_dimensions[rr].height = max(60, 16 * (len(res) // 48 + 1))
            entries.append((code, B_STAT.get(stat, "unknown"), ind, res))
        else:
            ws.row_dimensions[rr].hidden = True
    r += 1
    ws.cell(row=r, column=1, value="II"); ws.cell(row=r, column=2, value="Khó khăn, vướng mắc")
    ws.cell(row=r, column=2).font = Font(name="Times New Roman", bold=True); r += 1
    for t in kk:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value="- " + t).alignment = WRAP; ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value="III"); ws.cell(row=r, column=2, value="Kiến nghị, đề xuất")
    ws.cell(row=r, column=2).font = Font(name="Times New Roman", bold=True); r += 1
    for t in dx:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value="- " + t).alignment = WRAP; ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    ws.cell(row=r, column=5, value="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").alignment = CENTER
    ws.cell(row=r, column=5).font = Font(name="Times New Roman", bold=True); ws.row_dimensions[r].height = 36
    ws.cell(row=r + 4, column=5, value=answers.get("_signer", ""))
    ws.freeze_panes = "C8"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, [] if status == "rejected" else entries,
        [] if status == "rejected" else kk, [] if status == "rejected" else dx, status=status, reason=reason)


hand_b("SCT_KQ_KH38_2026.xlsx", "SO-CT", "Sở Công Thương", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG",
       "5126/SCT-QLTM", "2026-10-29",
       "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026\n(Phần nội dung Sở Công Thương phối hợp thực hiện)",
       {"II.1.a": ("Phối hợp Chi cục TĐC tổ chức 01 buổi tọa đàm với doanh nghiệp nhập khẩu hàng điện, điện tử ngày 18/6/2026, có 64 đại biểu tham dự.", "Hoàn thành", {"training_courses": 1, "participants": 64}),
        "II.2.d": ("Thông qua Chương trình khuyến công, hướng dẫn, hỗ trợ đạt 23 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001 và công cụ cải tiến năng suất.", "Đang triển khai", {"enterprises_supported": 23}),
        "II.2.e": ("Góp ý 04 dự thảo QCVN về an toàn điện, khí dầu mỏ hóa lỏng theo đề nghị của Bộ Công Thương.", "Hoàn thành", {"standards_reviewed": 4}),
        "II.5.a": ("Chỉ đạo lực lượng phối hợp kiểm tra đạt 06 cuộc với 52 cửa hàng xăng dầu, LPG; phát hiện 05 cơ sở vi phạm, xử phạt 41.500.000 đồng.", "Đang triển khai", {"inspections": 6, "establishments_inspected": 52, "violations": 5, "fines_vnd": 41500000}),
        "II.5.d": ("Trong kỳ không nhận được đơn tố giác liên quan lĩnh vực Sở quản lý.", "Không phát sinh", {}),
        "II.6.a": ("Đăng 09 tin, bài cập nhật cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA trên Cổng thông tin điện tử Sở.", "Hoàn thành", {"communications": 9}),
        "_signer": "Bùi Tá Hoàng Vũ"},
       ["Lực lượng quản lý thị trường sau sắp xếp còn mỏng, khó bố trí tham gia đoàn kiểm tra liên ngành."],
       ["Đề nghị Chi cục TĐC thông báo sớm kế hoạch kiểm tra năm 2027 để Sở chủ động bố trí lực lượng."])

hand_b("SYT-bieu-CT38-gui-CCTDC.xlsx", "SO-YT", "Sở Y tế", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ",
       "8841/SYT-NVY", "2026-10-28",
       "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 CỦA SỞ Y TẾ",
       {"II.2.e": ("Góp ý 03 dự thảo QCVN về trang thiết bị y tế (máy X-quang, thiết bị điện y tế) gửi Bộ Y tế.", "Hoàn thành", {"standards_reviewed": 3}),
        "II.2.đ": ("Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Văn phòng Sở và 02 chi cục trực thuộc; đánh giá nội bộ tháng 7/2026.", "Hoàn thành", {}),
        "II.3.a": ("Cử 05 viên chức Phòng Quản lý trang thiết bị y tế tham dự lớp tập huấn về đo lường trong y tế do Chi cục TĐC tổ chức.", "Hoàn thành", {"participants": 5}),
        "II.5.a": ("Phối hợp kiểm tra đạt 02 cuộc về phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học) tại 17 cơ sở khám bệnh tư nhân.", "Đang triển khai", {"inspections": 2, "establishments_inspected": 17}),
        "II.5.b": ("Phối hợp lấy 12 mẫu khẩu trang y tế, găng tay y tế lưu thông trên thị trường để khảo sát chất lượng.", "Đang triển khai", {"samples_tested": 12}),
        "_signer": "Nguyễn Anh Dũng"},
       ["Phương tiện đo nhóm 2 trong lĩnh vực y tế nhiều chủng loại, các cơ sở y tế tư nhân chưa nắm rõ nghĩa vụ kiểm định."],
       ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn chuyên đề đo lường trong y tế cho cơ sở khám bệnh, chữa bệnh tư nhân."])

hand_b("GDDT_KH38_ketqua.xlsx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
       "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "6032/SGDĐT-KHTC", "2026-10-30",
       "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026\n(Kèm theo Công văn số 6032/SGDĐT-KHTC)",
       {"II.1.a": ("Phổ biến văn bản quy phạm pháp luật về TĐC qua hệ thống thư điện tử ngành đến 100% đơn vị trực thuộc; đăng 03 tin trên website Sở.", "Hoàn thành", {"communications": 3}),
        "II.2.đ": ("Đang xây dựng lại HTQLCL theo TCVN ISO 9001:2015 sau khi sắp xếp tổ chức bộ máy.", "Đang triển khai", {}),
        "II.2.e": ("Trong kỳ chưa nhận được đề nghị góp ý dự thảo tiêu chuẩn, quy chuẩn.", "Không phát sinh", {}),
        "II.3.d": ("Phối hợp Chi cục TĐC tổ chức 02 buổi chuyên đề về mã số mã vạch, truy xuất nguồn gốc cho học sinh 02 trường trung cấp, có 310 lượt học sinh tham dự.", "Đang triển khai", {"training_courses": 2, "participants": 310}),
        "_signer": "Lê Hoài Nam"},
       ["Chưa có tài liệu chuẩn về tiêu chuẩn, đo lường, chất lượng phù hợp với học sinh phổ thông và trung cấp."],
       ["Đề nghị Chi cục TĐC biên soạn, cung cấp bộ tài liệu tham khảo để lồng ghép vào hoạt động ngoại khóa."])

PCTT = [
    ("1", "Công tác chỉ đạo, điều hành phòng, chống thiên tai", None, None, None),
    ("a", "Kiện toàn Ban Chỉ huy phòng thủ dân sự Thành phố, phân công nhiệm vụ các thành viên.", "P1", "Sở NN&MT", "Quý I/2026"),
    ("b", "Xây dựng, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro.", "P2", "Sở NN&MT", "Quý II/2026"),
    ("2", "Công tác phòng ngừa", None, None, None),
    ("a", "Rà soát hệ thống đê bao, bờ bao, cống ngăn triều; xử lý sạt lở bờ sông.", "P3", "Sở NN&MT", "Trước mùa mưa"),
    ("b", "Diễn tập ứng phó bão, áp thấp nhiệt đới và tìm kiếm cứu nạn.", "P4", "Sở NN&MT", "Quý III/2026"),
    ("c", "Tuyên truyền kỹ năng phòng, chống thiên tai cho người dân vùng ven biển.", "P5", "Sở NN&MT", "Thường xuyên"),
    ("3", "Ứng phó và khắc phục hậu quả", None, None, None),
    ("a", "Trực ban 24/24 giờ trong mùa mưa bão; thống kê thiệt hại.", "P6", "Sở NN&MT", "Mùa mưa bão"),
    ("b", "Hỗ trợ khôi phục sản xuất nông nghiệp sau thiên tai.", "P7", "Sở NN&MT", "Khi có thiên tai"),
]
hand_b("SNNMT_KQ_PCTT_2026.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
       "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "7415/SNNMT-TL", "2026-10-27",
       "KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026",
       {"P1": ("Ban hành Quyết định kiện toàn Ban Chỉ huy ngày 20/02/2026.", "Hoàn thành", {}),
        "P3": ("Rà soát 126 km đê bao, bờ bao; xử lý 07 điểm sạt lở tại Cần Giờ, Nhà Bè.", "Đang triển khai", {}),
        "P4": ("Tổ chức 01 cuộc diễn tập tại xã Cần Giờ với 350 người tham gia.", "Hoàn thành", {}),
        "P5": ("Phát hành 12.000 tờ rơi, 45 tin bài trên báo, đài.", "Hoàn thành", {}),
        "P6": ("Duy trì trực ban; chưa ghi nhận thiệt hại lớn.", "Đang triển khai", {}),
        "_signer": "Trần Văn Hùng"},
       ["Nhiều đoạn bờ bao xuống cấp, thiếu kinh phí duy tu."],
       ["Đề nghị UBND Thành phố bố trí vốn xử lý khẩn cấp sạt lở."], plan=PCTT, status="rejected",
       reason="Báo cáo kết quả phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).",
       sheet="PCTT")


# ---------------------------------------------------------------------------
# Hand C — "Chị Vy", Sở KH&CN's own units, DOCX.
# Habit: bold-italic run-in short names; the units' internal acronyms (ĐKT,
# CSKD, PTĐ, QĐXP, HV, DN) used throughout and explained only in a
# "Ký hiệu viết tắt" list placed after the signature; each item closes with
# "Trạng thái: …" (đã xong / đang làm tiếp / chưa làm / không có yêu cầu).
# ---------------------------------------------------------------------------
C_STAT = {"đã xong": "completed", "đang làm tiếp": "in_progress", "chưa làm": "not_started",
          "không có yêu cầu": "not_applicable"}


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    rf.set(qn('w:eastAsia'), name)


def header_table(doc, left_lines, number, right_date):
    t = doc.add_table(rows=2, cols=2)
    t.autofit = False
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(left_lines):
        run = p.add_run(ln + ("\n" if i < len(left_lines) - 1 else "")); run.bold = (i == len(left_lines) - 1); run.font.size = Pt(12)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True; r.font.size = Pt(12)
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(13)
    c = t.cell(1, 0); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Số: " + number).font.size = Pt(13)
    c = t.cell(1, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_date); r.italic = True; r.font.size = Pt(13)
    for row in t.rows:
        row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(9.5)


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def hand_c(fname, uid, uname, left_lines, so, date_iso, intro, items, kk, dx, signer, title_for, abbr):
    d = date_iso.split("-")
    doc = Document(); set_font(doc)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2)
    header_table(doc, left_lines, so, f"Thành phố Hồ Chí Minh, ngày {d[2]} tháng {d[1]} năm {d[0]}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026" + title_for, bold=True, align="c")
    para(doc, "Kính gửi: " + ("Sở Khoa học và Công nghệ." if uid == "SKHCN-CCTDC" else "Chi cục Tiêu chuẩn Đo lường Chất lượng."), align="c")
    para(doc, intro)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for i, (short, body, stat, task, ind) in enumerate(items, 1):
        p = para(doc)
        r = p.add_run(f"{i}. {short}. "); r.bold = True; r.italic = True
        p.add_run(body)
        p2 = para(doc)
        p2.add_run("Trạng thái: ").underline = True
        p2.add_run(stat + ".")
        entries.append((task, C_STAT[stat], ind, body))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for t in kk:
        para(doc, "- " + t)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for t in dx:
        para(doc, "- " + t)
    para(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {uname_short(uname)}./.")
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0, 0); p = c.paragraphs[0]
    r = p.add_run("Nơi nhận:\n"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    r = p.add_run("- Như trên;\n- Lãnh đạo Sở (để b/c);\n- Lưu: VT."); r.font.size = Pt(11)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(signer[0] + "\n\n\n\n\n"); r.bold = True
    r = p.add_run(signer[1]); r.bold = True
    para(doc)
    p = para(doc, indent=False)
    r = p.add_run("Ký hiệu viết tắt: "); r.italic = True; r.bold = True; r.font.size = Pt(11)
    r = p.add_run(abbr); r.italic = True; r.font.size = Pt(11)
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, kk, dx)


def uname_short(n):
    return {"Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh": "Chi cục",
            "Phòng Kiểm tra – Pháp chế": "Phòng Kiểm tra – Pháp chế",
            "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh": "Trung tâm",
            "Phòng Chuyển đổi số": "Phòng Chuyển đổi số"}.get(n, n)


ABBR_CC = "ĐKT – đoàn kiểm tra; CSKD – cơ sở sản xuất, kinh doanh; PTĐ – phương tiện đo; QĐXP – quyết định xử phạt vi phạm hành chính; HV – học viên, đại biểu; DN – doanh nghiệp; GTCLQG – Giải thưởng Chất lượng Quốc gia; QCĐP – quy chuẩn kỹ thuật địa phương."
hand_c("1184-BC-TDC-KQ-CT38-2026.docx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN", "ĐO LƯỜNG CHẤT LƯỢNG"], "1184/BC-TĐC", "2026-10-31",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 như sau:",
       [("Tập huấn văn bản pháp luật, tọa đàm với DN nhập khẩu",
         "Tổ chức 06 lớp/buổi, gồm 05 lớp tập huấn văn bản quy phạm pháp luật về TĐC và 01 buổi tọa đàm với DN nhập khẩu; tổng cộng 760 lượt HV tham dự.",
         "đã xong", "II.1.a", {"training_courses": 6, "participants": 760}),
        ("Vận động tham dự GTCLQG",
         "Gửi thư mời, hướng dẫn trực tiếp 37 DN đăng ký tham dự GTCLQG năm 2026; kết quả có 11 DN nộp hồ sơ.",
         "đã xong", "II.1.b", {"enterprises_supported": 37}),
        ("Tổ chức xét thưởng GTCLQG",
         "Thành lập Hội đồng sơ tuyển, tiếp nhận hồ sơ và đánh giá tại DN; dự kiến trình Hội đồng quốc gia trong tháng 11/2026.",
         "đang làm tiếp", "II.2.b", {}),
        ("Năng suất chất lượng, Đề án 996, Đề án 100",
         "Hỗ trợ 27 DN (19 DN áp dụng công cụ cải tiến năng suất, 08 DN triển khai truy xuất nguồn gốc); kinh phí đã giải ngân 1,26 tỷ đồng.",
         "đang làm tiếp", "II.2.a", {"enterprises_supported": 27, "budget_spent_vnd": 1260000000}),
        ("Góp ý sửa đổi luật",
         "Trong kỳ Bộ Khoa học và Công nghệ chưa có văn bản đề nghị góp ý dự thảo luật, nghị định trong lĩnh vực.",
         "không có yêu cầu", "II.2.c", {}),
        ("Xây dựng, góp ý TCVN, QCVN, QCĐP",
         "Góp ý 12 dự thảo TCVN, QCVN; đang hoàn thiện dự thảo QCĐP về chất lượng nước sạch sinh hoạt.",
         "đang làm tiếp", "II.2.e", {"standards_reviewed": 12}),
        ("Tập huấn công chức sở, ngành, xã, phường",
         "Tổ chức 03 lớp cho 296 HV là công chức các sở, ngành, UBND xã, phường, đặc khu; cử công chức dự các khóa đào tạo chuyên sâu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.",
         "đang làm tiếp", "II.3.a", {"training_courses": 3, "participants": 296}),
        ("Bảo trì, kiểm định PTĐ nghiệp vụ",
         "Kiểm định, hiệu chuẩn 34 PTĐ, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (bình chuẩn kim loại, cân, quả cân chuẩn).",
         "đã xong", "II.4.b", {"instruments_verified": 34}),
        ("Kiểm tra nhà nước về TĐC",
         "Thực hiện 09 ĐKT tại 148 CSKD; phát hiện 21 CSKD vi phạm; ban hành 21 QĐXP, tổng số tiền phạt 312.750.000 đồng.",
         "đang làm tiếp", "II.5.a", {"inspections": 9, "establishments_inspected": 148, "violations": 21, "fines_vnd": 312750000}),
        ("Khảo sát chất lượng",
         "Lấy 86 mẫu xăng, dầu diesel, mũ bảo hiểm, đồ chơi trẻ em để thử nghiệm; có 07 mẫu không phù hợp, đã thông tin cho cơ quan chức năng.",
         "đang làm tiếp", "II.5.b", {"samples_tested": 86}),
        ],
       ["Nhân lực làm công tác kiểm tra còn thiếu so với số lượng CSKD trên địa bàn Thành phố sau hợp nhất.",
        "Một số UBND xã, phường chưa bố trí công chức phụ trách lĩnh vực TĐC, gây khó khăn trong phối hợp."],
       ["Đề nghị Sở bổ sung kinh phí cho hoạt động khảo sát chất lượng năm 2027.",
        "Đề nghị Sở đôn đốc UBND xã, phường, đặc khu gửi báo cáo đúng hạn."],
       ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Phạm Thị Tường Vy"), "", ABBR_CC)

hand_c("BC-KTPC-CT38-T10-2026.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế",
       ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"], "77/BC-KTPC", "2026-10-27",
       "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung được giao phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
       [("Phối hợp kiểm tra",
         "Cử công chức tham gia 04 ĐKT của Chi cục, kiểm tra 51 CSKD; 08 CSKD vi phạm; tham mưu Giám đốc Sở ban hành 03 QĐXP với tổng số tiền 96.000.000 đồng.",
         "đang làm tiếp", "II.5.a", {"inspections": 4, "establishments_inspected": 51, "violations": 8, "fines_vnd": 96000000}),
        ("Khảo sát chất lượng",
         "Phối hợp xem xét kết quả thử nghiệm các mẫu không phù hợp, đề xuất chuyển cơ quan có thẩm quyền xử lý theo quy định.",
         "đang làm tiếp", "II.5.b", {}),
        ("Xử lý phản ánh, tố giác",
         "Tiếp nhận 02 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu; đã xác minh, chuyển Chi cục xử lý theo thẩm quyền.",
         "đã xong", "II.5.d", {}),
        ("Góp ý văn bản quy phạm",
         "Góp ý dự thảo Nghị định sửa đổi, bổ sung Nghị định số 119/2017/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực TĐC.",
         "đã xong", "II.2.c", {}),
        ("Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ",
         "Chưa phối hợp rà soát danh mục theo Nghị định số 135/2021/NĐ-CP do Chi cục chưa hoàn thành kiểm kê.",
         "chưa làm", "II.4.b", {}),
        ],
       ["Quy trình chuyển hồ sơ vi phạm giữa Chi cục và Phòng chưa thống nhất về thời hạn."],
       ["Đề nghị ban hành quy chế phối hợp giữa Chi cục và Phòng Kiểm tra – Pháp chế trong xử lý vi phạm hành chính."],
       ("TRƯỞNG PHÒNG", "Đỗ Minh Khoa"), "", "ĐKT – đoàn kiểm tra; CSKD – cơ sở sản xuất, kinh doanh; QĐXP – quyết định xử phạt vi phạm hành chính; TĐC – tiêu chuẩn, đo lường, chất lượng.")

hand_c("TTPT_352_BC_CT38.docx", "SKHCN-TTPTTN",
       "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "THÀNH PHỐ HỒ CHÍ MINH"],
       "352/BC-TTPT", "2026-10-29",
       "Trung tâm báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
       [("Đầu tư trang thiết bị",
         "Hoàn thành mua sắm 06 thiết bị thử nghiệm (máy sắc ký khí khối phổ, máy quang phổ hấp thụ nguyên tử…); kinh phí đã giải ngân 8,45 tỷ đồng trên dự toán 11,2 tỷ đồng.",
         "đang làm tiếp", "II.4.a", {"budget_spent_vnd": 8450000000}),
        ("Duy trì chuẩn đo lường chính",
         "Hiệu chuẩn, liên kết chuẩn 27 chuẩn đo lường chính tại Viện Đo lường Việt Nam.",
         "đã xong", "II.4.c", {"instruments_verified": 27}),
        ("Mở rộng dịch vụ kỹ thuật",
         "Mở rộng phạm vi công nhận ISO/IEC 17025 thêm 14 phép thử; kiểm định, hiệu chuẩn 18.420 PTĐ cho DN, hộ kinh doanh.",
         "đang làm tiếp", "II.2.g", {"instruments_verified": 18420}),
        ("Thử nghiệm mẫu khảo sát",
         "Thử nghiệm 86 mẫu theo hợp đồng với Chi cục; đã trả kết quả đầy đủ.",
         "đã xong", "II.5.b", {"samples_tested": 86}),
        ],
       ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn."],
       ["Đề nghị Sở ưu tiên bố trí vốn đầu tư phòng thử nghiệm vi sinh năm 2027."],
       ("GIÁM ĐỐC", "Vũ Thanh Tùng"), "", "PTĐ – phương tiện đo; DN – doanh nghiệp.")

hand_c("CDS_41_BaoCao_CT38.docx", "SKHCN-CDS", "Phòng Chuyển đổi số",
       ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"], "41/BC-CĐS", "2026-10-28",
       "Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
       [("Hệ thống thông tin TTHC, Cổng một cửa quốc gia",
         "Phối hợp Chi cục đề xuất các nội dung cải tiến Hệ thống thông tin giải quyết TTHC của Bộ; kết nối liên thông Cổng thông tin một cửa quốc gia đã hoàn tất từ tháng 3/2026.",
         "đã xong", "II.2.h", {}),
        ("CSDL quốc gia về TĐC",
         "Kết nối, đồng bộ dữ liệu công bố hợp chuẩn, hợp quy với CSDL quốc gia; đang kiểm thử chia sẻ dữ liệu với Trung tâm CNTT và Địa không gian.",
         "đang làm tiếp", "II.2.i", {}),
        ("Tin bài trên Cổng thông tin Sở",
         "Đăng tải 15 tin, bài tuyên truyền về TĐC trên Cổng thông tin điện tử Sở.",
         "đã xong", "II.1.a", {"communications": 15}),
        ("Cử công chức tập huấn",
         "Cử 02 công chức dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức.",
         "đã xong", "II.3.a", {"participants": 2}),
        ],
       ["Dữ liệu của các hệ thống chưa thống nhất chuẩn, việc đồng bộ còn thủ công."],
       ["Đề nghị Chi cục cử đầu mối kỹ thuật phối hợp hoàn thiện kết nối CSDL quốc gia."],
       ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Hồ Ngọc Vy"), "", "TTHC – thủ tục hành chính; CSDL – cơ sở dữ liệu; TĐC – tiêu chuẩn, đo lường, chất lượng.")


# ---------------------------------------------------------------------------
# Hand D — "Anh Hoàng", commune/ward văn phòng, "Sổ theo dõi" XLSX and DOCX.
# Habit: every figure is written number-first with its unit in brackets
# ("02 (cuộc); 26 (cơ sở); 5.250.000 (đồng)"); each job is closed by a
# "Kết luận" (Đã thực hiện xong / Đang theo dõi, tiếp tục làm / Chưa triển
# khai / Không có phát sinh).
# ---------------------------------------------------------------------------
D_STAT = {"Đã thực hiện xong": "completed", "Đang theo dõi, tiếp tục làm": "in_progress",
          "Chưa triển khai": "not_started", "Không có phát sinh": "not_applicable"}


def hand_d_xlsx(fname, uid, uname, top, place, so, date_iso, rows, kk, dx, quoc_hieu=True):
    d = date_iso.split("-")
    wb = Workbook(); ws = wb.active; ws.title = "So theo doi CT38"
    for c, w in {"A": 5, "B": 44, "C": 16, "D": 40, "E": 24, "F": 24}.items():
        ws.column_dimensions[c].width = w
    r = 1
    ws.cell(row=r, column=1, value=top).font = Font(bold=True)
    if quoc_hieu:
        ws.cell(row=r, column=4, value="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
        ws.cell(row=r + 1, column=4, value="Độc lập - Tự do - Hạnh phúc").font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Số: " + so)
    ws.cell(row=r + 2, column=4, value=f"{place}, ngày {d[2]} tháng {d[1]} năm {d[0]}").font = Font(italic=True)
    r = 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1, value="SỔ THEO DÕI THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026").font = Font(bold=True, size=13)
    ws.cell(row=r, column=1).alignment = CENTER; ws.row_dimensions[r].height = 34
    r = 7
    for i, h in enumerate(["TT", "Việc", "Thời gian làm", "Số liệu", "Kết luận", "Ghi chú"]):
        c = ws.cell(row=r, column=i + 1, value=h); c.font = Font(bold=True); c.alignment = CENTER; c.border = BOX
    r += 1
    entries = []
    for i, (job, when, figs, stat, note, task, ind) in enumerate(rows, 1):
        vals = [i, job, when, "; ".join(f"{a} ({b})" for a, b in figs) or None, stat, note or None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v); c.alignment = WRAP; c.border = BOX
        ws.row_dimensions[r].height = 48
        entries.append((task, D_STAT[stat], ind, job + ((" — " + vals[3]) if vals[3] else "")))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn:").font = Font(bold=True, underline="single"); r += 1
    for t in kk:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value=t).alignment = WRAP; ws.row_dimensions[r].height = 30; r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(bold=True, underline="single"); r += 1
    for t in dx:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value=t).alignment = WRAP; ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người theo dõi")
    ws.cell(row=r, column=5, value="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH").alignment = CENTER
    ws.row_dimensions[r].height = 32
    ws.cell(row=r + 4, column=2, value="Phan Minh Hoàng")
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, kk, dx)


hand_d_xlsx("LongHai_sotheodoi_CT38.xlsx", "26662", "Xã Long Hải", "ỦY BAN NHÂN DÂN XÃ LONG HẢI", "Long Hải",
            "145/BC-UBND", "2026-10-26", [
                ("Tuyên truyền quy định về tiêu chuẩn, đo lường, chất lượng trên loa, trang Zalo xã", "Tháng 3, 6, 9/2026",
                 [("09", "tin, bài"), ("12", "ấp, khu phố được phổ biến")], "Đã thực hiện xong", "", "II.1.a", {"communications": 9}),
                ("Kiểm tra cân tại chợ Long Hải, chợ hải sản Phước Tỉnh và hàng đóng gói sẵn", "Tháng 4 và tháng 8/2026",
                 [("02", "cuộc"), ("26", "cơ sở"), ("03", "cơ sở vi phạm"), ("5.250.000", "đồng")], "Đang theo dõi, tiếp tục làm",
                 "Quý IV kiểm tra lại", "II.5.c", {"inspections": 2, "establishments_inspected": 26, "violations": 3, "fines_vnd": 5250000}),
                ("Hướng dẫn cơ sở chế biến hải sản khô dán tem truy xuất nguồn gốc", "Từ tháng 5/2026",
                 [("11", "cơ sở")], "Đang theo dõi, tiếp tục làm", "Phối hợp Chi cục TĐC", "II.2.a", {"enterprises_supported": 11}),
                ("Cử cán bộ đi tập huấn nghiệp vụ TĐC", "Tháng 6/2026",
                 [("02", "người")], "Đã thực hiện xong", "", "II.3.a", {"participants": 2}),
                ("Khen thưởng người tố giác vi phạm", "", [], "Không có phát sinh", "", "II.5.d", {}),
            ],
            ["Xã chưa có cán bộ chuyên môn về đo lường, chủ yếu kiêm nhiệm."],
            ["Đề nghị Chi cục TĐC tăng cường kiểm tra cân tại các chợ hải sản vào mùa du lịch."])

hand_d_xlsx("ConDao_CT38_theo_doi.xlsx", "26732", "Đặc khu Côn Đảo", "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO", "Côn Đảo",
            "88/BC-UBND", "2026-10-29", [
                ("Tuyên truyền trên Đài Truyền thanh - Truyền hình đặc khu", "Cả năm",
                 [("05", "tin, bài")], "Đã thực hiện xong", "", "II.1.a", {"communications": 5}),
                ("Kiểm tra xăng dầu, cân tại chợ Côn Đảo", "Tháng 7/2026",
                 [("01", "cuộc"), ("09", "cơ sở")], "Đã thực hiện xong", "Không phát hiện vi phạm", "II.5.c",
                 {"inspections": 1, "establishments_inspected": 9}),
                ("Duy trì ISO 9001 tại cơ quan hành chính đặc khu", "", [], "Đang theo dõi, tiếp tục làm",
                 "Đang chuyển sang ISO điện tử", "II.2.đ", {}),
                ("Cử cán bộ vào đất liền dự tập huấn", "", [], "Chưa triển khai",
                 "Chưa bố trí được người do lịch tàu, máy bay", "II.3.a", {}),
                ("Hướng dẫn doanh nghiệp đặc sản (hạt bàng, hải sản) công bố tiêu chuẩn cơ sở", "Quý III/2026",
                 [("04", "doanh nghiệp")], "Đang theo dõi, tiếp tục làm", "", "II.2.d", {"enterprises_supported": 4}),
            ],
            ["Chi phí đi lại giữa đặc khu và đất liền cao, khó cử cán bộ tham gia tập huấn."],
            ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn trực tuyến hoặc tại đặc khu."], quoc_hieu=False)


def hand_d_docx(fname, uid, uname, top, place, so, date_iso, title, items, kk, dx, signer, status="extracted", reason=None):
    d = date_iso.split("-")
    doc = Document(); set_font(doc, size=13)
    header_table(doc, top, so, f"{place}, ngày {d[2]} tháng {d[1]} năm {d[0]}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, title, bold=True, align="c")
    entries = []
    for i, (job, body, figs, stat, task, ind) in enumerate(items, 1):
        para(doc, f"{i}. {job}", bold=True, indent=False)
        para(doc, body)
        if figs:
            para(doc, "Số liệu: " + "; ".join(f"{a} ({b})" for a, b in figs) + ".")
        p = para(doc)
        r = p.add_run("Kết luận: "); r.italic = True
        r = p.add_run(stat + "."); r.italic = True
        entries.append((task, D_STAT.get(stat, "unknown"), ind, body))
    para(doc, "Khó khăn:", bold=True, indent=False)
    for t in kk:
        para(doc, "- " + t)
    para(doc, "Kiến nghị:", bold=True, indent=False)
    for t in dx:
        para(doc, "- " + t)
    t = doc.add_table(rows=1, cols=2)
    p = t.cell(0, 0).paragraphs[0]
    r = p.add_run("Nơi nhận:\n"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    p.add_run("- Chi cục TĐC;\n- Lưu: VT.").font.size = Pt(11)
    p = t.cell(0, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n").bold = True
    p.add_run(signer).bold = True
    doc.save(os.path.join(OUT, fname))
    rej = status == "rejected"
    key(fname, uid, uname, so, date_iso, [] if rej else entries, [] if rej else kk, [] if rej else dx, status, reason)


hand_d_docx("CauKieu_BC311_CT38.docx", "27058", "Phường Cầu Kiệu", ["UBND PHƯỜNG CẦU KIỆU"], "Cầu Kiệu", "311/BC-UBND",
            "2026-10-27", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", [
                ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
                 "Phường đăng tin trên trang thông tin điện tử, Zalo khu phố; tổ chức hội nghị phổ biến cho hộ kinh doanh tại chợ Phú Nhuận và các tuyến đường kinh doanh ăn uống.",
                 [("07", "tin, bài"), ("01", "hội nghị"), ("120", "lượt người tham dự")], "Đã thực hiện xong", "II.1.a",
                 {"communications": 7, "training_courses": 1, "participants": 120}),
                ("Phối hợp kiểm tra đo lường, chất lượng hàng hóa trên địa bàn",
                 "Tổ công tác phường phối hợp Chi cục TĐC kiểm tra cân tại chợ, đo lường xăng dầu và nhãn hàng đóng gói sẵn.",
                 [("03", "cuộc"), ("22", "cơ sở"), ("01", "cơ sở vi phạm"), ("1.500.000", "đồng")],
                 "Đang theo dõi, tiếp tục làm", "II.5.c",
                 {"inspections": 3, "establishments_inspected": 22, "violations": 1, "fines_vnd": 1500000}),
                ("Áp dụng hệ thống quản lý chất lượng ISO 9001 tại UBND phường",
                 "Đã ban hành quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp.",
                 [], "Đã thực hiện xong", "II.2.đ", {}),
                ("Cử cán bộ tham dự tập huấn nghiệp vụ",
                 "Cử công chức Phòng Kinh tế dự lớp tập huấn do Chi cục TĐC tổ chức.",
                 [("02", "người")], "Đã thực hiện xong", "II.3.a", {"participants": 2}),
                ("Khen thưởng, bảo vệ người tố giác vi phạm",
                 "Trong kỳ chưa có trường hợp tố giác.", [], "Không có phát sinh", "II.5.d", {}),
            ],
            ["Hộ kinh doanh thay đổi địa điểm thường xuyên, khó theo dõi sau kiểm tra."],
            ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu trên địa bàn phường sau sắp xếp."],
            "Ngô Thanh Liêm")

hand_d_docx("TanDinh-275-BC-UBND.docx", "26737", "Phường Tân Định", ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN ĐỊNH"], "Tân Định",
            "275/BC-UBND", "2026-10-30", "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", [
                ("Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
                 "Phường phát hành thông báo, gặp gỡ doanh nghiệp thương mại, dịch vụ trên địa bàn.",
                 [("06", "doanh nghiệp")], "Đã thực hiện xong", "II.1.b", {"enterprises_supported": 6}),
                ("Kiểm tra đo lường tại chợ Tân Định và các cửa hàng vàng bạc",
                 "Phối hợp Chi cục TĐC, Công an phường kiểm tra cân, phương tiện đo khối lượng vàng.",
                 [("02", "cuộc"), ("34", "cơ sở"), ("04", "cơ sở vi phạm"), ("6,5 triệu", "đồng")],
                 "Đang theo dõi, tiếp tục làm", "II.5.c",
                 {"inspections": 2, "establishments_inspected": 34, "violations": 4, "fines_vnd": 6500000}),
                ("Hướng dẫn hộ kinh doanh công bố chất lượng sản phẩm",
                 "Hướng dẫn thủ tục tự công bố sản phẩm cho hộ kinh doanh thực phẩm chế biến sẵn, mỹ phẩm.",
                 [("15", "hộ kinh doanh")], "Đang theo dõi, tiếp tục làm", "II.2.d", {"enterprises_supported": 15}),
                ("Cử công chức tập huấn", "Chưa có công chức được phân công phụ trách.", [], "Chưa triển khai", "II.3.a", {}),
            ],
            ["Chưa có công chức chuyên trách theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
            ["Đề nghị Chi cục TĐC hướng dẫn phường quy trình kiểm tra cửa hàng vàng bạc."],
            "Trịnh Quốc Việt")

hand_d_docx("PhuDinh_BC198_2026.docx", "27427", "Phường Phú Định", ["UBND PHƯỜNG PHÚ ĐỊNH"], "Phú Định", "198/BC-UBND",
            "2026-10-26", "Kết quả công tác bảo đảm an toàn thực phẩm 10 tháng đầu năm 2026", [
                ("Tuyên truyền an toàn thực phẩm", "Tổ chức truyền thông tại các chợ, trường học về an toàn thực phẩm, ngộ độc thực phẩm.",
                 [("18", "tin, bài"), ("03", "buổi nói chuyện")], "Đã thực hiện xong", "X1", {}),
                ("Kiểm tra cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố",
                 "Đoàn kiểm tra liên ngành an toàn thực phẩm phường kiểm tra trong đợt Tết và Tháng hành động vì an toàn thực phẩm.",
                 [("05", "đợt"), ("96", "cơ sở"), ("07", "cơ sở vi phạm"), ("14.000.000", "đồng")], "Đang theo dõi, tiếp tục làm", "X2", {}),
                ("Cấp giấy xác nhận tập huấn kiến thức an toàn thực phẩm", "Phối hợp Trung tâm Y tế khu vực.",
                 [("212", "người")], "Đã thực hiện xong", "X3", {}),
            ],
            ["Nhiều cơ sở thức ăn đường phố không cố định, khó quản lý."],
            ["Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho phường."],
            "Huỳnh Thị Mai", status="rejected",
            reason="Báo cáo về công tác bảo đảm an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ---------------------------------------------------------------------------
# Re-save two files through LibreOffice, as an office would.
# ---------------------------------------------------------------------------
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + fmt))
    outd = os.path.join(tmp, "out"); os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outd, os.path.join(tmp, "in." + fmt)],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, "in." + fmt), src)
    shutil.rmtree(tmp)


lo_resave("bieu-ket-qua-CT38-BTD.xlsx", "xlsx")
lo_resave("BC-KTPC-CT38-T10-2026.docx", "docx")

for fname, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
