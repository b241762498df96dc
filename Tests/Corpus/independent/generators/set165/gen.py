# -*- coding: utf-8 -*-
"""Generator for set165: 18 reports in five spreadsheet people's hands + answer keys."""
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def dots(n):
    return f"{n:,}".replace(",", ".")


def z2(n):
    return f"{n:02d}" if n < 10 else str(n)


def vdate(iso):
    d = dt.date.fromisoformat(iso)
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def entry(task, status, label, word, figs=None, extra=""):
    """figs: list of (indicator, value, chỉ tiêu label, ĐVT). extra: free remark."""
    return dict(task=task, status=status, label=label, word=word, figs=figs or [], extra=extra)


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------
R = []

# ---------------- H1: ward office workbook "Hướng dẫn / Dữ liệu / Tổng hợp" --------------
R.append(dict(
    file="bc-ct38-2026-phuong-ben-thanh.xlsx", hand="H1", kind="ward",
    unit=("26743", "Phường Bến Thành"), number="312/BC-UBND", date="2026-10-26",
    sheets=("Hướng dẫn", "Dữ liệu", "Tổng hợp"),
    entries=[
        entry("II.5.c", "completed", "Phối hợp Chi cục TĐC kiểm tra đo lường (cân) tại chợ Bến Thành, chợ Thái Bình",
              "Đã làm xong",
              [("inspections", 3, "Số đợt", "đợt"), ("establishments_inspected", 27, "Số cơ sở", "cơ sở"),
               ("violations", 4, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 7500000, "Tiền phạt", "đồng")],
              "fines:1500000,2000000,2500000,1500000|split:9,10,8"),
        entry("II.1.a", "in_progress", "Tuyên truyền về đo lường, chất lượng (loa phát thanh, pano, nhóm Zalo khu phố)",
              "Đang làm, còn tiếp", [("communications", 14, "tin, bài", "tin, bài")], "split:4,3,5,2"),
        entry("II.3.a", "completed", "Cử công chức dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức",
              "Đã làm xong", [("participants", 3, "lượt công chức dự", "lượt")]),
        entry("II.2.đ", "in_progress", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
              "Đang làm, còn tiếp"),
        entry("II.5.d", "not_applicable", "Tiếp nhận, xử lý phản ánh, tố giác về cân thiếu, hàng kém chất lượng",
              "Không có việc phát sinh"),
    ],
    difficulties=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng, phải kiêm nhiệm nhiều việc.",
                  "Tiểu thương tại các điểm chợ tạm còn dùng cân không rõ nguồn gốc, khó kiểm soát."],
    proposals=["Đề nghị Chi cục TĐC cấp bổ sung 02 bộ quả cân chuẩn cho điểm cân đối chứng tại chợ Bến Thành.",
               "Đề nghị tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027."],
))
R.append(dict(
    file="XaCuChi_TongHop_KH38.xlsx", hand="H1", kind="ward",
    unit=("27553", "Xã Củ Chi"), number="245/BC-UBND", date="2026-10-28",
    sheets=("HD", "Du lieu", "Tong hop"),
    entries=[
        entry("II.5.c", "in_progress", "Kiểm tra cây xăng, cửa hàng gas trên địa bàn (phối hợp Đội QLTT, Chi cục TĐC)",
              "Đang làm, còn tiếp",
              [("inspections", 2, "Số đợt", "đợt"), ("establishments_inspected", 11, "Số cơ sở", "cơ sở"),
               ("violations", 1, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 5000000, "Tiền phạt", "đồng")],
              "fines:5000000|split:5,6"),
        entry("II.1.a", "completed", "Tuyên truyền trên Đài truyền thanh xã về đo lường, chất lượng hàng hóa",
              "Đã làm xong", [("communications", 20, "tin, bài", "tin")], "split:8,7,5"),
        entry("II.2.a", "in_progress", "Hướng dẫn HTX, hộ sản xuất nông sản áp dụng truy xuất nguồn gốc, mã số mã vạch",
              "Đang làm, còn tiếp", [("enterprises_supported", 6, "HTX, hộ được hướng dẫn", "đơn vị")], "split:4,2"),
        entry("II.3.a", "completed", "Công chức xã dự tập huấn do Chi cục TĐC mở", "Đã làm xong",
              [("participants", 2, "lượt công chức dự", "lượt")]),
        entry("II.2.đ", "completed", "Công bố lại HTQLCL ISO 9001 sau khi sắp xếp bộ máy (ngày 12/8/2026)", "Đã làm xong"),
    ],
    difficulties=["Địa bàn rộng, cơ sở kinh doanh nhỏ lẻ, phân tán; lực lượng kiểm tra của xã mỏng."],
    proposals=["Đề nghị Sở hỗ trợ kinh phí in tờ rơi tuyên truyền về đo lường, chất lượng cho các ấp."],
))
R.append(dict(
    file="DiAn-BaoCao-CT38.xlsx", hand="H1", kind="ward", informal=True,
    unit=("25942", "Phường Dĩ An"), number="198/BC-UBND", date="2026-10-23",
    sheets=("Hướng dẫn", "Nhập liệu", "Tổng hợp"),
    entries=[
        entry("II.5.c", "completed", "Kiểm tra đo lường tại chợ Dĩ An, chợ Nhị Đồng", "Đã làm xong",
              [("inspections", 4, "Số đợt", "đợt"), ("establishments_inspected", 36, "Số cơ sở", "cơ sở"),
               ("violations", 5, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 12000000, "Tiền phạt", "đồng")],
              "fines:2000000,3000000,2500000,2000000,2500000|split:9,8,10,9"),
        entry("II.5.b", "completed", "Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng", "Đã làm xong",
              [("samples_tested", 6, "mẫu xăng dầu", "mẫu")]),
        entry("II.1.a", "in_progress", "Tuyên truyền trên trang thông tin điện tử phường và loa khu phố", "Đang làm, còn tiếp",
              [("communications", 9, "tin, bài", "tin")], "split:5,4"),
        entry("II.2.đ", "in_progress", "Rà soát quy trình ISO 9001 theo bộ thủ tục hành chính mới", "Đang làm, còn tiếp"),
    ],
    difficulties=["Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng trong dự toán của phường."],
    proposals=["Kiến nghị Chi cục TĐC hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND phường về đo lường sau sắp xếp."],
))
R.append(dict(
    file="TanDinh_tonghop_thang_ATTP.xlsx", hand="H1", kind="ward", mistaken=True,
    unit=("26737", "Phường Tân Định"), number="301/BC-UBND", date="2026-10-27",
    sheets=("Hướng dẫn", "Dữ liệu", "Tổng hợp"),
    reason="Báo cáo kết quả kiểm tra an toàn thực phẩm (Tháng hành động vì ATTP, Tết Trung thu 2026), không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
    entries=[], difficulties=[], proposals=[],
))

# ---------------- H2: task blocks "Chỉ tiêu | ĐVT | Số lượng" --------------------------
R.append(dict(
    file="ChiCucTDC_KQ_CT38_2026.xlsx", hand="H2", kind="internal",
    unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    number="1185/BC-CCTĐC", date="2026-10-30", sheet="KQ_2026",
    entries=[
        entry("II.1.a", "completed", "Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", "Xong",
              [("training_courses", 4, "Số lớp tập huấn, tọa đàm", "lớp"), ("participants", 520, "Số đại biểu tham dự", "lượt người")],
              "Hình thức: trực tiếp 03 lớp, trực tuyến 01 buổi tọa đàm"),
        entry("II.1.b", "completed", "Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Xong",
              [("enterprises_supported", 15, "Doanh nghiệp được hướng dẫn hồ sơ", "DN"), ("communications", 6, "Tin, bài đăng tải", "tin, bài")]),
        entry("II.2.b", "in_progress", "Hội đồng sơ tuyển Giải thưởng CLQG năm 2026", "Còn tiếp tục", [],
              "Số hồ sơ tham dự nhận được|hồ sơ|09;Thẩm định tại doanh nghiệp|—|đang làm, dự kiến xong tháng 11"),
        entry("II.2.a", "in_progress", "Chương trình năng suất chất lượng, Đề án 996, Đề án 100", "Còn tiếp tục",
              [("enterprises_supported", 32, "Doanh nghiệp được hỗ trợ", "DN"), ("budget_spent_vnd", 185400000, "Kinh phí đã giải ngân", "đồng")]),
        entry("II.2.e", "in_progress", "Góp ý dự thảo TCVN, QCVN", "Còn tiếp tục",
              [("standards_reviewed", 14, "Dự thảo TCVN, QCVN đã góp ý", "dự thảo")]),
        entry("II.2.đ", "completed", "Hướng dẫn ISO 9001 cho cơ quan hành chính", "Xong",
              [("enterprises_supported", 21, "Cơ quan, UBND xã/phường được hướng dẫn", "cơ quan")]),
        entry("II.3.a", "completed", "Tập huấn nghiệp vụ cho công chức Sở, ngành, UBND xã, phường, đặc khu", "Xong",
              [("training_courses", 3, "Số lớp", "lớp"), ("participants", 410, "Học viên", "lượt người")]),
        entry("II.5.a", "in_progress", "Kiểm tra nhà nước về TĐC sản phẩm, hàng hóa", "Còn tiếp tục",
              [("inspections", 18, "Số cuộc kiểm tra", "cuộc"), ("establishments_inspected", 164, "Cơ sở được kiểm tra", "cơ sở"),
               ("violations", 23, "Cơ sở vi phạm", "cơ sở"), ("fines_vnd", 286500000, "Tiền phạt VPHC", "đồng")]),
        entry("II.5.b", "completed", "Khảo sát chất lượng sản phẩm, hàng hóa", "Xong",
              [("samples_tested", 120, "Mẫu đã lấy, thử nghiệm", "mẫu")], "Mẫu không phù hợp|mẫu|07"),
        entry("II.6.b", "not_applicable", "Phối hợp APO về năng suất khu vực công", "Không phát sinh việc"),
    ],
    difficulties=["Biên chế kiểm tra viên đo lường còn thiếu so với số lượng cơ sở cần kiểm tra sau khi mở rộng địa bàn.",
                  "Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu."],
    proposals=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
               "Đề nghị các phường, xã cử đầu mối theo dõi công tác TĐC để phối hợp kiểm tra."],
))
R.append(dict(
    file="TTPTTN_BaoCao_KH38.xlsx", hand="H2", kind="internal",
    unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    number="402/BC-TTPTTN", date="2026-10-29", sheet="Bao cao",
    entries=[
        entry("II.4.a", "in_progress", "Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, kiểm định", "Còn tiếp tục",
              [("budget_spent_vnd", 4250000000, "Kinh phí đã giải ngân", "triệu đồng")],
              "Thiết bị đã nghiệm thu|bộ|11"),
        entry("II.4.c", "completed", "Duy trì chuẩn đo lường, liên kết chuẩn lên chuẩn quốc gia", "Xong",
              [("instruments_verified", 46, "Chuẩn, phương tiện đo chuẩn được hiệu chuẩn", "chuẩn")]),
        entry("II.2.g", "in_progress", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Còn tiếp tục",
              [("instruments_verified", 12850, "Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện"),
               ("samples_tested", 3420, "Mẫu thử nghiệm", "mẫu")], "Lĩnh vực mở rộng|lĩnh vực|02"),
        entry("II.3.d", "completed", "Đào tạo đo lường, thử nghiệm cho sinh viên thực tập", "Xong",
              [("training_courses", 2, "Khóa đào tạo", "khóa"), ("participants", 95, "Sinh viên", "người")]),
    ],
    difficulties=["Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải chuyển sang năm 2027."],
    proposals=["Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu các gói thiết bị còn lại."],
))
R.append(dict(
    file="KTPC_bao-cao-CT38.xlsx", hand="H2", kind="internal",
    unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), number="57/BC-KTPC", date="2026-10-28", sheet="Sheet1",
    entries=[
        entry("II.2.c", "completed", "Góp ý sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng SPHH", "Xong", [],
              "Văn bản góp ý đã gửi|văn bản|03"),
        entry("II.5.a", "in_progress", "Phối hợp Chi cục kiểm tra TĐC hàng hóa lưu thông", "Còn tiếp tục",
              [("inspections", 6, "Cuộc kiểm tra phối hợp", "cuộc"), ("establishments_inspected", 41, "Cơ sở", "cơ sở"),
               ("violations", 7, "Cơ sở vi phạm", "cơ sở"), ("fines_vnd", 94000000, "Tiền phạt", "đồng")]),
        entry("II.5.b", "completed", "Xử lý kết quả khảo sát chất lượng do Chi cục chuyển sang", "Xong"),
        entry("II.5.c", "in_progress", "Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền", "Còn tiếp tục", [],
              "Văn bản hướng dẫn|văn bản|02"),
        entry("II.5.d", "completed", "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TĐC", "Xong", [],
              "Đơn thư tiếp nhận|đơn|05;Đã xử lý xong|đơn|05"),
        entry("II.4.b", "not_started", "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021", "Chưa tới lượt"),
    ],
    difficulties=["Một số quy định xử phạt về đo lường chưa thống nhất giữa các nghị định."],
    proposals=["Đề nghị Chi cục chủ động lập danh mục thiết bị kỹ thuật nghiệp vụ cần kiểm định để Phòng phối hợp rà soát."],
))
R.append(dict(
    file="VPS_BC_thuc-hien-KH-CT38.docx", hand="H2", kind="internal",
    unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"), number="88/BC-VP", date="2026-10-27",
    entries=[
        entry("II.2.đ", "completed", "Duy trì, cải tiến HTQLCL ISO 9001 tại Sở", "Xong", [],
              "Quy trình được rà soát, cập nhật|quy trình|47;Hình thức|—|ban hành lại Sổ tay chất lượng phiên bản 3"),
        entry("II.2.h", "completed", "Phối hợp đề xuất hoàn thiện hệ thống giải quyết TTHC, kết nối Cổng một cửa quốc gia", "Xong"),
        entry("II.2.i", "in_progress", "Phối hợp kết nối cơ sở dữ liệu quốc gia về TĐC", "Còn tiếp tục"),
        entry("II.4.a", "in_progress", "Bố trí kinh phí mua sắm thiết bị cho đơn vị sự nghiệp", "Còn tiếp tục",
              [("budget_spent_vnd", 1120000000, "Kinh phí đã giải ngân", "đồng")]),
        entry("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh việc"),
    ],
    difficulties=["Dữ liệu TTHC của lĩnh vực TĐC chưa đồng bộ giữa hệ thống của Bộ và của Thành phố."],
    proposals=["Đề nghị Phòng Chuyển đổi số chủ trì xây dựng phương án đồng bộ dữ liệu trong Quý I/2027."],
))

# ---------------- H3: tracker with phase codes GĐ0–GĐ3 / KA ---------------------------
PHASE = {"not_started": "GĐ0", "in_progress": "GĐ2", "completed": "GĐ3", "not_applicable": "KA"}
R.append(dict(
    file="SCT_theodoi_CT38_2026.xlsx", hand="H3", kind="department",
    unit=("SO-CT", "Sở Công Thương"), number="5120/BC-SCT", date="2026-10-31",
    entries=[
        entry("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng xăng dầu, LPG tại cửa hàng bán lẻ", "GĐ2",
              [("inspections", 5, "", "cuộc"), ("establishments_inspected", 38, "", "cơ sở"),
               ("violations", 3, "", "cơ sở"), ("fines_vnd", 66000000, "", "đồng")],
              "Kiểm tra 05 cuộc tại 38 cửa hàng, 03 cửa hàng vi phạm, xử phạt 66 triệu đồng|01/3/2026|31/12/2026"),
        entry("II.2.e", "completed", "Góp ý dự thảo QCVN về an toàn điện, hóa chất", "GĐ3",
              [("standards_reviewed", 4, "", "dự thảo")], "Đã góp ý 04 dự thảo QCVN theo đề nghị của Bộ Công Thương|15/2/2026|30/6/2026"),
        entry("II.1.a", "completed", "Hội nghị phổ biến quy định nhãn hàng hóa cho doanh nghiệp xuất nhập khẩu", "GĐ3",
              [("training_courses", 1, "", "hội nghị"), ("participants", 180, "", "đại biểu")],
              "01 hội nghị ngày 18/6/2026, 180 đại biểu doanh nghiệp|01/5/2026|18/6/2026"),
        entry("II.6.a", "in_progress", "Cập nhật cam kết FTA về hàng rào kỹ thuật (TBT) cho doanh nghiệp", "GĐ2",
              [("communications", 3, "", "bản tin")], "Phát hành 03 bản tin TBT chuyên đề|01/01/2026|31/12/2026"),
        entry("II.2.d", "in_progress", "Lồng ghép hỗ trợ doanh nghiệp áp dụng công cụ năng suất qua chương trình khuyến công", "GĐ1",
              [], "Đang xây dựng danh sách doanh nghiệp đề xuất hỗ trợ|01/9/2026|"),
        entry("II.5.b", "not_started", "Phối hợp khảo sát chất lượng hàng hóa trên thị trường", "GĐ0", [],
              "Chờ kế hoạch khảo sát của Chi cục TĐC||"),
    ],
    difficulties=["Chưa có cơ chế chia sẻ kết quả kiểm tra giữa Sở Công Thương và Chi cục TĐC."],
    proposals=["Đề nghị Sở KH&CN ban hành quy chế phối hợp trao đổi thông tin kiểm tra chất lượng hàng hóa."],
))
R.append(dict(
    file="CDS-theo-doi-nhiem-vu-CT38.xlsx", hand="H3", kind="internal",
    unit=("SKHCN-CDS", "Phòng Chuyển đổi số"), number="41/BC-CĐS", date="2026-10-29",
    entries=[
        entry("II.2.h", "completed", "Kết nối liên thông Cổng một cửa quốc gia (đăng ký kiểm tra chất lượng hàng nhập khẩu)", "GĐ3",
              [], "Đã kết nối, vận hành chính thức từ 25/3/2026|05/01/2026|25/3/2026"),
        entry("II.2.i", "in_progress", "Kết nối CSDL quốc gia về TĐC với kho dữ liệu dùng chung của Sở", "GĐ2",
              [], "Đã thử nghiệm kết nối API, đang hoàn thiện phân quyền|01/4/2026|30/11/2026"),
        entry("II.1.a", "in_progress", "Đăng tin, bài về CT38 trên Cổng thông tin điện tử Sở", "GĐ2",
              [("communications", 11, "", "tin, bài")], "Đăng 11 tin, bài|01/01/2026|31/12/2026"),
        entry("II.6.b", "not_applicable", "Phối hợp APO (nếu có yêu cầu)", "KA", [], "Chưa có yêu cầu||"),
    ],
    difficulties=["Cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ tài liệu kỹ thuật kết nối."],
    proposals=["Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban TĐC Quốc gia cung cấp tài liệu đặc tả API."],
))
R.append(dict(
    file="SYT_bao-cao-KH38-Chi-thi-38.docx", hand="H3", kind="department",
    unit=("SO-YT", "Sở Y tế"), number="7345/BC-SYT", date="2026-11-03",
    entries=[
        entry("II.2.đ", "completed", "Duy trì ISO 9001 tại Sở và các đơn vị trực thuộc", "GĐ3", [],
              "Đã đánh giá nội bộ, công bố lại|01/3/2026|30/9/2026"),
        entry("II.2.e", "completed", "Góp ý dự thảo QCVN về trang thiết bị y tế", "GĐ3",
              [("standards_reviewed", 3, "", "dự thảo")], "03 dự thảo QCVN|01/4/2026|31/7/2026"),
        entry("II.5.a", "in_progress", "Phối hợp kiểm tra phương tiện đo dùng trong y tế tại cơ sở khám chữa bệnh tư nhân", "GĐ2",
              [("inspections", 2, "", "cuộc"), ("establishments_inspected", 15, "", "cơ sở"), ("violations", 1, "", "cơ sở")],
              "02 cuộc, 15 cơ sở, 01 cơ sở vi phạm (chuyển Chi cục xử lý)|01/6/2026|15/12/2026"),
        entry("II.3.a", "completed", "Cử viên chức dự tập huấn nghiệp vụ TĐC", "GĐ3",
              [("participants", 12, "", "lượt")], "12 lượt viên chức|01/5/2026|30/8/2026"),
        entry("II.6.b", "not_applicable", "Năng suất khu vực công (APO)", "KA", [], "Không có yêu cầu||"),
    ],
    difficulties=["Nhiều cơ sở y tế tư nhân chưa lập sổ theo dõi kiểm định phương tiện đo."],
    proposals=["Đề nghị Chi cục TĐC hướng dẫn danh mục phương tiện đo nhóm 2 bắt buộc kiểm định trong lĩnh vực y tế."],
))

# ---------------- H4: two periods side by side, columns headed only by date ranges -----
R.append(dict(
    file="SNNMT_KQ_CT38_den-15-10.xlsx", hand="H4", kind="department",
    unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"), number="6612/BC-SNNMT", date="2026-10-20",
    entries=[
        entry("II.2.e", "in_progress", "Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường", "Đang thực hiện",
              [("standards_reviewed", 7, "Dự thảo đã góp ý", "dự thảo", 2)]),
        entry("II.2.a", "in_progress", "Hỗ trợ truy xuất nguồn gốc nông sản (Đề án 100)", "Đang thực hiện",
              [("enterprises_supported", 18, "Doanh nghiệp, HTX được hỗ trợ", "đơn vị", 5)]),
        entry("II.5.a", "in_progress", "Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi", "Đang thực hiện",
              [("inspections", 9, "Cuộc kiểm tra", "cuộc", 3), ("establishments_inspected", 84, "Cơ sở được kiểm tra", "cơ sở", 27),
               ("violations", 11, "Cơ sở vi phạm", "cơ sở", 4), ("fines_vnd", 131000000, "Tiền phạt", "đồng", 42500000)]),
        entry("II.5.b", "completed", "Lấy mẫu phân bón giám sát chất lượng", "Đã hoàn thành",
              [("samples_tested", 65, "Mẫu đã lấy", "mẫu", 20)]),
        entry("II.2.đ", "completed", "Duy trì HTQLCL ISO 9001 tại Sở", "Đã hoàn thành"),
        entry("II.1.a", "completed", "Hội nghị phổ biến quy chuẩn phân bón cho đại lý, doanh nghiệp", "Đã hoàn thành",
              [("training_courses", 3, "Hội nghị", "hội nghị", 1), ("participants", 410, "Đại biểu", "người", 150)]),
    ],
    difficulties=["Chi phí phân tích mẫu phân bón cao, số mẫu lấy được thấp hơn kế hoạch."],
    proposals=["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng phân bón của Chi cục TĐC."],
))
R.append(dict(
    file="BC_CT38_CanGio.xlsx", hand="H4", kind="ward", resave=True,
    unit=("27664", "Xã Cần Giờ"), number="167/BC-UBND", date="2026-10-22",
    entries=[
        entry("II.5.c", "in_progress", "Kiểm tra cân tại chợ Cần Giờ, chợ hải sản Hàng Dương", "Đang thực hiện",
              [("inspections", 3, "Cuộc kiểm tra", "cuộc", 1), ("establishments_inspected", 37, "Cơ sở", "cơ sở", 14),
               ("violations", 5, "Vi phạm", "cơ sở", 2), ("fines_vnd", 8500000, "Tiền phạt", "đồng", 3000000)]),
        entry("II.1.a", "in_progress", "Tuyên truyền trên loa truyền thanh, nhóm Zalo ấp", "Đang thực hiện",
              [("communications", 15, "Tin, bài", "tin", 6)]),
        entry("II.3.a", "completed", "Cử công chức dự tập huấn", "Đã hoàn thành",
              [("participants", 2, "Lượt công chức", "lượt", 0)]),
        entry("II.2.đ", "completed", "Duy trì ISO 9001 tại UBND xã", "Đã hoàn thành"),
        entry("II.5.d", "not_applicable", "Tiếp nhận tố giác vi phạm", "Không phát sinh"),
    ],
    difficulties=["Chợ hải sản họp sớm, tiểu thương thay đổi thường xuyên nên khó theo dõi cân sau kiểm tra."],
    proposals=["Đề nghị Chi cục TĐC hỗ trợ đặt thêm 01 điểm cân đối chứng tại chợ hải sản Hàng Dương."],
))
R.append(dict(
    file="ConDao_BC_KH38_2026.docx", hand="H4", kind="ward",
    unit=("26732", "Đặc khu Côn Đảo"), number="203/BC-UBND", date="2026-10-21",
    entries=[
        entry("II.5.c", "in_progress", "Kiểm tra đo lường tại chợ Côn Đảo và cửa hàng xăng dầu", "Đang thực hiện",
              [("inspections", 2, "Cuộc kiểm tra", "cuộc", 1), ("establishments_inspected", 17, "Cơ sở", "cơ sở", 8),
               ("violations", 1, "Cơ sở vi phạm", "cơ sở", 0), ("fines_vnd", 1500000, "Tiền phạt", "đồng", 0)]),
        entry("II.1.a", "in_progress", "Tuyên truyền qua Đài truyền thanh - truyền hình đặc khu", "Đang thực hiện",
              [("communications", 10, "Tin, bài, phóng sự", "tin", 4)]),
        entry("II.2.d", "in_progress", "Hướng dẫn cơ sở chế biến hải sản khô công bố chất lượng", "Đang thực hiện",
              [("enterprises_supported", 5, "Cơ sở được hướng dẫn", "cơ sở", 2)]),
        entry("II.2.đ", "completed", "Duy trì ISO 9001 tại UBND đặc khu", "Đã hoàn thành"),
    ],
    difficulties=["Đi lại giữa đặc khu và đất liền tốn kém, đoàn kiểm tra của Chi cục ra đảo không thường xuyên."],
    proposals=["Đề nghị Chi cục TĐC phân công 01 công chức hỗ trợ đặc khu kiểm tra đo lường mỗi quý."],
))

# ---------------- H5: Word report whose body is an Excel print area pasted in -----------
R.append(dict(
    file="TDM_baocao_CT38.docx", hand="H5", kind="ward",
    unit=("25747", "Phường Thủ Dầu Một"), number="276/BC-UBND", date="2026-10-27",
    signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Lợi"),
    entries=[
        entry("II.5.c", "completed", "Phối hợp kiểm tra cân tại chợ Thủ Dầu Một", "Hoàn thành",
              [("inspections", 2, "", ""), ("establishments_inspected", 23, "", ""), ("violations", 3, "", ""), ("fines_vnd", 4500000, "", "")],
              "Kiểm tra 02 cuộc; 23 cơ sở; 03 cơ sở vi phạm; phạt 4.500.000 đồng"),
        entry("II.1.a", "in_progress", "Tuyên truyền Chỉ thị 38 trên loa, trang thông tin điện tử phường", "Đang triển khai",
              [("communications", 18, "", "")], "18 tin, bài"),
        entry("II.3.a", "completed", "Cử công chức dự tập huấn TĐC", "Hoàn thành",
              [("participants", 4, "", "")], "04 lượt công chức tham dự"),
        entry("II.2.đ", "completed", "Duy trì ISO 9001:2015 tại UBND phường", "Hoàn thành", [],
              "Đã rà soát, công bố lại HTQLCL"),
        entry("II.5.d", "not_applicable", "Tiếp nhận phản ánh, tố giác về TĐC", "Không phát sinh", [], ""),
        entry("II.2.d", "not_started", "Hỗ trợ hộ kinh doanh công bố chất lượng sản phẩm", "Chưa triển khai", [],
              "Chờ hướng dẫn của Chi cục"),
    ],
    difficulties=["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực."],
    proposals=["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền mẫu cho phường."],
))
R.append(dict(
    file="LongHai_BieuKQ_CT38.docx", hand="H5", kind="ward", resave=True, header_in_table_only=True,
    unit=("26662", "Xã Long Hải"), number="178/BC-UBND", date="2026-10-27",
    signer=("CHỦ TỊCH", "", "Lê Thị Hồng"),
    entries=[
        entry("II.5.c", "in_progress", "Kiểm tra cân tại chợ Long Hải, chợ hải sản Long Hải", "Đang triển khai",
              [("inspections", 3, "", ""), ("establishments_inspected", 29, "", ""), ("violations", 6, "", ""), ("fines_vnd", 9000000, "", "")],
              "03 cuộc; 29 cơ sở; 06 cơ sở vi phạm; phạt 9.000.000 đồng"),
        entry("II.1.a", "completed", "Tuyên truyền trên Đài truyền thanh xã", "Hoàn thành",
              [("communications", 7, "", "")], "07 tin"),
        entry("II.2.đ", "in_progress", "Áp dụng ISO 9001 tại UBND xã sau hợp nhất", "Đang triển khai", [],
              "Đang xây dựng lại quy trình"),
        entry("II.3.a", "completed", "Công chức xã dự tập huấn TĐC", "Hoàn thành",
              [("participants", 2, "", "")], "02 lượt công chức"),
    ],
    difficulties=["Chưa có kinh phí mua cân đối chứng cho chợ hải sản."],
    proposals=["Đề nghị Sở KH&CN hỗ trợ 01 cân đối chứng cho chợ hải sản Long Hải."],
))
R.append(dict(
    file="SXD_BC_CT38_2026.docx", hand="H5", kind="department",
    unit=("SO-XD", "Sở Xây dựng"), number="9034/BC-SXD", date="2026-10-30",
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Quốc Hưng"),
    entries=[
        entry("II.2.e", "completed", "Góp ý dự thảo QCVN xây dựng, quy chuẩn kỹ thuật địa phương", "Hoàn thành",
              [("standards_reviewed", 5, "", "")], "Góp ý 05 dự thảo QCVN"),
        entry("II.5.a", "in_progress", "Kiểm tra chất lượng vật liệu xây dựng (thép, xi măng, kính)", "Đang triển khai",
              [("inspections", 4, "", ""), ("establishments_inspected", 22, "", ""), ("violations", 2, "", ""),
               ("fines_vnd", 70000000, "", ""), ("samples_tested", 36, "", "")],
              "04 cuộc; 22 cơ sở; 36 mẫu; 02 cơ sở vi phạm; phạt 70.000.000 đồng"),
        entry("II.2.đ", "completed", "Duy trì ISO 9001 tại Sở", "Hoàn thành", [], "Đã công bố lại"),
        entry("II.1.a", "completed", "Hội nghị phổ biến QCVN 16:2023/BXD cho doanh nghiệp", "Hoàn thành",
              [("training_courses", 2, "", ""), ("participants", 260, "", "")], "02 hội nghị; 260 đại biểu"),
        entry("II.6.a", "not_applicable", "Cập nhật điều ước, thỏa thuận quốc tế liên quan TĐC", "Không phát sinh", [], ""),
    ],
    difficulties=["Một số doanh nghiệp kinh doanh vật liệu xây dựng chưa thực hiện công bố hợp quy."],
    proposals=["Đề nghị Chi cục TĐC phối hợp lấy mẫu kính xây dựng trong đợt khảo sát năm 2027."],
))
R.append(dict(
    file="SGDDT_BieuKQ_CDS_2026.docx", hand="H5", kind="department", mistaken=True,
    unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), number="4410/BC-SGDĐT", date="2026-10-25",
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Bảo Quốc"),
    reason="Biểu kết quả chuyển đổi số ngành giáo dục năm 2026 (học bạ số, sổ điểm điện tử), không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
    entries=[], difficulties=[], proposals=[],
))


# ---------------------------------------------------------------------------
# helpers for xlsx
# ---------------------------------------------------------------------------
def put(ws, ref, val, bold=False, italic=False, size=None, align=None, fill=None, border=False, fmt=None, color=None):
    c = ws[ref]
    c.value = val
    f = {}
    if bold: f["bold"] = True
    if italic: f["italic"] = True
    if size: f["size"] = size
    if color: f["color"] = color
    if f:
        c.font = Font(name="Times New Roman", **{"size": 12, **f})
    else:
        c.font = Font(name="Times New Roman", size=12)
    if align: c.alignment = align
    if fill: c.fill = fill
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c


def header_block(ws, r, rep, parent, left_cols, right_col, right_end):
    uname = rep["unit"][1]
    put(ws, f"A{r}", parent, align=CENTER)
    put(ws, f"A{r+1}", uname.upper(), bold=True, align=CENTER)
    ws.merge_cells(f"A{r}:{left_cols}{r}")
    ws.merge_cells(f"A{r+1}:{left_cols}{r+1}")
    put(ws, f"{right_col}{r}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CENTER)
    put(ws, f"{right_col}{r+1}", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CENTER)
    ws.merge_cells(f"{right_col}{r}:{right_end}{r}")
    ws.merge_cells(f"{right_col}{r+1}:{right_end}{r+1}")
    put(ws, f"A{r+2}", f"Số: {rep['number']}", align=CENTER)
    ws.merge_cells(f"A{r+2}:{left_cols}{r+2}")
    put(ws, f"{right_col}{r+2}", f"Thành phố Hồ Chí Minh, {vdate(rep['date'])}", italic=True, align=CENTER)
    ws.merge_cells(f"{right_col}{r+2}:{right_end}{r+2}")


# ---------------------------------------------------------------------------
# H1 — ward workbook
# ---------------------------------------------------------------------------
STALLS = ["Nguyễn Thị Lan", "Trần Văn Hòa", "Lê Thị Mỹ", "Phạm Văn Tư", "Võ Thị Hạnh", "Huỳnh Văn Sáu", "Đặng Thị Bích",
          "Bùi Văn Nam", "Đỗ Thị Thu", "Hồ Văn Lộc", "Ngô Thị Kim", "Dương Văn Tài", "Lý Thị Hoa", "Trương Văn Bảy"]


def parse_extra(s):
    d = {}
    for part in s.split("|"):
        if ":" in part:
            k, v = part.split(":", 1)
            d[k] = v
    return d


def gen_h1(rep):
    wb = openpyxl.Workbook()
    s_hd, s_dl, s_th = rep["sheets"]
    ws = wb.active
    ws.title = s_hd
    ws.column_dimensions["A"].width = 110
    uname = rep["unit"][1]
    lines = [
        (f"HƯỚNG DẪN NHẬP SỐ LIỆU – {uname.upper()}", True),
        ("(Dành cho công chức các bộ phận gửi số liệu về Văn phòng HĐND-UBND)", False),
        ("", False),
        (f"1. Sheet \"{s_dl}\": mỗi dòng là 01 lượt làm việc tại 01 cơ sở hoặc 01 hoạt động (buổi phát thanh, lượt dự lớp…).", False),
        ("2. Cột \"Đợt\" ghi số hiệu đợt/cuộc kiểm tra (Đ1, Đ2…). Nhiều cơ sở kiểm tra trong cùng một đợt thì ghi cùng số đợt, KHÔNG tính mỗi cơ sở là một cuộc.", False),
        ("3. Cột \"Kết quả\": ghi Đạt / Vi phạm (ghi rõ lỗi); tiền phạt ghi số đồng, không ghi chữ.", False),
        (f"4. Sheet \"{s_th}\" do Văn phòng tổng hợp sau khi đối chiếu sổ theo dõi; cột \"Tình hình\" ghi bằng lời: "
         "Đã làm xong / Đang làm, còn tiếp / Chưa làm / Không có việc phát sinh.", False),
        ("5. Không xóa, không chèn cột. Gửi bản mềm về Văn phòng trước ngày 20 hằng tháng cuối quý.", False),
    ]
    if rep.get("mistaken"):
        lines[0] = (f"HƯỚNG DẪN NHẬP SỐ LIỆU KIỂM TRA ATTP – {uname.upper()}", True)
    for i, (t, b) in enumerate(lines, 1):
        put(ws, f"A{i}", t, bold=b, align=WRAP)

    # --- data sheet
    wd = wb.create_sheet(s_dl)
    cols = ["STT", "Ngày", "Đợt", "Việc", "Cơ sở / nội dung", "Kết quả", "Tiền phạt (đồng)", "Ghi chú"]
    widths = [6, 12, 7, 38, 36, 34, 16, 20]
    for i, (c, w) in enumerate(zip(cols, widths), 1):
        put(wd, f"{get_column_letter(i)}1", c, bold=True, align=CENTER, fill=GREY, border=True)
        wd.column_dimensions[get_column_letter(i)].width = w
    rows = []
    if rep.get("mistaken"):
        places = ["Bếp ăn Trường TH Trần Khánh Dư", "Quán cơm Bà Ba", "Cơ sở bánh trung thu Như Lan", "Cửa hàng tiện lợi Tân Định 2",
                  "Quán hủ tiếu Cô Ba", "Bếp ăn Trường MN Hoa Lan", "Cơ sở bánh mì Hòa Mã", "Quầy trái cây chợ Tân Định"]
        for k, p in enumerate(places):
            res = "Vi phạm: không có giấy xác nhận kiến thức ATTP" if k in (2, 4) else "Đạt"
            fine = 3000000 if k in (2, 4) else None
            rows.append((dt.date(2026, 9, 8 + k), f"Đ{1 + k // 4}", "Kiểm tra ATTP dịp Tết Trung thu", p, res, fine, ""))
        summary = [("Kiểm tra ATTP bếp ăn tập thể, cơ sở kinh doanh thực phẩm dịp Trung thu", 2, 8, 2, 6000000, "",
                    "Đã làm xong"),
                   ("Tuyên truyền Tháng hành động vì an toàn thực phẩm", "", "", "", "", "12 tin, bài; 01 buổi nói chuyện",
                    "Đã làm xong"),
                   ("Xét nghiệm nhanh mẫu thực phẩm tại chợ Tân Định", "", "", "", "", "45 mẫu test nhanh", "Đang làm, còn tiếp")]
    else:
        summary = []
        day = 0
        for e in rep["entries"]:
            ex = parse_extra(e["extra"])
            figs = {f[0]: f[1] for f in e["figs"]}
            short = e["label"].split("(")[0].strip()
            if "inspections" in figs:
                split = [int(x) for x in ex["split"].split(",")]
                fines = [int(x) for x in ex.get("fines", "").split(",") if x]
                k = 0
                first = len(rows)
                for d_i, n in enumerate(split):
                    for j in range(n):
                        rows.append((dt.date(2026, 3 + 2 * d_i, 10 + j % 15), f"Đ{d_i + 1}", short,
                                     f"Sạp/cửa hàng {STALLS[k % len(STALLS)]}", "Đạt", None, ""))
                        k += 1
                total = len(rows) - first
                step = total // len(fines)
                errs = ["Vi phạm: cân sai số vượt mức cho phép", "Vi phạm: hàng đóng gói sẵn không đủ định lượng",
                        "Vi phạm: cân chưa kiểm định"]
                for q, fine in enumerate(fines):
                    idx = first + q * step + step // 2
                    r_ = list(rows[idx]); r_[4] = errs[q % 3]; r_[5] = fine
                    rows[idx] = tuple(r_)
                summary.append((e["label"], figs["inspections"], figs["establishments_inspected"], figs["violations"],
                                figs["fines_vnd"], "", e["word"]))
            elif figs:
                ind, val, lab, dvt = e["figs"][0]
                split = [int(x) for x in ex["split"].split(",")] if "split" in ex else [val]
                for d_i, n in enumerate(split):
                    day += 1
                    rows.append((dt.date(2026, 2 + 2 * d_i, 5 + d_i), "", short, "Toàn địa bàn" if ind == "communications" else
                                 ("Lớp tập huấn của Chi cục TĐC" if ind == "participants" else "Theo danh sách lưu tại Văn phòng"),
                                 f"{z2(n)} {lab}", None, ""))
                summary.append((e["label"], "", "", "", "", f"{z2(val)} {lab}", e["word"]))
            else:
                rows.append((dt.date(2026, 8, 12), "", short, "UBND", "Rà soát, cập nhật" if e["status"] != "not_applicable"
                             else "Không có", None, ""))
                summary.append((e["label"], "", "", "", "", "", e["word"]))
    for i, r in enumerate(rows, 2):
        vals = [i - 1] + list(r)
        for j, v in enumerate(vals, 1):
            c = put(wd, f"{get_column_letter(j)}{i}", v, border=True, align=WRAP)
            if j == 2:
                c.number_format = "dd/mm/yyyy"
            if j == 7 and v:
                c.number_format = "#,##0"
    # --- summary sheet
    wt = wb.create_sheet(s_th)
    for col, w in zip("ABCDEFGH", [5, 48, 9, 9, 11, 15, 22, 20]):
        wt.column_dimensions[col].width = w
    if rep.get("informal"):
        put(wt, "A1", f"UBND {rep['unit'][1].upper()}", bold=True)
        put(wt, "A2", f"Số: {rep['number']} ngày {dt.date.fromisoformat(rep['date']).strftime('%d/%m/%Y')}", italic=True)
        r0 = 4
    else:
        header_block(wt, 1, rep, "ỦY BAN NHÂN DÂN", "B", "E", "H")
        r0 = 5
    title = ("TỔNG HỢP KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM QUÝ III/2026 VÀ DỊP TẾT TRUNG THU" if rep.get("mistaken")
             else "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026")
    put(wt, f"A{r0}", title, bold=True, align=CENTER)
    wt.merge_cells(f"A{r0}:H{r0}")
    put(wt, f"A{r0+1}", f"(số liệu lấy từ sheet \"{s_dl}\")", italic=True, align=CENTER)
    wt.merge_cells(f"A{r0+1}:H{r0+1}")
    hdr = ["TT", "Việc", "Số đợt", "Số cơ sở", "Cơ sở vi phạm", "Tiền phạt (đồng)", "Số liệu khác", "Tình hình"]
    r = r0 + 3
    for j, h in enumerate(hdr):
        put(wt, f"{'ABCDEFGH'[j]}{r}", h, bold=True, align=CENTER, fill=GREY, border=True)
    for i, s in enumerate(summary, 1):
        r += 1
        vals = [i] + list(s)
        for j, v in enumerate(vals):
            c = put(wt, f"{'ABCDEFGH'[j]}{r}", v if v != "" else None, border=True, align=WRAP)
            if j == 5 and v:
                c.number_format = "#,##0"
    r += 2
    if not rep.get("mistaken"):
        put(wt, f"A{r}", "Khó khăn, vướng mắc:", bold=True)
        for d in rep["difficulties"]:
            r += 1
            put(wt, f"B{r}", f"- {d}", align=WRAP)
        r += 1
        put(wt, f"A{r}", "Kiến nghị:", bold=True)
        for p in rep["proposals"]:
            r += 1
            put(wt, f"B{r}", f"- {p}", align=WRAP)
    else:
        put(wt, f"A{r}", "Ghi chú:", bold=True)
        put(wt, f"B{r+1}", "- Các cơ sở vi phạm đã được nhắc nhở, xử phạt theo Nghị định 115/2018/NĐ-CP (sửa đổi).", align=WRAP)
        r += 1
    r += 2
    put(wt, f"F{r}", "TM. ỦY BAN NHÂN DÂN", bold=True, align=CENTER)
    put(wt, f"F{r+1}", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align=CENTER)
    wb.active = 2
    path = os.path.join(OUT, rep["file"])
    wb.save(path)


# ---------------------------------------------------------------------------
# H2 — task blocks
# ---------------------------------------------------------------------------
def remarks(e):
    out = []
    if not e["extra"]:
        return out
    if "|" not in e["extra"]:
        return [("Ghi chú", "—", e["extra"])]
    for part in e["extra"].split(";"):
        a, b, c = part.split("|")
        out.append((a, b, c))
    return out


def gen_h2_xlsx(rep):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = rep["sheet"]
    for col, w in zip("ABCD", [60, 14, 16, 22]):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", align=CENTER)
    put(ws, "A2", rep["unit"][1].upper(), bold=True, align=WRAP)
    put(ws, "B1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    put(ws, "B2", "Độc lập - Tự do - Hạnh phúc", bold=True)
    put(ws, "A3", f"Số: {rep['number']}")
    put(ws, "B3", f"TP. Hồ Chí Minh, {vdate(rep['date'])}", italic=True)
    put(ws, "A5", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, size=13)
    put(ws, "A6", "(mỗi nhiệm vụ một khối; tình trạng ghi ở cột D dòng tên nhiệm vụ)", italic=True)
    r = 8
    money_m = rep["unit"][0] == "SKHCN-TTPTTN"
    for i, e in enumerate(rep["entries"], 1):
        put(ws, f"A{r}", f"NHIỆM VỤ {i}. {e['label']}", bold=True, align=WRAP, fill=PatternFill("solid", fgColor="FFF2CC"))
        ws.merge_cells(f"A{r}:C{r}")
        put(ws, f"D{r}", f"⇒ {e['word']}", bold=True, fill=PatternFill("solid", fgColor="FFF2CC"))
        r += 1
        if e["figs"] or e["extra"]:
            for j, h in enumerate(["Chỉ tiêu", "ĐVT", "Số lượng"]):
                put(ws, f"{'ABC'[j]}{r}", h, italic=True, fill=GREY, border=True, align=CENTER)
            r += 1
            for ind, val, lab, dvt in e["figs"]:
                v = val
                if dvt == "triệu đồng":
                    v = val // 1000000
                put(ws, f"A{r}", lab, border=True)
                put(ws, f"B{r}", dvt, border=True, align=CENTER)
                put(ws, f"C{r}", v, border=True, fmt="#,##0")
                r += 1
            for a, b, c in remarks(e):
                put(ws, f"A{r}", a, border=True)
                put(ws, f"B{r}", b, border=True, align=CENTER)
                if c.isdigit():
                    put(ws, f"C{r}", c, border=True, align=Alignment(horizontal="right"))
                else:
                    put(ws, f"C{r}", c, border=True, align=WRAP)
                r += 1
        r += 1
    put(ws, f"A{r}", "VƯỚNG MẮC", bold=True, fill=GREY)
    r += 1
    for d in rep["difficulties"]:
        put(ws, f"A{r}", d, align=WRAP); r += 1
    r += 1
    put(ws, f"A{r}", "ĐỀ XUẤT", bold=True, fill=GREY)
    r += 1
    for p in rep["proposals"]:
        put(ws, f"A{r}", p, align=WRAP); r += 1
    r += 1
    put(ws, f"C{r}", "THỦ TRƯỞNG ĐƠN VỊ", bold=True)
    wb.save(os.path.join(OUT, rep["file"]))


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def base_doc(font="Times New Roman", size=13):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text, bold=False, italic=False, align=None, size=None, before=0, after=4):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold; run.italic = italic
    if size: run.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    return p


def doc_header(d, left1, left2, rep, place="Thành phố Hồ Chí Minh"):
    t = d.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [(left1, False), (left2, True), (f"Số: {rep['number']}", False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
             (f"{place}, {vdate(rep['date'])}", False)]
    for i in range(3):
        for j, (txt, b) in enumerate([cells[i], right[i]]):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(txt)
            run.bold = b
            run.font.size = Pt(12)
            if i == 2 and j == 1: run.italic = True
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def gen_h2_docx(rep):
    d = base_doc()
    doc_header(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ", rep)
    para(d, "BÁO CÁO", bold=True, align="c", before=12)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "(phần việc của Văn phòng Sở Khoa học và Công nghệ)", italic=True, align="c", after=10)
    para(d, "Thực hiện Kế hoạch của Sở về triển khai Chỉ thị số 38-CT/TW năm 2026, Văn phòng Sở báo cáo kết quả "
            "theo từng nhiệm vụ được giao như sau (số liệu trình bày theo mẫu bảng của Chi cục TĐC):", align="j")
    for i, e in enumerate(rep["entries"], 1):
        p = d.add_paragraph()
        r1 = p.add_run(f"Nhiệm vụ {i}. {e['label']}  ")
        r1.bold = True
        r2 = p.add_run(f"⇒ {e['word']}")
        r2.bold = True; r2.italic = True
        p.paragraph_format.space_before = Pt(8)
        rows = [(lab, dvt, dots(val)) for _, val, lab, dvt in e["figs"]] + remarks(e)
        if rows:
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for j, h in enumerate(["Chỉ tiêu", "ĐVT", "Số lượng"]):
                t.rows[0].cells[j].text = h
                set_cell_bg(t.rows[0].cells[j], "D9D9D9")
            for a, b, c in rows:
                cs = t.add_row().cells
                cs[0].text, cs[1].text, cs[2].text = a, b, c
    para(d, "VƯỚNG MẮC", bold=True, before=10)
    for x in rep["difficulties"]:
        para(d, x, align="j")
    para(d, "ĐỀ XUẤT", bold=True, before=6)
    for x in rep["proposals"]:
        para(d, x, align="j")
    para(d, "CHÁNH VĂN PHÒNG", bold=True, align="r", before=14)
    para(d, "Lê Minh Tâm", bold=True, align="r", before=40)
    d.save(os.path.join(OUT, rep["file"]))


# ---------------------------------------------------------------------------
# H3 — tracker with phase codes
# ---------------------------------------------------------------------------
LEGEND = [("GĐ0", "chưa khởi động"), ("GĐ1", "đang chuẩn bị (xây dựng kế hoạch, văn bản, dự toán)"),
          ("GĐ2", "đang triển khai thực hiện"), ("GĐ3", "đã kết thúc, có kết quả/báo cáo"),
          ("KA", "không áp dụng / không phát sinh trong năm")]


def d_or_none(s):
    if not s:
        return None
    dd, mm, yy = s.split("/")
    return dt.date(int(yy), int(mm), int(dd))


def tracker_rows(rep):
    out = []
    for i, e in enumerate(rep["entries"], 1):
        res, st, en = e["extra"].split("|")
        out.append((i, e["label"], d_or_none(st), d_or_none(en), e["word"], res))
    return out


def gen_h3_xlsx(rep):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Theo doi CT38"
    for col, w in zip("ABCDEFGH", [5, 50, 12, 12, 12, 10, 55, 12]):
        ws.column_dimensions[col].width = w
    parent = "SỞ KHOA HỌC VÀ CÔNG NGHỆ" if rep["kind"] == "internal" else "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    header_block(ws, 1, rep, parent, "B", "E", "H")
    put(ws, "A5", "BẢNG THEO DÕI TIẾN ĐỘ CÁC VIỆC THUỘC KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, align=CENTER)
    ws.merge_cells("A5:H5")
    put(ws, "A6", "(gửi kèm báo cáo; cột \"Giai đoạn\" ghi theo mã quy ước của đơn vị)", italic=True, align=CENTER)
    ws.merge_cells("A6:H6")
    put(ws, "A8", "Mã giai đoạn:", bold=True)
    r = 8
    for code, txt in LEGEND:
        put(ws, f"B{r}", f"{code} = {txt}", italic=True)
        r += 1
    r += 1
    hdr = ["STT", "Việc", "Bắt đầu", "Kết thúc (dự kiến/thực tế)", "Cập nhật", "Giai đoạn", "Kết quả", "Người theo dõi"]
    for j, h in enumerate(hdr):
        put(ws, f"{'ABCDEFGH'[j]}{r}", h, bold=True, align=CENTER, fill=GREY, border=True)
    ws.freeze_panes = f"A{r+1}"
    upd = dt.date.fromisoformat(rep["date"]) - dt.timedelta(days=3)
    initials = ["NTM", "LVH", "NTM", "PQB", "LVH", "NTM"]
    for i, lab, st, en, code, res in tracker_rows(rep):
        r += 1
        vals = [i, lab, st, en, upd, code, res or None, initials[(i - 1) % 6]]
        for j, v in enumerate(vals):
            c = put(ws, f"{'ABCDEFGH'[j]}{r}", v, border=True, align=WRAP if j in (1, 6) else CENTER)
            if j in (2, 3, 4) and v:
                c.number_format = "dd/mm/yyyy"
    r += 2
    put(ws, f"A{r}", "Vướng mắc:", bold=True)
    for x in rep["difficulties"]:
        put(ws, f"B{r}", x, align=WRAP); r += 1
    put(ws, f"A{r}", "Đề xuất:", bold=True)
    for x in rep["proposals"]:
        put(ws, f"B{r}", x, align=WRAP); r += 1
    wb.save(os.path.join(OUT, rep["file"]))


def gen_h3_docx(rep):
    d = base_doc()
    sec = d.sections[0]
    doc_header(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", rep)
    para(d, "BÁO CÁO", bold=True, align="c", before=12)
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
         bold=True, align="c", after=10)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(d, "Sở Y tế tổng hợp tình hình thực hiện các nội dung có liên quan theo bảng theo dõi của Sở dưới đây "
            "(bảng được xuất từ tệp theo dõi chung của Phòng Nghiệp vụ Dược).", align="j")
    p = para(d, "Mã giai đoạn: " + "; ".join(f"{c} = {t}" for c, t in LEGEND) + ".", italic=True, size=11)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["STT", "Việc", "Bắt đầu", "Kết thúc", "Giai đoạn", "Kết quả"]):
        t.rows[0].cells[j].text = h
        set_cell_bg(t.rows[0].cells[j], "D9D9D9")
    for i, lab, st, en, code, res in tracker_rows(rep):
        cs = t.add_row().cells
        vals = [str(i), lab, st.strftime("%d/%m/%Y") if st else "", en.strftime("%d/%m/%Y") if en else "", code, res]
        for c, v in zip(cs, vals):
            c.text = v
            for rr in c.paragraphs[0].runs: rr.font.size = Pt(11)
    para(d, "Vướng mắc:", bold=True, before=10)
    for x in rep["difficulties"]:
        para(d, "- " + x, align="j")
    para(d, "Đề xuất:", bold=True)
    for x in rep["proposals"]:
        para(d, "- " + x, align="j")
    para(d, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", bold=True, align="r", before=14)
    para(d, "Nguyễn Văn Vĩnh Châu", bold=True, align="r", before=40)
    d.save(os.path.join(OUT, rep["file"]))


# ---------------------------------------------------------------------------
# H4 — two periods side by side headed only by date ranges
# ---------------------------------------------------------------------------
P1 = "01/7/2026 - 15/10/2026"
P2 = "01/01/2026 - 15/10/2026"


def gen_h4_xlsx(rep):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC"
    for col, w in zip("ABCDEFG", [5, 52, 10, 14, 14, 20, 22]):
        ws.column_dimensions[col].width = w
    parent = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" if rep["kind"] == "department" else "ỦY BAN NHÂN DÂN"
    header_block(ws, 1, rep, parent, "B", "D", "G")
    put(ws, "A5", "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, align=CENTER)
    ws.merge_cells("A5:G5")
    put(ws, "A6", "Số liệu chốt đến ngày 15/10/2026", italic=True, align=CENTER)
    ws.merge_cells("A6:G6")
    r = 8
    hdr = ["TT", "Nội dung", "ĐVT", P1, P2, "Tình hình thực hiện", "Ghi chú"]
    for j, h in enumerate(hdr):
        put(ws, f"{'ABCDEFG'[j]}{r}", h, bold=True, align=CENTER, fill=GREY, border=True)
    ws.row_dimensions[r].height = 32
    roman = ["1", "2", "3", "4", "5", "6", "7"]
    for i, e in enumerate(rep["entries"]):
        r += 1
        for j, v in enumerate([roman[i], e["label"], None, None, None, e["word"], None]):
            put(ws, f"{'ABCDEFG'[j]}{r}", v, bold=(j == 1), border=True, align=WRAP)
        for ind, ytd, lab, dvt, cur in e["figs"]:
            r += 1
            vals = ["-", lab, dvt, cur, ytd, None, None]
            for j, v in enumerate(vals):
                c = put(ws, f"{'ABCDEFG'[j]}{r}", v, border=True, align=WRAP if j < 3 else None)
                if j in (3, 4): c.number_format = "#,##0"
    r += 2
    put(ws, f"A{r}", "Khó khăn, vướng mắc", bold=True)
    for x in rep["difficulties"]:
        r += 1; put(ws, f"B{r}", x, align=WRAP)
    r += 1
    put(ws, f"A{r}", "Đề xuất, kiến nghị", bold=True)
    for x in rep["proposals"]:
        r += 1; put(ws, f"B{r}", x, align=WRAP)
    r += 2
    put(ws, f"E{r}", "TM. ỦY BAN NHÂN DÂN" if rep["kind"] == "ward" else "KT. GIÁM ĐỐC", bold=True)
    wb.save(os.path.join(OUT, rep["file"]))


def gen_h4_docx(rep):
    d = base_doc()
    doc_header(d, "ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO", rep, place="Côn Đảo")
    para(d, "BÁO CÁO", bold=True, align="c", before=12)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn đặc khu", bold=True, align="c", after=10)
    para(d, "Ủy ban nhân dân Đặc khu Côn Đảo báo cáo kết quả thực hiện như biểu dưới đây. Số liệu chốt đến ngày "
            "15/10/2026; cột thứ nhất là số phát sinh từ lần báo cáo 6 tháng, cột thứ hai là số tính từ đầu năm.", align="j")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["TT", "Nội dung", "ĐVT", P1, P2, "Tình hình thực hiện"]):
        t.rows[0].cells[j].text = h
        set_cell_bg(t.rows[0].cells[j], "D9D9D9")
    for i, e in enumerate(rep["entries"], 1):
        cs = t.add_row().cells
        cs[0].text = str(i); cs[1].text = e["label"]; cs[5].text = e["word"]
        cs[1].paragraphs[0].runs[0].bold = True
        for ind, ytd, lab, dvt, cur in e["figs"]:
            cs = t.add_row().cells
            cs[0].text = "-"; cs[1].text = lab; cs[2].text = dvt
            cs[3].text = dots(cur) if cur >= 1000 else z2(cur)
            cs[4].text = dots(ytd) if ytd >= 1000 else z2(ytd)
    para(d, "Khó khăn, vướng mắc:", bold=True, before=10)
    for x in rep["difficulties"]:
        para(d, "- " + x, align="j")
    para(d, "Đề xuất, kiến nghị:", bold=True)
    for x in rep["proposals"]:
        para(d, "- " + x, align="j")
    para(d, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, align="r", before=14)
    para(d, "Nguyễn Thành Đông", bold=True, align="r", before=40)
    d.save(os.path.join(OUT, rep["file"]))


# ---------------------------------------------------------------------------
# H5 — Excel print area pasted into Word (title and signature rows inside the table)
# ---------------------------------------------------------------------------
def cell_txt(c, text, bold=False, italic=False, size=11, align=None):
    c.text = ""
    lines = text.split("\n")
    p = c.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = c.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold; run.italic = italic
        run.font.size = Pt(size); run.font.name = "Calibri"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def no_borders(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tcPr.append(b)


def gen_h5(rep):
    d = base_doc(size=14)
    uname = rep["unit"][1]
    kind = rep["kind"]
    parent = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" if kind == "department" else "ỦY BAN NHÂN DÂN"
    dd = dt.date.fromisoformat(rep["date"])
    ref = uname if kind == "department" else "UBND " + uname[0].lower() + uname[1:]
    if not rep.get("header_in_table_only"):
        doc_header(d, parent, uname.upper(), rep)
        para(d, "BÁO CÁO", bold=True, align="c", before=12)
        if rep.get("mistaken"):
            para(d, "Kết quả triển khai chuyển đổi số ngành Giáo dục và Đào tạo năm 2026", bold=True, align="c", after=8)
            para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
            para(d, f"{ref} báo cáo kết quả thực hiện chuyển đổi số năm 2026 theo biểu đính kèm dưới đây:", align="j")
        else:
            para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c", after=8)
            para(d, "Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
            para(d, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, {ref} báo cáo kết quả thực hiện năm 2026 "
                    "theo biểu đính kèm dưới đây:", align="j")
    else:
        para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", italic=True)
        para(d, "UBND xã gửi biểu kết quả như sau:")
    # the pasted range
    if rep.get("mistaken"):
        rows = [("Số trường triển khai học bạ số", "1.286 trường (đạt 100%)", "Hoàn thành", ""),
                ("Số trường sử dụng sổ điểm điện tử", "1.302 trường", "Hoàn thành", ""),
                ("Bồi dưỡng kỹ năng số cho giáo viên", "18 lớp; 4.350 lượt giáo viên", "Hoàn thành", ""),
                ("Kết nối CSDL ngành với CSDL quốc gia về dân cư", "Đã xác thực 1,52 triệu hồ sơ học sinh", "Đang triển khai", ""),
                ("Thanh toán không dùng tiền mặt học phí", "96,4% trường", "Đang triển khai", "")]
        title = "BIỂU KẾT QUẢ CHUYỂN ĐỔI SỐ NGÀNH GD&ĐT NĂM 2026"
    else:
        rows = [(e["label"], e["extra"], e["word"], "") for e in rep["entries"]]
        title = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"
    ncol = 5
    t = d.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"

    def full(text, bold=False, italic=False, align="c", borders=False):
        cs = t.add_row().cells
        m = cs[0].merge(cs[-1])
        cell_txt(m, text, bold=bold, italic=italic, align=align)
        if not borders: no_borders(m)
        return m
    # title rows that came with the Excel range
    cs = t.add_row().cells
    a = cs[0].merge(cs[1]); b = cs[2].merge(cs[4])
    cell_txt(a, f"{parent}\n{uname.upper()}", bold=True, align="c")
    cell_txt(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, align="c")
    no_borders(a); no_borders(b)
    full("")
    full(title, bold=True)
    full(f"(Kèm theo Báo cáo số {rep['number']} ngày {dd.day:02d}/{dd.month:02d}/{dd.year} của {ref})", italic=True)
    hdr = t.add_row().cells
    for c, h in zip(hdr, ["STT", "Nội dung công việc", "Kết quả thực hiện (số liệu)", "Đánh giá", "Ghi chú"]):
        cell_txt(c, h, bold=True, align="c"); set_cell_bg(c, "D9D9D9")
    colno = t.add_row().cells
    for k, c in enumerate(colno):
        cell_txt(c, f"({k+1})", italic=True, align="c")
    for i, (lab, res, word, note) in enumerate(rows, 1):
        cs = t.add_row().cells
        for c, v in zip(cs, [str(i), lab, res, word, note]):
            cell_txt(c, v)
    if not rep.get("mistaken"):
        m = full("Khó khăn, vướng mắc:\n" + "\n".join("- " + x for x in rep["difficulties"]), align=None, borders=True)
        m = full("Kiến nghị, đề xuất:\n" + "\n".join("- " + x for x in rep["proposals"]), align=None, borders=True)
    full("")
    cs = t.add_row().cells
    a = cs[0].merge(cs[1]); b = cs[3].merge(cs[4])
    cell_txt(a, "NGƯỜI LẬP BIỂU\n\n\n\nNguyễn Thị Thùy", bold=True, align="c")
    s1, s2, nm = rep["signer"]
    cell_txt(b, f"{s1}\n{s2}\n\n\n\n{nm}".replace("\n\n\n\n\n", "\n\n\n\n"), bold=True, align="c")
    no_borders(a); no_borders(b); no_borders(cs[2])
    if not rep.get("header_in_table_only"):
        para(d, "")
        para(d, "Trên đây là báo cáo của " + ref + "./.", align="j")
    d.save(os.path.join(OUT, rep["file"]))


# ---------------------------------------------------------------------------
def libre_resave(path):
    ext = os.path.splitext(path)[1][1:]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo165/prof", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def truth(rep):
    path = os.path.join(OUT, rep["file"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    ents = []
    for e in rep["entries"]:
        ind = {}
        for f in e["figs"]:
            ind[f[0]] = f[1]
        txt = e["label"]
        if rep["hand"] in ("H3", "H5") and e["extra"]:
            res = e["extra"].split("|")[0]
            if res:
                txt += " — " + res
        ents.append(dict(task=e["task"], status=e["status"], indicators=ind, text=txt))
    t = dict(file=rep["file"], sha256=sha, status="rejected" if rep.get("mistaken") else "extracted",
             reason=rep.get("reason"), unit=dict(id=rep["unit"][0], name=rep["unit"][1]),
             document=dict(number=rep["number"], date=rep["date"]), entries=ents, findings=[],
             difficulties=rep["difficulties"], proposals=rep["proposals"])
    with open(os.path.join(TRUTH, rep["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=2)


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for rep in R:
        h = rep["hand"]
        if h == "H1": gen_h1(rep)
        elif h == "H2": (gen_h2_docx if rep["file"].endswith(".docx") else gen_h2_xlsx)(rep)
        elif h == "H3": (gen_h3_docx if rep["file"].endswith(".docx") else gen_h3_xlsx)(rep)
        elif h == "H4": (gen_h4_docx if rep["file"].endswith(".docx") else gen_h4_xlsx)(rep)
        elif h == "H5": gen_h5(rep)
        if rep.get("resave"):
            libre_resave(os.path.join(OUT, rep["file"]))
        truth(rep)
    print(len(R), "files")


if __name__ == "__main__":
    main()
