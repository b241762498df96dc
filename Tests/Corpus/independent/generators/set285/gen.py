# -*- coding: utf-8 -*-
import json, os, sys, hashlib, subprocess, shutil, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

# ================= CONTENT (reports and their keys) =================
# Content of set285: every report, its hand, and its key (indicators keyed by hand, not parsed).
M = 1000000

FILES = []
def F(**kw): FILES.append(kw); return kw

# ---------------- H1: Phan Thị Ngọc Hân style (ward VH-XH officers), DOCX, italic "Ghi chú:" closer
F(file="26506-vungtau-bc-ct38-2026.docx", hand="H1", unit=("26506", "Phường Vũng Tàu"),
  number="412/BC-UBND", date="2026-10-27", place="Vũng Tàu",
  items=[
   dict(task="II.1.a", status="completed", ind={"communications": 6, "training_courses": 1, "participants": 85},
        title="Tuyên truyền về đo lường, chất lượng cho hộ kinh doanh",
        body=["Phường đăng 06 tin, bài trên Trang thông tin điện tử phường và phát trên hệ thống loa truyền thanh các khu phố về quy định đo lường trong mua bán, ghi nhãn hàng hóa.",
              "Ngày 18/6/2026, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh tại chợ Vũng Tàu và chợ Xóm Lưới, có 85 lượt người tham dự."],
        note="việc này đã khép lại, phường sẽ tiếp tục nhắc nhở trên loa vào các dịp lễ."),
   dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 14, "violations": 3, "fines_vnd": 4500000},
        title="Kiểm tra đo lường tại các chợ trên địa bàn",
        body=["Tổ công tác của phường phối hợp với Chi cục kiểm tra 02 cuộc về đo lường đối với cân sử dụng trong mua bán tại chợ Xóm Lưới và chợ Vũng Tàu; đã kiểm tra 14 cơ sở, hộ kinh doanh, phát hiện 03 trường hợp sử dụng cân không đạt yêu cầu, Chủ tịch UBND phường ban hành quyết định xử phạt với tổng số tiền 4.500.000 đồng."],
        note="vẫn tiếp tục theo dõi, dự kiến kiểm tra thêm trong tháng 12/2026 phục vụ Tết Nguyên đán."),
   dict(task="II.3.a", status="completed", ind={"participants": 2},
        title="Cử công chức dự tập huấn nghiệp vụ",
        body=["Phường cử 02 công chức (Kinh tế, Văn hóa – Xã hội) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức tháng 8/2026."],
        note="việc này đã khép lại."),
   dict(task="II.2.đ", status="in_progress", ind={},
        title="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
        body=["Sau khi sắp xếp, phường đang rà soát lại các quy trình giải quyết thủ tục hành chính để áp dụng thống nhất hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."],
        note="vẫn tiếp tục thực hiện, chưa công bố lại."),
  ],
  diffs=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức Kinh tế phải kiêm nhiệm nhiều việc.",
         "Nhiều hộ kinh doanh nhỏ lẻ tại chợ tạm, chợ tự phát thay đổi địa điểm thường xuyên nên khó theo dõi."],
  props=["Đề nghị Chi cục bố trí cân đối chứng cho chợ Xóm Lưới.",
         "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể về trình tự kiểm tra đo lường do UBND phường thực hiện."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Luân"))

F(file="26526-tamthang-bc-ct38.docx", hand="H1", unit=("26526", "Phường Tam Thắng"),
  number="298/BC-UBND", date="2026-10-30", place="Tam Thắng",
  items=[
   dict(task="II.1.a", status="completed", ind={"communications": 4},
        title="Công tác tuyên truyền",
        body=["Phường lồng ghép tuyên truyền vào các buổi sinh hoạt khu phố và đăng 04 tin trên nhóm Zalo các khu phố về việc sử dụng cân đúng, đủ, hàng hóa có nhãn rõ ràng."],
        note="đã làm xong trong 9 tháng."),
   dict(task="II.1.b", status="completed", ind={"enterprises_supported": 2},
        title="Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
        body=["Phường chuyển thông báo của Chi cục đến các doanh nghiệp trên địa bàn, trực tiếp hướng dẫn 02 doanh nghiệp (Công ty TNHH Thủy sản Thắng Lợi, Công ty CP Bao bì Tam Thắng) tìm hiểu hồ sơ tham dự Giải thưởng Chất lượng Quốc gia."],
        note="việc này đã khép lại."),
   dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 3000000},
        title="Kiểm tra đo lường, chất lượng hàng hóa theo phân cấp",
        body=["Trong kỳ, phường thực hiện 03 cuộc kiểm tra tại chợ Phước Thắng cũ, khu vực kinh doanh hải sản đường 30/4 và các cửa hàng tạp hóa; kiểm tra 21 cơ sở, lập biên bản 02 trường hợp vi phạm về đo lường, phạt tiền 3.000.000 đồng."],
        note="vẫn tiếp tục theo dõi trong quý IV."),
   dict(task="II.3.a", status="completed", ind={"participants": 3},
        title="Tập huấn cho công chức",
        body=["03 công chức của phường đã tham dự lớp tập huấn trực tuyến về quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."],
        note="đã xong."),
   dict(task="II.5.d", status="not_applicable", ind={},
        title="Tiếp nhận phản ánh, tố giác vi phạm",
        body=["Đến thời điểm báo cáo, phường không nhận được phản ánh, tố giác nào về hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."],
        note="chưa phát sinh."),
  ],
  diffs=["Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng."],
  props=["Đề nghị Chi cục tiếp tục mở lớp tập huấn cho công chức phường mới bố trí sau sắp xếp."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Bích Ngọc"))

F(file="26662-longhai-bc-tdc.docx", hand="H1", unit=("26662", "Xã Long Hải"),
  number="156/BC-UBND", date="2026-10-22", place="Long Hải",
  items=[
   dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 64, "communications": 10},
        title="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
        body=["Đài truyền thanh xã phát 10 tin, bài tuyên truyền về đo lường trong mua bán hải sản, ghi nhãn nước mắm và sản phẩm khô.",
              "Tháng 5/2026 xã tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho các hộ sản xuất, kinh doanh, có 64 người tham dự."],
        note="việc này đã khép lại."),
   dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 18},
        title="Kiểm tra đo lường tại chợ Long Hải và khu vực cảng cá",
        body=["Xã phối hợp Chi cục tổ chức 02 cuộc kiểm tra cân tại chợ Long Hải và khu vực thu mua hải sản cảng cá Long Hải với 18 cơ sở được kiểm tra; các hộ vi phạm nhẹ được nhắc nhở, yêu cầu thay cân mới."],
        note="vẫn tiếp tục theo dõi vào mùa cao điểm cuối năm."),
   dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 5},
        title="Hướng dẫn cơ sở sản xuất nước mắm, hải sản khô công bố tiêu chuẩn",
        body=["Công chức Kinh tế đã hướng dẫn 05 cơ sở sản xuất nước mắm và hải sản khô xây dựng tiêu chuẩn cơ sở, ghi nhãn và thực hiện công bố chất lượng sản phẩm; hiện 02 cơ sở đã nộp hồ sơ."],
        note="vẫn tiếp tục hướng dẫn các cơ sở còn lại."),
   dict(task="II.2.đ", status="completed", ind={},
        title="Áp dụng hệ thống quản lý chất lượng",
        body=["UBND xã đã xây dựng, ban hành và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính thuộc thẩm quyền sau sắp xếp (Quyết định số 1105/QĐ-UBND ngày 12/8/2026)."],
        note="việc này đã khép lại."),
  ],
  diffs=["Hộ sản xuất nước mắm chủ yếu quy mô gia đình, ngại làm hồ sơ công bố vì tốn chi phí kiểm nghiệm."],
  props=["Đề nghị Chi cục hỗ trợ chi phí kiểm nghiệm mẫu cho các hộ sản xuất nước mắm truyền thống Long Hải.",
         "Đề nghị trang bị 01 cân đối chứng đặt tại chợ Long Hải."],
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Hoàng Phúc"))

F(file="26566-longhuong-bc-ct38-thang11.docx", hand="H1", unit=("26566", "Phường Long Hương"),
  number="87/BC-UBND", date="2026-11-04", place="Long Hương",
  items=[
   dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 26, "violations": 4, "fines_vnd": 6250000},
        title="Kiểm tra về đo lường, chất lượng theo thẩm quyền",
        body=["Phường tổ chức 04 cuộc kiểm tra tại chợ Long Hương, chợ Kim Hải và các cửa hàng vật liệu xây dựng, kiểm tra 26 cơ sở; phát hiện 04 cơ sở vi phạm (cân sai, hàng hóa không nhãn), xử phạt 6.250.000 đồng."],
        note="vẫn tiếp tục theo dõi."),
   dict(task="II.5.a", status="completed", ind={"inspections": 1, "establishments_inspected": 5},
        title="Tham gia Đoàn kiểm tra liên ngành của Thành phố",
        body=["Phường cử cán bộ tham gia 01 cuộc kiểm tra của Đoàn kiểm tra liên ngành Thành phố về chất lượng xăng dầu lưu thông trên thị trường tại 05 cửa hàng xăng dầu trên Quốc lộ 56 thuộc địa bàn phường."],
        note="việc này đã khép lại."),
   dict(task="II.1.a", status="completed", ind={"communications": 12},
        title="Tuyên truyền",
        body=["Đăng 12 tin, bài trên Trang thông tin điện tử và loa phát thanh khu phố về Chỉ thị số 38-CT/TW và quy định về đo lường, nhãn hàng hóa."],
        note="đã làm xong."),
   dict(task="II.3.a", status="not_started", ind={},
        title="Cử công chức dự tập huấn chuyên môn",
        body=["Phường đã đăng ký danh sách công chức tham dự tập huấn nhưng chưa cử đi được do lớp tập huấn quý III dời lịch."],
        note="chưa làm, chờ lịch của Chi cục."),
   dict(task="II.5.d", status="not_applicable", ind={},
        title="Phản ánh, tố giác vi phạm",
        body=["Trong kỳ không có phản ánh, tố giác về tiêu chuẩn, đo lường, chất lượng gửi đến phường."],
        note="chưa phát sinh."),
  ],
  diffs=["Một số hộ kinh doanh tại chợ Kim Hải không hợp tác khi kiểm tra.",
         "Phường chưa có phương tiện kiểm tra nhanh chất lượng hàng hóa."],
  props=["Đề nghị Chi cục sớm thông báo lịch lớp tập huấn bổ sung trong quý IV/2026."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thành Tâm"))

F(file="26728-chaupha-bc-pctt.docx", hand="H1", unit=("26728", "Xã Châu Pha"),
  number="201/BC-UBND", date="2026-10-15", place="Châu Pha", mistaken=True,
  reason="Not a report on the CT38 plan: Xã Châu Pha's report on phòng, chống thiên tai và tìm kiếm cứu nạn 2026, sent by mistake.",
  items=[], diffs=[], props=[], signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Văn Hùng"))

# ---------------- H2: Đỗ Minh Khoa style (commune economic officers), XLSX, two stacked tables
F(file="26560-baria-bieu-ct38.xlsx", hand="H2", unit=("26560", "Phường Bà Rịa"),
  number="512/BC-UBND", date="2026-10-28",
  items=[
   dict(task="II.1.a", status="completed", ind={"communications": 8, "training_courses": 1, "participants": 120},
        job="Tuyên truyền Chỉ thị 38, quy định đo lường – nhãn hàng hóa cho hộ kinh doanh",
        st="Hoàn thành",
        figs=[("Tin, bài đăng trang TTĐT phường, loa khu phố", 8, "tin, bài"), ("Hội nghị tuyên truyền cho hộ kinh doanh chợ Bà Rịa", 1, "hội nghị"), ("Người tham dự hội nghị", 120, "lượt người")]),
   dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 25, "violations": 2, "fines_vnd": 5000000},
        job="Kiểm tra đo lường (cân, cột đo xăng dầu) theo phân cấp",
        st="Đang thực hiện",
        figs=[("Cuộc kiểm tra", 3, "cuộc"), ("Cơ sở được kiểm tra", 25, "cơ sở"), ("Cơ sở vi phạm", 2, "cơ sở"), ("Tiền phạt", 5000000, "đồng")]),
   dict(task="II.3.a", status="completed", ind={"participants": 2},
        job="Cử công chức dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức", st="Hoàn thành",
        figs=[("Công chức tham dự", 2, "người")]),
   dict(task="II.2.đ", status="in_progress", ind={},
        job="Rà soát, cập nhật quy trình ISO 9001:2015 sau sắp xếp", st="Đang thực hiện", figs=[]),
   dict(task="II.5.d", status="not_applicable", ind={},
        job="Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TĐC", st="Không phát sinh", figs=[]),
  ],
  diffs=["Chưa có cân đối chứng tại chợ Bà Rịa.", "Công chức Kinh tế kiêm nhiệm, chưa qua đào tạo chuyên sâu về đo lường."],
  props=["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Bà Rịa."],
  maker="Đỗ Minh Khoa", head="Nguyễn Văn Sang")

F(file="26704-phumy-ct38-10thang.xlsx", hand="H2", unit=("26704", "Phường Phú Mỹ"),
  number="334/BC-UBND", date="2026-10-29",
  items=[
   dict(task="II.5.c", status="in_progress", ind={"inspections": 5, "establishments_inspected": 31, "violations": 3, "fines_vnd": 12500000},
        job="Kiểm tra đo lường tại chợ Phú Mỹ, cửa hàng xăng dầu trên QL51", st="Đang thực hiện",
        figs=[("Cuộc kiểm tra", 5, "cuộc"), ("Cơ sở được kiểm tra (chợ 19, xăng dầu 12)", 31, "cơ sở"), ("Cơ sở vi phạm", 3, "cơ sở"), ("Tiền phạt", 12500000, "đồng")]),
   dict(task="II.5.a", status="completed", ind={"inspections": 1, "establishments_inspected": 6},
        job="Tham gia Đoàn liên ngành TP kiểm tra chất lượng phân bón, vật liệu xây dựng", st="Hoàn thành",
        figs=[("Cuộc kiểm tra (phường cử người tham gia)", 1, "cuộc"), ("Cơ sở được kiểm tra", 6, "cơ sở")]),
   dict(task="II.1.b", status="completed", ind={"enterprises_supported": 3},
        job="Vận động doanh nghiệp KCN Phú Mỹ tham gia Giải thưởng Chất lượng Quốc gia", st="Hoàn thành",
        figs=[("Doanh nghiệp được hướng dẫn hồ sơ", 3, "doanh nghiệp")]),
   dict(task="II.1.a", status="completed", ind={"communications": 5},
        job="Tuyên truyền trên trang thông tin điện tử phường", st="Hoàn thành",
        figs=[("Tin, bài", 5, "tin")]),
  ],
  diffs=["Địa bàn rộng, nhiều cửa hàng xăng dầu dọc QL51 nên lực lượng kiểm tra mỏng."],
  props=["Đề nghị Chi cục phối hợp kiểm tra đột xuất các cửa hàng xăng dầu trên QL51 vào quý IV."],
  maker="Lê Thị Mỹ Duyên", head="Phạm Quốc Toàn")

F(file="26575-ngaigiao-bao-cao-ct38.xlsx", hand="H2", unit=("26575", "Xã Ngãi Giao"),
  number="143/BC-UBND", date="2026-10-21", lo=True,
  items=[
   dict(task="II.5.c", status="completed", ind={"inspections": 2, "establishments_inspected": 16},
        job="Kiểm tra cân tại chợ Ngãi Giao và điểm thu mua nông sản (cà phê, tiêu)", st="Hoàn thành",
        figs=[("Cuộc kiểm tra", 2, "cuộc"), ("Cơ sở, điểm thu mua được kiểm tra", 16, "cơ sở")]),
   dict(task="II.1.a", status="completed", ind={"communications": 3, "training_courses": 1, "participants": 45},
        job="Tuyên truyền đo lường trong thu mua nông sản", st="Hoàn thành",
        figs=[("Tin phát trên Đài truyền thanh xã", 3, "tin"), ("Hội nghị tuyên truyền tại hội trường xã", 1, "hội nghị"), ("Người tham dự", 45, "người")]),
   dict(task="II.2.đ", status="completed", ind={},
        job="Công bố lại HTQLCL theo TCVN ISO 9001:2015", st="Hoàn thành", figs=[]),
   dict(task="II.3.a", status="not_started", ind={},
        job="Cử công chức dự tập huấn chuyên môn TĐC", st="Chưa thực hiện", figs=[]),
   dict(task="II.5.d", status="not_applicable", ind={},
        job="Xử lý phản ánh, tố giác", st="Không phát sinh", figs=[]),
  ],
  diffs=["Điểm thu mua nông sản hoạt động theo mùa vụ, nhiều điểm không đăng ký kinh doanh."],
  props=["Đề nghị Chi cục mở lớp tập huấn cho công chức xã tại khu vực Châu Đức cũ để thuận tiện đi lại."],
  maker="Huỳnh Tấn Lợi", head="Trần Thị Kim Anh")

F(file="26620-hotram-bc-tdc.xlsx", hand="H2", unit=("26620", "Xã Hồ Tràm"),
  number="97/BC-UBND", date="2026-11-03",
  items=[
   dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 12, "violations": 1, "fines_vnd": 2000000},
        job="Kiểm tra đo lường tại chợ Phước Bửu, chợ Bưng Riềng", st="Đang thực hiện",
        figs=[("Cuộc kiểm tra", 2, "cuộc"), ("Cơ sở được kiểm tra", 12, "cơ sở"), ("Cơ sở vi phạm", 1, "cơ sở"), ("Tiền phạt", 2000000, "đồng")]),
   dict(task="II.1.a", status="completed", ind={"communications": 6},
        job="Tuyên truyền trên loa, trang Facebook xã", st="Hoàn thành",
        figs=[("Tin, bài", 6, "tin, bài")]),
   dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 3},
        job="Hướng dẫn cơ sở chế biến hải sản khô ghi nhãn, công bố tiêu chuẩn cơ sở", st="Đang thực hiện",
        figs=[("Cơ sở được hướng dẫn", 3, "cơ sở")]),
   dict(task="II.3.a", status="completed", ind={"participants": 1},
        job="Cử công chức dự tập huấn", st="Hoàn thành",
        figs=[("Công chức tham dự", 1, "người")]),
  ],
  diffs=["Các cơ sở chế biến hải sản khô nhỏ lẻ, chưa quen thủ tục công bố."],
  props=["Đề nghị Chi cục cung cấp tài liệu hướng dẫn ghi nhãn bằng tờ gấp để phát cho hộ kinh doanh."],
  maker="Nguyễn Hoài Nam", head="Bùi Văn Thạnh")

# ---------------- H3: Trương Quốc Bảo style (department công văn), DOCX, "Hoạt động n" labels
F(file="SO-CT-cv-ket-qua-ct38-2026.docx", hand="H3", unit=("SO-CT", "Sở Công Thương"),
  number="4127/SCT-KTAT", date="2026-10-30", abbr="SCT", who="Sở Công Thương",
  vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  items=[
   dict(task="II.5.a", status="in_progress", ind={"inspections": 6, "establishments_inspected": 48, "violations": 5, "fines_vnd": 86500000},
        title="Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG)",
        body="Sở chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Công an Thành phố tổ chức 06 cuộc kiểm tra chất lượng, đo lường xăng dầu và LPG tại 48 cơ sở (cửa hàng bán lẻ xăng dầu, trạm chiết nạp, cửa hàng gas); phát hiện 05 cơ sở vi phạm, xử phạt vi phạm hành chính 86,5 triệu đồng.",
        verdict="Đến nay, hoạt động này đang tiếp tục thực hiện theo kế hoạch kiểm tra năm."),
   dict(task="II.2.e", status="completed", ind={"standards_reviewed": 3},
        title="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
        body="Sở đã có văn bản góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì xây dựng (an toàn bình chịu áp lực, chai chứa LPG, vật liệu nổ công nghiệp).",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.1.a", status="completed", ind={"training_courses": 2, "participants": 180},
        title="Tập huấn cho doanh nghiệp về nhãn hàng hóa và truy xuất nguồn gốc",
        body="Phối hợp Chi cục tổ chức 02 lớp tập huấn về quy định nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp sản xuất, kinh doanh hàng tiêu dùng, với 180 học viên tham dự.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.3.a", status="completed", ind={"participants": 4},
        title="Cử công chức tham gia tập huấn chuyên môn",
        body="Sở cử 04 công chức Phòng Kỹ thuật an toàn và Môi trường tham dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.2.đ", status="completed", ind={},
        title="Duy trì hệ thống quản lý chất lượng tại Sở",
        body="Sở duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, thực hiện đánh giá nội bộ và xem xét của lãnh đạo năm 2026.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.6.a", status="not_applicable", ind={},
        title="Cập nhật điều ước, thỏa thuận quốc tế",
        body="Trong kỳ, Sở không nhận được yêu cầu phối hợp cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng.",
        verdict="Hoạt động này chưa phát sinh."),
  ],
  diffs=["Xăng dầu pha chế, gas sang chiết trái phép diễn biến phức tạp, khó phát hiện bằng kiểm tra thông thường."],
  props=["Kính đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị thử nhanh chất lượng xăng dầu cho đoàn kiểm tra liên ngành."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hồ Thị Thanh Vân"))

F(file="SO-YT-bc-ct38.docx", hand="H3", unit=("SO-YT", "Sở Y tế"),
  number="8812/SYT-NVD", date="2026-10-27", abbr="SYT", who="Sở Y tế",
  vv="V/v báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
  items=[
   dict(task="II.2.e", status="completed", ind={"standards_reviewed": 2},
        title="Góp ý quy chuẩn kỹ thuật về trang thiết bị y tế",
        body="Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế (máy X-quang chẩn đoán, bơm tiêm điện) theo đề nghị của Bộ Y tế.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.5.a", status="in_progress", ind={"inspections": 3, "establishments_inspected": 22},
        title="Phối hợp kiểm tra phương tiện đo dùng trong y tế",
        body="Phối hợp Chi cục kiểm tra việc kiểm định phương tiện đo nhóm 2 dùng trong y tế (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại các cơ sở khám bệnh, chữa bệnh tư nhân: thực hiện 03 cuộc, kiểm tra 22 cơ sở.",
        verdict="Đến nay, hoạt động này đang thực hiện, dự kiến kết thúc trong tháng 12/2026."),
   dict(task="II.2.c", status="completed", ind={},
        title="Góp ý văn bản quy phạm pháp luật",
        body="Sở đã gửi ý kiến góp ý dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) đối với nội dung liên quan đến trang thiết bị y tế.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.2.đ", status="completed", ind={},
        title="Áp dụng ISO tại cơ quan",
        body="Sở đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi hợp nhất, áp dụng cho 100% thủ tục hành chính.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.3.a", status="completed", ind={"participants": 3},
        title="Tập huấn công chức",
        body="Cử 03 công chức tham dự hội nghị tập huấn về đo lường trong lĩnh vực y tế do Chi cục tổ chức tháng 9/2026.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
  ],
  diffs=["Số lượng phương tiện đo dùng trong y tế tại cơ sở tư nhân lớn, nhiều cơ sở chưa thống kê đầy đủ để kiểm định định kỳ."],
  props=["Kính đề nghị Chi cục chia sẻ dữ liệu phương tiện đo đã kiểm định của các cơ sở y tế để Sở theo dõi."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hoài Bảo"))

F(file="SO-XD-cv-ct38-2026.docx", hand="H3", unit=("SO-XD", "Sở Xây dựng"),
  number="9034/SXD-KTXD", date="2026-11-03", abbr="SXD", who="Sở Xây dựng", lo=True,
  vv="V/v báo cáo kết quả thực hiện Kế hoạch CT38 năm 2026",
  items=[
   dict(task="II.5.a", status="in_progress", ind={"inspections": 4, "establishments_inspected": 19, "samples_tested": 27, "violations": 2, "fines_vnd": 40000000},
        title="Kiểm tra chất lượng vật liệu xây dựng lưu thông",
        body="Sở tổ chức 04 cuộc kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính xây dựng) tại 19 cơ sở sản xuất, kinh doanh; lấy 27 mẫu gửi thử nghiệm; 02 cơ sở vi phạm bị xử phạt tổng cộng 40 triệu đồng.",
        verdict="Đến nay, hoạt động này đang tiếp tục thực hiện."),
   dict(task="II.2.e", status="completed", ind={"standards_reviewed": 1},
        title="Góp ý quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng",
        body="Sở đã góp ý 01 dự thảo sửa đổi QCVN 16:2023/BXD theo đề nghị của Bộ Xây dựng.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.2.đ", status="in_progress", ind={},
        title="Duy trì hệ thống quản lý chất lượng",
        body="Sở đang cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính mới được giao sau khi tiếp nhận chức năng giao thông vận tải.",
        verdict="Đến nay, hoạt động này đang thực hiện."),
   dict(task="II.1.a", status="not_started", ind={},
        title="Phổ biến quy định về chất lượng vật liệu xây dựng cho doanh nghiệp",
        body="Hội nghị phổ biến quy định về chứng nhận hợp quy vật liệu xây dựng dự kiến tổ chức trong tháng 12/2026.",
        verdict="Đến nay, hoạt động này chưa thực hiện."),
  ],
  diffs=["Kinh phí lấy mẫu thử nghiệm vật liệu xây dựng còn hạn chế."],
  props=["Kính đề nghị Sở Khoa học và Công nghệ phối hợp bố trí kinh phí thử nghiệm mẫu trong kiểm tra liên ngành năm 2027."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Văn Khải"))

F(file="TTPTTN-bc-thuc-hien-ct38.docx", hand="H3", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  number="612/TTPTTN-KHTH", date="2026-10-26", abbr="TTPTTN", who="Trung tâm",
  uname_short="Trung tâm Dịch vụ Phân tích thí nghiệm\nvà Tiêu chuẩn Đo lường Chất lượng",
  vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  items=[
   dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 4850000000},
        title="Đầu tư trang thiết bị phòng thử nghiệm, hiệu chuẩn",
        body="Trung tâm đã hoàn tất mua sắm, lắp đặt hệ thống sắc ký khí khối phổ và bộ chuẩn áp suất, giải ngân 4,85 tỷ đồng; gói thiết bị phòng vi sinh đang trong giai đoạn đấu thầu.",
        verdict="Đến nay, hoạt động này đang thực hiện."),
   dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 18460, "samples_tested": 3215},
        title="Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
        body="Từ đầu năm đến 30/9/2026, Trung tâm đã kiểm định, hiệu chuẩn 18.460 phương tiện đo và thử nghiệm 3.215 mẫu sản phẩm, hàng hóa phục vụ quản lý nhà nước và nhu cầu doanh nghiệp; mở rộng phạm vi công nhận thêm 12 phép thử.",
        verdict="Đến nay, hoạt động này đang thực hiện thường xuyên."),
   dict(task="II.4.c", status="completed", ind={"instruments_verified": 14},
        title="Duy trì, liên kết chuẩn đo lường",
        body="Trung tâm đã gửi hiệu chuẩn 14 chuẩn đo lường chính tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn quốc gia.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.5.b", status="completed", ind={"samples_tested": 120},
        title="Thử nghiệm mẫu khảo sát chất lượng",
        body="Phối hợp Chi cục thử nghiệm 120 mẫu trong chương trình khảo sát chất lượng xăng dầu, mũ bảo hiểm và đồ chơi trẻ em năm 2026; kết quả đã gửi Chi cục.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
   dict(task="II.3.a", status="completed", ind={"participants": 6},
        title="Đào tạo nghiệp vụ cho viên chức",
        body="Cử 06 viên chức tham gia khóa đào tạo kiểm định viên đo lường và hội thảo về năng lực phòng thử nghiệm.",
        verdict="Đến nay, hoạt động này đã hoàn thành."),
  ],
  diffs=["Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân."],
  props=["Kính đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu gói thiết bị phòng vi sinh."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Ngọc Hiếu"))

# ---------------- H4: Lâm Thị Thu Trang style, XLSX, Roman task rows + "Thành tiền (đồng)" column
F(file="SO-GDDT-bieu-bc-ct38.xlsx", hand="H4", unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"),
  number="5521/SGDĐT-KHTC", date="2026-10-29",
  items=[
   dict(task="II.3.d", status="in_progress", ind={"training_courses": 3, "participants": 420},
        job="Phối hợp tập huấn về mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên trường trung cấp, cao đẳng",
        st="Đang thực hiện",
        rows=[("Buổi tập huấn, ngoại khóa", "buổi", 3, None), ("Học sinh, sinh viên tham dự", "lượt", 420, None)]),
   dict(task="II.2.đ", status="completed", ind={},
        job="Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở", st="Hoàn thành", rows=[]),
   dict(task="II.5.a", status="completed", ind={"inspections": 2, "establishments_inspected": 14},
        job="Kiểm tra chất lượng thiết bị dạy học, bàn ghế học sinh", st="Hoàn thành",
        rows=[("Đoàn kiểm tra", "cuộc", 2, None), ("Cơ sở giáo dục được kiểm tra", "cơ sở", 14, None)]),
   dict(task="II.2.e", status="completed", ind={"standards_reviewed": 2},
        job="Góp ý dự thảo tiêu chuẩn, quy chuẩn về thiết bị trường học", st="Hoàn thành",
        rows=[("Dự thảo TCVN/QCVN đã góp ý", "văn bản", 2, None)]),
   dict(task="II.1.a", status="completed", ind={"communications": 5},
        job="Đăng tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin Sở", st="Hoàn thành",
        rows=[("Tin, bài", "tin", 5, None)]),
  ],
  diffs=["Nội dung tập huấn về mã số mã vạch chưa có trong chương trình chính khóa nên khó bố trí thời gian."],
  props=["Đề nghị Chi cục cung cấp tài liệu, báo cáo viên cho các buổi ngoại khóa năm học 2026-2027."],
  maker="Lâm Thị Thu Trang", head="Nguyễn Đức Thịnh")

F(file="SO-NNMT-ct38-bieu-2026.xlsx", hand="H4", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
  number="7710/SNNMT-QLCL", date="2026-10-31",
  items=[
   dict(task="II.5.a", status="in_progress", ind={"inspections": 4, "establishments_inspected": 37, "samples_tested": 25, "violations": 6, "fines_vnd": 78000000},
        job="Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi", st="Đang thực hiện",
        rows=[("Cuộc kiểm tra", "cuộc", 4, None), ("Cơ sở được kiểm tra", "cơ sở", 37, None), ("Mẫu lấy kiểm nghiệm", "mẫu", 25, None),
              ("Cơ sở vi phạm", "cơ sở", 6, None), ("Tiền phạt vi phạm hành chính", "đồng", None, 78000000)]),
   dict(task="II.2.e", status="completed", ind={"standards_reviewed": 4},
        job="Góp ý dự thảo QCVN lĩnh vực nông nghiệp, môi trường", st="Hoàn thành",
        rows=[("Dự thảo QCVN đã góp ý", "dự thảo", 4, None)]),
   dict(task="II.6.a", status="in_progress", ind={"communications": 12},
        job="Thông tin cảnh báo SPS/TBT của thị trường nhập khẩu cho doanh nghiệp nông sản", st="Đang thực hiện",
        rows=[("Bản tin cảnh báo đã gửi doanh nghiệp", "bản tin", 12, None)]),
   dict(task="II.2.đ", status="completed", ind={},
        job="Công bố lại HTQLCL ISO 9001:2015 sau hợp nhất", st="Hoàn thành", rows=[]),
   dict(task="II.3.a", status="completed", ind={"participants": 5},
        job="Cử công chức dự tập huấn về TĐC", st="Hoàn thành",
        rows=[("Công chức tham dự", "người", 5, None)]),
  ],
  diffs=["Chi phí kiểm nghiệm mẫu phân bón cao, dự toán năm 2026 không đủ."],
  props=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng phân bón của Chi cục để phối hợp hậu kiểm."],
  maker="Trịnh Ngọc Hà", head="Đoàn Văn Lực")

F(file="SO-DL-bc-chuyen-doi-so-2026.xlsx", hand="H4", unit=("SO-DL", "Sở Du lịch"),
  number="2245/SDL-VP", date="2026-10-20", mistaken=True,
  reason="Not a report on the CT38 plan: Sở Du lịch's report on chuyển đổi số (digital transformation) 2026, sent by mistake.",
  items=[], diffs=[], props=[], maker="Mai Thùy Linh", head="Cao Minh Triết")

# ================= RENDERING =================
OUT = os.path.dirname(os.path.abspath(__file__))
C = WD_ALIGN_PARAGRAPH.CENTER

def dmy(iso):
    y, m, d = iso.split("-"); return int(d), int(m), int(y)

def para(doc, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=True):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = doc.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

# ---------------------------------------------------------------- H1 (ward DOCX)
PCTT = [
 ("1. Công tác chỉ đạo, điều hành", ["Kiện toàn Ban Chỉ huy phòng thủ dân sự xã năm 2026; ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn, phương án ứng phó với mưa lớn, lốc, sét và ngập úng cục bộ."]),
 ("2. Công tác chuẩn bị lực lượng, phương tiện", ["Xã duy trì 04 tổ xung kích phòng, chống thiên tai tại các ấp với 96 thành viên; chuẩn bị 02 xuồng, 150 áo phao, 300 bao cát và nhu yếu phẩm dự phòng."]),
 ("3. Tình hình thiệt hại", ["Từ đầu năm đến ngày 10/10/2026, trên địa bàn xã xảy ra 03 đợt mưa lớn kèm lốc xoáy làm tốc mái 11 căn nhà, ngã đổ 2,5 ha cây cao su; ước thiệt hại khoảng 420 triệu đồng. UBND xã đã hỗ trợ kịp thời các hộ bị thiệt hại."]),
 ("4. Công tác tuyên truyền", ["Đài truyền thanh xã phát 24 tin về dự báo thời tiết, kỹ năng ứng phó với giông lốc, sét đánh; tổ chức 01 buổi diễn tập phòng, chống thiên tai cấp xã tại ấp Sông Cầu."]),
]
def h1(f):
    doc = base_doc()
    d, m, y = dmy(f["date"]); uid, uname = f["unit"]
    kind = "PHƯỜNG" if uname.startswith("Phường") else "XÃ"
    short = uname.split(" ", 1)[1].upper()
    for t, b in [("ỦY BAN NHÂN DÂN", True), (f"{kind} {short}", True)]:
        para(doc, t, bold=b, align=C)
    para(doc, f"Số: {f['number']}", align=C)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C)
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C)
    para(doc, f"{f['place']}, ngày {d:02d} tháng {m:02d} năm {y}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "BÁO CÁO", bold=True, align=C, size=14)
    if f.get("mistaken"):
        para(doc, "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm,\nphương hướng nhiệm vụ quý IV năm 2026", bold=True, align=C)
        para(doc, "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.", align=C)
        para(doc, "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, UBND xã Châu Pha báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for t, bs in PCTT:
            para(doc, t, bold=True)
            for b in bs: para(doc, b)
        para(doc, "II. PHƯƠNG HƯỚNG QUÝ IV/2026", bold=True, indent=False)
        para(doc, "Tiếp tục theo dõi chặt chẽ diễn biến thời tiết, chủ động sơ tán dân tại các khu vực trũng thấp; rà soát các hộ ở nhà tạm, nhà xuống cấp.")
        para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
        para(doc, "- Đề nghị Thành phố hỗ trợ kinh phí gia cố tuyến kênh thoát nước ấp Sông Cầu.")
    else:
        para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác\ntiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align=C)
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align=C)
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {uname.split(' ',1)[0].lower()} {uname.split(' ',1)[1]} báo cáo kết quả thực hiện từ đầu năm đến nay như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for i, it in enumerate(f["items"], 1):
            para(doc, f"{i}. {it['title']}", bold=True)
            for b in it["body"]: para(doc, b)
            p = para(doc); r = p.add_run("Ghi chú: " + it["note"]); r.italic = True
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for x in f["diffs"]: para(doc, "- " + x)
        para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
        for x in f["props"]: para(doc, "- " + x)
        para(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {uname.split(' ',1)[0].lower()} {uname.split(' ',1)[1]}./.")
    tbl = doc.add_table(rows=1, cols=2)
    l, r = tbl.rows[0].cells
    l.text = ""; pl = l.paragraphs[0]; x = pl.add_run("Nơi nhận:"); x.bold = True; x.italic = True
    for line in ["- Như trên;", "- TT Đảng ủy, TT HĐND " + kind.lower() + ";", "- CT, các PCT UBND;", "- Lưu: VT, VHXH."]:
        q = l.add_paragraph(line); q.runs[0].font.size = Pt(11)
    s = f["signer"]
    r.text = ""; r.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN" if s[0].startswith("KT") else s[0]).bold = True
    r.paragraphs[0].alignment = C
    for line in ([s[0], s[1]] if s[0].startswith("KT") else [s[1]]):
        q = r.add_paragraph(); q.add_run(line).bold = True; q.alignment = C
    for _ in range(3): r.add_paragraph()
    q = r.add_paragraph(); q.add_run(s[2]).bold = True; q.alignment = C
    doc.save(os.path.join(OUT, f["file"]))

# ---------------------------------------------------------------- H3 (department DOCX công văn)
def h3(f):
    doc = base_doc(size=14)
    d, m, y = dmy(f["date"]); uid, uname = f["unit"]
    t = doc.add_table(rows=3, cols=2)
    t.columns[0].width = Cm(7); t.columns[1].width = Cm(9.5)
    def cell(c, lines):
        c.text = ""
        for i, (txt, b, it) in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            rr = p.add_run(txt); rr.bold = b; rr.italic = it; rr.font.size = Pt(13); p.alignment = C
    if uid.startswith("SKHCN"):
        left = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False)] + [(x.upper(), True, False) for x in f["uname_short"].split("\n")]
    else:
        left = [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (uname.upper(), True, False)]
    cell(t.cell(0, 0), left)
    cell(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False)])
    cell(t.cell(1, 0), [("Số: " + f["number"], False, False), (f["vv"], False, False)])
    cell(t.cell(1, 1), [(f"Thành phố Hồ Chí Minh, ngày {d:02d} tháng {m:02d} năm {y}", False, True)])
    para(doc)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align=C)
    para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 của Sở Khoa học và Công nghệ và đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, {uname} báo cáo kết quả thực hiện các hoạt động liên quan như sau:")
    for i, it in enumerate(f["items"], 1):
        p = para(doc); r1 = p.add_run(f"Hoạt động {i}. "); r1.bold = True
        r2 = p.add_run(it["title"]); r2.bold = True; r2.italic = True
        para(doc, it["body"])
        para(doc, it["verdict"])
    p = para(doc); p.add_run("Khó khăn, vướng mắc: ").bold = True
    for x in f["diffs"]: para(doc, "- " + x)
    p = para(doc); p.add_run("Đề xuất, kiến nghị: ").bold = True
    for x in f["props"]: para(doc, "- " + x)
    para(doc, f"{uname} kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.")
    tbl = doc.add_table(rows=1, cols=2)
    l, r = tbl.rows[0].cells
    l.text = ""; x = l.paragraphs[0].add_run("Nơi nhận:"); x.bold = True; x.italic = True
    for line in ["- Như trên;", "- Giám đốc (để b/c);", f"- Lưu: VT, {f['abbr']}."]:
        q = l.add_paragraph(line); q.runs[0].font.size = Pt(11)
    s = f["signer"]; r.text = ""
    r.paragraphs[0].add_run(s[0]).bold = True; r.paragraphs[0].alignment = C
    q = r.add_paragraph(); q.add_run(s[1]).bold = True; q.alignment = C
    for _ in range(3): r.add_paragraph()
    q = r.add_paragraph(); q.add_run(s[2]).bold = True; q.alignment = C
    doc.save(os.path.join(OUT, f["file"]))

# ---------------------------------------------------------------- H2 (ward XLSX, two stacked tables)
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def h2(f):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC"
    d, m, y = dmy(f["date"]); uid, uname = f["unit"]
    kind = "PHƯỜNG" if uname.startswith("Phường") else "XÃ"
    ws["A1"] = "UBND " + kind + " " + uname.split(" ", 1)[1].upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["A2"] = "Số: " + f["number"]
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True)
    ws["D3"] = f"{uname.split(' ', 1)[1]}, ngày {d} tháng {m} năm {y}"; ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38-CT/TW NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)"
    ws["A5"].font = Font(bold=True, size=12); ws.merge_cells("A5:E5"); ws["A5"].alignment = Alignment(horizontal="center")
    r = 7
    ws.cell(r, 1, "BẢNG 1 – CÔNG VIỆC ĐÃ TRIỂN KHAI").font = Font(bold=True); r += 1
    for c, h in enumerate(["Số TT", "Công việc", "Tình trạng", "Ghi chú"], 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BOX
    r += 1
    for i, it in enumerate(f["items"], 1):
        vals = [i, it["job"], it["st"], ("xem Bảng 2" if it["figs"] else "")]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "BẢNG 2 – SỐ LIỆU").font = Font(bold=True); r += 1
    for c, h in enumerate(["Số TT", "Thuộc việc số", "Nội dung", "Số lượng", "ĐVT"], 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BOX
    r += 1; k = 0
    for i, it in enumerate(f["items"], 1):
        for (lab, v, u) in it["figs"]:
            k += 1
            for c, val in enumerate([k, i, lab, v, u], 1):
                x = ws.cell(r, c, val); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
            if v >= 1000: ws.cell(r, 4).number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for x in f["diffs"]: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for x in f["props"]: ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu").font = Font(bold=True)
    ws.cell(r, 4, "KT. CHỦ TỊCH").font = Font(bold=True); r += 1
    ws.cell(r, 4, "PHÓ CHỦ TỊCH").font = Font(bold=True); r += 3
    ws.cell(r, 2, f["maker"]); ws.cell(r, 4, f["head"]).font = Font(bold=True)
    ws.column_dimensions["A"].width = 7; ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 40; ws.column_dimensions["D"].width = 14; ws.column_dimensions["E"].width = 12
    wb.save(os.path.join(OUT, f["file"]))

# ---------------------------------------------------------------- H4 (XLSX, Roman task rows, Thành tiền column)
ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
CDS = [("Hạ tầng số", "Trang bị máy tính, đường truyền cho bộ phận một cửa", "bộ", 12, 186500000, "Hoàn thành"),
       ("Hạ tầng số", "Nâng cấp Cổng thông tin du lịch thành phố", "hệ thống", 1, 920000000, "Đang thực hiện"),
       ("Dữ liệu số", "Số hóa hồ sơ cơ sở lưu trú du lịch", "hồ sơ", 3450, None, "Đang thực hiện"),
       ("Chính quyền số", "Thủ tục hành chính cung cấp trực tuyến toàn trình", "thủ tục", 28, None, "Hoàn thành"),
       ("Kinh tế số", "Điểm đến du lịch có thanh toán không dùng tiền mặt", "điểm", 64, None, "Đang thực hiện")]
def h4(f):
    wb = openpyxl.Workbook(); ws = wb.active
    ws.title = "BC CT38" if not f.get("mistaken") else "BC CDS"
    d, m, y = dmy(f["date"]); uid, uname = f["unit"]
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + f["number"]
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = f"TP. Hồ Chí Minh, ngày {d:02d}/{m:02d}/{y}"; ws["E3"].font = Font(italic=True)
    title = ("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026" if f.get("mistaken")
             else "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026")
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=12)
    ws["A6"] = f"(Kèm theo Báo cáo số {f['number']} của {uname})"; ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Thành tiền (đồng)", "Tình trạng", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(8, c, h); x.font = Font(bold=True); x.border = BOX; x.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 9
    def put(vals, bold=False):
        nonlocal r
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
            if bold: x.font = Font(bold=True)
        if isinstance(vals[4], (int, float)) and vals[4] is not None: ws.cell(r, 5).number_format = "#,##0"
        if isinstance(vals[3], (int, float)) and vals[3] and vals[3] >= 1000: ws.cell(r, 4).number_format = "#,##0"
        r += 1
    if f.get("mistaken"):
        groups = []
        for g, *rest in CDS:
            if g not in groups: groups.append(g)
        for gi, g in enumerate(groups):
            put([ROM[gi], g, None, None, None, None, None], bold=True)
            for (gg, lab, u, q, money, st) in CDS:
                if gg == g: put(["-", lab, u, q, money, st, None])
    else:
        for i, it in enumerate(f["items"]):
            put([ROM[i], it["job"], None, None, None, it["st"], None], bold=True)
            for (lab, u, q, money) in it["rows"]:
                put(["-", lab, u, q, money, None, None])
    r += 1
    if not f.get("mistaken"):
        ws.cell(r, 1, "KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); r += 1
        for i, x in enumerate(f["diffs"], 1): ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
        ws.cell(r, 1, "ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True); r += 1
        for i, x in enumerate(f["props"], 1): ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    else:
        ws.cell(r, 1, "KIẾN NGHỊ").font = Font(bold=True); r += 1
        ws.cell(r, 1, 1); ws.cell(r, 2, "Đề nghị Sở Tài chính bố trí kinh phí duy trì Cổng thông tin du lịch năm 2027."); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu").font = Font(bold=True); ws.cell(r, 5, "KT. GIÁM ĐỐC").font = Font(bold=True); r += 1
    ws.cell(r, 2, f"(ĐT: 028 3829 {4100 + len(f['file'])})").font = Font(italic=True); ws.cell(r, 5, "PHÓ GIÁM ĐỐC").font = Font(bold=True); r += 3
    ws.cell(r, 2, f["maker"]); ws.cell(r, 5, f["head"]).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [6, 58, 12, 11, 18, 16, 14]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f["file"]))

def lo_resave(path):
    tmp = os.path.join(OUT, ".lo_tmp"); os.makedirs(tmp, exist_ok=True)
    ext = path.rsplit(".", 1)[1]
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def truth(f):
    path = os.path.join(OUT, f["file"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    uid, uname = f["unit"]
    k = {"file": f["file"], "sha256": sha,
         "status": "rejected" if f.get("mistaken") else "extracted",
         "reason": f.get("reason") if f.get("mistaken") else None,
         "unit": {"id": uid, "name": uname},
         "document": {"number": f["number"], "date": f["date"]},
         "entries": [], "findings": [], "difficulties": f["diffs"], "proposals": f["props"]}
    for it in f["items"]:
        if f["hand"] == "H1": text = " ".join(it["body"])
        elif f["hand"] == "H3": text = it["body"]
        else: text = it["job"]
        k["entries"].append({"task": it["task"], "status": it["status"], "indicators": dict(it["ind"]), "text": text})
    json.dump(k, open(os.path.join(OUT, "truth", f["file"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)

if __name__ == "__main__":
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for f in FILES:
        {"H1": h1, "H2": h2, "H3": h3, "H4": h4}[f["hand"]](f)
        if f.get("lo"): lo_resave(os.path.join(OUT, f["file"]))
    for f in FILES: truth(f)   # sha256 computed last, after any LibreOffice re-save
    print("written", len(FILES))
