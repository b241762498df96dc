# -*- coding: utf-8 -*-
"""Generator for set 264. Writes the report files, then the truth keys (sha256 last)."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

# ======================= content (units, figures, statuses) =======================


CCTDC = "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"

FILES = []


def F(**kw):
    FILES.append(kw)
    return kw


def E(task, st, label, body, **ind):
    return dict(task=task, st=st, label=label, body=body, ind=ind)


# ---------------------------------------------------------------- Hand A: Bảo (DOCX, Arial)
F(name="27343-PhuongChoLon-BC412-CT38.docx", hand="A", unit_id="27343", unit="Phường Chợ Lớn",
  short="CHỢ LỚN", number="412/BC-UBND", date="2026-10-26",
  signer="Trương Quang Vinh",
  entries=[
      E("II.1.a", "completed", "Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
        "Phường phối hợp Ban quản lý chợ Kim Biên tổ chức 02 hội nghị tuyên truyền Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho hộ kinh doanh tại chợ Kim Biên và tuyến đường Hải Thượng Lãn Ông, có 146 lượt người tham dự; đăng 09 tin, bài trên trang thông tin điện tử và Zalo OA của phường.",
        training_courses=2, participants=146, communications=9),
      E("II.3.a", "completed", "Cử công chức tham dự tập huấn",
        "Phường cử 03 công chức (Phòng Kinh tế, Văn phòng HĐND và UBND) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức ngày 14/5/2026.",
        participants=3),
      E("II.5.c", "in_progress", "Kiểm tra đo lường, nhãn hàng hóa theo phân cấp",
        "Phường thành lập Tổ kiểm tra liên ngành, thực hiện 04 lượt kiểm tra tại 37 hộ kinh doanh (chợ Kim Biên, chợ Xã Tây, các cửa hàng vàng bạc trên đường Trần Hưng Đạo); phát hiện 05 hộ vi phạm (sử dụng cân sai số vượt mức cho phép, hàng hóa nhập khẩu không có nhãn phụ), lập biên bản và xử phạt vi phạm hành chính số tiền 9.750.000 đồng (nộp ngân sách).",
        inspections=4, establishments_inspected=37, violations=5, fines_vnd=9750000),
      E("II.2.d", "in_progress", "Hướng dẫn cơ sở kinh doanh về ghi nhãn, công bố hợp quy",
        "Phòng Kinh tế hướng dẫn trực tiếp 17 cơ sở kinh doanh (trong đó 04 doanh nghiệp) thực hiện ghi nhãn hàng hóa, công bố hợp quy đối với hàng hóa thuộc danh mục phải công bố.",
        enterprises_supported=17),
      E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
        "Phường đã rà soát, cập nhật 68 quy trình giải quyết thủ tục hành chính theo hệ thống quản lý chất lượng TCVN ISO 9001:2015, tổ chức đánh giá nội bộ trong tháng 9/2026 và công bố lại hệ thống."),
      E("II.5.d", "not_applicable", "Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng",
        "Trong kỳ, phường không tiếp nhận phản ánh, tố giác nào về vi phạm trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."),
  ],
  difficulties=[
      "Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
      "Phường chưa được trang bị cân đối chứng, quả cân chuẩn để kiểm tra nhanh tại chợ.",
  ],
  proposals=[
      "Kiến nghị Chi cục tổ chức thêm lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong năm 2027.",
      "Kiến nghị Chi cục hỗ trợ trang bị 01 bộ quả cân chuẩn cho phường để phục vụ kiểm tra tại chợ.",
  ])

F(name="27367-BinhTay-baocao-TDC-2026.docx", hand="A", unit_id="27367", unit="Phường Bình Tây",
  short="BÌNH TÂY", number="287/BC-UBND", date="2026-10-28",
  signer="Lâm Thị Kim Phượng",
  entries=[
      E("II.1.a", "completed", "Công tác tuyên truyền cho tiểu thương chợ Bình Tây",
        "Phường phối hợp Ban quản lý chợ Bình Tây tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa với 212 lượt tiểu thương tham dự; in và phát hành 1.200 tờ rơi tuyên truyền đến các sạp hàng.",
        training_courses=1, participants=212, communications=1200),
      E("II.5.c", "in_progress", "Kiểm định cân và kiểm tra đo lường tại chợ",
        "Phối hợp Chi cục và Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức đợt kiểm định miễn phí cho 264 cân đồng hồ, cân điện tử của tiểu thương chợ Bình Tây; thực hiện 03 lượt kiểm tra đo lường tại 45 hộ kinh doanh, phát hiện 02 hộ vi phạm, xử phạt 4.500.000 đồng (nộp ngân sách).",
        instruments_verified=264, inspections=3, establishments_inspected=45, violations=2, fines_vnd=4500000),
      E("II.5.a", "completed", "Phối hợp kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em",
        "Phường cử cán bộ phối hợp đoàn kiểm tra của Chi cục thực hiện 01 cuộc kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em tại 12 cửa hàng trên đường Tháp Mười và Phan Văn Khỏe.",
        inspections=1, establishments_inspected=12),
      E("II.3.a", "completed", "Cử công chức tham dự tập huấn",
        "Phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
        participants=2),
      E("II.2.a", "not_started", "Hướng dẫn tiểu thương áp dụng truy xuất nguồn gốc",
        "Việc tuyên truyền, hướng dẫn tiểu thương chợ Bình Tây áp dụng truy xuất nguồn gốc hàng hóa (Đề án 100) phường chưa thực hiện do chưa có hướng dẫn cụ thể."),
  ],
  difficulties=[
      "Tiểu thương tại chợ Bình Tây đông, hàng hóa đa dạng, nhiều hộ sử dụng cân không rõ nguồn gốc nên công tác kiểm tra gặp khó khăn.",
  ],
  proposals=[
      "Kiến nghị Chi cục phối hợp tổ chức đợt kiểm định cân miễn phí lần 2 tại chợ Bình Tây trong Quý I/2027.",
      "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cấp phường về triển khai truy xuất nguồn gốc tại chợ truyền thống.",
  ])

F(name="27238-MinhPhung-BC196.docx", hand="A", unit_id="27238", unit="Phường Minh Phụng",
  short="MINH PHỤNG", number="196/BC-UBND", date="2026-10-30",
  signer="Huỳnh Văn Tài",
  entries=[
      E("II.1.a", "completed", "Tập huấn, tuyên truyền văn bản pháp luật cho hộ kinh doanh",
        "Phường tổ chức 01 lớp tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn với 58 người tham dự; đăng 06 tin, bài trên trang thông tin điện tử phường.",
        training_courses=1, participants=58, communications=6),
      E("II.1.b", "completed", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
        "Phường chuyển thư mời và tài liệu giới thiệu Giải thưởng Chất lượng Quốc gia năm 2026 đến 14 doanh nghiệp sản xuất trên địa bàn, hướng dẫn cách đăng ký tham dự.",
        enterprises_supported=14),
      E("II.5.c", "in_progress", "Kiểm tra đo lường, chất lượng theo phân cấp",
        "Phường thực hiện 05 lượt kiểm tra tại 29 hộ kinh doanh xăng dầu, vàng bạc và hàng tiêu dùng; phát hiện 03 hộ vi phạm, xử phạt 7.000.000 đồng (nộp ngân sách).",
        inspections=5, establishments_inspected=29, violations=3, fines_vnd=7000000),
      E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
        "UBND phường tiếp tục duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã ban hành lại danh mục quy trình sau khi sắp xếp bộ máy."),
      E("II.5.b", "not_applicable", "Khảo sát chất lượng hàng hóa",
        "Trong năm, phường không được giao và không có đợt khảo sát chất lượng hàng hóa nào trên địa bàn."),
  ],
  difficulties=[
      "Kinh phí cho hoạt động tuyên truyền, kiểm tra về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng.",
  ],
  proposals=[
      "Kiến nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pano) để phường in ấn, phát hành.",
  ])

F(name="27460-AnLac-BC245-ATTP.docx", hand="A", unit_id="27460", unit="Phường An Lạc",
  short="AN LẠC", number="245/BC-UBND", date="2026-10-05", rejected=True,
  reason="Báo cáo kết quả bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.",
  signer="Ngô Thanh Sơn", entries=[], difficulties=[], proposals=[])

# ---------------------------------------------------------------- Hand B: Thư (XLSX, letterhead in sheet)
F(name="26743_BenThanh_BC_CT38_2026.xlsx", hand="B", unit_id="26743", unit="Phường Bến Thành",
  short="BẾN THÀNH", number="501/BC-UBND", date="2026-10-27", signer="Đặng Hoài Nam", maker="Lê Minh Thư",
  entries=[
      E("II.1.a", "completed", "Tuyên truyền pháp luật TĐC cho tiểu thương, hộ kinh doanh",
        "Tổ chức 02 hội nghị tuyên truyền tại chợ Bến Thành với 175 lượt tiểu thương tham dự; đăng 11 tin, bài trên trang thông tin điện tử phường.",
        training_courses=2, participants=175, communications=11, _main=(2, "hội nghị")),
      E("II.5.c", "in_progress", "Kiểm tra đo lường tại chợ và cửa hàng vàng bạc (theo phân cấp)",
        "Kiểm tra 06 cuộc tại 52 cơ sở (cân, phương tiện đo khối lượng vàng); phát hiện 04 cơ sở vi phạm, xử phạt 18.500.000 đồng.",
        inspections=6, establishments_inspected=52, violations=4, fines_vnd=18500000, _main=(6, "cuộc")),
      E("II.5.a", "completed", "Phối hợp Chi cục kiểm tra chất lượng hàng hóa nhập khẩu tại trung tâm thương mại",
        "Phối hợp đoàn Chi cục kiểm tra 01 cuộc tại 09 cửa hàng kinh doanh hàng nhập khẩu (đồ điện, đồ chơi trẻ em).",
        inspections=1, establishments_inspected=9, _main=(1, "cuộc")),
      E("II.3.a", "completed", "Cử công chức đi tập huấn nghiệp vụ",
        "Cử 04 công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
        participants=4, _main=(4, "người")),
      E("II.2.đ", "in_progress", "Áp dụng ISO 9001:2015 tại UBND phường",
        "Đang chuyển đổi, xây dựng lại các quy trình ISO sau sắp xếp đơn vị hành chính, dự kiến công bố trong tháng 12/2026."),
      E("II.5.d", "not_applicable", "Xử lý phản ánh, tố giác vi phạm TĐC",
        "Không có phản ánh, tố giác trong kỳ."),
  ],
  difficulties=[
      "Số lượng cơ sở kinh doanh, tiểu thương trên địa bàn lớn, lực lượng kiểm tra của phường mỏng.",
  ],
  proposals=[
      "Đề nghị Chi cục cử cán bộ chuyên môn hỗ trợ phường trong các đợt kiểm tra đo lường vàng bạc.",
      "Đề nghị Chi cục gửi văn bản hướng dẫn phân cấp quản lý tiêu chuẩn, đo lường, chất lượng cho cấp phường sau sắp xếp.",
  ])

F(name="27349_PhuLam_BaoCao_CT38.xlsx", hand="B", unit_id="27349", unit="Phường Phú Lâm",
  short="PHÚ LÂM", number="233/BC-UBND", date="2026-10-29", signer="Phan Minh Khôi", maker="Lê Minh Thư",
  entries=[
      E("II.1.a", "completed", "Tuyên truyền văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng",
        "Tổ chức 01 hội nghị với 64 người tham dự; đăng 05 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố.",
        training_courses=1, participants=64, communications=5, _main=(1, "hội nghị")),
      E("II.5.c", "in_progress", "Kiểm tra đo lường, chất lượng theo phân cấp",
        "Kiểm tra 03 cuộc tại 22 cơ sở, 01 cơ sở vi phạm, xử phạt 2.000.000 đồng.",
        inspections=3, establishments_inspected=22, violations=1, fines_vnd=2000000, _main=(3, "cuộc")),
      E("II.2.d", "completed", "Hướng dẫn cơ sở sản xuất ghi nhãn hàng hóa",
        "Hướng dẫn 08 cơ sở sản xuất bánh kẹo, đồ nhựa ghi nhãn hàng hóa theo Nghị định 111/2021/NĐ-CP.",
        enterprises_supported=8, _main=(8, "cơ sở")),
      E("II.5.b", "in_progress", "Phối hợp khảo sát chất lượng xăng dầu",
        "Phối hợp Chi cục lấy 06 mẫu xăng dầu trên địa bàn để khảo sát chất lượng, đang chờ kết quả thử nghiệm.",
        samples_tested=6, _main=(6, "mẫu")),
      E("II.3.a", "completed", "Cử công chức đi tập huấn",
        "Cử 02 công chức tham dự tập huấn do Chi cục tổ chức.",
        participants=2, _main=(2, "người")),
  ],
  difficulties=[
      "Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
  ],
  proposals=[
      "Đề nghị Chi cục thông báo kết quả thử nghiệm mẫu xăng dầu để phường theo dõi, xử lý.",
  ])

F(name="27019_TanSonNhi_CT38_T10.xlsx", hand="B", unit_id="27019", unit="Phường Tân Sơn Nhì",
  short="TÂN SƠN NHÌ", number="318/BC-UBND", date="2026-11-02", signer="Vũ Thị Hồng Nhung", maker="Lê Minh Thư",
  entries=[
      E("II.1.a", "completed", "Tập huấn văn bản pháp luật TĐC cho hộ kinh doanh",
        "Tổ chức 03 lớp tập huấn tại 3 cụm khu phố với 196 người tham dự.",
        training_courses=3, participants=196, _main=(3, "lớp")),
      E("II.1.b", "not_started", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
        "Chưa thực hiện do chưa nhận được tài liệu hướng dẫn."),
      E("II.5.c", "in_progress", "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu",
        "Kiểm tra 04 cuộc tại 31 cơ sở; 02 cơ sở vi phạm; phạt 5.250.000 đồng.",
        inspections=4, establishments_inspected=31, violations=2, fines_vnd=5250000, _main=(4, "cuộc")),
      E("II.2.đ", "completed", "Duy trì ISO 9001:2015 tại UBND phường",
        "Đã đánh giá nội bộ, cập nhật quy trình và công bố lại hệ thống quản lý chất lượng."),
      E("II.5.d", "not_applicable", "Xử lý tố giác vi phạm",
        "Không có."),
      E("II.3.a", "completed", "Cử công chức tham dự tập huấn",
        "Cử 03 công chức tham dự tập huấn của Chi cục.",
        participants=3, _main=(3, "người")),
  ],
  difficulties=[
      "Nhiều hộ kinh doanh nhỏ lẻ, thường xuyên thay đổi địa điểm nên khó quản lý.",
      "Chưa có kinh phí riêng cho công tác kiểm tra.",
  ],
  proposals=[
      "Đề nghị Chi cục sớm gửi tài liệu tuyên truyền về Giải thưởng Chất lượng Quốc gia cho phường.",
  ])

F(name="27448_BinhTriDong_BC_CCHC_QuyIII.xlsx", hand="B", unit_id="27448", unit="Phường Bình Trị Đông",
  short="BÌNH TRỊ ĐÔNG", number="402/BC-UBND", date="2026-10-06", rejected=True,
  reason="Báo cáo kết quả công tác cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.",
  signer="Tạ Văn Hiếu", maker="Lê Minh Thư", entries=[], difficulties=[], proposals=[])

# ---------------------------------------------------------------- Hand C: Hùng (DOCX, công văn V/v)
F(name="26740-SaiGon-CV1024-UBND-KT.docx", hand="C", unit_id="26740", unit="Phường Sài Gòn",
  short="SÀI GÒN", number="1024/UBND-KT", date="2026-10-29", signer="Võ Thanh Hùng",
  entries=[
      E("II.1.a", "completed", "tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp",
        "Ủy ban nhân dân phường đã tổ chức 02 hội nghị phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) cho doanh nghiệp trên địa bàn với 230 đại biểu tham dự; đăng tải 14 tin, bài trên trang thông tin điện tử phường.",
        training_courses=2, participants=230, communications=14),
      E("II.1.b", "in_progress", "vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
        "Phường đã gặp gỡ, vận động 09 doanh nghiệp có đủ điều kiện tham dự Giải thưởng Chất lượng Quốc gia năm 2026.",
        enterprises_supported=9),
      E("II.2.d", "completed", "hướng dẫn doanh nghiệp công bố tiêu chuẩn áp dụng, sử dụng mã số mã vạch",
        "Bộ phận Một cửa và Phòng Kinh tế đã hướng dẫn 26 doanh nghiệp thực hiện công bố tiêu chuẩn cơ sở, công bố hợp quy và sử dụng mã số, mã vạch đúng quy định.",
        enterprises_supported=26),
      E("II.5.a", "in_progress", "phối hợp kiểm tra chất lượng hàng hóa lưu thông tại các trung tâm thương mại",
        "Phường phối hợp Chi cục và Đội Quản lý thị trường số 1 tổ chức 02 cuộc kiểm tra chất lượng hàng hóa tại 18 cửa hàng trong các trung tâm thương mại; phát hiện 01 cơ sở vi phạm, xử phạt 15.000.000 đồng.",
        inspections=2, establishments_inspected=18, violations=1, fines_vnd=15000000),
      E("II.5.c", "in_progress", "kiểm tra về đo lường theo nội dung được phân quyền",
        "Phường tổ chức 03 cuộc kiểm tra về đo lường tại 24 cơ sở kinh doanh vàng bạc, xăng dầu.",
        inspections=3, establishments_inspected=24),
      E("II.2.đ", "completed", "duy trì hệ thống quản lý chất lượng tại Ủy ban nhân dân phường",
        "Ủy ban nhân dân phường đã hoàn thành việc xây dựng, công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền."),
      E("II.3.a", "completed", "cử công chức tham gia tập huấn",
        "Phường đã cử 05 công chức tham dự các lớp tập huấn nghiệp vụ do Chi cục tổ chức.",
        participants=5),
  ],
  difficulties=[
      "Địa bàn phường tập trung nhiều trung tâm thương mại, cửa hàng kinh doanh hàng nhập khẩu, trong khi lực lượng làm công tác quản lý tiêu chuẩn, đo lường, chất lượng còn mỏng.",
      "Một số doanh nghiệp chưa quan tâm đến Giải thưởng Chất lượng Quốc gia do thủ tục hồ sơ còn phức tạp.",
  ],
  proposals=[
      "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn chuyên sâu về kiểm tra nhãn hàng hóa nhập khẩu cho công chức phường.",
      "Đề nghị Sở Khoa học và Công nghệ có văn bản hướng dẫn thống nhất về phân quyền kiểm tra đo lường cho cấp phường.",
  ])

F(name="27154-BanCo-CV612.docx", hand="C", unit_id="27154", unit="Phường Bàn Cờ",
  short="BÀN CỜ", number="612/UBND-KT", date="2026-10-27", signer="Nguyễn Hữu Thắng", lo=True,
  entries=[
      E("II.1.a", "completed", "tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
        "Phường đã tổ chức 01 hội nghị tuyên truyền cho hộ kinh doanh tại chợ Bàn Cờ với 87 người tham dự; đăng 04 tin, bài trên trang thông tin điện tử phường.",
        training_courses=1, participants=87, communications=4),
      E("II.5.c", "completed", "kiểm tra đo lường, chất lượng theo phân cấp",
        "Phường đã thực hiện xong kế hoạch kiểm tra năm 2026 với 04 cuộc kiểm tra tại 33 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt vi phạm hành chính 6.750.000 đồng.",
        inspections=4, establishments_inspected=33, violations=3, fines_vnd=6750000),
      E("II.3.a", "completed", "cử công chức tham gia tập huấn",
        "Phường đã cử 02 công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.",
        participants=2),
      E("II.2.đ", "in_progress", "áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
        "Phường đang rà soát, xây dựng lại các quy trình sau khi hợp nhất các phường cũ."),
      E("II.5.d", "not_applicable", "tiếp nhận, xử lý tố giác vi phạm",
        "Trong kỳ không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."),
  ],
  difficulties=[
      "Công chức phụ trách còn kiêm nhiệm, thường xuyên thay đổi sau sắp xếp bộ máy.",
  ],
  proposals=[
      "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường để phục vụ kiểm tra.",
  ])

F(name="27169-DienHong-CV877-UBND.docx", hand="C", unit_id="27169", unit="Phường Diên Hồng",
  short="DIÊN HỒNG", number="877/UBND-KT", date="2026-10-30", signer="Trần Minh Đức",
  entries=[
      E("II.1.a", "in_progress", "tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
        "Phường đã tổ chức 01 hội nghị cho hộ kinh doanh tại chợ Nguyễn Tri Phương với 120 người tham dự; hội nghị thứ hai dự kiến tổ chức trong tháng 11/2026.",
        training_courses=1, participants=120),
      E("II.2.d", "completed", "hướng dẫn cơ sở kinh doanh ghi nhãn, công bố hợp quy",
        "Phường đã hướng dẫn 12 cơ sở kinh doanh thiết bị điện, điện tử trên đường Nhật Tảo thực hiện ghi nhãn và công bố hợp quy.",
        enterprises_supported=12),
      E("II.5.c", "in_progress", "kiểm tra đo lường, chất lượng theo phân cấp",
        "Phường tổ chức 05 cuộc kiểm tra tại 41 cơ sở, phát hiện 04 cơ sở vi phạm, xử phạt 11.250.000 đồng.",
        inspections=5, establishments_inspected=41, violations=4, fines_vnd=11250000),
      E("II.5.b", "completed", "phối hợp khảo sát chất lượng hàng hóa",
        "Phường phối hợp Chi cục lấy 10 mẫu mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng; Chi cục đã thông báo kết quả.",
        samples_tested=10),
      E("II.3.a", "completed", "cử công chức tham gia tập huấn",
        "Phường đã cử 03 công chức tham dự tập huấn.",
        participants=3),
      E("II.1.b", "not_started", "vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
        "Phường chưa có doanh nghiệp đăng ký tìm hiểu Giải thưởng."),
  ],
  difficulties=[
      "Các cơ sở kinh doanh thiết bị điện, điện tử trên địa bàn chủ yếu là hộ kinh doanh nhỏ, nhận thức về ghi nhãn, công bố hợp quy còn hạn chế.",
      "Phường thiếu thiết bị, dụng cụ kiểm tra nhanh phục vụ công tác kiểm tra.",
  ],
  proposals=[
      "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường tài liệu hướng dẫn ghi nhãn hàng hóa bằng hình ảnh để phát cho hộ kinh doanh.",
  ])

F(name="27022-PhuThoHoa-CV455.docx", hand="C", unit_id="27022", unit="Phường Phú Thọ Hòa",
  short="PHÚ THỌ HÒA", number="455/UBND-KT", date="2026-10-28", signer="Lý Thị Mai",
  entries=[
      E("II.1.a", "completed", "tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
        "Phường đã tổ chức 02 hội nghị tuyên truyền cho hộ kinh doanh, doanh nghiệp với 160 người tham dự.",
        training_courses=2, participants=160),
      E("II.5.c", "in_progress", "kiểm tra đo lường, chất lượng theo phân cấp",
        "Phường tổ chức 03 cuộc kiểm tra tại 19 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 3.500.000 đồng.",
        inspections=3, establishments_inspected=19, violations=2, fines_vnd=3500000),
      E("II.2.a", "in_progress", "hướng dẫn áp dụng truy xuất nguồn gốc",
        "Phường phối hợp Chi cục hướng dẫn 07 doanh nghiệp, hộ kinh doanh thực phẩm tại chợ Phú Thọ Hòa áp dụng tem truy xuất nguồn gốc.",
        enterprises_supported=7),
      E("II.2.đ", "completed", "áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
        "Ủy ban nhân dân phường đã công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."),
      E("II.5.d", "not_applicable", "xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
        "Trong kỳ, phường không nhận được tố giác vi phạm."),
  ],
  difficulties=[
      "Hộ kinh doanh tại chợ chưa quen sử dụng tem truy xuất nguồn gốc, chi phí in tem còn cao so với thu nhập.",
  ],
  proposals=[
      "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kinh phí in tem truy xuất nguồn gốc cho hộ kinh doanh tại chợ.",
      "Đề nghị Chi cục tổ chức tập huấn sử dụng phần mềm truy xuất nguồn gốc cho công chức phường.",
  ])

# ---------------------------------------------------------------- Hand D: Vân (table "Nội dung | Bộ phận | Kết quả | Tiến độ")
F(name="SCT-BC4127-ketqua-CT38-2026.docx", hand="D", unit_id="SO-CT", unit="Sở Công Thương",
  short=None, number="4127/BC-SCT", date="2026-11-03", signer="Nguyễn Thị Bích Vân",
  entries=[
      E("II.1.a", "completed", "Phối hợp tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp công nghiệp",
        "- 02 hội nghị phổ biến pháp luật về chất lượng sản phẩm, hàng hóa cho doanh nghiệp công nghiệp hỗ trợ;\n- 260 lượt đại biểu doanh nghiệp tham dự;\n- 14 tin, bài đăng trên Cổng thông tin điện tử Sở.",
        training_courses=2, participants=260, communications=14, _who="Phòng Quản lý Công nghiệp"),
      E("II.2.a", "in_progress", "Chương trình hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng sản phẩm công nghiệp",
        "- Hỗ trợ 18 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean);\n- Kinh phí đã giải ngân 1.250.000.000 đồng.",
        enterprises_supported=18, budget_spent_vnd=1250000000, _who="Trung tâm Khuyến công"),
      E("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực Công Thương",
        "- Góp ý 05 dự thảo QCVN (xăng dầu, khí dầu mỏ hóa lỏng, an toàn điện) theo đề nghị của Bộ Công Thương.",
        standards_reviewed=5, _who="Phòng Quản lý Năng lượng"),
      E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
        "- Đánh giá nội bộ, cập nhật toàn bộ quy trình sau khi hợp nhất; đã công bố lại hệ thống.",
        _who="Văn phòng Sở"),
      E("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
        "- 03 đoàn kiểm tra liên ngành;\n- 41 cửa hàng xăng dầu, LPG được kiểm tra;\n- 04 cơ sở vi phạm;\n- Xử phạt 62.500.000 đồng.",
        inspections=3, establishments_inspected=41, violations=4, fines_vnd=62500000, _who="Phòng Quản lý Thương mại"),
      E("II.6.a", "in_progress", "Cập nhật thông tin về các hiệp định thương mại tự do, rào cản kỹ thuật (TBT) cho doanh nghiệp",
        "- 12 bản tin cảnh báo TBT, tin, bài về các FTA gửi doanh nghiệp xuất khẩu.",
        communications=12, _who="Phòng Xuất nhập khẩu"),
      E("II.3.a", "completed", "Cử công chức tham dự tập huấn do Chi cục tổ chức",
        "- 06 công chức tham dự.",
        participants=6, _who="Văn phòng Sở"),
  ],
  difficulties=[
      "Kinh phí hỗ trợ doanh nghiệp nâng cao năng suất còn hạn chế so với nhu cầu đăng ký của doanh nghiệp.",
      "Việc phối hợp kiểm tra chất lượng xăng dầu sau sắp xếp địa giới hành chính còn chồng chéo giữa các lực lượng.",
  ],
  proposals=[
      "Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng xăng dầu trên địa bàn Thành phố.",
      "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng hàng hóa để Sở Công Thương cảnh báo doanh nghiệp.",
  ])

F(name="27316_AnDong_ketqua_CT38.xlsx", hand="D", unit_id="27316", unit="Phường An Đông",
  short="AN ĐÔNG", number="377/BC-UBND", date="2026-10-31", signer="Châu Ngọc Hải",
  entries=[
      E("II.1.a", "completed", "Tuyên truyền pháp luật về đo lường, chất lượng tại chợ An Đông",
        "- 01 hội nghị cho tiểu thương chợ An Đông;\n- 138 lượt người tham dự;\n- 07 tin, bài trên trang thông tin điện tử phường.",
        training_courses=1, participants=138, communications=7, _who="Phòng Kinh tế"),
      E("II.5.c", "in_progress", "Kiểm tra đo lường, nhãn hàng hóa theo phân cấp",
        "- 04 cuộc kiểm tra;\n- 36 cơ sở được kiểm tra;\n- 03 cơ sở vi phạm;\n- Xử phạt 8.250.000 đồng.",
        inspections=4, establishments_inspected=36, violations=3, fines_vnd=8250000, _who="Tổ kiểm tra liên ngành phường"),
      E("II.2.d", "in_progress", "Hướng dẫn ghi nhãn, công bố hợp quy cho cơ sở kinh doanh hàng may mặc",
        "- Hướng dẫn 15 cơ sở kinh doanh hàng may mặc tại chợ An Đông.",
        enterprises_supported=15, _who="Phòng Kinh tế"),
      E("II.3.a", "completed", "Cử công chức dự tập huấn",
        "- 02 công chức.",
        participants=2, _who="Văn phòng HĐND và UBND"),
      E("II.5.d", "not_applicable", "Xử lý tố giác vi phạm",
        "Không phát sinh trong kỳ.", _who="Phòng Kinh tế"),
  ],
  difficulties=[
      "Hàng may mặc tại chợ An Đông chủ yếu nhập khẩu, nhiều lô hàng không có nhãn phụ tiếng Việt nên khó xác định nguồn gốc khi kiểm tra.",
  ],
  proposals=[
      "Đề nghị Chi cục tổ chức kiểm tra liên ngành chuyên đề nhãn hàng hóa nhập khẩu tại chợ An Đông.",
  ])

F(name="27211-HoaBinh-BC-CT38.docx", hand="D", unit_id="27211", unit="Phường Hòa Bình",
  short="HÒA BÌNH", number="264/BC-UBND", date="2026-10-29", signer="Dương Thị Thanh Tâm",
  entries=[
      E("II.1.a", "completed", "Tuyên truyền, tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng",
        "- 02 lớp tập huấn cho hộ kinh doanh;\n- 119 người tham dự.",
        training_courses=2, participants=119, _who="Phòng Kinh tế"),
      E("II.5.c", "in_progress", "Kiểm tra đo lường, chất lượng theo phân cấp",
        "- 03 cuộc kiểm tra tại 27 cơ sở;\n- 02 cơ sở vi phạm, xử phạt 4.000.000 đồng.",
        inspections=3, establishments_inspected=27, violations=2, fines_vnd=4000000, _who="Tổ kiểm tra liên ngành"),
      E("II.5.b", "in_progress", "Phối hợp khảo sát chất lượng hàng hóa tại chợ Bình Thới",
        "- Phối hợp Chi cục lấy 08 mẫu hàng hóa (đồ gia dụng, đồ chơi) để khảo sát.",
        samples_tested=8, _who="Phòng Kinh tế"),
      E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015",
        "- Đã công bố lại hệ thống sau sắp xếp.", _who="Văn phòng HĐND và UBND"),
      E("II.1.b", "not_applicable", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
        "- Trên địa bàn không có doanh nghiệp đủ điều kiện tham dự.", _who="Phòng Kinh tế"),
      E("II.3.a", "completed", "Cử công chức dự tập huấn",
        "- 03 công chức.", participants=3, _who="Văn phòng HĐND và UBND"),
  ],
  difficulties=[
      "Phường chưa được bố trí kinh phí riêng cho công tác kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng.",
  ],
  proposals=[
      "Đề nghị Chi cục hỗ trợ kinh phí in ấn tài liệu tuyên truyền cho phường.",
      "Đề nghị Chi cục thông báo kết quả khảo sát mẫu hàng hóa để phường tuyên truyền cho người tiêu dùng.",
  ])

F(name="27457_TanTao_CT38_2026.xlsx", hand="D", unit_id="27457", unit="Phường Tân Tạo",
  short="TÂN TẠO", number="519/BC-UBND", date="2026-10-30", signer="Lê Văn Thạnh", lo=True,
  entries=[
      E("II.1.a", "completed", "Tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp khu công nghiệp",
        "- 01 lớp tập huấn cho doanh nghiệp Khu công nghiệp Tân Tạo;\n- 94 người tham dự;\n- 03 tin, bài.",
        training_courses=1, participants=94, communications=3, _who="Phòng Kinh tế"),
      E("II.2.d", "in_progress", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn",
        "- Phối hợp Chi cục hướng dẫn 11 doanh nghiệp xây dựng tiêu chuẩn cơ sở, công bố hợp chuẩn.",
        enterprises_supported=11, _who="Phòng Kinh tế"),
      E("II.5.c", "in_progress", "Kiểm tra đo lường tại cửa hàng xăng dầu, chợ",
        "- 02 cuộc kiểm tra tại 14 cơ sở;\n- 01 cơ sở vi phạm, phạt 3.000.000 đồng.",
        inspections=2, establishments_inspected=14, violations=1, fines_vnd=3000000, _who="Tổ kiểm tra liên ngành"),
      E("II.2.đ", "in_progress", "Áp dụng ISO 9001:2015 tại UBND phường",
        "- Đang xây dựng lại quy trình, dự kiến công bố tháng 12/2026.", _who="Văn phòng HĐND và UBND"),
      E("II.3.a", "not_started", "Cử công chức dự tập huấn",
        "- Chưa cử, do lớp tập huấn Quý IV của Chi cục chưa tổ chức.", _who="Văn phòng HĐND và UBND"),
  ],
  difficulties=[
      "Số lượng doanh nghiệp trong khu công nghiệp lớn, phường chưa nắm được đầy đủ danh sách doanh nghiệp thuộc diện quản lý.",
  ],
  proposals=[
      "Đề nghị Chi cục phối hợp Ban Quản lý các khu chế xuất và công nghiệp Thành phố cung cấp danh sách doanh nghiệp trên địa bàn phường.",
  ])

# ======================= rendering =======================

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def iso2(d):
    y, m, dd = d.split("-")
    return dd, m, y


# ----------------------------------------------------------------- docx helpers
def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)
    st.paragraph_format.space_after = Pt(3)


def margins(doc, top=2, bottom=2, left=3, right=1.5, landscape=False):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
    else:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(top), Cm(bottom), Cm(left), Cm(right)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def all_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_lines(cell, lines, bold=False, italic=False, align=None, size=None):
    """lines: list of str or (str, dict) ; first paragraph reuses the cell's own."""
    first = True
    for ln in lines:
        opts = {}
        if isinstance(ln, tuple):
            ln, opts = ln
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        if align or opts.get("align"):
            p.alignment = opts.get("align", align)
        r = p.add_run(ln)
        r.bold = opts.get("bold", bold)
        r.italic = opts.get("italic", italic)
        if opts.get("size", size):
            r.font.size = Pt(opts.get("size", size))
        if opts.get("underline"):
            r.underline = True
    return cell


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=None, runs=None, after=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if runs is None:
        runs = [(text, {"bold": bold, "italic": italic})]
    for t, o in runs:
        r = p.add_run(t)
        r.bold = o.get("bold", False); r.italic = o.get("italic", False)
        if o.get("underline"):
            r.underline = True
        if size or o.get("size"):
            r.font.size = Pt(o.get("size", size))
    return p


C = WD_ALIGN_PARAGRAPH.CENTER
J = WD_ALIGN_PARAGRAPH.JUSTIFY
R = WD_ALIGN_PARAGRAPH.RIGHT


def header_table(doc, left, right, widths=(7.0, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left, align=C)
    cell_lines(t.rows[0].cells[1], right, align=C)
    return t


def sign_table(doc, left_lines, right_lines, widths=(8, 8.5)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for i, w in enumerate(widths):
        t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left_lines, size=11)
    cell_lines(t.rows[0].cells[1], right_lines, align=C)
    return t


# ----------------------------------------------------------------- Hand A: Bảo
A_ST = {"completed": "Nội dung này đã hoàn thành.",
        "in_progress": "Nội dung này phường đang tiếp tục thực hiện.",
        "not_started": "Nội dung này chưa thực hiện.",
        "not_applicable": "Nội dung này không phát sinh."}


def hand_A(f, path):
    doc = Document()
    set_font(doc, "Arial", 12)
    margins(doc, 2, 2, 3, 2)
    dd, mm, yy = iso2(f["date"])
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", {}), ("PHƯỜNG " + f["short"], {"bold": True}), ("", {}),
                  ("Số: " + f["number"], {})],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "size": 11}),
                  ("Độc lập - Tự do - Hạnh phúc", {"bold": True}), ("", {}),
                  (f"TP. Hồ Chí Minh, ngày {dd}/{mm}/{yy}", {"italic": True})])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align=C, after=0)
    if f.get("rejected"):
        para(doc, "Kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026", bold=True, align=C)
        para(doc, "Kính gửi: Ban Chỉ đạo liên ngành an toàn thực phẩm Thành phố.", align=C)
        body = [
            f"Thực hiện Kế hoạch của Ban Chỉ đạo liên ngành an toàn thực phẩm Thành phố về bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026, Ủy ban nhân dân phường {f['short'].title()} báo cáo kết quả như sau:",
        ]
        for b in body:
            para(doc, b, align=J, indent=1)
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
        for b in [
            "- Công tác tuyên truyền: phát 850 tờ rơi về chọn mua bánh trung thu an toàn; phát thanh 12 lượt trên hệ thống loa khu phố.",
            "- Công tác kiểm tra: Đoàn kiểm tra liên ngành phường kiểm tra 27 cơ sở sản xuất, kinh doanh bánh trung thu, thực phẩm; phát hiện 03 cơ sở vi phạm (không có giấy xác nhận kiến thức an toàn thực phẩm), xử phạt 6.500.000 đồng.",
            "- Lấy 09 mẫu bánh trung thu gửi test nhanh, kết quả 09/09 mẫu đạt.",
            "- Không xảy ra ngộ độc thực phẩm trên địa bàn phường.",
        ]:
            para(doc, b, align=J)
        para(doc, "II. KHÓ KHĂN", bold=True)
        para(doc, "- Cơ sở sản xuất bánh thủ công theo mùa vụ, không đăng ký kinh doanh nên khó quản lý.", align=J)
        para(doc, "III. KIẾN NGHỊ", bold=True)
        para(doc, "- Đề nghị Sở An toàn thực phẩm hỗ trợ bộ test nhanh cho phường.", align=J)
    else:
        para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường", bold=True, align=C)
        para(doc, "Kính gửi: " + CCTDC + ".", align=C)
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường {f['short'].title()} báo cáo kết quả thực hiện (số liệu từ ngày 01/01/2026 đến ngày 20/10/2026) như sau:", align=J, indent=1)
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
        for e in f["entries"]:
            para(doc, f"- {e['label']}: {e['body']}  {A_ST[e['st']]}", align=J)
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for d in f["difficulties"]:
            para(doc, "- " + d, align=J)
        para(doc, "III. KIẾN NGHỊ", bold=True)
        for d in f["proposals"]:
            para(doc, "- " + d, align=J)
        para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân phường {f['short'].title()}./.", indent=1)
    sign_table(doc, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- TT Đảng ủy phường;",
                     "- CT, các PCT UBND phường;", "- Lưu: VT, KT."],
               [("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", "",
                (f["signer"], {"bold": True})])
    doc.save(path)


# ----------------------------------------------------------------- Hand C: Hùng
C_ST = {"completed": "Đến thời điểm báo cáo, nội dung này đã thực hiện xong.",
        "in_progress": "Đến thời điểm báo cáo, phường đang tiếp tục triển khai.",
        "not_started": "Đến thời điểm báo cáo, phường chưa triển khai nội dung này.",
        "not_applicable": "Đến thời điểm báo cáo, nội dung này không phát sinh."}
LETTERS = "abcdđeghiklmn"


def hand_C(f, path):
    doc = Document()
    set_font(doc, "Times New Roman", 14)
    margins(doc, 2, 2, 3, 1.5)
    dd, mm, yy = iso2(f["date"])
    place = f["short"].title()
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", {"size": 13}), ("PHƯỜNG " + f["short"], {"bold": True, "size": 13}),
                  ("", {}), ("Số: " + f["number"], {"size": 13}),
                  ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", {"size": 12})],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "size": 12}),
                  ("Độc lập - Tự do - Hạnh phúc", {"bold": True, "size": 13}), ("", {}),
                  (f"{place}, ngày {dd} tháng {mm} năm {yy}", {"italic": True, "size": 13})],
                 widths=(7.5, 9.0))
    para(doc)
    para(doc, runs=[("Kính gửi: ", {}), ("Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", {})], align=C)
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026 và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường {place} báo cáo kết quả thực hiện như sau:", align=J, indent=1.27)
    para(doc, "1. Kết quả thực hiện", bold=True, indent=1.27)
    for i, e in enumerate(f["entries"]):
        lab = e["label"][0].upper() + e["label"][1:]
        para(doc, f"{LETTERS[i]}) {lab}. {e['body']} {C_ST[e['st']]}", align=J, indent=1.27)
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=1.27)
    for d in f["difficulties"]:
        para(doc, "- " + d, align=J, indent=1.27)
    para(doc, "3. Kiến nghị", bold=True, indent=1.27)
    for d in f["proposals"]:
        para(doc, "- " + d, align=J, indent=1.27)
    para(doc, f"Ủy ban nhân dân phường {place} kính báo cáo./.", align=J, indent=1.27)
    sign_table(doc, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;",
                     "- Chi cục TĐC (để tổng hợp);", "- Chủ tịch UBND phường (để b/c);", "- Lưu: VT, KT."],
               [("TM. ỦY BAN NHÂN DÂN", {"bold": True}), ("KT. CHỦ TỊCH", {"bold": True}),
                ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", "", (f["signer"], {"bold": True})])
    doc.save(path)


# ----------------------------------------------------------------- Hand D: Vân (DOCX)
D_ST = {"completed": "Đã hoàn thành", "in_progress": "Đang triển khai",
        "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"}


def hand_D_docx(f, path):
    doc = Document()
    set_font(doc, "Times New Roman", 13)
    margins(doc, 2, 2, 3, 1.5)
    dd, mm, yy = iso2(f["date"])
    dept = f["unit_id"] == "SO-CT"
    if dept:
        left = [("ỦY BAN NHÂN DÂN", {"size": 12}), ("THÀNH PHỐ HỒ CHÍ MINH", {"size": 12}),
                ("SỞ CÔNG THƯƠNG", {"bold": True, "size": 12}), ("", {}), ("Số: " + f["number"], {})]
        place = "Thành phố Hồ Chí Minh"
        who = "Sở Công Thương"
    else:
        left = [("ỦY BAN NHÂN DÂN", {"size": 12}), ("PHƯỜNG " + f["short"], {"bold": True, "size": 12}),
                ("", {}), ("Số: " + f["number"], {})]
        place = "Thành phố Hồ Chí Minh"
        who = "Ủy ban nhân dân phường " + f["short"].title()
    header_table(doc, left,
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "size": 12}),
                  ("Độc lập - Tự do - Hạnh phúc", {"bold": True}), ("", {}),
                  (f"{place}, ngày {dd} tháng {mm} năm {yy}", {"italic": True})])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align=C, after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align=C)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align=C)
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; {who} báo cáo kết quả thực hiện các nội dung có liên quan như sau:", align=J, indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t = doc.add_table(rows=1, cols=5)
    all_borders(t)
    t.autofit = False
    widths = (1.0, 4.6, 3.0, 5.5, 2.5)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    hdr = ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Kết quả thực hiện", "Tiến độ"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].width = Cm(widths[i])
        cell_lines(t.rows[0].cells[i], [h], bold=True, align=C, size=12)
    for n, e in enumerate(f["entries"], 1):
        r = t.add_row().cells
        for i in range(5):
            r[i].width = Cm(widths[i])
        cell_lines(r[0], [str(n)], align=C, size=12)
        cell_lines(r[1], [e["label"]], size=12)
        cell_lines(r[2], [e["ind"].get("_who", "")], size=12)
        cell_lines(r[3], e["body"].split("\n"), size=12)
        cell_lines(r[4], [D_ST[e["st"]]], size=12, align=C)
    para(doc)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, d in enumerate(f["difficulties"], 1):
        para(doc, f"{i}. {d}", align=J, indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for i, d in enumerate(f["proposals"], 1):
        para(doc, f"{i}. {d}", align=J, indent=1)
    para(doc, f"Trên đây là báo cáo kết quả thực hiện của {who}./.", indent=1)
    if dept:
        right = [("KT. GIÁM ĐỐC", {"bold": True}), ("PHÓ GIÁM ĐỐC", {"bold": True}), "", "", "", (f["signer"], {"bold": True})]
        left = [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Chi cục TĐC;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTC."]
    else:
        right = [("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", "", (f["signer"], {"bold": True})]
        left = [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Chi cục TĐC;", "- Lưu: VT, KT."]
    sign_table(doc, left, right)
    doc.save(path)


# ----------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def mput(ws, rng, value, font=None, align=None):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = value
    if font: c.font = font
    if align: c.alignment = align
    return c


TNR = "Times New Roman"

# ----------------------------------------------------------------- Hand B: Thư
B_ST = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện",
        "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}


def hand_B(f, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CCHC" if f.get("rejected") else "CT38"
    for col, w in zip("ABCDEFG", (5, 34, 52, 10, 10, 16, 14)):
        ws.column_dimensions[col].width = w
    dd, mm, yy = iso2(f["date"])
    f12 = Font(name=TNR, size=12); f12b = Font(name=TNR, size=12, bold=True)
    mput(ws, "A1:C1", "ỦY BAN NHÂN DÂN", f12, CENTER)
    mput(ws, "A2:C2", "PHƯỜNG " + f["short"], f12b, CENTER)
    mput(ws, "A3:C3", "Số: " + f["number"], f12, CENTER)
    mput(ws, "D1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f12b, CENTER)
    mput(ws, "D2:G2", "Độc lập - Tự do - Hạnh phúc", f12b, CENTER)
    mput(ws, "D3:G3", f"{f['short'].title()}, ngày {dd} tháng {mm} năm {yy}", Font(name=TNR, size=12, italic=True), CENTER)
    mput(ws, "A5:G5", "BÁO CÁO", Font(name=TNR, size=14, bold=True), CENTER)
    if f.get("rejected"):
        mput(ws, "A6:G6", "Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026", f12b, CENTER)
        mput(ws, "A7:G7", "(Số liệu tính từ 01/7/2026 đến 30/9/2026)", Font(name=TNR, size=11, italic=True), CENTER)
        rows = [
            ("Tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa", "Tiếp nhận 4.512 hồ sơ, giải quyết đúng hạn 4.476 hồ sơ (99,2%), trễ hạn 36 hồ sơ.", 4512, "hồ sơ", "Hoàn thành"),
            ("Số hóa hồ sơ, kết quả giải quyết TTHC", "Số hóa 3.980 hồ sơ, đạt 88,2%.", 3980, "hồ sơ", "Đang thực hiện"),
            ("Rà soát, đơn giản hóa thủ tục hành chính", "Đề xuất đơn giản hóa 04 thủ tục lĩnh vực hộ tịch.", 4, "thủ tục", "Hoàn thành"),
            ("Khảo sát sự hài lòng của người dân", "Phát 300 phiếu khảo sát, mức hài lòng 97,6%.", 300, "phiếu", "Hoàn thành"),
            ("Tuyên truyền cải cách hành chính", "Đăng 08 tin, bài trên trang thông tin điện tử phường.", 8, "tin, bài", "Hoàn thành"),
        ]
        kk = ["Đường truyền mạng tại Bộ phận Một cửa thường xuyên chập chờn."]
        kn = ["Đề nghị Sở Nội vụ hỗ trợ nâng cấp thiết bị tại Bộ phận Một cửa."]
    else:
        mput(ws, "A6:G6", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường", f12b, CENTER)
        mput(ws, "A7:G7", "(Số liệu tính từ 01/01/2026 đến 20/10/2026)", Font(name=TNR, size=11, italic=True), CENTER)
        rows = []
        for e in f["entries"]:
            main = e["ind"].get("_main")
            rows.append((e["label"], e["body"], main[0] if main else None, main[1] if main else None, B_ST[e["st"]]))
        kk, kn = f["difficulties"], f["proposals"]
    hdr = ["STT", "Công việc phường thực hiện", "Kết quả thực hiện", "Số lượng", "ĐVT", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=9, column=i, value=h); c.font = f12b; c.alignment = CENTER; c.border = BOX
    r = 10
    for n, (lab, body, q, u, st) in enumerate(rows, 1):
        vals = [n, lab, body, q, u, st, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = f12; c.border = BOX
            c.alignment = CENTER if i in (1, 4, 5, 6) else WRAP
        ws.row_dimensions[r].height = 16 * max(2, len(body) // 55 + 1)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = f12b
    r += 1
    for i, d in enumerate(kk, 1):
        mput(ws, f"B{r}:G{r}", f"{i}. {d}", f12, WRAP); r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = f12b
    r += 1
    for i, d in enumerate(kn, 1):
        mput(ws, f"B{r}:G{r}", f"{i}. {d}", f12, WRAP); r += 1
    r += 1
    ws.cell(row=r, column=2, value="NGƯỜI LẬP BIỂU").font = f12b
    ws.cell(row=r, column=2).alignment = CENTER
    mput(ws, f"E{r}:G{r}", "KT. CHỦ TỊCH", f12b, CENTER)
    mput(ws, f"E{r+1}:G{r+1}", "PHÓ CHỦ TỊCH", f12b, CENTER)
    ws.cell(row=r + 5, column=2, value=f["maker"]).font = f12b
    ws.cell(row=r + 5, column=2).alignment = CENTER
    mput(ws, f"E{r+5}:G{r+5}", f["signer"], f12b, CENTER)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)


# ----------------------------------------------------------------- Hand D: Vân (XLSX)
def hand_D_xlsx(f, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    for col, w in zip("ABCDE", (5, 40, 22, 50, 16)):
        ws.column_dimensions[col].width = w
    dd, mm, yy = iso2(f["date"])
    f12 = Font(name=TNR, size=12); f12b = Font(name=TNR, size=12, bold=True)
    mput(ws, "A1:B1", "ỦY BAN NHÂN DÂN", f12, CENTER)
    mput(ws, "A2:B2", "PHƯỜNG " + f["short"], f12b, CENTER)
    mput(ws, "A3:B3", "Số: " + f["number"], f12, CENTER)
    mput(ws, "C1:E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f12b, CENTER)
    mput(ws, "C2:E2", "Độc lập - Tự do - Hạnh phúc", f12b, CENTER)
    mput(ws, "C3:E3", f"Thành phố Hồ Chí Minh, ngày {dd} tháng {mm} năm {yy}", Font(name=TNR, size=12, italic=True), CENTER)
    mput(ws, "A5:E5", "BÁO CÁO", Font(name=TNR, size=14, bold=True), CENTER)
    mput(ws, "A6:E6", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", f12b, CENTER)
    ws.row_dimensions[6].height = 32
    mput(ws, "A7:E7", "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", f12, CENTER)
    ws.cell(row=9, column=1, value="I. KẾT QUẢ THỰC HIỆN").font = f12b
    hdr = ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Kết quả thực hiện", "Tiến độ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=10, column=i, value=h); c.font = f12b; c.alignment = CENTER; c.border = BOX
    r = 11
    for n, e in enumerate(f["entries"], 1):
        vals = [n, e["label"], e["ind"].get("_who", ""), e["body"], D_ST[e["st"]]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.font = f12; c.border = BOX
            c.alignment = CENTER if i in (1, 5) else WRAP
        ws.row_dimensions[r].height = 17 * (e["body"].count("\n") + 1 + len(e["body"]) // 60)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="II. KHÓ KHĂN, VƯỚNG MẮC").font = f12b; r += 1
    for i, d in enumerate(f["difficulties"], 1):
        mput(ws, f"B{r}:E{r}", f"{i}. {d}", f12, WRAP); ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value="III. ĐỀ XUẤT, KIẾN NGHỊ").font = f12b; r += 1
    for i, d in enumerate(f["proposals"], 1):
        mput(ws, f"B{r}:E{r}", f"{i}. {d}", f12, WRAP); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    mput(ws, f"D{r}:E{r}", "KT. CHỦ TỊCH", f12b, CENTER)
    mput(ws, f"D{r+1}:E{r+1}", "PHÓ CHỦ TỊCH", f12b, CENTER)
    mput(ws, f"D{r+5}:E{r+5}", f["signer"], f12b, CENTER)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)


def lo_resave(tmp_path, final_path):
    ext = os.path.splitext(final_path)[1][1:]
    outdir = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", outdir, tmp_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(outdir, os.path.basename(tmp_path))
    shutil.move(produced, final_path)
    shutil.rmtree(outdir, ignore_errors=True)


def main():
    keys = []
    for f in FILES:
        final = os.path.join(OUT, f["name"])
        target = final
        tmpd = None
        if f.get("lo"):
            tmpd = tempfile.mkdtemp()
            target = os.path.join(tmpd, f["name"])
        ext = f["name"].rsplit(".", 1)[1]
        h = f["hand"]
        if h == "A": hand_A(f, target)
        elif h == "B": hand_B(f, target)
        elif h == "C": hand_C(f, target)
        elif h == "D": (hand_D_docx if ext == "docx" else hand_D_xlsx)(f, target)
        if f.get("lo"):
            lo_resave(target, final)
            shutil.rmtree(tmpd, ignore_errors=True)
        keys.append(f)
    # truth keys, sha256 computed last, from the final files
    for f in keys:
        final = os.path.join(OUT, f["name"])
        sha = hashlib.sha256(open(final, "rb").read()).hexdigest()
        rej = bool(f.get("rejected"))
        entries = []
        for e in f["entries"]:
            ind = {k: v for k, v in e["ind"].items() if not k.startswith("_")}
            entries.append({"task": e["task"], "status": e["st"], "indicators": ind,
                            "text": (e["label"][0].upper() + e["label"][1:] + ": " + e["body"].replace("\n", " "))})
        key = {"file": f["name"], "sha256": sha,
               "status": "rejected" if rej else "extracted",
               "reason": f.get("reason") if rej else None,
               "unit": {"id": f["unit_id"], "name": f["unit"]},
               "document": {"number": f["number"], "date": f["date"]},
               "entries": entries, "findings": [],
               "difficulties": f["difficulties"], "proposals": f["proposals"]}
        with open(os.path.join(TRUTH, f["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
    print("written", len(keys))


if __name__ == "__main__":
    main()
