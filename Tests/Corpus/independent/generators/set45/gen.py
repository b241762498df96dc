# -*- coding: utf-8 -*-
"""Generator for set45: 18 reports in 5 plain hands (A..E) + truth keys."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

REPORTS = []


def R(**kw):
    REPORTS.append(kw)
    return kw


def E(task, st, ind=None, text="", **extra):
    d = dict(task=task, status=st, indicators=ind or {}, text=text)
    d.update(extra)
    return d

# =====================================================================
# HAND A - ward/commune economic officer, DOCX. "1)" numbering, status as an
# adverbial inside the running sentence, zero-padded counts, en-dash lists,
# one combined "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT" section.
# =====================================================================
R(hand="A", fmt="docx", file="26737-tan-dinh-bc-ct38-2026.docx",
  unit=("26737", "Phường Tân Định"), org1="ỦY BAN NHÂN DÂN", org2="PHƯỜNG TÂN ĐỊNH",
  number="186/BC-UBND", date="2026-10-24", place="Tân Định",
  title="BÁO CÁO", subtitle="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
  intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Định báo cáo kết quả thực hiện như sau:",
  general="Ngay sau khi nhận được Kế hoạch, UBND phường đã giao Phòng Kinh tế, Hạ tầng và Đô thị  chủ trì, phối hợp với các khu phố triển khai đến hộ kinh doanh, nhất là các hộ kinh doanh tại chợ Tân Định.",
  entries=[
    E("II.1.a", "in_progress", {"communications": 6, "training_courses": 1, "participants": 45},
      "Về tuyên truyền: phường đã đăng 06 tin, bài trên trang thông tin điện tử và các nhóm Zalo khu phố; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi phổ biến quy định pháp luật về đo lường cho 45 hộ kinh doanh tại chợ Tân Định. Nội dung này phường đang tiếp tục thực hiện trong quý IV."),
    E("II.3.a", "completed", {"participants": 2},
      "Phường cử 02 công chức tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã do Chi cục tổ chức ngày 12/6/2026, việc này đã hoàn thành."),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 7500000},
      "Phối hợp với Chi cục kiểm tra đo lường tại chợ và các cửa hàng xăng dầu: trong kỳ đã tham gia 03 cuộc, kiểm tra 21 cơ sở, phát hiện 02 cơ sở vi phạm (cân có sai số vượt mức cho phép), xử phạt 7.500.000 đồng; phường vẫn đang tiếp tục phối hợp theo kế hoạch kiểm tra của Chi cục."),
    E("II.2.đ", "completed", {},
      "UBND phường duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã rà soát, cập nhật lại các quy trình giải quyết thủ tục hành chính sau sắp xếp, cơ bản đã hoàn thành."),
    E("II.5.d", "not_applicable", {},
      "Về khen thưởng, bảo vệ người tố giác vi phạm: trong kỳ không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn."),
  ],
  difficulties=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ kinh tế phải kiêm nhiệm nhiều việc.",
                "Chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ."],
  proposals=["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn đặt tại chợ Tân Định.",
             "Đề nghị tổ chức thêm lớp tập huấn ngắn cho công chức phường mới tiếp nhận nhiệm vụ sau sắp xếp."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Mỹ Hạnh"))

R(hand="A", fmt="docx", file="BC_CT38_phuong_Ban_Co.docx",
  unit=("27154", "Phường Bàn Cờ"), org1="ỦY BAN NHÂN DÂN", org2="PHƯỜNG BÀN CỜ",
  number="241/BC-UBND", date="2026-10-29", place="Bàn Cờ",
  title="BÁO CÁO", subtitle="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị số 38-CT/TW năm 2026",
  intro="Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân phường Bàn Cờ báo cáo như sau:",
  general="Phường đã ban hành kế hoạch thực hiện tại địa phương, phân công Phòng Kinh tế, Hạ tầng và Đô thị theo dõi, tham mưu.",
  entries=[
    E("II.1.a", "unknown", {"communications": 4, "training_courses": 1, "participants": 60},
      "Công tác tuyên truyền: đăng 04 tin, bài trên trang thông tin điện tử phường; tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho 60 hộ kinh doanh trên địa bàn."),
    E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 17, "violations": 3, "fines_vnd": 4000000},
      "Tổ kiểm tra liên ngành của phường thực hiện nội dung được phân quyền: kiểm tra 05 cuộc đối với đồ chơi trẻ em, mũ bảo hiểm tại 17 cơ sở, lập biên bản 03 trường hợp vi phạm về nhãn hàng hóa, xử phạt 4.000.000 đồng. Phường đang tiếp tục kiểm tra trong dịp cuối năm."),
    E("II.2.d", "completed", {"enterprises_supported": 9},
      "Phường hướng dẫn 09 cơ sở sản xuất nhỏ lẻ thực hiện ghi nhãn và tự công bố sản phẩm, đã hoàn thành theo kế hoạch của phường."),
    E("II.2.đ", "not_started", {},
      "Việc xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sáp nhập thì phường chưa triển khai do đang chờ hướng dẫn."),
  ],
  difficulties=["Địa bàn có nhiều hộ kinh doanh nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó theo dõi."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn xây dựng, áp dụng hệ thống quản lý chất lượng cho phường sau sắp xếp."],
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quốc Toàn"))

R(hand="A", fmt="docx", file="Ho Tram - bao cao chi thi 38.docx",
  unit=("26620", "Xã Hồ Tràm"), org1="ỦY BAN NHÂN DÂN", org2="XÃ HỒ TRÀM",
  number="97/BC-UBND", date="2026-10-20", place="Hồ Tràm",
  title="BÁO CÁO", subtitle="Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
  intro="Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, UBND xã Hồ Tràm báo cáo kết quả thực hiện như sau:",
  general="Xã đã lồng ghép nội dung tuyên truyền vào các buổi họp dân và sinh hoạt của các ấp.",
  entries=[
    E("II.1.a", "in_progress", {"communications": 12},
      "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: phát 12 tin trên hệ thống loa truyền thanh của xã và các ấp, việc này vẫn đang duy trì thực hiện."),
    E("II.1.b", "completed", {"enterprises_supported": 3},
      "Xã đã gửi thông báo, vận động 03 doanh nghiệp chế biến hải sản trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia, đã hoàn thành (chưa có doanh nghiệp đăng ký)."),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 6},
      "Phối hợp Đoàn kiểm tra của Chi cục kiểm tra 02 cuộc tại 06 cửa hàng xăng dầu, chưa phát hiện vi phạm; xã đang tiếp tục thực hiện phối hợp."),
    E("II.3.a", "completed", {"participants": 1},
      "Cử 01 công chức tham gia tập huấn chuyên môn, nghiệp vụ, đã hoàn thành."),
    E("II.2.đ", "in_progress", {},
      "Xã duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Trung tâm Phục vụ hành chính công, nội dung này xã đang thực hiện."),
  ],
  difficulties=["Nhân lực làm công tác tiêu chuẩn, đo lường, chất lượng ở xã còn thiếu, chủ yếu kiêm nhiệm."],
  proposals=["Đề nghị Chi cục phối hợp tổ chức kiểm tra đo lường tại các cơ sở thu mua hải sản vào mùa cao điểm."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Văn Dũng"))

R(hand="A", fmt="docx", file="NgaiGiao_BC_ket_qua_thang10.docx", mistaken=True,
  unit=("26575", "Xã Ngãi Giao"), org1="ỦY BAN NHÂN DÂN", org2="XÃ NGÃI GIAO",
  number="132/BC-UBND", date="2026-10-15", place="Ngãi Giao",
  title="BÁO CÁO", subtitle="Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026",
  intro="Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố, UBND xã Ngãi Giao báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026 như sau:",
  general="Xã đã kiện toàn Ban Chỉ huy phòng thủ dân sự xã, phân công nhiệm vụ cho từng thành viên phụ trách các ấp.",
  body=[
    "Về tình hình thiên tai: trong 9 tháng, trên địa bàn xảy ra 02 đợt mưa lớn kèm lốc xoáy làm tốc mái 07 căn nhà, ngã đổ 15 cây xanh; không có thiệt hại về người.",
    "Về công tác khắc phục: xã đã huy động 45 lượt dân quân, đoàn viên hỗ trợ các hộ dân lợp lại mái nhà, hỗ trợ mỗi hộ 2.000.000 đồng từ Quỹ phòng, chống thiên tai.",
    "Về công tác chuẩn bị: rà soát 03 khu vực có nguy cơ ngập úng, chuẩn bị vật tư, phương tiện theo phương châm \"4 tại chỗ\", đã hoàn thành.",
    "Về thu Quỹ phòng, chống thiên tai năm 2026: đã thu 86.400.000 đồng, đạt 72% kế hoạch; xã đang tiếp tục vận động thu.",
  ],
  difficulties=["Một số hộ dân còn chủ quan, chưa chằng chống nhà cửa trước mùa mưa bão."],
  proposals=["Đề nghị Thành phố hỗ trợ kinh phí nạo vét kênh thoát nước khu vực ấp Vĩnh Bình."],
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Minh Hiếu"))

# =====================================================================
# HAND B - commune/ward "người lập biểu", XLSX. No Số; place-date under the
# table; columns "Những việc đã làm (ghi rõ số liệu)" with Alt+Enter lines,
# "Tự nhận xét" = Xong / Đang làm / Chưa làm / Không có việc, "Lý do" column.
# =====================================================================
BST = {"completed": "Xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không có việc"}

R(hand="B", fmt="xlsx", file="An Long_CT38_T10.xlsx",
  unit=("25867", "Xã An Long"), org1="UBND XÃ AN LONG", org2="BỘ PHẬN KINH TẾ",
  number=None, date="2026-10-27", place="An Long",
  title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (số liệu tính đến ngày 20/10/2026)",
  entries=[
    E("II.1.a", "completed", {"communications": 5}, "- Đăng 5 tin trên trang fanpage của xã\n- Treo băng rôn tại chợ An Long và trụ sở UBND xã",
      label="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 4500000},
      "- Đi cùng đoàn Chi cục kiểm tra 2 cuộc\n- Kiểm tra 9 cơ sở (4 cây xăng, 5 đại lý gas)\n- 1 cơ sở vi phạm, phạt 4,5 triệu",
      label="Phối hợp kiểm tra đo lường xăng dầu, gas"),
    E("II.2.a", "in_progress", {"enterprises_supported": 3}, "- Hướng dẫn 3 HTX nông nghiệp dán tem truy xuất nguồn gốc cho sản phẩm",
      label="Truy xuất nguồn gốc nông sản"),
    E("II.3.a", "not_started", {}, "", label="Cử cán bộ đi tập huấn", reason="Chưa nhận được thư mời lớp tập huấn năm 2026"),
    E("II.5.d", "not_applicable", {}, "", label="Tố giác vi phạm, khen thưởng"),
  ],
  difficulties=["Xã rộng, các cơ sở kinh doanh xăng dầu nằm rải rác dọc tỉnh lộ, đi kiểm tra mất nhiều thời gian."],
  proposals=["Đề nghị cấp kinh phí hỗ trợ in tem truy xuất nguồn gốc cho HTX.",
             "Đề nghị Chi cục gửi thư mời tập huấn sớm để xã bố trí người."],
  signer=("NGƯỜI LẬP BIỂU", "Nguyễn Thị Hồng", "PHÓ CHỦ TỊCH", "Trương Văn Lộc"))

R(hand="B", fmt="xlsx", file="khanh hoi - tieu chuan do luong.xlsx",
  unit=("27265", "Phường Khánh Hội"), org1="UBND PHƯỜNG KHÁNH HỘI", org2="PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ",
  number=None, date="2026-10-26", place="Khánh Hội",
  title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026",
  entries=[
    E("II.1.a", "completed", {"training_courses": 1, "participants": 38, "communications": 3},
      "- Tổ chức 1 buổi phổ biến quy định về đo lường cho tiểu thương chợ, có 38 người dự\n- Đăng 3 bài trên Zalo phường",
      label="Tuyên truyền, phổ biến pháp luật"),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 15, "violations": 2, "fines_vnd": 6000000},
      "- 4 cuộc kiểm tra\n- 15 cửa hàng (đồ điện, mũ bảo hiểm)\n- 2 trường hợp vi phạm, phạt tổng 6 triệu",
      label="Kiểm tra hàng hóa theo phân quyền"),
    E("II.2.đ", "completed", {}, "- Ban hành lại các quy trình ISO của UBND phường sau sắp xếp",
      label="ISO 9001 tại UBND phường"),
    E("II.2.d", "in_progress", {"enterprises_supported": 6}, "- Hướng dẫn 6 DN nhỏ tự công bố chất lượng, ghi nhãn",
      label="Hướng dẫn doanh nghiệp công bố chất lượng"),
  ],
  difficulties=["Phần mềm quản lý hộ kinh doanh chưa có thông tin ngành hàng nên khó lập danh sách kiểm tra."],
  proposals=["Đề nghị Chi cục cung cấp danh sách sản phẩm, hàng hóa nhóm 2 cần ưu tiên kiểm tra trên địa bàn phường."],
  signer=("NGƯỜI LẬP BIỂU", "Huỳnh Thanh Tâm", "TRƯỞNG PHÒNG", "Lâm Gia Bảo"))

R(hand="B", fmt="xlsx", file="DongHoa_bieu_CT38.xlsx", libre=True,
  unit=("25951", "Phường Đông Hòa"), org1="UBND PHƯỜNG ĐÔNG HÒA", org2="PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ",
  number=None, date="2026-10-30", place="Đông Hòa",
  title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
  entries=[
    E("II.1.a", "in_progress", {"communications": 7}, "- 7 tin bài trên trang TTĐT phường", label="Tuyên truyền"),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 11},
      "- 3 cuộc\n- 11 cơ sở kinh doanh vàng bạc, xăng dầu\n- chưa phát hiện vi phạm", label="Phối hợp kiểm tra đo lường"),
    E("II.3.a", "completed", {"participants": 3}, "- Cử 3 công chức đi tập huấn do Chi cục tổ chức", label="Tập huấn cho công chức"),
    E("II.3.b", "completed", {"training_courses": 1, "participants": 52},
      "- Phối hợp Chi cục mở 1 lớp tập huấn về năng suất, chất lượng tại phường\n- 52 đại biểu doanh nghiệp dự", label="Tập huấn năng suất cho DN"),
    E("II.5.d", "not_applicable", {}, "", label="Tố giác vi phạm"),
  ],
  difficulties=["Một số cơ sở kinh doanh vàng bạc không hợp tác, đóng cửa khi đoàn đến."],
  proposals=["Đề nghị tăng cường kiểm tra đột xuất đối với cơ sở kinh doanh vàng bạc trang sức."],
  signer=("NGƯỜI LẬP BIỂU", "Đặng Thị Thu", "TRƯỞNG PHÒNG", "Ngô Văn Khải"))

R(hand="B", fmt="xlsx", file="MinhThanh_bieu_bao_cao.xlsx", mistaken=True,
  unit=("25780", "Xã Minh Thạnh"), org1="UBND XÃ MINH THẠNH", org2="BỘ PHẬN VĂN HÓA - XÃ HỘI",
  number=None, date="2026-10-22", place="Minh Thạnh",
  title="KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 9 THÁNG NĂM 2026",
  rows=[
    ("Rà soát hộ nghèo, cận nghèo", "- Rà soát 1.245 hộ\n- Còn 18 hộ nghèo, 41 hộ cận nghèo", "Xong", ""),
    ("Hỗ trợ vay vốn", "- 27 hộ được vay vốn Ngân hàng CSXH, tổng 1,35 tỷ", "Đang làm", ""),
    ("Hỗ trợ nhà ở", "- Xây mới 2 căn nhà đại đoàn kết", "Đang làm", "Chờ kinh phí đợt 2"),
    ("Đào tạo nghề cho lao động nghèo", "", "Chưa làm", "Chưa có lớp phù hợp"),
  ],
  difficulties=["Nguồn vốn vay ưu đãi còn ít so với nhu cầu của hộ cận nghèo."],
  proposals=["Đề nghị bổ sung vốn cho vay giải quyết việc làm năm 2027."],
  signer=("NGƯỜI LẬP BIỂU", "Trần Thị Kim Yến", "PHÓ CHỦ TỊCH", "Hồ Văn Nam"))

# =====================================================================
# HAND C - department general-affairs officer, DOCX. Word's real bullet list
# (List Bullet) per task with a bold topic phrase, then a separate italic line
# "Tình trạng thực hiện: …"; money glued "186.500.000đ"; bullets also for
# difficulties / proposals.
# =====================================================================
CST = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"}

R(hand="C", fmt="docx", file="SCT_bao_cao_CT38_nam2026.docx",
  unit=("SO-CT", "Sở Công Thương"), org1="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", org2="SỞ CÔNG THƯƠNG",
  number="3968/BC-SCT", date="2026-11-05",
  subtitle="Kết quả thực hiện nhiệm vụ phối hợp triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
  intro="Theo đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả thực hiện các nội dung có liên quan của ngành như sau:",
  entries=[
    E("II.5.a", "in_progress", {"inspections": 26, "establishments_inspected": 73, "violations": 11, "fines_vnd": 186500000},
      "Kiểm tra chất lượng hàng hóa lưu thông trên thị trường: Lực lượng Quản lý thị trường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 26 cuộc tại 73 cơ sở kinh doanh xăng dầu, LPG, phân bón, phát hiện 11 cơ sở vi phạm, xử phạt 186.500.000đ."),
    E("II.2.a", "in_progress", {"enterprises_supported": 14},
      "Nâng cao năng suất, chất lượng: hỗ trợ 14 doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất (5S, Kaizen) từ nguồn kinh phí khuyến công."),
    E("II.2.e", "completed", {"standards_reviewed": 3},
      "Góp ý quy chuẩn kỹ thuật: Sở đã góp ý 3 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo."),
    E("II.2.đ", "completed", {},
      "Hệ thống quản lý chất lượng: Sở duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015, tổ chức đánh giá nội bộ trong tháng 9/2026."),
    E("II.1.a", "completed", {"training_courses": 2, "participants": 145},
      "Tập huấn: phối hợp tổ chức 2 lớp tập huấn về ghi nhãn hàng hóa, truy xuất nguồn gốc cho 145 học viên là đại diện doanh nghiệp."),
  ],
  difficulties=["Lực lượng Quản lý thị trường sau sắp xếp mỏng, địa bàn rộng nên tần suất kiểm tra còn hạn chế.",
                "Chưa có cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa các ngành."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ xây dựng cơ chế chia sẻ dữ liệu kết quả kiểm tra chất lượng hàng hóa giữa các sở, ngành."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thành Trung"))

R(hand="C", fmt="docx", file="SYT-BC-tieu-chuan-do-luong-2026.docx",
  unit=("SO-YT", "Sở Y tế"), org1="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", org2="SỞ Y TẾ",
  number="7815/BC-SYT", date="2026-10-31",
  subtitle="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành y tế",
  intro="Sở Y tế báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
  entries=[
    E("II.2.e", "completed", {"standards_reviewed": 5},
      "Góp ý quy chuẩn kỹ thuật quốc gia: tham gia góp ý 5 dự thảo QCVN trong lĩnh vực y tế do Bộ Y tế xây dựng."),
    E("II.5.a", "in_progress", {"establishments_inspected": 9, "instruments_verified": 1286},
      "Kiểm tra đo lường trong khám, chữa bệnh: phối hợp Chi cục kiểm tra việc kiểm định phương tiện đo nhóm 2 tại 9 cơ sở khám, chữa bệnh; các cơ sở đã kiểm định 1.286 phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe)."),
    E("II.2.đ", "completed", {},
      "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: duy trì áp dụng tại Văn phòng Sở và các phòng chuyên môn."),
    E("II.5.d", "not_applicable", {},
      "Tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trong ngành: chưa ghi nhận trường hợp nào."),
  ],
  difficulties=["Kinh phí kiểm định, hiệu chuẩn phương tiện đo tại các trạm y tế còn hạn chế."],
  proposals=["Đề nghị Chi cục hướng dẫn danh mục phương tiện đo nhóm 2 dùng trong y tế phải kiểm định định kỳ."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Khanh"))

R(hand="C", fmt="docx", file="SXD_9024_BC_CT38.docx", libre=True,
  unit=("SO-XD", "Sở Xây dựng"), org1="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", org2="SỞ XÂY DỰNG",
  number="9024/BC-SXD", date="2026-11-02",
  subtitle="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW",
  intro="Sở Xây dựng báo cáo kết quả thực hiện như sau:",
  entries=[
    E("II.2.e", "completed", {"standards_reviewed": 6},
      "Góp ý tiêu chuẩn, quy chuẩn: góp ý 6 dự thảo (2 QCVN, 4 TCVN) về vật liệu xây dựng và an toàn công trình."),
    E("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 24, "samples_tested": 15, "violations": 3, "fines_vnd": 45000000},
      "Kiểm tra chất lượng vật liệu xây dựng lưu thông: kiểm tra 8 cuộc tại 24 cơ sở kinh doanh thép, xi măng, kính xây dựng; lấy 15 mẫu gửi thử nghiệm; 3 cơ sở vi phạm, xử phạt 45.000.000đ."),
    E("II.2.đ", "unknown", {},
      "Hệ thống quản lý chất lượng: áp dụng TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở."),
  ],
  difficulties=["Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ chưa nắm quy định về công bố hợp quy."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về công bố hợp quy vật liệu xây dựng cho doanh nghiệp."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Huỳnh Đức Minh"))

R(hand="C", fmt="docx", file="GDDT - bao cao CT38.docx",
  unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), org1="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", org2="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number="5120/BC-SGDĐT", date="2026-10-28",
  subtitle="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện như sau:",
  entries=[
    E("II.3.d", "in_progress", {"training_courses": 3, "participants": 410},
      "Bồi dưỡng kiến thức cho học sinh, sinh viên: phối hợp với Chi cục tổ chức 3 buổi tập huấn về mã số, mã vạch, truy xuất nguồn gốc cho 410 học sinh, sinh viên các trường trung cấp, cao đẳng."),
    E("II.1.a", "completed", {"communications": 2},
      "Tuyên truyền trong ngành: đăng 2 bài viết về Chỉ thị số 38-CT/TW trên Cổng thông tin điện tử ngành giáo dục."),
    E("II.2.đ", "completed", {},
      "Áp dụng TCVN ISO 9001:2015 tại cơ quan Sở: đã chuyển đổi, công bố lại hệ thống sau sắp xếp."),
    E("II.1.b", "not_started", {},
      "Giải thưởng Chất lượng Quốc gia: phổ biến, vận động các cơ sở giáo dục ngoài công lập tham gia."),
  ],
  difficulties=["Thời gian tập huấn trùng lịch học, kiểm tra của học sinh, sinh viên nên số lượng tham dự chưa nhiều."],
  proposals=["Đề nghị Chi cục cung cấp tài liệu tập huấn dạng điện tử để các trường đưa vào hoạt động ngoại khóa."],
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thụy Mỵ Châu"))

# =====================================================================
# HAND D - technician's copy-down sheet, XLSX. One row per figure, task name
# repeated on every row (no merge, no code), numeric cells formatted #,##0,
# "Tiến độ" repeated on each row; difficulties/proposals under the table.
# =====================================================================
DST = {"completed": "Đã thực hiện xong", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}

R(hand="D", fmt="xlsx", file="CCTDC_tonghop_CT38_2026.xlsx",
  unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  org1="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org2="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
  number="512/BC-CCTĐC", date="2026-10-26",
  title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
  entries=[
    E("II.1.a", "completed", {"training_courses": 6, "participants": 520}, label="Tập huấn văn bản pháp luật TĐC cho doanh nghiệp, tọa đàm DN nhập khẩu",
      rows=[("Lớp tập huấn và tọa đàm đã tổ chức", "buổi", 6, "training_courses"), ("Lượt người tham dự", "lượt", 520, "participants")]),
    E("II.1.b", "completed", {"enterprises_supported": 18}, label="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
      rows=[("Doanh nghiệp được hướng dẫn, vận động", "DN", 18, "enterprises_supported")]),
    E("II.2.a", "in_progress", {"enterprises_supported": 27, "budget_spent_vnd": 85000000}, label="Năng suất chất lượng (CT 1322, KH 36), Đề án 996, Đề án 100",
      rows=[("Doanh nghiệp được hỗ trợ", "DN", 27, "enterprises_supported"), ("Kinh phí đã giải ngân", "đồng", 85000000, "budget_spent_vnd")]),
    E("II.2.b", "in_progress", {"enterprises_supported": 9}, label="Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026",
      rows=[("Doanh nghiệp được hướng dẫn hoàn thiện hồ sơ dự thưởng", "DN", 9, "enterprises_supported")]),
    E("II.2.e", "in_progress", {"standards_reviewed": 12}, label="Góp ý TCVN, QCVN; xây dựng quy chuẩn địa phương",
      rows=[("Dự thảo TCVN, QCVN đã góp ý", "dự thảo", 12, "standards_reviewed")]),
    E("II.2.h", "completed", {}, label="Hoàn thiện hệ thống TTHC, kết nối Cổng một cửa quốc gia",
      rows=[("Đã đề xuất điều chỉnh quy trình kiểm tra nhà nước hàng nhập khẩu trên Cổng một cửa quốc gia", "", None, None)]),
    E("II.3.a", "completed", {"training_courses": 2, "participants": 236}, label="Tập huấn nghiệp vụ cho công chức sở ngành, phường xã, đặc khu",
      rows=[("Lớp tập huấn", "lớp", 2, "training_courses"), ("Công chức tham dự", "người", 236, "participants")]),
    E("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 96, "violations": 17, "fines_vnd": 312750000}, label="Kiểm tra TĐC hàng hóa sản xuất, nhập khẩu, lưu thông",
      rows=[("Cuộc kiểm tra", "cuộc", 14, "inspections"), ("Cơ sở được kiểm tra", "cơ sở", 96, "establishments_inspected"),
            ("Cơ sở vi phạm", "cơ sở", 17, "violations"), ("Tiền phạt VPHC", "đồng", 312750000, "fines_vnd")]),
    E("II.5.b", "in_progress", {"samples_tested": 64}, label="Khảo sát chất lượng sản phẩm, hàng hóa",
      rows=[("Mẫu lấy khảo sát", "mẫu", 64, "samples_tested")]),
    E("II.6.b", "not_applicable", {}, label="Phối hợp APO thúc đẩy năng suất",
      rows=[("Chưa có yêu cầu từ Ủy ban TĐC Quốc gia", "", None, None)]),
  ],
  difficulties=["Kinh phí khảo sát chất lượng được giao thấp so với nhu cầu lấy mẫu.",
                "Công chức phụ trách TĐC tại phường, xã thường xuyên thay đổi."],
  proposals=["Đề nghị Sở bổ sung kinh phí lấy mẫu khảo sát chất lượng năm 2027."],
  signer=("NGƯỜI LẬP", "Phan Minh Tuấn", "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Nguyễn Hoàng Vũ"))

R(hand="D", fmt="xlsx", file="TTPTTN-bc-ct38.xlsx",
  unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  org1="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org2="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
  number="318/BC-TTPT", date="2026-10-27",
  title="KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH CT38 NĂM 2026",
  entries=[
    E("II.4.a", "in_progress", {"budget_spent_vnd": 2450000000}, label="Đầu tư cơ sở vật chất, trang thiết bị",
      rows=[("Kinh phí mua sắm thiết bị đã giải ngân", "đồng", 2450000000, "budget_spent_vnd")]),
    E("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 3215}, label="Mở rộng dịch vụ kỹ thuật TĐC",
      rows=[("Phương tiện đo đã kiểm định, hiệu chuẩn", "phương tiện", 18640, "instruments_verified"), ("Mẫu thử nghiệm", "mẫu", 3215, "samples_tested")]),
    E("II.4.c", "completed", {"instruments_verified": 42}, label="Duy trì chuẩn đo lường, liên kết chuẩn quốc gia",
      rows=[("Chuẩn đo lường đã hiệu chuẩn, liên kết", "chuẩn", 42, "instruments_verified")]),
    E("II.5.b", "completed", {"samples_tested": 58}, label="Thử nghiệm mẫu khảo sát chất lượng cho Chi cục",
      rows=[("Mẫu khảo sát đã thử nghiệm", "mẫu", 58, "samples_tested")]),
    E("II.3.a", "in_progress", {"participants": 7}, label="Cử viên chức tham gia đào tạo, hội thảo chuyên sâu",
      rows=[("Lượt viên chức được cử đi", "lượt", 7, "participants")]),
  ],
  difficulties=["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn."],
  proposals=["Đề nghị Sở ưu tiên bố trí vốn mua sắm thiết bị hiệu chuẩn lưu lượng khí năm 2027."],
  signer=("NGƯỜI LẬP", "Vũ Thị Ngọc Anh", "GIÁM ĐỐC", "Tạ Quang Huy"))

R(hand="D", fmt="xlsx", file="SNNMT_CT38_2026.xlsx",
  unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
  org1="UBND THÀNH PHỐ HỒ CHÍ MINH", org2="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
  number="6703/BC-SNNMT", date="2026-11-04",
  title="KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
  entries=[
    E("II.2.a", "in_progress", {"enterprises_supported": 45}, label="Truy xuất nguồn gốc nông sản (Đề án 100)",
      rows=[("Cơ sở, HTX được hỗ trợ áp dụng truy xuất nguồn gốc", "cơ sở", 45, "enterprises_supported")]),
    E("II.2.e", "completed", {"standards_reviewed": 4}, label="Góp ý QCVN lĩnh vực nông nghiệp, môi trường",
      rows=[("Dự thảo QCVN đã góp ý", "dự thảo", 4, "standards_reviewed")]),
    E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 58, "samples_tested": 36, "violations": 7, "fines_vnd": 98000000},
      label="Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi",
      rows=[("Cuộc kiểm tra", "cuộc", 12, "inspections"), ("Cơ sở được kiểm tra", "cơ sở", 58, "establishments_inspected"),
            ("Mẫu lấy kiểm tra", "mẫu", 36, "samples_tested"), ("Cơ sở vi phạm", "cơ sở", 7, "violations"), ("Tiền phạt", "đồng", 98000000, "fines_vnd")]),
    E("II.2.đ", "completed", {}, label="Áp dụng TCVN ISO 9001:2015 tại Sở", rows=[("Đã công bố lại HTQLCL", "", None, None)]),
    E("II.5.d", "not_applicable", {}, label="Khen thưởng, bảo vệ người tố giác", rows=[("", "", None, None)]),
  ],
  difficulties=["Chi phí phân tích mẫu phân bón, thuốc bảo vệ thực vật cao."],
  proposals=["Đề nghị Chi cục chia sẻ kết quả khảo sát chất lượng phân bón lưu thông trên thị trường."],
  signer=("NGƯỜI LẬP BIỂU", "Lý Thanh Sơn", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Bùi Xuân Thịnh"))

# =====================================================================
# HAND E - a division's chuyên viên, DOCX. No per-task numbering: each task is a
# paragraph opening with a bold label and em dash, closed by the status in
# CAPITALS after " – "; "2. Khó khăn" / "3. Kiến nghị" with "- " lines.
# =====================================================================
EST = {"completed": "ĐÃ HOÀN THÀNH", "in_progress": "ĐANG THỰC HIỆN", "not_started": "CHƯA THỰC HIỆN", "not_applicable": "KHÔNG PHÁT SINH"}

R(hand="E", fmt="docx", file="KTPC_bao_cao_CT38.docx",
  unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), org1="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org2="PHÒNG KIỂM TRA – PHÁP CHẾ",
  number="85/BC-KTPC", date="2026-10-23",
  subtitle="Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ được giao phối hợp như sau:",
  entries=[
    E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 9, "fines_vnd": 137200000},
      "Phối hợp kiểm tra hàng hóa — Phòng cử công chức tham gia 6 đoàn kiểm tra của Chi cục, kiểm tra 41 cơ sở, phát hiện 9 cơ sở vi phạm; thẩm định, tham mưu ban hành quyết định xử phạt với tổng số tiền 137.200.000 đồng"),
    E("II.5.b", "completed", {},
      "Khảo sát chất lượng — tham gia thẩm định kết quả khảo sát chất lượng xăng dầu, mũ bảo hiểm của Chi cục và đề xuất nội dung cảnh báo người tiêu dùng"),
    E("II.2.c", "completed", {},
      "Góp ý văn bản pháp luật — góp ý dự thảo Nghị định sửa đổi quy định xử phạt vi phạm hành chính về tiêu chuẩn, đo lường, chất lượng theo đề nghị của Bộ"),
    E("II.4.b", "in_progress", {"instruments_verified": 12},
      "Phương tiện kỹ thuật nghiệp vụ — phối hợp Chi cục rà soát, đã kiểm định, hiệu chuẩn 12 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra"),
    E("II.5.d", "completed", {},
      "Tiếp nhận phản ánh, tố giác — tiếp nhận và xử lý xong các đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, giữ bí mật thông tin người phản ánh"),
  ],
  difficulties=["Quy định về thẩm quyền xử phạt của Chủ tịch UBND cấp xã trong lĩnh vực tiêu chuẩn, đo lường, chất lượng sau sắp xếp chưa được hướng dẫn cụ thể."],
  proposals=["Kiến nghị Sở báo cáo Bộ Khoa học và Công nghệ hướng dẫn thẩm quyền xử phạt của cấp xã theo mô hình chính quyền hai cấp."],
  signer=("TRƯỞNG PHÒNG", "", "Đinh Công Lý"))

R(hand="E", fmt="docx", file="QLKH - CT38 nam 2026.docx",
  unit=("SKHCN-QLKH", "Phòng Quản lý Khoa học"), org1="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org2="PHÒNG QUẢN LÝ KHOA HỌC",
  number="47/BC-QLKH", date="2026-10-22",
  subtitle="Tình hình thực hiện nhiệm vụ theo Kế hoạch Chỉ thị số 38-CT/TW năm 2026",
  intro="Phòng Quản lý Khoa học báo cáo như sau:",
  entries=[
    E("II.3.c", "in_progress", {},
      "Thu hút chuyên gia — tiếp nhận hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường theo Nghị quyết 27/2023/NQ-HĐND, đang phối hợp thẩm định"),
    E("II.3.b", "completed", {"training_courses": 1, "participants": 64},
      "Bồi dưỡng chuyên sâu về năng suất — phối hợp Chi cục tổ chức 1 khóa bồi dưỡng chuyên sâu về năng suất, chất lượng với 64 học viên"),
    E("II.2.a", "in_progress", {},
      "Nhiệm vụ KH&CN về năng suất — tham gia Hội đồng xét chọn các nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng"),
    E("II.6.b", "not_applicable", {},
      "Hợp tác với APO — chưa có yêu cầu"),
  ],
  difficulties=["Mức hỗ trợ theo Nghị quyết 27/2023/NQ-HĐND chưa đủ sức hấp dẫn đối với chuyên gia đo lường có trình độ cao."],
  proposals=["Đề xuất bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027."],
  signer=("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Mai Anh Đào"))

R(hand="E", fmt="docx", file="VPS_112_BC.docx",
  unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"), org1="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org2="VĂN PHÒNG SỞ",
  number="112/BC-VP", date="2026-10-28",
  subtitle="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Văn phòng Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:",
  entries=[
    E("II.2.đ", "completed", {},
      "Hệ thống quản lý chất lượng của Sở — phối hợp Chi cục tổ chức đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015 tại các phòng, đơn vị; trình Giám đốc công bố lại hệ thống"),
    E("II.2.h", "completed", {},
      "Hệ thống thông tin giải quyết TTHC — cập nhật đầy đủ quy trình nội bộ các thủ tục về tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính"),
    E("II.2.i", "in_progress", {},
      "Cơ sở dữ liệu quốc gia về TĐC — phối hợp Phòng Chuyển đổi số chuẩn bị dữ liệu để kết nối"),
    E("II.4.a", "in_progress", {"budget_spent_vnd": 1860000000},
      "Đầu tư trang thiết bị cho đơn vị sự nghiệp — tham mưu bố trí dự toán mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm, đến nay đã giải ngân 1,86 tỷ đồng"),
    E("II.1.a", "in_progress", {"communications": 15},
      "Tuyên truyền — đăng 15 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở"),
  ],
  difficulties=["Dữ liệu về tiêu chuẩn, đo lường, chất lượng của Sở chưa được chuẩn hóa nên việc kết nối với cơ sở dữ liệu quốc gia còn chậm."],
  proposals=["Đề nghị Phòng Chuyển đổi số sớm ban hành danh mục dữ liệu dùng chung về tiêu chuẩn, đo lường, chất lượng."],
  signer=("CHÁNH VĂN PHÒNG", "", "Trịnh Bảo Ngọc"))


# =====================================================================
# Renderers
# =====================================================================
def dmy(iso):
    y, m, d = iso.split("-")
    return d, m, y


def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ("w:eastAsia", "w:cs", "w:hAnsi"):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], name)


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(doc, rep, left_lines, date_line):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(left_lines):
        r = p.add_run(ln + ("\n" if i < len(left_lines) - 1 else ""))
        r.bold = i == len(left_lines) - 1
    c2 = t.cell(0, 1)
    p = c2.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    r.bold = True
    r = p.add_run("Độc lập - Tự do - Hạnh phúc")
    r.bold = True
    t.cell(1, 0).paragraphs[0].add_run("Số: " + (rep["number"] or "      /BC"))
    t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = t.cell(1, 1).paragraphs[0]
    r = p.add_run(date_line)
    r.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def sign_block(doc, rep, noi_nhan):
    t = doc.add_table(rows=1, cols=2)
    p = t.cell(0, 0).paragraphs[0]
    r = p.add_run("Nơi nhận:\n")
    r.bold = True
    r.italic = True
    p.add_run("\n".join(noi_nhan)).font.size = Pt(11)
    p = t.cell(0, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = rep["signer"]
    r = p.add_run(s[0] + ("\n" + s[1] if s[1] else "") + "\n\n\n\n" + s[2])
    r.bold = True


def render_A(rep, path):
    doc = Document()
    set_font(doc, "Times New Roman", 13)
    d, m, y = dmy(rep["date"])
    header_table(doc, rep, [rep["org1"], rep["org2"]], f"{rep['place']}, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, rep["title"], bold=True, align="c", size=14)
    para(doc, rep["subtitle"], bold=True, align="c")
    para(doc, "____________", align="c")
    para(doc, rep["intro"], align="j", indent=1)
    para(doc, "I. TÌNH HÌNH TRIỂN KHAI", bold=True)
    para(doc, rep["general"], align="j", indent=1)
    para(doc, "II. KẾT QUẢ CỤ THỂ", bold=True)
    items = rep.get("body") or [e["text"] for e in rep["entries"]]
    for i, t in enumerate(items, 1):
        para(doc, f"{i}) {t}", align="j", indent=1)
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT", bold=True)
    p = para(doc, "", indent=1)
    p.add_run("Khó khăn:").italic = True
    for t in rep["difficulties"]:
        para(doc, "– " + t, align="j", indent=1)
    p = para(doc, "", indent=1)
    p.add_run("Đề xuất:").italic = True
    for t in rep["proposals"]:
        para(doc, "– " + t, align="j", indent=1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {rep['unit'][1].split()[0].lower()} {' '.join(rep['unit'][1].split()[1:])}./.", indent=1)
    sign_block(doc, rep, ["- Như trên;", "- TT Đảng ủy, HĐND;", "- Lưu: VT, KT."])
    doc.save(path)


def render_C(rep, path):
    doc = Document()
    set_font(doc, "Times New Roman", 14)
    d, m, y = dmy(rep["date"])
    header_table(doc, rep, rep["org1"].split("\n") + [rep["org2"]], f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, rep["subtitle"], bold=True, align="c")
    p = para(doc, "", align="c")
    p.add_run("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh")
    para(doc, rep["intro"], align="j", indent=1.27)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for e in rep["entries"]:
        topic, rest = e["text"].split(": ", 1)
        p = doc.add_paragraph(style="List Bullet")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(topic + ": ").bold = True
        p.add_run(rest)
        if e["status"] != "unknown":
            q = para(doc, "", indent=None)
            q.paragraph_format.left_indent = Cm(1.27)
            q.add_run("Tình trạng thực hiện: " + CST[e["status"]]).italic = True
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t in rep["difficulties"]:
        doc.add_paragraph(t, style="List Bullet")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for t in rep["proposals"]:
        doc.add_paragraph(t, style="List Bullet")
    para(doc, f"{rep['unit'][1]} kính báo cáo./.", indent=1.27)
    sign_block(doc, rep, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTC."])
    doc.save(path)


def render_E(rep, path):
    doc = Document()
    set_font(doc, "Arial", 12)
    d, m, y = dmy(rep["date"])
    header_table(doc, rep, [rep["org1"], rep["org2"]], f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, rep["subtitle"], bold=True, align="c")
    para(doc, rep["intro"])
    para(doc, "1. Kết quả thực hiện", bold=True)
    for e in rep["entries"]:
        label, rest = e["text"].split(" — ", 1)
        p = para(doc, "", align="j")
        p.add_run(label).bold = True
        p.add_run(" — " + rest + " – " + EST[e["status"]] + ".")
    para(doc, "2. Khó khăn", bold=True)
    for t in rep["difficulties"]:
        para(doc, "- " + t)
    para(doc, "3. Kiến nghị", bold=True)
    for t in rep["proposals"]:
        para(doc, "- " + t)
    sign_block(doc, rep, ["- Ban Giám đốc Sở;", "- Chi cục TĐC (để t/h);", "- Lưu."])
    doc.save(path)


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")


def render_B(rep, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu"
    for col, w in zip("ABCDE", (6, 30, 48, 13, 26)):
        ws.column_dimensions[col].width = w
    ws["A1"] = rep["org1"]
    ws["A2"] = rep["org2"]
    ws["A1"].font = Font(bold=True)
    ws["A2"].font = Font(bold=True, underline="single")
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C1"].font = Font(bold=True)
    ws.merge_cells("A4:E4")
    ws["A4"] = rep["title"]
    ws["A4"].font = Font(bold=True, size=12)
    ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 32
    hdr = ["STT", "Công việc", "Những việc đã làm (ghi rõ số liệu)", "Tự nhận xét", "Lý do (nếu chưa xong)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 7
    if rep.get("rows"):
        rows = rep["rows"]
    else:
        rows = [(e["label"], e["text"], BST[e["status"]], e.get("reason", "")) for e in rep["entries"]]
    for i, (lab, txt, st, why) in enumerate(rows, 1):
        for j, v in enumerate((i, lab, txt or None, st, why or None), 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WR
        ws.row_dimensions[r].height = max(18, 16 * (1 + (txt or "").count("\n")))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="KHÓ KHĂN:").font = Font(bold=True)
    r += 1
    for i, t in enumerate(rep["difficulties"], 1):
        ws.cell(row=r, column=2, value=f"{i}. {t}")
        r += 1
    ws.cell(row=r, column=1, value="KIẾN NGHỊ:").font = Font(bold=True)
    r += 1
    for i, t in enumerate(rep["proposals"], 1):
        ws.cell(row=r, column=2, value=f"{i}. {t}")
        r += 1
    r += 1
    d, m, y = dmy(rep["date"])
    ws.cell(row=r, column=3, value=f"{rep['place']}, ngày {d} tháng {m} năm {y}").font = Font(italic=True)
    r += 1
    s = rep["signer"]
    ws.cell(row=r, column=2, value=s[0]).font = Font(bold=True)
    ws.cell(row=r, column=3, value=s[2]).font = Font(bold=True)
    ws.cell(row=r + 4, column=2, value=s[1])
    ws.cell(row=r + 4, column=3, value=s[3])
    ws.freeze_panes = "A7"
    wb.save(path)


def render_D(rep, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    for col, w in zip("ABCDEFG", (5, 42, 46, 8, 16, 18, 10)):
        ws.column_dimensions[col].width = w
    ws["A1"] = rep["org1"]
    ws["A2"] = rep["org2"]
    ws["A2"].font = Font(bold=True)
    d, m, y = dmy(rep["date"])
    ws["A3"] = "Số: " + rep["number"]
    ws["E3"] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    ws["E3"].font = Font(italic=True)
    ws["A5"] = rep["title"]
    ws["A5"].font = Font(bold=True, size=13)
    hdr = ["STT", "Nhiệm vụ", "Chỉ tiêu / nội dung thực hiện", "ĐVT", "Số lượng", "Tiến độ", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8
    n = 0
    for e in rep["entries"]:
        for (content, dvt, val, ind) in e["rows"]:
            n += 1
            vals = (n, e["label"], content or None, dvt or None, val, DST[e["status"]], None)
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WR
                if j == 5 and isinstance(v, int):
                    c.number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    r += 1
    for t in rep["difficulties"]:
        ws.cell(row=r, column=2, value="- " + t)
        r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(bold=True)
    r += 1
    for t in rep["proposals"]:
        ws.cell(row=r, column=2, value="- " + t)
        r += 1
    r += 1
    s = rep["signer"]
    ws.cell(row=r, column=2, value=s[0]).font = Font(bold=True)
    ws.cell(row=r, column=5, value=s[2]).font = Font(bold=True)
    ws.cell(row=r + 4, column=2, value=s[1])
    ws.cell(row=r + 4, column=5, value=s[3])
    ws.page_setup.orientation = "landscape"
    wb.save(path)


RENDER = {"A": render_A, "B": render_B, "C": render_C, "D": render_D, "E": render_E}


def libre_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


def truth_for(rep, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    mis = rep.get("mistaken")
    entries = []
    if not mis:
        for e in rep["entries"]:
            if rep["hand"] == "D":
                text = e["label"] + ": " + "; ".join(x[0] for x in e["rows"] if x[0])
            elif rep["hand"] == "B":
                text = e["label"] + (": " + e["text"] if e["text"] else "")
            else:
                text = e["text"]
            entries.append({"task": e["task"], "status": e["status"],
                            "indicators": dict(e["indicators"]), "text": text.strip(": ")})
    reason = None
    if mis:
        reason = "Không phải báo cáo thực hiện Kế hoạch CT38: " + rep["title" if rep["fmt"] == "xlsx" else "subtitle"]
    return {
        "file": os.path.basename(path), "sha256": sha,
        "status": "rejected" if mis else "extracted", "reason": reason,
        "unit": {"id": rep["unit"][0], "name": rep["unit"][1]},
        "document": {"number": rep["number"], "date": rep["date"]},
        "entries": entries, "findings": [],
        "difficulties": [] if mis else list(rep["difficulties"]),
        "proposals": [] if mis else list(rep["proposals"]),
    }


def main():
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        RENDER[rep["hand"]](rep, path)
        if rep.get("libre"):
            libre_resave(path)
        t = truth_for(rep, path)
        with open(os.path.join(TRUTH, rep["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
    print(len(REPORTS), "files")


if __name__ == "__main__":
    main()
