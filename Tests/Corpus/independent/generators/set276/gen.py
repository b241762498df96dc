# -*- coding: utf-8 -*-
"""Generator for set 276. Builds the files from content.py, then writes truth keys.
Run: python3 gen.py  (then check.py). sha256 is computed after any LibreOffice re-save."""
import hashlib, json, os, shutil, subprocess, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

# ============================== CONTENT (what each unit writes + the key) ==============================
# Each entry: own (the unit's own name of the job), body/lines/qty/rows (results as written),
# st (status as written), key = (task, status, indicators).
C = "completed"; P = "in_progress"; N = "not_started"; NA = "not_applicable"; U = "unknown"

FILES = []

def F(**kw):
    FILES.append(kw)
    return kw

# ---------------------------------------------------------------- HAND A (Word table, arrow status in task cell)
F(file="27442_BinhTan_bc-ct38-10thang.docx", hand="A", kind="ward",
  unit=("27442", "Phường Bình Tân"), upper="ỦY BAN NHÂN DÂN", name_caps="PHƯỜNG BÌNH TÂN",
  number="418/BC-UBND", date="2026-10-24", place="Bình Tân",
  title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu từ 01/01/2026 đến 20/10/2026)",
  entries=[
    dict(own="Tuyên truyền Chỉ thị 38 và pháp luật về đo lường, chất lượng cho hộ kinh doanh",
         lines=["Đăng tin, bài trên trang thông tin điện tử phường và nhóm Zalo các khu phố: 06 tin, bài",
                "Tổ chức hội nghị phổ biến cho hộ kinh doanh tại chợ Bình Long: 01 hội nghị, 85 lượt người tham dự"],
         st="Đã xong", key=("II.1.a", C, {"communications": 6, "training_courses": 1, "participants": 85})),
    dict(own="Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng xăng dầu, vàng bạc (nội dung phân cấp cho phường)",
         lines=["Số cuộc kiểm tra: 04 cuộc", "Số cơ sở được kiểm tra: 27 cơ sở",
                "Số cơ sở vi phạm: 03 cơ sở (cân sai số, không niêm yết)",
                "Xử phạt vi phạm hành chính: 7.500.000 đồng"],
         st="Đang làm, còn đợt kiểm tra tháng 12", key=("II.5.c", P, {"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 7500000})),
    dict(own="Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         lines=["Cử 02 công chức Phòng Kinh tế dự lớp tập huấn do Chi cục TĐC tổ chức ngày 16/7/2026"],
         st="Đã xong", key=("II.3.a", C, {"participants": 2})),
    dict(own="Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND phường",
         lines=["Đang rà soát, cập nhật các quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới"],
         st="Đang thực hiện", key=("II.2.đ", P, {})),
    dict(own="Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng",
         lines=["Trong kỳ chưa nhận được phản ánh, tố giác nào"],
         st="Không phát sinh", key=("II.5.d", NA, {})),
  ],
  difficulties=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.",
                "Chưa được trang bị quả cân chuẩn, thiết bị kiểm tra nhanh phục vụ kiểm tra tại chợ."],
  proposals=["Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ.",
             "Đề nghị Sở tổ chức thêm lớp tập huấn về kiểm tra nhãn hàng hóa cho công chức phường."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hiếu"))

F(file="27460_AnLac_BC_TDC_2026.docx", hand="A", kind="ward",
  unit=("27460", "Phường An Lạc"), upper="UBND", name_caps="PHƯỜNG AN LẠC",
  number="256/BC-UBND", date="2026-10-30", place="An Lạc",
  title="Tình hình thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 theo Kế hoạch của Sở Khoa học và Công nghệ",
  entries=[
    dict(own="Tuyên truyền về đo lường, chất lượng sản phẩm hàng hóa",
         lines=["Bài viết trên Trang thông tin điện tử phường: 03 bài",
                "Treo băng rôn tại chợ An Lạc và tuyến đường Kinh Dương Vương"],
         st="Đã xong", key=("II.1.a", C, {"communications": 3})),
    dict(own="Kiểm tra cơ sở kinh doanh vàng bạc, xăng dầu trên địa bàn",
         lines=["Kiểm tra: 02 cuộc (tháng 5 và tháng 9)", "Cơ sở được kiểm tra: 15 cơ sở",
                "Cơ sở vi phạm: 01 (nhắc nhở, lập biên bản, không phạt tiền)"],
         st="Đã xong", key=("II.5.c", C, {"inspections": 2, "establishments_inspected": 15, "violations": 1})),
    dict(own="Hướng dẫn hộ kinh doanh, doanh nghiệp về nhãn hàng hóa, mã số mã vạch",
         lines=["Hướng dẫn trực tiếp tại bộ phận một cửa: 14 hộ kinh doanh, doanh nghiệp"],
         st="Đang làm (thường xuyên)", key=("II.2.d", P, {"enterprises_supported": 14})),
    dict(own="Công bố lại HTQLCL theo TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính",
         lines=["Đã ban hành Quyết định công bố lại ngày 15/8/2026"],
         st="Đã xong", key=("II.2.đ", C, {})),
    dict(own="Phối hợp Chi cục TĐC lấy mẫu xăng dầu khảo sát chất lượng",
         lines=["Phối hợp lấy 06 mẫu xăng dầu tại 03 cửa hàng trên địa bàn"],
         st="Đã xong", key=("II.5.b", C, {"samples_tested": 6})),
  ],
  difficulties=["Nhiều hộ kinh doanh nhỏ lẻ tại chợ tạm, buôn bán không cố định nên khó kiểm tra, nhắc nhở thường xuyên."],
  proposals=["Kiến nghị Chi cục TĐC phối hợp cùng phường kiểm tra đo lường tại chợ An Lạc trong dịp Tết Nguyên đán 2027."],
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Bích Ngọc"))

F(file="27619_xa-BinhHung_bao-cao-CT38.docx", hand="A", kind="ward",
  unit=("27619", "Xã Bình Hưng"), upper="ỦY BAN NHÂN DÂN", name_caps="XÃ BÌNH HƯNG",
  number="197/BC-UBND", date="2026-11-05", place="Bình Hưng",
  title="Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
  entries=[
    dict(own="Thông tin, tuyên truyền trên hệ thống truyền thanh và Zalo OA của xã",
         lines=["Tin trên Zalo OA của xã: 05 tin", "Phát thanh trên hệ thống loa các ấp, lồng ghép vào chương trình hằng tuần"],
         st="Đang làm", key=("II.1.a", P, {"communications": 5})),
    dict(own="Kiểm tra đo lường, chất lượng, nhãn hàng hóa theo phân cấp",
         lines=["Số cuộc: 03 cuộc", "Số cơ sở: 19 cơ sở (chủ yếu tạp hóa, gas, xăng dầu)",
                "Vi phạm: 02 cơ sở", "Phạt tiền: 4.000.000 đồng"],
         st="Đang làm, dự kiến thêm 01 cuộc trong tháng 12", key=("II.5.c", P, {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 4000000})),
    dict(own="Công chức xã dự tập huấn chuyên môn",
         lines=["03 công chức xã dự lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng cho cấp xã"],
         st="Đã xong", key=("II.3.a", C, {"participants": 3})),
    dict(own="Hướng dẫn hợp tác xã, tổ hợp tác áp dụng truy xuất nguồn gốc nông sản",
         lines=["Hướng dẫn 04 hợp tác xã, tổ hợp tác đăng ký, sử dụng tem truy xuất nguồn gốc"],
         st="Đang làm", key=("II.2.a", P, {"enterprises_supported": 4})),
    dict(own="Duy trì HTQLCL TCVN ISO 9001:2015 của UBND xã",
         lines=["Đánh giá nội bộ ngày 22/9/2026, đã khắc phục các điểm không phù hợp"],
         st="Đã xong", key=("II.2.đ", C, {})),
    dict(own="Khen thưởng, bảo vệ người tố giác vi phạm",
         lines=["Chưa có trường hợp"],
         st="Không phát sinh", key=("II.5.d", NA, {})),
  ],
  difficulties=["Địa bàn xã rộng, cơ sở kinh doanh phân tán dọc các tuyến đường liên ấp nên mất nhiều thời gian kiểm tra."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể nội dung phân cấp cho cấp xã về kiểm tra đo lường.",
             "Đề nghị hỗ trợ kinh phí in ấn tài liệu tuyên truyền cho các ấp."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hoàng Phúc"))

F(file="27349_PhuLam_BC_10T.docx", hand="A", kind="ward", mistaken=True,
  unit=("27349", "Phường Phú Lâm"), upper="ỦY BAN NHÂN DÂN", name_caps="PHƯỜNG PHÚ LÂM",
  number="301/BC-UBND", date="2026-10-27", place="Phú Lâm",
  title="Kết quả công tác bảo đảm an toàn thực phẩm 10 tháng đầu năm 2026",
  reason="Báo cáo về công tác bảo đảm an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng) — gửi nhầm.",
  entries=[
    dict(own="Tuyên truyền an toàn thực phẩm dịp Tết Trung thu",
         lines=["Phát 500 tờ rơi, 02 buổi truyền thông tại chợ Phú Lâm"], st="Đã xong"),
    dict(own="Kiểm tra cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố",
         lines=["Đoàn kiểm tra liên ngành: 05 đợt", "Cơ sở được kiểm tra: 64 cơ sở", "Vi phạm: 06 cơ sở, phạt 18.000.000 đồng"],
         st="Đang làm"),
    dict(own="Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
         lines=["Tiếp nhận 12 hồ sơ, đã cấp 10 giấy"], st="Đang làm"),
    dict(own="Giám sát ngộ độc thực phẩm",
         lines=["Không xảy ra ngộ độc thực phẩm trên địa bàn"], st="Không phát sinh"),
  ],
  difficulties=["Cơ sở thức ăn đường phố thay đổi địa điểm thường xuyên."],
  proposals=["Đề nghị Sở An toàn thực phẩm hỗ trợ test kiểm tra nhanh."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Quốc Khánh"))

# ---------------------------------------------------------------- HAND B (Word narrative, "So với Kế hoạch, ..." closing)
F(file="27013_TayThanh_baocao_TC-DL-CL.docx", hand="B", kind="ward",
  unit=("27013", "Phường Tây Thạnh"), name_caps="PHƯỜNG TÂY THẠNH",
  number="512/BC-UBND", date="2026-11-03", place="Tây Thạnh", lo=True,
  intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tây Thạnh đã ban hành Kế hoạch số 41/KH-UBND ngày 10/3/2026 và giao Phòng Kinh tế làm đầu mối; phường có 1.146 hộ kinh doanh, 03 chợ truyền thống và 09 cửa hàng xăng dầu. Kết quả cụ thể như sau:",
  entries=[
    dict(own="Về tuyên truyền, phổ biến",
         body="Phường đăng 4 tin trên trang thông tin điện tử, phát hành bản tin khu phố; phối hợp Hội Liên hiệp Phụ nữ phường tổ chức 2 buổi nói chuyện chuyên đề “Người tiêu dùng thông thái” với 120 lượt hội viên tham dự.",
         st="So với Kế hoạch, nội dung này phường đã hoàn thành.",
         key=("II.1.a", C, {"communications": 4, "training_courses": 2, "participants": 120})),
    dict(own="Về kiểm tra đo lường, chất lượng hàng hóa theo phân cấp",
         body="Tổ kiểm tra của phường đã kiểm tra 5 cuộc tại 31 cơ sở kinh doanh (xăng dầu, gas, tạp hóa, vàng bạc), phát hiện 4 cơ sở vi phạm, ban hành quyết định xử phạt với tổng số tiền 12,5 triệu đồng.",
         st="So với Kế hoạch, phường đang tiếp tục thực hiện, dự kiến kiểm tra thêm trong tháng 12.",
         key=("II.5.c", P, {"inspections": 5, "establishments_inspected": 31, "violations": 4, "fines_vnd": 12500000})),
    dict(own="Về khảo sát chất lượng hàng hóa",
         body="Phường phối hợp đoàn của Chi cục TĐC lấy 8 mẫu mũ bảo hiểm và đồ chơi trẻ em tại các cửa hàng trên đường Lũy Bán Bích để khảo sát chất lượng.",
         st="So với Kế hoạch, nội dung này phường đã hoàn thành phần việc phối hợp.",
         key=("II.5.b", C, {"samples_tested": 8})),
    dict(own="Về áp dụng hệ thống quản lý chất lượng",
         body="Phường duy trì HTQLCL theo TCVN ISO 9001:2015, cập nhật 18 quy trình sau khi UBND Thành phố công bố bộ thủ tục hành chính mới.",
         st="So với Kế hoạch, phường đang tiếp tục thực hiện.",
         key=("II.2.đ", P, {})),
    dict(own="Về hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc",
         body="Đến thời điểm báo cáo, phường chưa tổ chức được buổi hướng dẫn do chưa có tài liệu hướng dẫn của Chi cục.",
         st="So với Kế hoạch, nội dung này phường chưa triển khai.",
         key=("II.2.a", N, {})),
  ],
  difficulties=["Lực lượng kiểm tra của phường mỏng, chủ yếu kiêm nhiệm; chưa có phương tiện đo chuẩn để kiểm tra tại chỗ.",
                "Một số hộ kinh doanh chưa hợp tác, đóng cửa khi tổ kiểm tra đến."],
  proposals=["Đề nghị Chi cục TĐC cung cấp tài liệu hướng dẫn về truy xuất nguồn gốc để phường tuyên truyền cho hộ kinh doanh.",
             "Đề nghị Sở Khoa học và Công nghệ trang bị cho phường bộ quả cân chuẩn và thiết bị kiểm tra nhanh."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thị Thanh Tâm"))

F(file="27028_PhuThanh-BC.docx", hand="B", kind="ward",
  unit=("27028", "Phường Phú Thạnh"), name_caps="PHƯỜNG PHÚ THẠNH",
  number="389/BC-UBND", date="2026-10-29", place="Phú Thạnh",
  intro="Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Phú Thạnh báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 như sau:",
  entries=[
    dict(own="Về tuyên truyền",
         body="Phường lồng ghép nội dung về đo lường, chất lượng vào 6 buổi sinh hoạt khu phố và đăng 2 bài trên trang thông tin điện tử của phường.",
         st="So với Kế hoạch, nội dung này phường đã hoàn thành.",
         key=("II.1.a", C, {"communications": 2})),
    dict(own="Về kiểm tra theo phân cấp",
         body="Phường thành lập Tổ kiểm tra liên ngành, đã kiểm tra 3 cuộc tại 17 cơ sở kinh doanh tại chợ Phú Thạnh và các tuyến đường Lũy Bán Bích, Thoại Ngọc Hầu; chưa phát hiện cơ sở vi phạm phải xử phạt.",
         st="So với Kế hoạch, phường đang tiếp tục thực hiện.",
         key=("II.5.c", P, {"inspections": 3, "establishments_inspected": 17})),
    dict(own="Về tập huấn cho công chức",
         body="Phường cử 2 công chức tham dự lớp tập huấn của Chi cục TĐC tổ chức tháng 7/2026.",
         st="So với Kế hoạch, nội dung này phường đã hoàn thành.",
         key=("II.3.a", C, {"participants": 2})),
    dict(own="Về xử lý phản ánh, tố giác",
         body="Trong kỳ phường không nhận được đơn thư, phản ánh về gian lận đo lường, chất lượng hàng hóa.",
         st="So với Kế hoạch, nội dung này không phát sinh.",
         key=("II.5.d", NA, {})),
  ],
  difficulties=["Kinh phí cho hoạt động kiểm tra, tuyên truyền chưa được bố trí riêng."],
  proposals=["Đề nghị Sở bố trí kinh phí hỗ trợ phường in tài liệu tuyên truyền về đo lường, chất lượng."],
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Văn Thắng"))

F(file="27418_ChanhHung_bc ct38 nam 2026.docx", hand="B", kind="ward",
  unit=("27418", "Phường Chánh Hưng"), name_caps="PHƯỜNG CHÁNH HƯNG",
  number="644/BC-UBND", date="2026-11-10", place="Chánh Hưng",
  intro="Ủy ban nhân dân phường Chánh Hưng báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu tính đến ngày 31/10/2026) như sau:",
  entries=[
    dict(own="Về tuyên truyền, nâng cao nhận thức",
         body="Phường đăng 7 tin, bài trên trang thông tin điện tử và fanpage; tổ chức 1 hội nghị phổ biến Luật Đo lường cho 64 hộ kinh doanh tại chợ Phạm Thế Hiển.",
         st="So với Kế hoạch, nội dung này phường đã hoàn thành.",
         key=("II.1.a", C, {"communications": 7, "training_courses": 1, "participants": 64})),
    dict(own="Về kiểm tra đo lường, chất lượng theo phân cấp",
         body="Phường kiểm tra 6 cuộc tại 42 cơ sở; phát hiện 5 cơ sở vi phạm về ghi nhãn và sử dụng cân không đạt yêu cầu; xử phạt 9,75 triệu đồng.",
         st="So với Kế hoạch, phường đang tiếp tục thực hiện đến hết năm.",
         key=("II.5.c", P, {"inspections": 6, "establishments_inspected": 42, "violations": 5, "fines_vnd": 9750000})),
    dict(own="Về hướng dẫn doanh nghiệp công bố chất lượng",
         body="Bộ phận một cửa hướng dẫn 9 doanh nghiệp, hộ kinh doanh về thủ tục công bố hợp quy, ghi nhãn hàng hóa.",
         st="So với Kế hoạch, phường đang tiếp tục thực hiện.",
         key=("II.2.d", P, {"enterprises_supported": 9})),
    dict(own="Về hệ thống quản lý chất lượng của phường",
         body="Phường đã hoàn thành đánh giá nội bộ, xem xét của lãnh đạo đối với HTQLCL TCVN ISO 9001:2015.",
         st="So với Kế hoạch, nội dung này phường đã hoàn thành.",
         key=("II.2.đ", C, {})),
    dict(own="Về đào tạo, tập huấn cho công chức",
         body="Phường đăng ký cử công chức tham dự lớp tập huấn dự kiến tổ chức trong tháng 12/2026.",
         st="So với Kế hoạch, nội dung này phường chưa thực hiện.",
         key=("II.3.a", N, {})),
  ],
  difficulties=["Số hộ kinh doanh tại chợ đông, thay đổi thường xuyên nên việc quản lý, kiểm tra gặp khó khăn.",
                "Văn bản hướng dẫn về phân cấp kiểm tra đo lường cho cấp phường chưa đầy đủ."],
  proposals=["Đề nghị Chi cục TĐC tổ chức tập huấn chuyên sâu về kiểm tra phương tiện đo nhóm 2 cho công chức phường."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"))

# ---------------------------------------------------------------- HAND C (ward Excel, number-noun lines in one cell)
F(file="27367_BinhTay_CT38_T10.xlsx", hand="C", kind="ward",
  unit=("27367", "Phường Bình Tây"), name_caps="PHƯỜNG BÌNH TÂY",
  number="305/BC-UBND", date="2026-10-29",
  entries=[
    dict(own="Tuyên truyền ĐL-CL tại chợ Bình Tây, chợ Kim Biên",
         how="Loa phát thanh chợ, phát tờ rơi, đăng tin trang TTĐT phường",
         qty=["05 tin bài", "01 hội nghị", "110 lượt người dự"], st="Xong",
         key=("II.1.a", C, {"communications": 5, "training_courses": 1, "participants": 110})),
    dict(own="Kiểm tra cân, nhãn hàng hóa tại chợ",
         how="Tổ kiểm tra liên ngành phường, kiểm tra định kỳ và đột xuất",
         qty=["04 cuộc", "36 cơ sở", "06 cơ sở vi phạm", "11.000.000 đ tiền phạt"], st="Đang làm",
         key=("II.5.c", P, {"inspections": 4, "establishments_inspected": 36, "violations": 6, "fines_vnd": 11000000})),
    dict(own="Hướng dẫn tiểu thương ghi nhãn, mã vạch",
         how="Hướng dẫn trực tiếp khi kiểm tra và tại bộ phận một cửa",
         qty=["22 hộ kinh doanh"], st="Đang làm",
         key=("II.2.d", P, {"enterprises_supported": 22})),
    dict(own="ISO 9001 tại UBND phường", how="Duy trì, cập nhật quy trình", qty=[], st="Xong",
         key=("II.2.đ", C, {})),
    dict(own="Tố giác vi phạm ĐL-CL", how="", qty=[], st="K phát sinh",
         key=("II.5.d", NA, {})),
  ],
  difficulties=["Chợ Bình Tây đang sửa chữa, tiểu thương di dời ra chợ tạm nên khó kiểm tra."],
  proposals=["Đề nghị Chi cục TĐC hỗ trợ kiểm định miễn phí cân của tiểu thương tại chợ tạm."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Thị Kim Phụng"))

F(file="27238_MinhPhung_baocao.xlsx", hand="C", kind="ward",
  unit=("27238", "Phường Minh Phụng"), name_caps="PHƯỜNG MINH PHỤNG",
  number="271/BC-UBND", date="2026-10-31",
  entries=[
    dict(own="Tuyên truyền pháp luật về đo lường, chất lượng", how="Đăng trang TTĐT, Zalo khu phố",
         qty=["03 tin"], st="Xong", key=("II.1.a", C, {"communications": 3})),
    dict(own="Kiểm tra theo phân cấp (xăng dầu, vàng bạc, tạp hóa)", how="Tổ kiểm tra phường",
         qty=["02 cuộc", "14 cơ sở", "01 cơ sở vi phạm", "2.500.000 đ tiền phạt"], st="Xong",
         key=("II.5.c", C, {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 2500000})),
    dict(own="Công chức dự tập huấn", how="Chi cục TĐC mở lớp",
         qty=["02 người"], st="Xong", key=("II.3.a", C, {"participants": 2})),
    dict(own="Phối hợp khảo sát chất lượng hàng hóa", how="Chưa có đoàn của Chi cục về phường",
         qty=[], st="Chưa làm", key=("II.5.b", N, {})),
  ],
  difficulties=["Phường mới sắp xếp, chưa có đủ hồ sơ quản lý hộ kinh doanh để lập kế hoạch kiểm tra."],
  proposals=["Đề nghị Sở cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường mới."],
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trương Công Danh"))

F(file="27601_VinhLoc_bieu_CT38.xlsx", hand="C", kind="ward",
  unit=("27601", "Xã Vĩnh Lộc"), name_caps="XÃ VĨNH LỘC",
  number="233/BC-UBND", date="2026-11-06",
  entries=[
    dict(own="Tuyên truyền trên loa truyền thanh các ấp", how="Phát thanh hằng tuần, đăng Zalo OA xã",
         qty=["08 tin"], st="Đang làm", key=("II.1.a", P, {"communications": 8})),
    dict(own="Kiểm tra đo lường xăng dầu, gas, cân tại chợ Vĩnh Lộc", how="Tổ kiểm tra liên ngành xã",
         qty=["03 cuộc", "24 cơ sở", "02 cơ sở vi phạm", "6.000.000 đ tiền phạt"], st="Đang làm",
         key=("II.5.c", P, {"inspections": 3, "establishments_inspected": 24, "violations": 2, "fines_vnd": 6000000})),
    dict(own="Truy xuất nguồn gốc rau, nấm của HTX", how="Hướng dẫn HTX dán tem QR",
         qty=["03 HTX"], st="Đang làm", key=("II.2.a", P, {"enterprises_supported": 3})),
    dict(own="ISO 9001 tại UBND xã", how="Đánh giá nội bộ tháng 9", qty=[], st="Xong",
         key=("II.2.đ", C, {})),
    dict(own="Công chức xã dự tập huấn", how="Chờ Chi cục TĐC thông báo lớp", qty=[], st="Chưa làm",
         key=("II.3.a", N, {})),
  ],
  difficulties=["Xã mới hợp nhất từ 02 xã cũ, địa bàn rộng, cán bộ kiêm nhiệm."],
  proposals=["Đề nghị Chi cục TĐC mở lớp tập huấn tại khu vực Bình Chánh cũ cho thuận tiện đi lại."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Tám"))

# ---------------------------------------------------------------- HAND D (department công văn, "Tiến độ:" bold last line)
F(file="SO-CT_baocao_CT38_2026.docx", hand="D", kind="dept",
  unit=("SO-CT", "Sở Công Thương"), upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", name_caps="SỞ CÔNG THƯƠNG",
  number="7815/SCT-QLCN", date="2026-10-28", place="Thành phố Hồ Chí Minh",
  vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  entries=[
    dict(own="Phối hợp kiểm tra chất lượng, đo lường xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường",
         body="Sở Công Thương chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Công an Thành phố tổ chức 06 cuộc kiểm tra tại 48 cửa hàng xăng dầu, cơ sở kinh doanh khí; phát hiện 05 cơ sở vi phạm, xử phạt 62.500.000 đồng.",
         st="Đang thực hiện theo kế hoạch kiểm tra năm.",
         key=("II.5.a", P, {"inspections": 6, "establishments_inspected": 48, "violations": 5, "fines_vnd": 62500000})),
    dict(own="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
         body="Sở đã có văn bản góp ý 02 dự thảo QCVN (về an toàn bình khí và thép làm cốt bê tông) theo đề nghị của Bộ Công Thương.",
         st="Hoàn thành.",
         key=("II.2.e", C, {"standards_reviewed": 2})),
    dict(own="Hỗ trợ doanh nghiệp công nghiệp hỗ trợ nâng cao năng suất, chất lượng",
         body="Thông qua Chương trình khuyến công, Sở hỗ trợ 11 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, ISO 9001), kinh phí đã giải ngân 850.000.000 đồng.",
         st="Đang thực hiện.",
         key=("II.2.d", P, {"enterprises_supported": 11, "budget_spent_vnd": 850000000})),
    dict(own="Cập nhật thông tin về các hiệp định thương mại tự do, hàng rào kỹ thuật trong thương mại",
         body="Sở đã đăng 08 tin cảnh báo TBT, thông tin về các FTA trên Cổng thông tin điện tử của Sở.",
         st="Hoàn thành.",
         key=("II.6.a", C, {"communications": 8})),
  ],
  difficulties=["Lực lượng quản lý thị trường đã chuyển về Bộ Công Thương nên việc phối hợp kiểm tra liên ngành phải chờ ý kiến của nhiều cơ quan.",
                "Kinh phí khuyến công năm 2026 bố trí chậm, ảnh hưởng tiến độ hỗ trợ doanh nghiệp."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách cơ sở kinh doanh xăng dầu vi phạm về đo lường để phối hợp theo dõi."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Tá Hoàng Vũ"))

F(file="SO-YT_cv_bao-cao-TDC.docx", hand="D", kind="dept",
  unit=("SO-YT", "Sở Y tế"), upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", name_caps="SỞ Y TẾ",
  number="9102/SYT-NVD", date="2026-10-26", place="Thành phố Hồ Chí Minh",
  vv="V/v báo cáo tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
  entries=[
    dict(own="Góp ý quy chuẩn kỹ thuật quốc gia lĩnh vực y tế",
         body="Sở Y tế đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và nước sạch sinh hoạt do Bộ Y tế gửi lấy ý kiến.",
         st="Hoàn thành.",
         key=("II.2.e", C, {"standards_reviewed": 3})),
    dict(own="Phối hợp kiểm tra phương tiện đo dùng trong khám bệnh, chữa bệnh",
         body="Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại 14 cơ sở khám bệnh, chữa bệnh tư nhân về kiểm định huyết áp kế, nhiệt kế y học; chưa phát hiện vi phạm.",
         st="Đang thực hiện.",
         key=("II.5.a", P, {"inspections": 2, "establishments_inspected": 14})),
    dict(own="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
         body="Sở đã cập nhật hệ thống theo danh mục thủ tục hành chính mới, hoàn thành đánh giá nội bộ năm 2026.",
         st="Hoàn thành.",
         key=("II.2.đ", C, {})),
    dict(own="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         body="Sở cử 04 công chức, viên chức tham dự lớp tập huấn do Chi cục tổ chức.",
         st="Hoàn thành.",
         key=("II.3.a", C, {"participants": 4})),
  ],
  difficulties=["Danh mục phương tiện đo nhóm 2 dùng trong y tế nhiều chủng loại, cơ sở y tế tư nhân chưa nắm rõ chu kỳ kiểm định."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức hội nghị hướng dẫn kiểm định phương tiện đo trong y tế cho các cơ sở khám bệnh, chữa bệnh."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Vĩnh Châu"))

F(file="SO-XD_Baocao CT38 (gui SKHCN).docx", hand="D", kind="dept",
  unit=("SO-XD", "Sở Xây dựng"), upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", name_caps="SỞ XÂY DỰNG",
  number="12034/SXD-QLCL", date="2026-10-30", place="Thành phố Hồ Chí Minh",
  vv="V/v báo cáo kết quả thực hiện Kế hoạch số …/KH-SKHCN năm 2026",
  entries=[
    dict(own="Góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về xây dựng, vật liệu xây dựng",
         body="Sở Xây dựng đã góp ý 04 dự thảo QCVN theo đề nghị của Bộ Xây dựng.",
         st="Hoàn thành.",
         key=("II.2.e", C, {"standards_reviewed": 4})),
    dict(own="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
         body="Sở tổ chức 03 đợt kiểm tra tại 21 cơ sở kinh doanh vật liệu xây dựng (xi măng, thép, kính, gạch ốp lát); 02 cơ sở vi phạm về ghi nhãn, dấu hợp quy, xử phạt 30.000.000 đồng.",
         st="Đang thực hiện.",
         key=("II.5.a", P, {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 30000000})),
    dict(own="Lấy mẫu thử nghiệm chất lượng vật liệu xây dựng",
         body="Trong các đợt kiểm tra, Sở lấy 18 mẫu sản phẩm gửi thử nghiệm; kết quả 16 mẫu đạt, 02 mẫu thép không đạt.",
         st="Hoàn thành.",
         key=("II.5.b", C, {"samples_tested": 18})),
    dict(own="Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015",
         body="Sở đang điều chỉnh hệ thống sau khi hợp nhất với Sở Giao thông vận tải.",
         st="Đang thực hiện.",
         key=("II.2.đ", P, {})),
    dict(own="Tiếp nhận tố giác vi phạm về chất lượng vật liệu xây dựng",
         body="Không có đơn thư tố giác trong kỳ.",
         st="Không phát sinh.",
         key=("II.5.d", NA, {})),
  ],
  difficulties=["Chưa có phòng thử nghiệm chuyên ngành trực thuộc Sở nên phải thuê đơn vị ngoài, thời gian trả kết quả kéo dài."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng thép, xi măng do Chi cục thực hiện.",
             "Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên thời gian thử nghiệm mẫu phục vụ kiểm tra nhà nước."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Quang Lâm"))

F(file="SO-NNMT_bc_PCTT_2026.docx", hand="D", kind="dept", mistaken=True,
  unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"), upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", name_caps="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
  number="6620/SNNMT-TL", date="2026-10-22", place="Thành phố Hồ Chí Minh",
  vv="V/v báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
  reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW — gửi nhầm.",
  entries=[
    dict(own="Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp",
         body="Đã kiện toàn tại 168 xã, phường, đặc khu.", st="Hoàn thành."),
    dict(own="Diễn tập ứng phó bão, triều cường",
         body="Tổ chức 03 cuộc diễn tập cấp xã với 1.250 lượt người tham gia.", st="Hoàn thành."),
    dict(own="Gia cố bờ bao, đê bao chống triều",
         body="Đã gia cố 12,4 km bờ bao, kinh phí 18,6 tỷ đồng.", st="Đang thực hiện."),
  ],
  difficulties=["Triều cường vượt mức báo động III tại nhiều tuyến đê bao."],
  proposals=["Đề nghị bố trí bổ sung kinh phí gia cố bờ bao năm 2027."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Lợi"))

# ---------------------------------------------------------------- HAND E (Excel, "Mục KH" column + Khối lượng/ĐVT rows)
F(file="TTPTTN_BC_CT38_2026.xlsx", hand="E", kind="internal",
  unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ", name_caps="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
  number="1187/BC-TTPTTN", date="2026-10-27",
  entries=[
    dict(ref="4a", own="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, đo lường",
         rows=[("Kinh phí đã giải ngân (dự án mua sắm thiết bị phòng thử nghiệm hóa – vi sinh)", "4.250.000.000", "đồng")],
         st="Đang thực hiện", note="Gói thầu 02 đang lắp đặt",
         key=("II.4.a", P, {"budget_spent_vnd": 4250000000})),
    dict(ref="4c", own="Duy trì, liên kết chuẩn đo lường của Trung tâm đến chuẩn quốc gia",
         rows=[("Chuẩn, thiết bị chuẩn được hiệu chuẩn", "46", "chuẩn")],
         st="Hoàn thành", note="",
         key=("II.4.c", C, {"instruments_verified": 46})),
    dict(ref="2g", own="Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
         rows=[("Phương tiện đo được kiểm định, hiệu chuẩn", "18.640", "phương tiện"),
               ("Doanh nghiệp được tư vấn, hỗ trợ kỹ thuật", "57", "doanh nghiệp")],
         st="Đang thực hiện", note="Thường xuyên",
         key=("II.2.g", P, {"instruments_verified": 18640, "enterprises_supported": 57})),
    dict(ref="5b", own="Thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục TĐC",
         rows=[("Mẫu được thử nghiệm", "126", "mẫu")],
         st="Hoàn thành", note="",
         key=("II.5.b", C, {"samples_tested": 126})),
    dict(ref="3d", own="Đào tạo, hướng dẫn thực tập cho sinh viên về đo lường, thử nghiệm",
         rows=[("Lớp đào tạo", "01", "lớp"), ("Sinh viên tham dự", "45", "người")],
         st="Hoàn thành", note="ĐH Công nghiệp Thực phẩm",
         key=("II.3.d", C, {"training_courses": 1, "participants": 45})),
  ],
  difficulties=["Thiết bị thử nghiệm một số phòng đã cũ, chi phí hiệu chuẩn, bảo trì tăng.",
                "Thiếu kiểm định viên có chứng chỉ đối với một số phương tiện đo mới."],
  proposals=["Đề nghị Sở bố trí kinh phí năm 2027 cho dự án nâng cấp phòng hiệu chuẩn áp suất, nhiệt độ."],
  signer=("GIÁM ĐỐC", "", "Phạm Minh Tuấn"))

F(file="KTPC_tinh-hinh-thuc-hien-KH38.xlsx", hand="E", kind="internal",
  unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
  upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ", name_caps="PHÒNG KIỂM TRA – PHÁP CHẾ",
  number="145/BC-KTPC", date="2026-10-30",
  entries=[
    dict(ref="5a", own="Phối hợp Chi cục TĐC kiểm tra chất lượng, đo lường hàng hóa lưu thông",
         rows=[("Cuộc kiểm tra", "05", "cuộc"), ("Cơ sở được kiểm tra", "38", "cơ sở"),
               ("Cơ sở vi phạm", "07", "cơ sở"), ("Tiền phạt", "96.500.000", "đồng")],
         st="Đang thực hiện", note="",
         key=("II.5.a", P, {"inspections": 5, "establishments_inspected": 38, "violations": 7, "fines_vnd": 96500000})),
    dict(ref="5d", own="Xử lý đơn tố giác, phản ánh vi phạm về TC-ĐL-CL",
         rows=[], st="Hoàn thành", note="03 đơn, đã chuyển Chi cục xử lý, trả lời công dân",
         key=("II.5.d", C, {})),
    dict(ref="4b", own="Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021",
         rows=[], st="Đang thực hiện", note="",
         key=("II.4.b", P, {})),
    dict(ref="2c", own="Góp ý dự thảo Luật sửa đổi Luật Tiêu chuẩn và QCKT, Luật CLSPHH",
         rows=[], st="Hoàn thành", note="Theo đề nghị của Bộ KH&CN",
         key=("II.2.c", C, {})),
    dict(ref="5b", own="Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", rows=[], st="", note="Phối hợp theo đề nghị của Chi cục",
         key=("II.5.b", U, {})),
  ],
  difficulties=["Phòng chỉ có 03 công chức làm công tác kiểm tra nên không đáp ứng được số cuộc kiểm tra phối hợp."],
  proposals=["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra sớm để Phòng bố trí nhân sự phối hợp."],
  signer=("TRƯỞNG PHÒNG", "", "Lê Hoàng Sơn"))

F(file="SO-GDDT_bieu-bao-cao-CT38.xlsx", hand="E", kind="dept",
  unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"),
  upper="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", name_caps="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number="5530/BC-SGDĐT", date="2026-10-31",
  entries=[
    dict(ref="3d", own="Bồi dưỡng giáo viên các trường trung cấp, cao đẳng về đo lường, chất lượng, mã số mã vạch",
         rows=[("Lớp bồi dưỡng", "02", "lớp"), ("Giáo viên tham dự", "310", "người")],
         st="Hoàn thành", note="Phối hợp Chi cục TĐC",
         key=("II.3.d", C, {"training_courses": 2, "participants": 310})),
    dict(ref="1a", own="Lồng ghép tuyên truyền trong trường học",
         rows=[("Tin, bài trên cổng thông tin ngành", "12", "tin, bài")],
         st="Hoàn thành", note="",
         key=("II.1.a", C, {"communications": 12})),
    dict(ref="2đ", own="Duy trì ISO 9001 tại cơ quan Sở", rows=[], st="Hoàn thành", note="",
         key=("II.2.đ", C, {})),
    dict(ref="3a", own="Cử công chức dự tập huấn", rows=[("Công chức tham dự", "04", "người")],
         st="Hoàn thành", note="",
         key=("II.3.a", C, {"participants": 4})),
    dict(ref="2e", own="Góp ý QCVN về thiết bị dạy học", rows=[], st="Không phát sinh",
         note="Chưa nhận được dự thảo", key=("II.2.e", NA, {})),
  ],
  difficulties=["Chương trình đào tạo nghề chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng."],
  proposals=["Đề nghị Sở KH&CN biên soạn tài liệu bồi dưỡng dùng chung cho giáo viên các trường nghề."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Bảo Quốc"))

# ============================== BUILDERS ==============================

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
os.makedirs(TRUTH, exist_ok=True)


def dparts(iso):
    y, m, d = iso.split("-")
    return int(d), int(m), int(y)


def date_words(iso):
    d, m, y = dparts(iso)
    return f"ngày {d:02d} tháng {m:02d} năm {y}"


# ------------------------------------------------------------------ docx helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    st.paragraph_format.space_after = Pt(3)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, center=False, first=False, size=None, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    return p


def header_block(doc, left_lines, number, place, iso, vv=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    for i, (txt, b) in enumerate(left_lines):
        cell_par(L, txt, bold=b, center=True, first=(i == 0), size=12)
    cell_par(L, "———", center=True, size=10)
    cell_par(L, f"Số: {number}", center=True, size=12)
    if vv:
        cell_par(L, vv, center=True, size=11)
    cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True, first=True, size=12)
    cell_par(R, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True, size=12)
    cell_par(R, "———————", center=True, size=10)
    cell_par(R, f"{place}, {date_words(iso)}", italic=True, center=True, size=12)


def para(doc, text="", bold=False, italic=False, center=False, indent=True, size=None, underline=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = p.alignment if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def signature(doc, signer, noi_nhan):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    cell_par(L, "Nơi nhận:", bold=True, italic=True, first=True, size=11)
    for n in noi_nhan:
        cell_par(L, n, size=10)
    a, b, name = signer
    cell_par(R, a, bold=True, center=True, first=True, size=12)
    if b: cell_par(R, b, bold=True, center=True, size=12)
    for _ in range(3): cell_par(R, "", size=12)
    cell_par(R, name, bold=True, center=True, size=12)


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


# ------------------------------------------------------------------ HAND A
def build_A(f, path):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    sec = doc.sections[0]; sec.left_margin = Cm(2.5); sec.right_margin = Cm(1.5)
    header_block(doc, [(f["upper"], False), (f["name_caps"], True)], f["number"], f["place"], f["date"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, f["title"], bold=True, center=True, size=13)
    para(doc)
    if f.get("mistaken"):
        para(doc, f"Ủy ban nhân dân {f['unit'][1][0].lower() + f['unit'][1][1:]} báo cáo kết quả công tác bảo đảm an toàn thực phẩm như sau:")
    else:
        para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
                  f"Ủy ban nhân dân {f['unit'][1][0].lower() + f['unit'][1][1:]} báo cáo kết quả như sau:")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    h = t.rows[0].cells
    for c, txt in zip(h, ["Stt", "Công việc", "Kết quả"]):
        cell_par(c, txt, bold=True, center=True, first=True, size=12)
    for i, e in enumerate(f["entries"], 1):
        r = t.add_row().cells
        cell_par(r[0], str(i), center=True, first=True, size=12)
        cell_par(r[1], e["own"], first=True, size=12)
        cell_par(r[1], "→ " + e["st"], italic=True, size=11)
        for j, ln in enumerate(e["lines"]):
            cell_par(r[2], "- " + ln + ".", first=(j == 0), size=12)
    set_col_widths(t, [1.1, 6.5, 9.4])
    para(doc)
    para(doc, "* Khó khăn:", bold=True, indent=False)
    for d in f["difficulties"]:
        para(doc, "- " + d)
    para(doc, "* Kiến nghị:", bold=True, indent=False)
    for d in f["proposals"]:
        para(doc, "- " + d)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {f['unit'][1][0].lower() + f['unit'][1][1:]}./.")
    signature(doc, f["signer"], ["- Sở KH&CN (Chi cục TĐC);", "- TT. Đảng ủy phường;" if "Phường" in f["unit"][1] else "- TT. Đảng ủy xã;", "- Lưu: VT, KT."])
    doc.save(path)


# ------------------------------------------------------------------ HAND B
def build_B(f, path):
    doc = Document(); set_font(doc, "Times New Roman", 14)
    header_block(doc, [("ỦY BAN NHÂN DÂN", False), (f["name_caps"], True)], f["number"], f["place"], f["date"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", bold=True, center=True)
    para(doc, "về công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, center=True)
    para(doc, "____________", center=True)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", center=True)
    para(doc)
    para(doc, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    para(doc, f["intro"])
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(f["entries"], 1):
        p = para(doc)
        r = p.add_run(f"{i}. {e['own']}: "); r.bold = True
        p.add_run(e["body"] + " ")
        p.add_run(e["st"])
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in f["difficulties"]:
        para(doc, "- " + d)
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in f["proposals"]:
        para(doc, "- " + d)
    para(doc, f"Ủy ban nhân dân {f['unit'][1][0].lower() + f['unit'][1][1:]} kính báo cáo./.")
    signature(doc, f["signer"], ["- Như trên;", "- Chi cục TĐC;", "- Lưu: VT."])
    doc.save(path)


# ------------------------------------------------------------------ HAND D
def build_D(f, path):
    doc = Document(); set_font(doc, "Times New Roman", 14)
    up = f["upper"].split("\n")
    header_block(doc, [(up[0], False), (up[1], False), (f["name_caps"], True)], f["number"], f["place"], f["date"], vv=f["vv"])
    para(doc)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ", center=True)
    para(doc, "(Chi cục Tiêu chuẩn Đo lường Chất lượng)", center=True)
    para(doc)
    if f.get("mistaken"):
        para(doc, f"Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, {f['unit'][1]} báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 như sau:")
    else:
        para(doc, f"Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {f['unit'][1]} báo cáo như sau:")
    para(doc, "1. Kết quả thực hiện", bold=True, indent=False)
    letters = "abcdđeghik"
    for i, e in enumerate(f["entries"]):
        para(doc, f"{letters[i]}) {e['own']}", bold=True, italic=True)
        para(doc, e["body"])
        p = para(doc); r = p.add_run("Tiến độ: "); r.bold = True
        p.add_run(e["st"])
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for d in f["difficulties"]:
        para(doc, "- " + d)
    para(doc, "3. Kiến nghị", bold=True, indent=False)
    for d in f["proposals"]:
        para(doc, "- " + d)
    para(doc, f"{f['unit'][1]} kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    signature(doc, f["signer"], ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + f["number"].split("-")[-1] + "."])
    doc.save(path)


# ------------------------------------------------------------------ Excel helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build_C(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = f["name_caps"]; ws["A3"] = f"Số: {f['number']}"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    d, m, y = dparts(f["date"])
    place = f["unit"][1].replace("Phường ", "").replace("Xã ", "")
    ws["D3"] = f"{place}, ngày {d} tháng {m} năm {y}"
    for c in ("A1", "A2", "D1", "D2"): ws[c].font = Font(bold=True)
    ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(Lĩnh vực tiêu chuẩn, đo lường, chất lượng – số liệu đến ngày báo cáo)"
    ws.merge_cells("A6:F6"); ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Công việc", "Cách làm", "Số lượng", "Tiến độ", "Ghi chú"]
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    for i, e in enumerate(f["entries"], 1):
        r += 1
        vals = [i, e["own"], e["how"], "\n".join(e["qty"]), e["st"], ""]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None); c.border = BOX; c.alignment = WRAP
        ws.row_dimensions[r].height = max(30, 16 * max(1, len(e["qty"])))
    r += 2
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
    for d_ in f["difficulties"]:
        r += 1; ws.cell(r, 2, "- " + d_)
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
    for d_ in f["proposals"]:
        r += 1; ws.cell(r, 2, "- " + d_)
    r += 2
    a, b, name = f["signer"]
    ws.cell(r, 4, a).font = Font(bold=True)
    if b: ws.cell(r + 1, 4, b).font = Font(bold=True)
    ws.cell(r + 5, 4, name).font = Font(bold=True)
    for col, w in zip("ABCDEF", [5, 34, 28, 22, 14, 14]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def build_E(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = f["upper"]; ws["A2"] = f["name_caps"]; ws["A3"] = f"Số: {f['number']}"
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = f"Thành phố Hồ Chí Minh, {date_words(f['date'])}"
    for c in ("A2", "F1", "F2"): ws[c].font = Font(bold=True)
    ws["F3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws.merge_cells("A5:H5"); ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "I. KẾT QUẢ THỰC HIỆN"; ws["A6"].font = Font(bold=True)
    hdr = ["STT", "Mục KH", "Nội dung công việc / chỉ tiêu", "Khối lượng", "ĐVT", "Tình trạng", "Ghi chú"]
    r = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, e in enumerate(f["entries"], 1):
        r += 1
        vals = [i, e["ref"], e["own"], None, None, e["st"] or None, e["note"] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = WRAP; c.font = Font(bold=True) if j in (1, 2, 3) else Font()
        for k, (lab, num, dvt) in enumerate(e["rows"], 1):
            r += 1
            n = int(num.replace(".", ""))
            vals = [None, f"{e['ref']}.{k}", "- " + lab, n, dvt, None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BOX; c.alignment = WRAP
            c = ws.cell(r, 4)
            c.number_format = "00" if (num.startswith("0") and len(num) == 2) else "#,##0"
            if n >= 1000: c.number_format = "#,##0"
    r += 2
    ws.cell(r, 1, "II. KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True)
    for k, d_ in enumerate(f["difficulties"], 1):
        r += 1; ws.cell(r, 2, f"{k}."); ws.cell(r, 3, d_)
    r += 1
    ws.cell(r, 1, "III. ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True)
    for k, d_ in enumerate(f["proposals"], 1):
        r += 1; ws.cell(r, 2, f"{k}."); ws.cell(r, 3, d_)
    r += 2
    a, b, name = f["signer"]
    ws.cell(r, 6, a).font = Font(bold=True)
    if b: ws.cell(r + 1, 6, b).font = Font(bold=True)
    ws.cell(r + 5, 6, name).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [5, 8, 52, 14, 12, 16, 26]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/u", "--convert-to", ext,
                        "--outdir", td + "/o", path], check=True, capture_output=True, timeout=180)
        out = os.path.join(td, "o", os.path.basename(path))
        shutil.copyfile(out, path)


def entry_text(f, e):
    if "lines" in e:
        return e["own"] + ": " + "; ".join(e["lines"])
    if "body" in e:
        return e["body"]
    if "qty" in e:
        return e["own"] + " — " + "; ".join(e["qty"])
    return e["own"] + ": " + "; ".join(f"{a} {b} {c}" for a, b, c in e["rows"])


BUILD = {"A": build_A, "B": build_B, "C": build_C, "D": build_D, "E": build_E}
LO = {"27013_TayThanh_baocao_TC-DL-CL.docx", "27238_MinhPhung_baocao.xlsx"}

if __name__ == "__main__":
    for f in FILES:
        path = os.path.join(HERE, f["file"])
        BUILD[f["hand"]](f, path)
        if f["file"] in LO:
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mist = f.get("mistaken")
        key = {
            "file": f["file"], "sha256": sha,
            "status": "rejected" if mist else "extracted",
            "reason": f.get("reason") if mist else None,
            "unit": {"id": f["unit"][0], "name": f["unit"][1]},
            "document": {"number": f["number"], "date": f["date"]},
            "entries": [] if mist else [
                {"task": e["key"][0], "status": e["key"][1], "indicators": e["key"][2], "text": entry_text(f, e)}
                for e in f["entries"]],
            "findings": [],
            "difficulties": [] if mist else f["difficulties"],
            "proposals": [] if mist else f["proposals"],
        }
        json.dump(key, open(os.path.join(TRUTH, f["file"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
        print(f["hand"], f["file"], sha[:12])
