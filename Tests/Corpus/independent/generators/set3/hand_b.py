"""Hand B - the "wide table" Excel person (chuyên viên tổng hợp ở các sở, ngành).

One row per task, named in the department's own words (sometimes with the plan's number),
one column per measure with two-level headers (merged cells), a status column in their own
words, and a totals row across tasks (not a task).
"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from common import OUT, Key, patch_cached_values, status_of

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="DDEBF7")

# measure columns: key -> (group header or None, sub header, indicator or None, scale)
M = {
    "tb": ("Tuyên truyền", "Số tin, bài", "communications", 1),
    "lop": ("Tập huấn", "Số lớp", "training_courses", 1),
    "nguoi": ("Tập huấn", "Số người", "participants", 1),
    "hn": ("Hội nghị, hội thảo", "Số hội nghị", "training_courses", 1),
    "db": ("Hội nghị, hội thảo", "Số đại biểu", "participants", 1),
    "dn": ("Hỗ trợ DN", "Số DN", "enterprises_supported", 1),
    "cuoc": ("Kiểm tra", "Số cuộc", "inspections", 1),
    "coso": ("Kiểm tra", "Số cơ sở", "establishments_inspected", 1),
    "vp": ("Kiểm tra", "Vi phạm", "violations", 1),
    "phat_k": ("Kiểm tra", "Tiền phạt (nghìn đồng)", "fines_vnd", 1000),
    "phat_tr": ("Kiểm tra", "Tiền phạt (triệu đồng)", "fines_vnd", 1_000_000),
    "mau": (None, "Lấy mẫu (mẫu)", "samples_tested", 1),
    "mau2": ("Khảo sát, thử nghiệm", "Số mẫu", "samples_tested", 1),
    "sp": ("Khảo sát, thử nghiệm", "Số sản phẩm", None, 1),
    "tc": (None, "Góp ý TCVN, QCVN (số tiêu chuẩn, quy chuẩn)", "standards_reviewed", 1),
    "kp_tr": (None, "Kinh phí đã sử dụng (triệu đồng)", "budget_spent_vnd", 1_000_000),
    "ct": (None, "Số công trình", None, 1),
    "cslt": (None, "Số cơ sở lưu trú được công nhận hạng", None, 1),
    "tthc": (None, "Số TTHC áp dụng", None, 1),
}


def num(v):
    if isinstance(v, str):
        return float(v.replace(".", "").replace(",", "."))
    return v


REPORTS = [
    dict(
        file="SCT_PL_KQ_CT38_2026.xlsx", unit=("SO-CT", "Sở Công Thương"), head="SỞ CÔNG THƯƠNG",
        number="3125/BC-SCT", date=(2026, 10, 29), datestyle="line",
        title="PHỤ LỤC KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
        codecol="Mục KH", cols=["tb", "lop", "nguoi", "dn", "cuoc", "coso", "vp", "phat_k", "mau"],
        stcol="Kết quả thực hiện", totals="formula",
        rows=[
            ("1", "1b", "Tuyên truyền, hướng dẫn doanh nghiệp ngành công thương tham gia Giải thưởng Chất lượng Quốc gia",
             {"tb": 5, "dn": 7}, "Hoàn thành", "", "II.1.b"),
            ("2", "2d", "Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý chất lượng, công cụ cải tiến năng suất",
             {"lop": 3, "nguoi": 210, "dn": 24}, "Đang triển khai", "Chương trình phát triển công nghiệp hỗ trợ", "II.2.d"),
            ("3", "2đ", "Duy trì, cải tiến HTQLCL ISO 9001:2015 tại Sở", {}, "Duy trì thường xuyên", "", "II.2.đ"),
            ("4", "5a", "Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường",
             {"cuoc": 6, "coso": 45, "vp": 7, "phat_k": "86.500"}, "Hoàn thành", "Tỷ lệ vi phạm 15,6%", "II.5.a"),
            ("5", "5b", "Khảo sát chất lượng hàng hóa tại chợ truyền thống, siêu thị", {"mau": 30},
             "Đang triển khai", "Phối hợp Chi cục TĐC", "II.5.b"),
            ("6", "6a", "Cập nhật cam kết về hàng rào kỹ thuật (TBT) trong các FTA cho doanh nghiệp xuất khẩu",
             {"tb": 12, "lop": 1, "nguoi": 95}, "Hoàn thành", "", "II.6.a"),
            ("7", "5d", "Xử lý hành vi tham nhũng, tiêu cực trong lĩnh vực TĐC", {}, "Không phát sinh", "", "II.5.d"),
        ],
        notes_below=["Ghi chú: Số liệu kiểm tra bao gồm 02 cuộc kiểm tra liên ngành theo Kế hoạch số 1876/KH-SCT ngày 15/3/2026."],
        difficulties=["Lực lượng quản lý thị trường được chuyển giao, việc phối hợp kiểm tra xăng dầu chưa thật sự nhịp nhàng."],
        proposals=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để phục vụ công tác kiểm tra."],
    ),
    dict(
        file="SYT - bieu tong hop TDC 2026.xlsx", unit=("SO-YT", "Sở Y tế"), head="SỞ Y TẾ",
        number=None, date=(2026, 10, 30), datestyle="cell",
        title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
        codecol=None, cols=["hn", "db", "cuoc", "coso", "vp", "tc"],
        stcol="Tình trạng", totals="value",
        rows=[
            ("1", None, "Cử viên chức tham dự hội nghị tập huấn nghiệp vụ đo lường trong lĩnh vực y tế (nhiệm vụ 3a)",
             {"db": 14}, "Hoàn thành", "Do Chi cục TĐC tổ chức", "II.3.a"),
            ("2", None, "Đào tạo về đo lường, trang thiết bị y tế cho sinh viên Trường Cao đẳng Y tế (nhiệm vụ 3d)",
             {"hn": 2, "db": 240}, "Hoàn thành", "", "II.3.d"),
            ("3", None, "Góp ý dự thảo QCVN về trang thiết bị y tế, phương tiện đo nhóm 2 dùng trong y tế (nhiệm vụ 2e)",
             {"tc": 3}, "Hoàn thành", "Gửi Bộ Y tế", "II.2.e"),
            ("4", None, "Kiểm tra việc kiểm định phương tiện đo huyết áp, nhiệt kế tại các cơ sở khám, chữa bệnh (nhiệm vụ 5a)",
             {"cuoc": 4, "coso": 16, "vp": 0}, "Đang thực hiện\n(dự kiến hoàn thành tháng 12/2026)", "16/120 cơ sở khám chữa bệnh", "II.5.a"),
            ("5", None, "Áp dụng ISO 9001:2015 trong hoạt động quản lý hành chính của Sở (nhiệm vụ 2đ)",
             {}, "Hoàn thành", "", "II.2.đ"),
            ("6", None, "Thu hút chuyên gia đánh giá lĩnh vực thiết bị y tế (nhiệm vụ 3c)", {}, "Chưa triển khai", "", "II.3.c"),
        ],
        notes_below=[],
        difficulties=[
            "Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định.",
            "Chưa có hướng dẫn phân cấp kiểm tra đo lường trong lĩnh vực y tế sau sắp xếp.",
        ],
        proposals=["Đề nghị Sở Khoa học và Công nghệ phối hợp tập huấn cho cơ sở khám, chữa bệnh về quản lý phương tiện đo nhóm 2."],
    ),
    dict(
        file="So ATTP_KQ thuc hien CT38.xlsx", unit=("SO-ATTP", "Sở An toàn thực phẩm"), head="SỞ AN TOÀN THỰC PHẨM",
        number="845/BC-ATTP", date=(2026, 11, 6), datestyle="line",
        title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
        codecol=None, cols=["lop", "nguoi", "kp_tr", "dn", "cuoc", "coso", "vp", "phat_k", "mau2", "sp"],
        stcol="Mức độ hoàn thành", totals="formula",
        rows=[
            ("I", None, "Tập huấn văn bản quy phạm pháp luật về chất lượng, ghi nhãn cho cơ sở sản xuất, kinh doanh thực phẩm",
             {"lop": 8, "nguoi": 760, "kp_tr": 96.5}, "Hoàn thành", "", "II.1.a"),
            ("II", None, "Hỗ trợ cơ sở sản xuất thực phẩm áp dụng truy xuất nguồn gốc (Đề án 100)",
             {"dn": 35}, "Đang thực hiện", "Trong đó 12 cơ sở OCOP", "II.2.a"),
            ("III", None, "Kiểm tra ghi nhãn, chất lượng thực phẩm bao gói sẵn lưu thông trên thị trường",
             {"cuoc": 12, "coso": 138, "vp": 19, "phat_k": "254.000"}, "Hoàn thành", "", "II.5.a"),
            ("IV", None, "Lấy mẫu giám sát chất lượng thực phẩm",
             {"mau2": 420, "sp": 57}, "Hoàn thành", "Mẫu không đạt: 9", "II.5.b"),
            ("V", None, "Khen thưởng, bảo vệ người tố giác vi phạm", {}, "Không phát sinh", "", "II.5.d"),
        ],
        notes_below=[],
        difficulties=["Chi phí kiểm nghiệm mẫu thực phẩm cao trong khi dự toán được giao hạn chế."],
        proposals=[
            "Kiến nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu truy xuất nguồn gốc thực phẩm với cơ sở dữ liệu của Thành phố.",
            "Đề nghị bổ sung kinh phí lấy mẫu giám sát năm 2027.",
        ],
    ),
    dict(
        file="SNNMT_TDC_2026_tonghop.xlsx", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"), head="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        number=None, date=(2026, 11, 12), datestyle="footer",
        title="TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
        codecol="STT KH", cols=["hn", "db", "dn", "tc", "cuoc", "coso", "vp", "phat_tr", "mau"],
        stcol="Tiến độ thực hiện", totals="value",
        rows=[
            ("1", "2.a", "Triển khai truy xuất nguồn gốc nông sản, thủy sản theo Đề án 100",
             {"hn": 4, "db": 320, "dn": 42}, "Đang triển khai", "Cấp 1.860 mã vùng trồng", "II.2.a"),
            ("2", "2.e", "Góp ý dự thảo TCVN, QCVN, xây dựng quy chuẩn kỹ thuật địa phương ngành nông nghiệp và môi trường",
             {"tc": 7}, "Hoàn thành", "06 QCVN, 01 QCĐP", "II.2.e"),
            ("3", "5.a", "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi",
             {"cuoc": 9, "coso": 72, "vp": 11, "phat_tr": 312.5}, "Hoàn thành", "", "II.5.a"),
            ("4", "5.b", "Lấy mẫu phân bón khảo sát chất lượng", {"mau": 85}, "Hoàn thành", "", "II.5.b"),
            ("5", "4.a", "Đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở KHCN", {}, "Không có nhiệm vụ", "", "II.4.a"),
            ("6", "6.b", "Phối hợp APO thúc đẩy năng suất", {}, "Không thuộc chức năng, nhiệm vụ", "", "II.6.b"),
        ],
        notes_below=[],
        difficulties=[
            "Nhiều hộ sản xuất nhỏ lẻ chưa sẵn sàng áp dụng truy xuất nguồn gốc.",
            "Hệ thống truy xuất nguồn gốc của ngành chưa liên thông với hệ thống của Thành phố.",
        ],
        proposals=["Đề nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn kết nối hệ thống truy xuất nguồn gốc dùng chung."],
    ),
    dict(
        file="SXD - KQ CT38 nam 2026 (gui Chi cuc).xlsx", unit=("SO-XD", "Sở Xây dựng"), head="SỞ XÂY DỰNG",
        number="11842/BC-SXD", date=(2026, 11, 13), datestyle="line",
        title="KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
        codecol=None, cols=["lop", "nguoi", "tc", "cuoc", "coso", "vp", "phat_k", "mau2", "ct"],
        stcol="Kết quả", totals="formula",
        rows=[
            ("1", None, "Góp ý các QCVN, TCVN về vật liệu xây dựng, an toàn công trình", {"tc": 4}, "Hoàn thành", "", "II.2.e"),
            ("2", None, "Kiểm tra chất lượng vật liệu xây dựng lưu thông (thép, xi măng, kính xây dựng)",
             {"cuoc": 5, "coso": 28, "vp": 3, "phat_k": "120.000", "ct": 14}, "Hoàn thành", "", "II.5.a"),
            ("3", None, "Lấy mẫu thử nghiệm vật liệu xây dựng", {"mau2": 56}, "", "Đã có kết quả 41 mẫu", "II.5.b"),
            ("4", None, "Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015", {}, "Hoàn thành", "", "II.2.đ"),
            ("5", None, "Tập huấn cho công chức phường, xã về quản lý chất lượng vật liệu xây dựng",
             {"lop": 2, "nguoi": 180}, "Hoàn thành", "", "II.3.a"),
        ],
        notes_below=["(Số công trình: số công trình có sử dụng vật liệu được kiểm tra, không phải số cơ sở)"],
        difficulties=["Một số QCVN mới về vật liệu xây dựng chưa có phòng thử nghiệm được chỉ định trên địa bàn."],
        proposals=["Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn QCVN 16:2023/BXD cho doanh nghiệp."],
    ),
    dict(
        file="GDDT_bao cao TDC CT38.xlsx", unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), head="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        number=None, date=(2026, 11, 3), datestyle="cell",
        title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 CỦA NGÀNH GIÁO DỤC",
        codecol="Nhiệm vụ số", cols=["lop", "nguoi", "tb", "cuoc", "coso", "vp"],
        stcol="Đánh giá", totals="value",
        rows=[
            ("1", "3d", "Bồi dưỡng kiến thức về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho giáo viên, học sinh các trường trung cấp",
             {"lop": 5, "nguoi": 620}, "Hoàn thành", "", "II.3.d"),
            ("2", "1a", "Phổ biến văn bản pháp luật về chất lượng sản phẩm, hàng hóa cho cán bộ quản lý cơ sở giáo dục",
             {"tb": 8}, "Đạt", "Đăng trên Cổng thông tin ngành", "II.1.a"),
            ("3", "5a", "Kiểm tra chất lượng thiết bị dạy học, đồ chơi tại trường mầm non",
             {"cuoc": 3, "coso": 40, "vp": 2}, "Hoàn thành", "Nhắc nhở, yêu cầu thay thế", "II.5.a"),
            ("4", "2đ", "Áp dụng HTQLCL ISO 9001:2015 tại cơ quan Sở", {}, "Đang tiếp tục thực hiện", "", "II.2.đ"),
        ],
        notes_below=[],
        difficulties=["Giáo viên kiêm nhiệm, thời gian tham gia bồi dưỡng hạn chế."],
        proposals=["Đề nghị Chi cục TĐC biên soạn tài liệu phổ thông về đo lường, chất lượng dùng cho nhà trường."],
    ),
    dict(
        file="Sở Du lịch - KQ TĐC 2026.xlsx", unit=("SO-DL", "Sở Du lịch"), head="SỞ DU LỊCH",
        number="1290/SDL-QLDN", date=(2026, 11, 10), datestyle="line",
        title="BẢNG KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
        codecol=None, cols=["hn", "db", "dn", "tc", "cslt", "tthc"],
        stcol="Tình hình thực hiện", totals=None,
        rows=[
            ("1", None, "Hội nghị phổ biến bộ tiêu chuẩn quốc gia về du lịch cho doanh nghiệp lữ hành, lưu trú",
             {"hn": 1, "db": 150}, "Hoàn thành", "", "II.1.a"),
            ("2", None, "Hướng dẫn doanh nghiệp du lịch áp dụng TCVN về chất lượng dịch vụ",
             {"dn": 15, "cslt": 38}, "Đang thực hiện", "", "II.2.d"),
            ("3", None, "Góp ý dự thảo TCVN về du lịch", {"tc": 2}, "Hoàn thành", "TCVN về homestay, farmstay", "II.2.e"),
            ("4", None, "Áp dụng ISO 9001:2015 trong giải quyết TTHC của Sở", {"tthc": 47}, "Hoàn thành", "", "II.2.đ"),
            ("5", None, "Kiểm tra chất lượng dịch vụ tại cơ sở lưu trú", {}, "Chưa thực hiện", "Chuyển sang năm 2027", "II.5.a"),
        ],
        notes_below=[],
        difficulties=["Bộ tiêu chuẩn du lịch còn mới, doanh nghiệp chưa nắm rõ yêu cầu."],
        proposals=[
            "Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức đánh giá, chứng nhận cho doanh nghiệp du lịch.",
            "Đề nghị hỗ trợ kinh phí tập huấn TCVN du lịch năm 2027.",
        ],
    ),
]


def build(rep):
    y, m, d = rep["date"]
    key = Key(rep["file"], rep["unit"][0], rep["unit"][1], rep["number"], f"{y:04d}-{m:02d}-{d:02d}")
    wb = Workbook()
    ws = wb.active
    ws.title = "Phu luc"
    F = lambda **k: Font(name="Times New Roman", size=k.pop("size", 11), **k)
    fixed = [("TT", 6)]
    if rep["codecol"]:
        fixed.append((rep["codecol"], 8))
    fixed.append(("Nhiệm vụ", 48))
    ncols = len(fixed) + len(rep["cols"]) + 2
    last = get_column_letter(ncols)
    # header block
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = rep["head"]
    ws["A2"].font = F(bold=True)
    if rep["number"]:
        ws["A3"] = "Số: " + rep["number"]
    half = get_column_letter(ncols - 4)
    ws[f"{half}1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws[f"{half}2"] = "Độc lập - Tự do - Hạnh phúc"
    ws[f"{half}1"].font = F(bold=True); ws[f"{half}2"].font = F(bold=True)
    if rep["datestyle"] == "line":
        ws[f"{half}3"] = f"Thành phố Hồ Chí Minh, ngày {d:02d} tháng {m:02d} năm {y}"
        ws[f"{half}3"].font = F(italic=True)
    ws.merge_cells(f"A5:{last}5")
    ws["A5"] = rep["title"]
    ws["A5"].font = F(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center")
    if rep["datestyle"] == "cell":
        ws.merge_cells(f"A6:{last}6")
        lab = "Ngày báo cáo" if rep["unit"][0] == "SO-YT" else "Ngày lập"
        ws["A6"] = f"{lab}: {d:02d}/{m:02d}/{y}"
        ws["A6"].alignment = Alignment(horizontal="center")
        ws["A6"].font = F(italic=True)
    # two-level header rows 8-9
    h1, h2 = 8, 9
    c = 1
    for title, w in fixed:
        col = get_column_letter(c)
        ws.merge_cells(f"{col}{h1}:{col}{h2}")
        ws[f"{col}{h1}"] = title
        ws.column_dimensions[col].width = w
        c += 1
    groups = {}
    for k in rep["cols"]:
        g, sub, ind, sc = M[k]
        col = get_column_letter(c)
        ws.column_dimensions[col].width = 11
        if g is None:
            ws.merge_cells(f"{col}{h1}:{col}{h2}")
            ws[f"{col}{h1}"] = sub
        else:
            groups.setdefault(g, []).append(c)
            ws[f"{col}{h2}"] = sub
        c += 1
    for g, cs in groups.items():
        a, b = get_column_letter(cs[0]), get_column_letter(cs[-1])
        if a != b:
            ws.merge_cells(f"{a}{h1}:{b}{h1}")
        ws[f"{a}{h1}"] = g
    stc = get_column_letter(c); ws.merge_cells(f"{stc}{h1}:{stc}{h2}"); ws[f"{stc}{h1}"] = rep["stcol"]
    ws.column_dimensions[stc].width = 20
    gc = get_column_letter(c + 1); ws.merge_cells(f"{gc}{h1}:{gc}{h2}"); ws[f"{gc}{h1}"] = "Ghi chú"
    ws.column_dimensions[gc].width = 26
    for rr in (h1, h2):
        for cc in range(1, ncols + 1):
            cell = ws.cell(rr, cc)
            cell.font = F(bold=True); cell.border = BOX; cell.fill = GREY
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[h2].height = 45
    # numbering row (1), (2), ... as officials do
    r = h2 + 1
    for cc in range(1, ncols + 1):
        ws.cell(r, cc, f"({cc})").alignment = Alignment(horizontal="center")
        ws.cell(r, cc).font = F(italic=True, size=9); ws.cell(r, cc).border = BOX
    r += 1
    first = r
    mcol0 = len(fixed) + 1
    for tt, code, name, vals, st, note, task in rep["rows"]:
        row = [tt] + ([code] if rep["codecol"] else []) + [name]
        ind = {}
        for k in rep["cols"]:
            v = vals.get(k)
            row.append(v)
            g, sub, indic, sc = M[k]
            if v is not None and indic:
                ind[indic] = round(num(v) * sc)
        row += [st or None, note or None]
        for cc, v in enumerate(row, 1):
            cell = ws.cell(r, cc, v)
            cell.border = BOX; cell.font = F()
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if cc == len(fixed) or cc == ncols else "center")
            if isinstance(v, float):
                cell.number_format = "#,##0.0"
            elif isinstance(v, int):
                cell.number_format = "#,##0"
        key.task(task, status_of(st), **ind)
        ws.row_dimensions[r].height = 16 * max(2, -(-len(name) // 44), (st or "").count("\n") + 2)
        r += 1
    lastrow = r - 1
    cached = {}
    if rep["totals"]:
        ws.cell(r, len(fixed), "Tổng cộng").font = F(bold=True)
        for cc in range(1, ncols + 1):
            ws.cell(r, cc).border = BOX
        for i, k in enumerate(rep["cols"]):
            cc = mcol0 + i
            col = get_column_letter(cc)
            if rep["totals"] == "formula":
                # Excel's SUM skips numbers typed as text, so the cached total does too
                tot = sum(rw[3].get(k) for rw in rep["rows"] if isinstance(rw[3].get(k), (int, float)))
                ws.cell(r, cc, f"=SUM({col}{first}:{col}{lastrow})")
                cached[f"{col}{r}"] = tot
            else:
                tot = sum(num(rw[3].get(k) or 0) for rw in rep["rows"])
                ws.cell(r, cc, tot)
            ws.cell(r, cc).font = F(bold=True)
            ws.cell(r, cc).number_format = "#,##0.0" if isinstance(tot, float) and tot != int(tot) else "#,##0"
        r += 1
    r += 1
    for n in rep["notes_below"]:
        ws.cell(r, 1, n).font = F(italic=True); r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = F(bold=True); r += 1
    for i, it in enumerate(rep["difficulties"], 1):
        ws.cell(r, 1, f"{i}. {it}" if len(rep["difficulties"]) > 1 else it); r += 1
        key.difficulties.append(it)
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = F(bold=True); r += 1
    for i, it in enumerate(rep["proposals"], 1):
        ws.cell(r, 1, f"{i}. {it}" if len(rep["proposals"]) > 1 else it); r += 1
        key.proposals.append(it)
    r += 1
    if rep["datestyle"] == "footer":
        ws.cell(r, ncols - 3, f"TP. Hồ Chí Minh, ngày {d:02d} tháng {m:02d} năm {y}").font = F(italic=True)
        r += 1
    ws.cell(r, 3, "NGƯỜI LẬP BIỂU").font = F(bold=True)
    ws.cell(r, ncols - 3, "KT. GIÁM ĐỐC").font = F(bold=True)
    ws.cell(r + 1, ncols - 3, "PHÓ GIÁM ĐỐC").font = F(bold=True)
    ws.freeze_panes = ws.cell(first, len(fixed) + 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path = os.path.join(OUT, rep["file"])
    wb.save(path)
    if cached:
        patch_cached_values(path, {"sheet1.xml": cached})
    return key


def main():
    return [build(r) for r in REPORTS]
