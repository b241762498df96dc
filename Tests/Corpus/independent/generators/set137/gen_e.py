# -*- coding: utf-8 -*-
"""Hand E — Chị Đỗ Thu Trang, chuyên viên kế toán – tổng hợp.
Pastes the Word report into Excel through the formula bar: sheet "BaoCao" holds the whole
report in column A, one line per row, and the Word tables arrive as text lines with the TAB
characters kept inside the cell (the columns never split). Her numbered lists restart at "1."
in each part. A second sheet "PhuLuc" is a real table repeating the results with its own
"Số liệu cập nhật đến ngày …" line, sometimes newer than the report text."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "Times New Roman"


def hand_e(fname, lines, pl_title, pl_note, pl_rows, sheet_names=("BaoCao", "PhuLuc")):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_names[0]
    for i, ln in enumerate(lines, 1):
        bold = ln.startswith("**")
        txt = ln[2:] if bold else ln
        c = ws.cell(row=i, column=1, value=txt if txt else None)
        c.font = Font(name=FONT, size=12, bold=bold)
    ws.column_dimensions["A"].width = 120
    pl = wb.create_sheet(sheet_names[1])
    pl.cell(row=1, column=1, value=pl_title).font = Font(name=FONT, size=12, bold=True)
    pl.cell(row=2, column=1, value=pl_note).font = Font(name=FONT, size=11, italic=True)
    for i, row in enumerate(pl_rows, 4):
        for j, v in enumerate(row, 1):
            c = pl.cell(row=i, column=j, value=v)
            c.font = Font(name=FONT, size=11, bold=(i == 4))
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDE", (6, 40, 55, 18, 20)):
        pl.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


T = "\t"


# ------------------------------------------------------------------ E1 Văn phòng Sở
def e1():
    fname = "VPSo_71_BC_CT38_2026.xlsx"
    diffs = [
        "Nguồn kinh phí mua sắm thiết bị cho đơn vị sự nghiệp được giao chậm, ảnh hưởng tiến độ giải ngân.",
    ]
    props = [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thống nhất danh mục quy trình ISO dùng chung trước khi Văn phòng cập nhật lên hệ thống.",
    ]
    lines = [
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ" + T + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VĂN PHÒNG SỞ" + T + "Độc lập - Tự do - Hạnh phúc",
        "Số: 71/BC-VP" + T + "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
        "",
        "**BÁO CÁO",
        "**Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "",
        "Văn phòng Sở Khoa học và Công nghệ báo cáo kết quả phối hợp thực hiện các nhiệm vụ tại Kế hoạch (số liệu tính đến ngày 30/9/2026) như sau:",
        "**I. KẾT QUẢ THỰC HIỆN",
        "1. Hệ thống quản lý chất lượng tại Sở: phối hợp Chi cục rà soát, cập nhật 42 quy trình ISO theo chức năng, nhiệm vụ mới; đang thực hiện, dự kiến xong trong tháng 11/2026.",
        "2. Kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia: đã phối hợp hoàn thành trong Quý I/2026.",
        "3. Cơ sở dữ liệu quốc gia về TĐC: đang phối hợp cập nhật dữ liệu hồ sơ thủ tục hành chính lên hệ thống.",
        "1. Đầu tư trang thiết bị cho đơn vị sự nghiệp: tham mưu bố trí vốn, theo dõi giải ngân; đến 30/9/2026 đã giải ngân 2.150.000.000 đồng.",
        "2. Khen thưởng, bảo vệ người tố giác vi phạm: không phát sinh đơn thư tố giác.",
        "",
        "Bảng tóm tắt:",
        "STT" + T + "Nội dung" + T + "Kết quả" + T + "Tình trạng",
        "1" + T + "ISO 9001:2015" + T + "42 quy trình" + T + "Đang triển khai",
        "2" + T + "Kết nối một cửa quốc gia" + T + "Đã kết nối" + T + "Hoàn thành",
        "3" + T + "CSDL quốc gia TĐC" + T + "Cập nhật dữ liệu" + T + "Đang triển khai",
        "4" + T + "Đầu tư thiết bị" + T + "2.150.000.000 đồng" + T + "Đang triển khai",
        "5" + T + "Tố giác vi phạm" + T + "—" + T + "Không phát sinh",
        "",
        "**II. KHÓ KHĂN, VƯỚNG MẮC",
    ] + ["- " + t for t in diffs] + [
        "**III. KIẾN NGHỊ",
    ] + ["- " + t for t in props] + [
        "",
        "Nơi nhận:" + T + T + "KT. CHÁNH VĂN PHÒNG",
        "- Như trên;" + T + T + "PHÓ CHÁNH VĂN PHÒNG",
        "- Lưu: VT.",
        "",
        T + T + "Huỳnh Thị Kim Oanh",
    ]
    pl_rows = [
        ["STT", "Nội dung", "Kết quả", "Tình trạng"],
        [1, "ISO 9001:2015 (phối hợp)", "Rà soát, cập nhật 42 quy trình", "Đang triển khai"],
        [2, "Kết nối Cổng một cửa quốc gia", "Đã kết nối Quý I/2026", "Hoàn thành"],
        [3, "CSDL quốc gia về TĐC", "Cập nhật dữ liệu hồ sơ TTHC", "Đang triển khai"],
        [4, "Đầu tư trang thiết bị cho Trung tâm", "Đã giải ngân 2.640.000.000 đồng", "Đang triển khai"],
        [5, "Khen thưởng, bảo vệ người tố giác", "Không có đơn thư", "Không phát sinh"],
    ]
    hand_e(fname, lines, "PHỤ LỤC KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
           "(Số liệu cập nhật đến ngày 25/10/2026)", pl_rows)
    entries = [
        E("II.2.đ", "in_progress", {}, "phối hợp Chi cục rà soát, cập nhật 42 quy trình ISO …; đang thực hiện"),
        E("II.2.h", "completed", {}, "Kết nối … với Cổng một cửa quốc gia: đã phối hợp hoàn thành trong Quý I/2026."),
        E("II.2.i", "in_progress", {}, "Cơ sở dữ liệu quốc gia về TĐC: đang phối hợp cập nhật dữ liệu"),
        E("II.4.a", "in_progress", {"budget_spent_vnd": 2640000000},
          "PhuLuc (đến 25/10/2026): Đầu tư trang thiết bị cho Trung tâm – Đã giải ngân 2.640.000.000 đồng"),
        E("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác vi phạm: không phát sinh đơn thư tố giác."),
    ]
    key(fname, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "71/BC-VP", "2026-10-26", entries, diffs, props)


# ------------------------------------------------------------------ E2 Phòng Chuyển đổi số
def e2():
    fname = "PhongCDS-BC33-CT38.xlsx"
    diffs = [
        "Hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng do Bộ quản lý chưa mở đầy đủ giao diện kết nối (API) cho địa phương.",
        "Nhân lực công nghệ thông tin của Phòng mỏng, phải đồng thời vận hành nhiều hệ thống.",
    ]
    props = [
        "Đề nghị Bộ Khoa học và Công nghệ sớm công bố tài liệu kỹ thuật kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.",
    ]
    lines = [
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ" + T + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHÒNG CHUYỂN ĐỔI SỐ" + T + "Độc lập - Tự do - Hạnh phúc",
        "Số: 33/BC-CĐS" + T + "TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
        "",
        "**BÁO CÁO",
        "**Kết quả thực hiện nhiệm vụ tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
        "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng",
        "",
        "Phòng Chuyển đổi số báo cáo kết quả thực hiện (tính đến ngày 15/10/2026) như sau:",
        "**1. Các nhiệm vụ phối hợp về hệ thống thông tin",
        "1. Hệ thống thông tin giải quyết TTHC của Bộ về TĐC và kết nối Cổng một cửa quốc gia: đã hoàn thành kết nối liên thông từ tháng 3/2026.",
        "2. Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng: đã hoàn thành kết nối thử nghiệm, đang thực hiện kết nối chính thức.",
        "**2. Các nhiệm vụ khác",
        "1. Tuyên truyền trên Cổng thông tin điện tử Sở: đăng 26 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng; hoàn thành.",
        "2. Vận hành Hệ thống quản lý chất lượng ISO điện tử trên hệ thống quản lý văn bản của Sở: đã hoàn thành.",
        "",
        "STT" + T + "Nhiệm vụ" + T + "Số liệu" + T + "Tình trạng",
        "1" + T + "Kết nối một cửa quốc gia" + T + "—" + T + "Hoàn thành",
        "2" + T + "Kết nối CSDL quốc gia TĐC" + T + "Kết nối thử nghiệm" + T + "Đang thực hiện",
        "1" + T + "Tin, bài trên Cổng TTĐT" + T + "26" + T + "Hoàn thành",
        "2" + T + "ISO điện tử" + T + "—" + T + "Hoàn thành",
        "",
        "**3. Khó khăn",
    ] + ["- " + t for t in diffs] + [
        "**4. Đề xuất",
    ] + ["- " + t for t in props] + [
        "",
        "Nơi nhận:" + T + T + "TRƯỞNG PHÒNG",
        "- Như trên;",
        "- Lưu: CĐS.",
        "",
        T + T + "Trương Minh Triết",
    ]
    pl_rows = [
        ["STT", "Nhiệm vụ (theo KH của Sở)", "Kết quả", "Tình trạng"],
        [1, "Hệ thống thông tin giải quyết TTHC; kết nối một cửa quốc gia", "Kết nối liên thông từ 3/2026", "Hoàn thành"],
        [2, "Kết nối, áp dụng CSDL quốc gia về TĐC", "Đã kết nối chính thức ngày 22/10/2026", "Hoàn thành"],
        [3, "Tuyên truyền trên Cổng TTĐT Sở", "26 tin, bài", "Hoàn thành"],
        [4, "ISO điện tử", "Vận hành trên hệ thống QLVB", "Hoàn thành"],
    ]
    hand_e(fname, lines, "PHỤ LỤC – TÌNH TRẠNG CÁC NHIỆM VỤ", "(Số liệu cập nhật đến ngày 27/10/2026)", pl_rows,
           sheet_names=("BC", "Phu luc"))
    entries = [
        E("II.2.h", "completed", {}, "đã hoàn thành kết nối liên thông từ tháng 3/2026."),
        E("II.2.i", "completed", {}, "Phu luc (đến 27/10/2026): Đã kết nối chính thức ngày 22/10/2026 – Hoàn thành"),
        E("II.1.a", "completed", {"communications": 26}, "đăng 26 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng; hoàn thành."),
        E("II.2.đ", "completed", {}, "Vận hành Hệ thống quản lý chất lượng ISO điện tử …: đã hoàn thành."),
    ]
    key(fname, "SKHCN-CDS", "Phòng Chuyển đổi số", "33/BC-CĐS", "2026-10-27", entries, diffs, props)


# ------------------------------------------------------------------ E3 Sở Xây dựng
def e3():
    fname = "SXD_9876_BC_TDC_2026.xlsx"
    diffs = [
        "Vật liệu xây dựng lưu thông trên thị trường đa dạng, nhiều chủng loại nhập khẩu, việc lấy mẫu thử nghiệm tốn kém.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức kiểm tra liên ngành chất lượng vật liệu xây dựng nhập khẩu trong năm 2027.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách tổ chức thử nghiệm vật liệu xây dựng đã đăng ký hoạt động.",
    ]
    lines = [
        "ỦY BAN NHÂN DÂN" + T + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "THÀNH PHỐ HỒ CHÍ MINH" + T + "Độc lập - Tự do - Hạnh phúc",
        "SỞ XÂY DỰNG",
        "Số: 9876/BC-SXD" + T + "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
        "",
        "**BÁO CÁO",
        "**Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
        "Kính gửi: Sở Khoa học và Công nghệ",
        "",
        "**I. KẾT QUẢ",
        "1. Tuyên truyền: đăng 04 tin, bài trên trang thông tin điện tử Sở Xây dựng về quy chuẩn vật liệu xây dựng. Hoàn thành.",
        "2. Góp ý 05 dự thảo QCVN và 01 dự thảo TCVN thuộc lĩnh vực xây dựng (tổng số 06 dự thảo). Hoàn thành.",
        "3. Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường: 09 cuộc kiểm tra tại 46 cơ sở, lấy 32 mẫu thử nghiệm; "
        "05 cơ sở vi phạm, xử phạt 73.000.000 đồng. Đang thực hiện.",
        "1. Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở: duy trì, cải tiến; hoàn thành.",
        "2. Cập nhật điều ước, thỏa thuận quốc tế về TĐC: không phát sinh.",
        "",
        "Số liệu:",
        "Nội dung" + T + "ĐVT" + T + "Số lượng",
        "Tin, bài" + T + "tin, bài" + T + "04",
        "Dự thảo QCVN, TCVN góp ý" + T + "dự thảo" + T + "06",
        "Cuộc kiểm tra" + T + "cuộc" + T + "09",
        "Cơ sở được kiểm tra" + T + "cơ sở" + T + "46",
        "Mẫu thử nghiệm" + T + "mẫu" + T + "32",
        "Cơ sở vi phạm" + T + "cơ sở" + T + "05",
        "Tiền phạt" + T + "đồng" + T + "73.000.000",
        "",
        "**II. KHÓ KHĂN, VƯỚNG MẮC",
    ] + ["- " + t for t in diffs] + [
        "**III. ĐỀ XUẤT, KIẾN NGHỊ",
    ] + ["- " + t for t in props] + [
        "",
        "Nơi nhận:" + T + T + "KT. GIÁM ĐỐC",
        "- Như trên;" + T + T + "PHÓ GIÁM ĐỐC",
        "- Lưu: VT, P.VLXD.",
        "",
        T + T + "Võ Văn Hoan",
    ]
    pl_rows = [
        ["STT", "Nội dung", "Kết quả", "Tình trạng"],
        [1, "Tuyên truyền", "04 tin, bài", "Hoàn thành"],
        [2, "Góp ý QCVN, TCVN", "06 dự thảo", "Hoàn thành"],
        [3, "Kiểm tra VLXD", "09 cuộc; 46 cơ sở; 32 mẫu; 05 vi phạm; 73.000.000 đồng", "Đang thực hiện"],
        [4, "ISO 9001:2015", "Duy trì", "Hoàn thành"],
        [5, "Điều ước quốc tế", "—", "Không phát sinh"],
    ]
    hand_e(fname, lines, "PHỤ LỤC", "(Kèm theo Báo cáo số 9876/BC-SXD ngày 29/10/2026)", pl_rows,
           sheet_names=("Bao cao", "Phu luc"))
    entries = [
        E("II.1.a", "completed", {"communications": 4}, "đăng 04 tin, bài trên trang thông tin điện tử Sở Xây dựng"),
        E("II.2.e", "completed", {"standards_reviewed": 6}, "Góp ý 05 dự thảo QCVN và 01 dự thảo TCVN … (tổng số 06 dự thảo)."),
        E("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 46, "samples_tested": 32,
                                    "violations": 5, "fines_vnd": 73000000},
          "09 cuộc kiểm tra tại 46 cơ sở, lấy 32 mẫu thử nghiệm; 05 cơ sở vi phạm, xử phạt 73.000.000 đồng."),
        E("II.2.đ", "completed", {}, "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở: duy trì, cải tiến; hoàn thành."),
        E("II.6.a", "not_applicable", {}, "Cập nhật điều ước, thỏa thuận quốc tế về TĐC: không phát sinh."),
    ]
    key(fname, "SO-XD", "Sở Xây dựng", "9876/BC-SXD", "2026-10-29", entries, diffs, props)


def build():
    e1(); e2(); e3()
