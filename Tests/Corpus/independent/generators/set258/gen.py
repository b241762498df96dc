# -*- coding: utf-8 -*-
"""Generator for set 258 (five hands).  Writes the files and the truth keys.
sha256 is computed last, after the LibreOffice re-saves."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

# ==================================================================== content (one dict per file)
"""Content of set 258: one dict per file.  Every entry carries the prose the hand writes
(figures already written in the hand's own way) and the key (task, status, indicators)."""

KH = "Kế hoạch số 3125/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ"

REPORTS = []

def R(**kw):
    REPORTS.append(kw)
    return kw

# ---------------------------------------------------------------- H1: Huỳnh Văn Tám (PCT xã, Hóc Môn / Nhà Bè cũ), DOCX công văn
R(file="bd-412-ubnd-kt-ct38.docx", hand="H1", unit=("27592", "Xã Bà Điểm"), place="Bà Điểm",
  number="412/UBND-KT", date="2026-11-06", signer="Huỳnh Văn Tám",
  entries=[
    dict(task="II.1.a", status="completed", ind={"communications": 18},
         title="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng.",
         text="Xã giao Trạm truyền thanh phối hợp Văn phòng HĐND-UBND biên soạn 18 tin bài phát trên loa truyền thanh các ấp và đăng trang thông tin điện tử xã, chủ yếu về sử dụng cân đúng, ghi nhãn hàng hóa, xăng dầu; các đợt tuyên truyền trong năm xã đã làm xong."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 5500000},
         title="Kiểm tra đo lường, chất lượng theo phân cấp.",
         text="Tổ kiểm tra liên ngành của xã phối hợp Đội Quản lý thị trường số 7 đi 03 cuộc tại chợ Bà Điểm, chợ Xuân Thới Thượng cũ và các cửa hàng xăng dầu trên Quốc lộ 22; kiểm tra 21 cơ sở, lập biên bản 02 cơ sở dùng cân sai số vượt mức cho phép, chuyển xử phạt tổng số tiền 5,5 triệu đồng. Việc kiểm tra xã đang tiếp tục làm đến cuối năm."),
    dict(task="II.3.a", status="completed", ind={"participants": 2},
         title="Cử cán bộ dự tập huấn.",
         text="Xã cử 02 công chức (Kinh tế và Văn phòng) dự lớp tập huấn nghiệp vụ quản lý đo lường do Chi cục tổ chức tháng 6/2026, đã dự đủ buổi, việc này xã làm xong."),
    dict(task="II.2.đ", status="completed", ind={},
         title="Hệ thống quản lý chất lượng ISO tại UBND xã.",
         text="Xã đã làm xong đánh giá nội bộ và xem xét của lãnh đạo năm 2026 đối với Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật lại quy trình sau sắp xếp."),
    dict(task="II.5.d", status="not_applicable", ind={},
         title="Tiếp nhận tố giác vi phạm.",
         text="Trong kỳ không phát sinh đơn thư, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn xã."),
  ],
  difficulties=["Xã chưa có công chức chuyên trách theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ kinh tế kiêm nhiệm nhiều việc",
                "Chưa có cân đối chứng tại chợ Bà Điểm để người dân tự kiểm tra"],
  proposals=["Đề nghị Chi cục hỗ trợ trang bị 01 cân đối chứng cho chợ Bà Điểm",
             "Đề nghị Sở mở thêm lớp tập huấn cho công chức xã vào quý I/2027"],
)

R(file="hiep-phuoc-cv-287.docx", hand="H1", unit=("27658", "Xã Hiệp Phước"), place="Hiệp Phước",
  number="287/UBND-KT", date="2026-10-30", signer="Lê Thành Nhơn",
  entries=[
    dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 65},
         title="Phổ biến quy định cho hộ kinh doanh.",
         text="Ngày 14/8/2026 xã tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh ở chợ Hiệp Phước và khu vực Khu công nghiệp, có 65 người dự; hội nghị xã đã tổ chức xong."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 9},
         title="Kiểm tra cửa hàng xăng dầu, khí dầu mỏ hóa lỏng.",
         text="Xã phối hợp Phòng Kinh tế cũ nay là Phòng Kinh tế xã kiểm tra 02 cuộc tại 09 cửa hàng xăng dầu, đại lý gas trên đường Nguyễn Văn Tạo, chưa phát hiện sai phạm; xã đang tiếp tục kiểm tra đợt cuối năm."),
    dict(task="II.5.b", status="completed", ind={"samples_tested": 6},
         title="Lấy mẫu xăng dầu khảo sát.",
         text="Phối hợp đoàn của Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng, xã đã phối hợp xong, kết quả Chi cục thông báo đạt."),
    dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 4},
         title="Hướng dẫn cơ sở công bố chất lượng.",
         text="Xã hướng dẫn 04 cơ sở chế biến thủy sản, nước mắm thủ tục tự công bố sản phẩm và ghi nhãn; xã đang tiếp tục hướng dẫn các cơ sở còn lại."),
    dict(task="II.3.a", status="not_started", ind={},
         title="Tập huấn cho công chức xã.",
         text="Năm nay xã chưa cử được công chức dự tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do chưa nhận được thông báo chiêu sinh."),
  ],
  difficulties=["Địa bàn rộng, nhiều cơ sở trong khu công nghiệp thuộc thẩm quyền quản lý của cấp trên nên xã khó nắm số liệu"],
  proposals=["Đề nghị Chi cục gửi danh sách cơ sở sản xuất trên địa bàn xã đã được cấp phép để xã phối hợp theo dõi"],
)

R(file="dong-thanh-bao-cao-ct38.docx", hand="H1", unit=("27568", "Xã Đông Thạnh"), place="Đông Thạnh",
  number="355/UBND-KT", date="2026-11-10", signer="Trương Minh Lộc",
  entries=[
    dict(task="II.1.a", status="completed", ind={"communications": 350},
         title="Cấp phát tài liệu tuyên truyền.",
         text="Xã in và cấp phát 350 tờ gấp về quyền lợi người tiêu dùng khi mua hàng đóng gói sẵn, cân đong tại chợ Đông Thạnh và các ấp; việc cấp phát xã đã làm xong trong tháng 9."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 7000000},
         title="Kiểm tra theo thẩm quyền được phân cấp.",
         text="Xã tổ chức 04 cuộc kiểm tra đo lường, nhãn hàng hóa tại 26 cơ sở kinh doanh, phát hiện 03 cơ sở vi phạm (cân không kiểm định, hàng không nhãn phụ), xử phạt 7 triệu đồng; xã đang tiếp tục kiểm tra theo kế hoạch quý IV."),
    dict(task="II.2.đ", status="in_progress", ind={},
         title="Áp dụng ISO tại bộ phận một cửa.",
         text="Xã đang rà soát, xây dựng lại bộ quy trình ISO cho các thủ tục mới tiếp nhận sau khi sắp xếp, dự kiến xong trong tháng 12/2026."),
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 3},
         title="Truy xuất nguồn gốc rau an toàn.",
         text="Xã phối hợp hướng dẫn 03 hợp tác xã rau an toàn dán tem truy xuất nguồn gốc, xã đang tiếp tục vận động các tổ hợp tác tham gia."),
    dict(task="II.5.d", status="not_applicable", ind={},
         title="Khen thưởng, xử lý tố giác.",
         text="Không phát sinh trường hợp tố giác hoặc đề nghị khen thưởng."),
  ],
  difficulties=["Kinh phí in tài liệu tuyên truyền phải lồng ghép từ nguồn khác, không có dự toán riêng"],
  proposals=["Đề nghị Sở cấp tài liệu tuyên truyền mẫu (file in) để xã in phát cho các ấp"],
)

# ---------------------------------------------------------------- H2: Phạm Thị Bích Tuyền (thống kê xã, Bình Dương cũ), XLSX biểu with "+" rows
R(file="BauBang_bieu_CT38_10thang.xlsx", hand="H2", unit=("25822", "Xã Bàu Bàng"), place="Bàu Bàng",
  number="198/BC-UBND", date="2026-10-28", signer="Nguyễn Văn Sang", maker="Phạm Thị Bích Tuyền",
  period="Số liệu từ 01/01/2026 đến 20/10/2026",
  entries=[
    dict(task="II.1.a", status="completed", label="Tuyên truyền trên loa, trang thông tin xã về tiêu chuẩn, đo lường, chất lượng",
         rows=[("Tin, bài đã đăng phát", 12, "tin, bài")], ind={"communications": 12}),
    dict(task="II.3.a", status="completed", label="Cử công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC mở",
         rows=[("Số công chức tham dự", 3, "người")], ind={"participants": 3}),
    dict(task="II.5.c", status="in_progress", label="Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng xăng dầu (nội dung phân cấp cho xã)",
         rows=[("Số cuộc kiểm tra", 3, "cuộc"), ("+ cơ sở được kiểm tra", 15, "cơ sở"),
               ("+ cơ sở vi phạm", 1, "cơ sở"), ("+ tiền phạt", 3500000, "đồng")],
         ind={"inspections": 3, "establishments_inspected": 15, "violations": 1, "fines_vnd": 3500000}),
    dict(task="II.2.a", status="in_progress", label="Hướng dẫn cơ sở sản xuất, trang trại áp dụng truy xuất nguồn gốc",
         rows=[("Số cơ sở được hướng dẫn", 5, "cơ sở")], ind={"enterprises_supported": 5}),
    dict(task="II.5.d", status="not_applicable", label="Tiếp nhận, xử lý tố giác vi phạm về TĐC", rows=[], ind={}),
  ],
  difficulties=["Công chức kinh tế kiêm nhiệm, chưa được tập huấn đầy đủ về nghiệp vụ kiểm tra nhãn hàng hóa"],
  proposals=["Đề nghị Chi cục hỗ trợ xã tập huấn tại chỗ cho Tổ kiểm tra liên ngành", "Đề nghị cấp kinh phí mua 02 cân đối chứng cho chợ Bàu Bàng và chợ Lai Uyên"],
)

R(file="PhuGiao_BC241_CT38.xlsx", hand="H2", unit=("25858", "Xã Phú Giáo"), place="Phú Giáo",
  number="241/BC-UBND", date="2026-11-03", signer="Võ Thị Hồng", maker="Nguyễn Thị Mỹ Duyên",
  period="Số liệu từ 01/01/2026 đến 31/10/2026", lo_resave=True,
  entries=[
    dict(task="II.1.a", status="completed", label="Hội nghị phổ biến quy định về đo lường, chất lượng cho hộ kinh doanh",
         rows=[("Số hội nghị", 1, "hội nghị"), ("+ lượt người dự", 80, "lượt người")], ind={"training_courses": 1, "participants": 80}),
    dict(task="II.5.c", status="in_progress", label="Phối hợp kiểm tra cân, xăng dầu theo phân cấp",
         rows=[("Số cuộc kiểm tra", 2, "cuộc"), ("+ cơ sở được kiểm tra", 11, "cơ sở")], ind={"inspections": 2, "establishments_inspected": 11}),
    dict(task="II.2.đ", status="completed", label="Duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001 tại UBND xã", rows=[], ind={}),
    dict(task="II.2.d", status="in_progress", label="Hướng dẫn HTX, cơ sở OCOP công bố chất lượng sản phẩm",
         rows=[("Số HTX, cơ sở được hướng dẫn", 2, "HTX")], ind={"enterprises_supported": 2}),
    dict(task="II.5.d", status="not_applicable", label="Khen thưởng, bảo vệ người tố giác vi phạm", rows=[], ind={}),
  ],
  difficulties=["Chợ Phước Vĩnh chưa bố trí được vị trí đặt cân đối chứng"],
  proposals=["Đề nghị Sở hướng dẫn cụ thể danh mục nội dung phân cấp cho xã sau sắp xếp"],
)

R(file="ThuongTan_ct38.xlsx", hand="H2", unit=("25909", "Xã Thường Tân"), place="Thường Tân",
  number="176/BC-UBND", date="2026-10-30", signer="Đặng Hữu Phước", maker="Trần Thị Kim Ngân",
  period="Số liệu từ 01/01/2026 đến 25/10/2026",
  entries=[
    dict(task="II.1.a", status="completed", label="Tuyên truyền lưu động, đài truyền thanh",
         rows=[("Tin, bài", 9, "tin, bài")], ind={"communications": 9}),
    dict(task="II.5.c", status="in_progress", label="Kiểm tra về đo lường, chất lượng tại các chợ, cửa hàng xăng dầu, vật liệu xây dựng",
         rows=[("Số cuộc kiểm tra", 5, "cuộc"), ("+ cơ sở được kiểm tra", 32, "cơ sở"),
               ("+ cơ sở vi phạm", 4, "cơ sở"), ("+ tiền phạt", 12750000, "đồng")],
         ind={"inspections": 5, "establishments_inspected": 32, "violations": 4, "fines_vnd": 12750000}),
    dict(task="II.3.a", status="not_started", label="Cử cán bộ tham dự tập huấn chuyên môn TĐC", rows=[], ind={}),
    dict(task="II.2.đ", status="in_progress", label="Xây dựng lại quy trình ISO sau sáp nhập xã", rows=[], ind={}),
  ],
  difficulties=["Nhiều cơ sở khai thác, kinh doanh cát đá nằm giáp ranh, khó xác định địa bàn quản lý", "Lực lượng kiểm tra của xã mỏng"],
  proposals=["Đề nghị Chi cục phối hợp cùng xã kiểm tra các bãi vật liệu xây dựng ven sông Đồng Nai"],
)

R(file="DauTieng_bieu_thang10.xlsx", hand="H2", unit=("25777", "Xã Dầu Tiếng"), place="Dầu Tiếng",
  number="203/BC-UBND", date="2026-11-02", signer="Lý Văn Hùng", maker="Lê Thị Thu Trang",
  period="Số liệu từ 01/01/2026 đến 31/10/2026", mistaken=True,
  reason="Biểu tổng hợp công tác phòng, chống thiên tai và tìm kiếm cứu nạn của Xã Dầu Tiếng, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
  entries=[], difficulties=[], proposals=[],
)

# ---------------------------------------------------------------- H3: Đỗ Minh Khoa (chuyên viên tổng hợp Sở), phụ lục "Theo Kế hoạch | Việc Sở đã làm | Khối lượng | Đơn vị | Hoàn thành ngày | Tình trạng"
R(file="SCT_phuluc_KQ_CT38_2026.xlsx", hand="H3", unit=("SO-CT", "Sở Công Thương"),
  number="5127/BC-SCT", date="2026-11-12", agency_short="SCT",
  entries=[
    dict(task="II.5.a", status="in_progress", plan="Kiểm tra, giám sát chất lượng hàng hóa lưu thông",
         did="Lực lượng Quản lý thị trường kiểm tra chuyên đề hàng đóng gói sẵn, xăng dầu, đồ chơi trẻ em",
         rows=[(14, "cuộc"), (58, "cơ sở được kiểm tra"), (19, "cơ sở vi phạm"), (186500000, "đồng tiền phạt")], done="",
         ind={"inspections": 14, "establishments_inspected": 58, "violations": 19, "fines_vnd": 186500000}),
    dict(task="II.5.b", status="completed", plan="Khảo sát chất lượng hàng hóa",
         did="Phối hợp Chi cục TĐC lấy mẫu xăng dầu tại cửa hàng bán lẻ để khảo sát",
         rows=[(24, "mẫu")], done="30/9/2026", ind={"samples_tested": 24}),
    dict(task="II.2.e", status="completed", plan="Góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
         did="Góp ý dự thảo QCVN về xăng dầu, khí dầu mỏ hóa lỏng, an toàn điện do Bộ Công Thương gửi",
         rows=[(3, "dự thảo QCVN")], done="15/7/2026", ind={"standards_reviewed": 3}),
    dict(task="II.1.a", status="completed", plan="Tọa đàm với doanh nghiệp nhập khẩu",
         did="Phối hợp Chi cục TĐC tổ chức tọa đàm về kiểm tra chất lượng hàng nhập khẩu",
         rows=[(1, "buổi tọa đàm"), (120, "đại biểu doanh nghiệp")], done="22/5/2026", ind={"training_courses": 1, "participants": 120}),
    dict(task="II.6.a", status="in_progress", plan="Cập nhật cam kết quốc tế (TBT trong các FTA)",
         did="Cập nhật thông tin cam kết TBT trong các FTA trên Cổng thông tin của Sở cho doanh nghiệp xuất khẩu",
         rows=[], done="", ind={}),
    dict(task="II.5.d", status="not_applicable", plan="Khen thưởng, bảo vệ người tố giác",
         did="Chưa có trường hợp tố giác cần khen thưởng, bảo vệ", rows=[], done="", ind={}),
  ],
  difficulties=["Danh mục hàng hóa nhóm 2 thay đổi theo Luật Chất lượng sản phẩm, hàng hóa sửa đổi, lực lượng kiểm tra chưa được tập huấn kịp"],
  proposals=["Đề nghị Sở KH&CN tổ chức tập huấn về Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho lực lượng Quản lý thị trường",
             "Đề nghị chia sẻ kết quả khảo sát mẫu của Chi cục TĐC để phục vụ kiểm tra"],
)

R(file="SNNMT_4418_bao_cao_CT38.docx", hand="H3", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
  number="4418/SNNMT-QLCL", date="2026-11-09", agency_short="SNNMT",
  entries=[
    dict(task="II.2.a", status="in_progress", plan="Truy xuất nguồn gốc (Đề án 100)",
         did="Hướng dẫn cơ sở trồng trọt, chăn nuôi, thủy sản cấp mã số vùng trồng và dán tem truy xuất",
         rows=[(37, "cơ sở được hướng dẫn")], done="", ind={"enterprises_supported": 37}),
    dict(task="II.5.a", status="in_progress", plan="Kiểm tra chất lượng vật tư nông nghiệp",
         did="Thanh tra chuyên ngành kiểm tra phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi",
         rows=[(9, "cuộc"), (64, "cơ sở"), (7, "cơ sở vi phạm"), (93000000, "đồng phạt")], done="",
         ind={"inspections": 9, "establishments_inspected": 64, "violations": 7, "fines_vnd": 93000000}),
    dict(task="II.5.b", status="completed", plan="Lấy mẫu khảo sát chất lượng",
         did="Lấy mẫu phân bón lưu thông gửi thử nghiệm chỉ tiêu chất lượng",
         rows=[(45, "mẫu")], done="15/10/2026", ind={"samples_tested": 45}),
    dict(task="II.2.e", status="completed", plan="Góp ý QCVN, xây dựng quy chuẩn địa phương",
         did="Góp ý dự thảo QCVN về chất lượng nước sạch sinh hoạt và phân bón",
         rows=[(2, "dự thảo")], done="28/8/2026", ind={"standards_reviewed": 2}),
    dict(task="II.2.đ", status="completed", plan="Áp dụng ISO trong cơ quan hành chính",
         did="Công bố lại Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở sau hợp nhất",
         rows=[], done="30/6/2026", ind={}),
  ],
  difficulties=["Số cơ sở sản xuất nông nghiệp nhỏ lẻ nhiều, việc áp dụng truy xuất nguồn gốc chưa đồng bộ giữa các xã"],
  proposals=["Đề nghị Sở KH&CN thống nhất nền tảng truy xuất nguồn gốc dùng chung của Thành phố để các ngành cùng kết nối"],
)

R(file="SYT_phu_luc_CT38.xlsx", hand="H3", unit=("SO-YT", "Sở Y tế"),
  number="6102/BC-SYT", date="2026-11-06", agency_short="SYT",
  entries=[
    dict(task="II.2.đ", status="completed", plan="ISO trong cơ quan hành chính",
         did="Duy trì, cải tiến HTQLCL ISO tại Văn phòng Sở, đánh giá nội bộ năm 2026",
         rows=[], done="25/9/2026", ind={}),
    dict(task="II.2.e", status="completed", plan="Góp ý tiêu chuẩn, quy chuẩn",
         did="Góp ý dự thảo TCVN, QCVN về trang thiết bị y tế, nước uống đóng chai",
         rows=[(4, "dự thảo")], done="10/8/2026", ind={"standards_reviewed": 4}),
    dict(task="II.5.a", status="in_progress", plan="Kiểm tra đo lường, chất lượng",
         did="Kiểm tra việc kiểm định phương tiện đo dùng trong khám chữa bệnh tại bệnh viện, trung tâm y tế",
         rows=[(6, "cuộc"), (22, "cơ sở khám chữa bệnh"), (1245, "phương tiện đo đã kiểm định")], done="",
         ind={"inspections": 6, "establishments_inspected": 22, "instruments_verified": 1245}),
    dict(task="II.3.a", status="completed", plan="Tập huấn nghiệp vụ TĐC",
         did="Cử viên chức phụ trách thiết bị y tế dự lớp tập huấn đo lường do Chi cục TĐC tổ chức",
         rows=[(12, "lượt viên chức")], done="18/6/2026", ind={"participants": 12}),
    dict(task="II.5.d", status="not_applicable", plan="Khen thưởng người tố giác",
         did="Không phát sinh", rows=[], done="", ind={}),
  ],
  difficulties=["Một số bệnh viện tuyến xã chưa bố trí kinh phí kiểm định định kỳ phương tiện đo huyết áp, nhiệt kế"],
  proposals=["Đề nghị Sở KH&CN hướng dẫn danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế theo quy định mới"],
)

# ---------------------------------------------------------------- H4: Nguyễn Hoàng Yến (Văn phòng UBND xã, BR-VT cũ), DOCX "a) title: *status*"
R(file="ChauDuc_BC145.docx", hand="H4", unit=("26596", "Xã Châu Đức"), place="Châu Đức",
  number="145/BC-UBND", date="2026-10-27", signer="Trần Quốc Việt", writer="Yến",
  entries=[
    dict(task="II.1.a", status="completed", ind={"communications": 8, "training_courses": 1, "participants": 45},
         title="Công tác tuyên truyền", sw="đã thực hiện",
         text="Số tin bài tuyên truyền được đăng trên trang thông tin điện tử và phát trên Đài truyền thanh xã là 08 tin bài. Xã phối hợp Hội Nông dân tổ chức 01 hội nghị tuyên truyền, phổ biến quy định về đo lường, ghi nhãn hàng hóa nông sản, số người tham dự là 45 người."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 17, "violations": 1, "fines_vnd": 1500000},
         title="Kiểm tra đo lường, chất lượng theo phân cấp", sw="đang thực hiện",
         text="Số cuộc kiểm tra là 02 cuộc, số cơ sở được kiểm tra là 17 cơ sở (chợ Ngãi Giao cũ, chợ Suối Nghệ và các cửa hàng xăng dầu); số cơ sở vi phạm là 01 cơ sở, số tiền xử phạt là 1.500.000 đồng."),
    dict(task="II.2.đ", status="completed", ind={},
         title="Duy trì hệ thống quản lý chất lượng ISO", sw="đã hoàn thành",
         text="UBND xã đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 và thực hiện đánh giá nội bộ năm 2026."),
    dict(task="II.3.a", status="completed", ind={"participants": 2},
         title="Cử cán bộ tham gia tập huấn", sw="đã thực hiện",
         text="Số công chức được cử tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức là 02 người."),
  ],
  difficulties=["Xã mới sáp nhập, địa bàn rộng, công chức phụ trách chưa nắm hết các cơ sở kinh doanh"],
  proposals=["Đề nghị Chi cục cung cấp danh sách cửa hàng xăng dầu trên địa bàn xã", "Đề nghị hỗ trợ xã 01 bộ quả cân chuẩn để kiểm tra cân tại chợ"],
)

R(file="XuyenMoc_BC188_CT38.docx", hand="H4", unit=("26632", "Xã Xuyên Mộc"), place="Xuyên Mộc",
  number="188/BC-UBND", date="2026-11-04", signer="Phan Văn Tài", writer="Hạnh", lo_resave=True,
  entries=[
    dict(task="II.1.a", status="in_progress", ind={"communications": 10},
         title="Công tác tuyên truyền", sw="đang thực hiện",
         text="Số tin bài về tiêu chuẩn, đo lường, chất lượng đã phát trên hệ thống loa các ấp là 10 tin bài; xã tiếp tục tuyên truyền trong dịp cuối năm."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 20, "violations": 2, "fines_vnd": 4000000},
         title="Kiểm tra theo nội dung phân cấp", sw="đang thực hiện",
         text="Số cuộc kiểm tra là 03 cuộc; số cơ sở được kiểm tra là 20 cơ sở; số cơ sở vi phạm là 02 cơ sở; số tiền xử phạt là 4.000.000 đồng."),
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 6},
         title="Hướng dẫn truy xuất nguồn gốc nông sản", sw="đang thực hiện",
         text="Số hợp tác xã, trang trại sầu riêng, hồ tiêu được hướng dẫn đăng ký mã số vùng trồng và tem truy xuất nguồn gốc là 06 đơn vị."),
    dict(task="II.5.d", status="not_applicable", ind={},
         title="Tiếp nhận tố giác vi phạm", sw="không phát sinh",
         text="Trong kỳ chưa nhận được tố giác nào."),
    dict(task="II.3.a", status="not_started", ind={},
         title="Cử công chức dự tập huấn", sw="chưa thực hiện",
         text="Xã chưa cử công chức dự tập huấn do trùng lịch tổ chức Đại hội các đoàn thể."),
  ],
  difficulties=["Chưa có kinh phí riêng cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng"],
  proposals=["Đề nghị Sở mở lớp tập huấn trực tuyến để công chức xã xa trung tâm tham dự được"],
)

R(file="LongHai_BC231.docx", hand="H4", unit=("26662", "Xã Long Hải"), place="Long Hải",
  number="231/BC-UBND", date="2026-11-10", signer="Mai Thanh Bình", writer="Tuyết",
  entries=[
    dict(task="II.1.a", status="completed", ind={"communications": 15},
         title="Công tác tuyên truyền", sw="đã hoàn thành",
         text="Số tin bài tuyên truyền trên Đài truyền thanh và trang Zalo của xã là 15 tin bài, tập trung vào cân đong tại chợ hải sản và các điểm du lịch."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 23, "violations": 3, "fines_vnd": 6250000},
         title="Kiểm tra đo lường tại chợ và khu du lịch", sw="đang thực hiện",
         text="Số cuộc kiểm tra là 04 cuộc, số cơ sở được kiểm tra là 23 cơ sở (chủ yếu vựa hải sản, nhà hàng ven biển), số cơ sở vi phạm là 03 cơ sở, số tiền xử phạt là 6.250.000 đồng."),
    dict(task="II.2.đ", status="in_progress", ind={},
         title="Hệ thống quản lý chất lượng ISO", sw="đang thực hiện",
         text="Xã đang cập nhật quy trình nội bộ cho các thủ tục hành chính mới, dự kiến công bố lại trong tháng 12/2026."),
    dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 7},
         title="Hướng dẫn cơ sở chế biến hải sản ghi nhãn, công bố sản phẩm", sw="đang thực hiện",
         text="Số cơ sở chế biến hải sản khô, nước mắm được hướng dẫn ghi nhãn và tự công bố sản phẩm là 07 cơ sở."),
  ],
  difficulties=["Vào mùa du lịch các vựa hải sản hoạt động đến khuya, việc kiểm tra ngoài giờ gặp khó khăn"],
  proposals=["Đề nghị Chi cục phối hợp kiểm tra cân tại chợ hải sản Long Hải vào dịp cao điểm hè 2027"],
)

R(file="BinhChau_BC_2026.docx", hand="H4", unit=("26656", "Xã Bình Châu"), place="Bình Châu",
  number="219/BC-UBND", date="2026-11-05", signer="Huỳnh Tấn Lực", writer="Ngân", mistaken=True,
  reason="Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026 của Xã Bình Châu, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
  entries=[], difficulties=[], proposals=[],
)

# ---------------------------------------------------------------- H5: Lâm Ngọc Thanh (công chức trẻ, xã), XLSX sentence cells + coded status with legend at the top, "Kho khan" sheet
R(file="LongSon_KQ_KH38.xlsx", hand="H5", unit=("26545", "Xã Long Sơn"), place="Long Sơn",
  number="96/BC-UBND", date="2026-11-05", signer="Ngô Văn Đức", maker="Lâm Ngọc Thanh",
  entries=[
    dict(task="II.1.a", status="completed", name="Tuyên truyền CT38 trên loa, trang Facebook xã",
         res="Đăng 6 tin bài trên trang Facebook UBND xã và phát trên loa các ấp."),
    dict(task="II.5.c", status="in_progress", name="Kiểm tra cân, xăng dầu (phân cấp)",
         res="Kiểm tra 2 cuộc, 12 cơ sở (chợ Long Sơn, 3 cây xăng, bến cá); 1 cơ sở vi phạm, phạt 2,5 triệu đồng."),
    dict(task="II.5.b", status="completed", name="Phối hợp Chi cục lấy mẫu xăng dầu",
         res="Phối hợp lấy 4 mẫu xăng dầu tại các cửa hàng trên đảo Long Sơn."),
    dict(task="II.3.a", status="not_started", name="Cử cán bộ đi tập huấn", res="Chưa cử, chờ thông báo lớp của Chi cục."),
    dict(task="II.5.d", status="not_applicable", name="Tố giác vi phạm", res="Không có."),
  ],
  ind={"II.1.a": {"communications": 6}, "II.5.c": {"inspections": 2, "establishments_inspected": 12, "violations": 1, "fines_vnd": 2500000},
       "II.5.b": {"samples_tested": 4}},
  difficulties=["Xã đảo, đi lại khó, cán bộ kiêm nhiệm nhiều việc"],
  proposals=["Xin Chi cục hỗ trợ cân đối chứng cho chợ Long Sơn"],
)

R(file="BacTanUyen_BC310.xlsx", hand="H5", unit=("25906", "Xã Bắc Tân Uyên"), place="Bắc Tân Uyên",
  number="310/BC-UBND", date="2026-10-29", signer="Hồ Văn Quang", maker="Đinh Quốc Bảo",
  entries=[
    dict(task="II.1.a", status="completed", name="Hội nghị phổ biến pháp luật về đo lường, chất lượng cho hộ kinh doanh",
         res="Tổ chức 1 hội nghị ngày 16/7/2026 tại hội trường xã, 52 người tham dự."),
    dict(task="II.5.c", status="in_progress", name="Kiểm tra đo lường, chất lượng theo phân cấp",
         res="Kiểm tra 3 cuộc với 18 cơ sở (cây xăng, đại lý gas, tiệm vàng); 2 cơ sở vi phạm, phạt 3 triệu đồng."),
    dict(task="II.2.đ", status="completed", name="ISO 9001 tại UBND xã", res="Đã đánh giá nội bộ, công bố lại HTQLCL."),
    dict(task="II.2.a", status="in_progress", name="Truy xuất nguồn gốc cho vườn cây ăn trái",
         res="Hướng dẫn 3 HTX, tổ hợp tác dán tem truy xuất nguồn gốc."),
  ],
  ind={"II.1.a": {"training_courses": 1, "participants": 52}, "II.5.c": {"inspections": 3, "establishments_inspected": 18, "violations": 2, "fines_vnd": 3000000},
       "II.2.a": {"enterprises_supported": 3}},
  difficulties=["Cơ sở kinh doanh nhỏ lẻ, thay đổi địa điểm thường xuyên", "Chưa có phần mềm theo dõi cơ sở kinh doanh"],
  proposals=["Xin Sở mở lớp tập huấn cho công chức kinh tế các xã mới"],
)

R(file="NhaBe_KH38_BC268.xlsx", hand="H5", unit=("27655", "Xã Nhà Bè"), place="Nhà Bè",
  number="268/BC-UBND", date="2026-11-11", signer="Lưu Hoàng Nam", maker="Võ Minh Tân",
  entries=[
    dict(task="II.1.a", status="completed", name="Tuyên truyền trên Zalo OA, loa phát thanh", res="Đăng 20 tin, bài."),
    dict(task="II.5.c", status="in_progress", name="Kiểm tra theo phân cấp (chợ, xăng dầu, gas)",
         res="6 cuộc, 41 cơ sở được kiểm tra; 5 cơ sở vi phạm; phạt 14,5 triệu đồng."),
    dict(task="II.2.đ", status="completed", name="ISO tại bộ phận một cửa", res="Đã cập nhật quy trình, đánh giá nội bộ xong."),
    dict(task="II.3.a", status="completed", name="Cử công chức dự tập huấn", res="Cử 2 công chức dự lớp của Chi cục (tháng 6)."),
    dict(task="II.5.d", status="not_applicable", name="Tố giác, khen thưởng", res="Không phát sinh."),
    dict(task="II.2.d", status="in_progress", name="Hướng dẫn DN nhỏ công bố hợp quy",
         res="Hướng dẫn 3 doanh nghiệp sản xuất nước đá, nước uống đóng bình."),
  ],
  ind={"II.1.a": {"communications": 20}, "II.5.c": {"inspections": 6, "establishments_inspected": 41, "violations": 5, "fines_vnd": 14500000},
       "II.3.a": {"participants": 2}, "II.2.d": {"enterprises_supported": 3}},
  difficulties=["Một số cửa hàng gas chuyển địa điểm không báo"],
  proposals=["Xin Chi cục phối hợp kiểm tra đại lý gas quý I/2027"],
)

# ==================================================================== renderers

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def dmy(iso):
    y, m, d = iso.split("-")
    return d, m, y


# ------------------------------------------------------------------ docx helpers
def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=True, space_after=3, underline=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, align="c", size=None):
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            t, b, i = ln
        else:
            t, b, i = ln, bold, italic
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left_lines, right_lines, widths=(6.5, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.rows[0].cells[i].width = Cm(w)
    cell_text(t.rows[0].cells[0], left_lines, size=12)
    cell_text(t.rows[0].cells[1], right_lines, size=12)
    return t


def signature(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], left_lines, align="l", size=11)
    cell_text(t.rows[0].cells[1], right_lines, size=13)


def nhan(lines):
    return [("Nơi nhận:", True, True)] + [(l, False, False) for l in lines]


# ------------------------------------------------------------------ H1: Tám — công văn, run-in bold-italic job names, status as the verb
def h1(r):
    d, m, y = dmy(r["date"])
    doc = base_doc(size=14)
    uname = r["unit"][1].upper().replace("XÃ ", "XÃ ")
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", False, False), (uname, True, False), ("", False, False),
                  ("Số: " + r["number"], False, False),
                  ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"{r['place']}, ngày {d} tháng {m} năm {y}", False, True)])
    para(doc)
    p = para(doc, "", align="c", indent=False)
    p.add_run("Kính gửi: ").italic = False
    p.add_run("Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng).")
    para(doc, f"Thực hiện {KH} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân {r['unit'][1].replace('Xã', 'xã')} "
              f"báo cáo kết quả thực hiện từ đầu năm đến ngày 31/10/2026 như sau:", align="j")
    for e in r["entries"]:
        p = para(doc, "", align="j")
        run = p.add_run(e["title"] + " ")
        run.bold = True
        run.italic = True
        p.add_run(e["text"])
    p = para(doc, "", align="j")
    p.add_run("Khó khăn:").bold = True
    for x in r["difficulties"]:
        para(doc, "+ " + x + ".", align="j")
    p = para(doc, "", align="j")
    p.add_run("Kiến nghị:").bold = True
    for x in r["proposals"]:
        para(doc, "+ " + x + ".", align="j")
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {r['unit'][1].replace('Xã', 'xã')}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    signature(doc, nhan(["- Như trên;", "- TT. Đảng ủy xã (b/c);", "- CT, các PCT UBND xã;", "- Lưu: VT, KT."]),
              [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False),
               ("", False, False), (r["signer"], True, False)])
    path = os.path.join(OUT, r["file"])
    doc.save(path)


# ------------------------------------------------------------------ XLSX helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TNR = "Times New Roman"


def put(ws, ref, val, bold=False, italic=False, size=12, h=None, v="center", wrap=True, border=False, fmt=None, fill=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name=TNR, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


# ------------------------------------------------------------------ H2: Tuyền — biểu with "+ " continuation rows
H2_ST = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}

THIENTAI = [
    ("1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự xã", None, None, "Hoàn thành", "QĐ số 45/QĐ-UBND"),
    ("2", "Diễn tập phòng chống lụt bão, xả lũ hồ Dầu Tiếng", 1, "cuộc", "Hoàn thành", ""),
    ("", "+ lực lượng tham gia", 215, "người", "", ""),
    ("3", "Thiệt hại do mưa lớn, lốc xoáy", 14, "căn nhà", "", "tốc mái"),
    ("", "+ diện tích cây trồng bị ảnh hưởng", 6.5, "ha", "", ""),
    ("", "+ giá trị thiệt hại ước tính", 380000000, "đồng", "", ""),
    ("4", "Hỗ trợ hộ bị thiệt hại", 14, "hộ", "Hoàn thành", ""),
    ("5", "Rà soát hộ dân ven kênh, vùng trũng thấp", 62, "hộ", "Đang thực hiện", ""),
    ("6", "Thu Quỹ phòng, chống thiên tai năm 2026", 154000000, "đồng", "Đang thực hiện", "đạt 81%"),
]


def h2(r):
    d, m, y = dmy(r["date"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 10 thang"
    for col, w in zip("ABCDEF", (6, 52, 14, 12, 17, 20)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); put(ws, "A1", "ỦY BAN NHÂN DÂN", size=12, h="center")
    ws.merge_cells("A2:B2"); put(ws, "A2", r["unit"][1].upper(), bold=True, h="center")
    ws.merge_cells("A3:B3"); put(ws, "A3", "Số: " + r["number"], h="center")
    ws.merge_cells("C1:F1"); put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, h="center")
    ws.merge_cells("C2:F2"); put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, h="center")
    ws.merge_cells("C3:F3"); put(ws, "C3", f"{r['place']}, ngày {d} tháng {m} năm {y}", italic=True, h="center")
    if r.get("mistaken"):
        title = "BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026"
    else:
        title = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws.merge_cells("A5:F5"); put(ws, "A5", title, bold=True, h="center", size=13)
    ws.row_dimensions[5].height = 34
    ws.merge_cells("A6:F6"); put(ws, "A6", "(" + r["period"] + ")", italic=True, h="center")
    hdr = ["STT", "Nội dung công việc", "Số lượng", "Đơn vị tính", "Tình trạng", "Ghi chú"]
    for i, t in enumerate(hdr):
        put(ws, f"{'ABCDEF'[i]}8", t, bold=True, h="center", border=True, fill="D9D9D9")
    row = 9
    if r.get("mistaken"):
        rows = THIENTAI
    else:
        rows = []
        for i, e in enumerate(r["entries"], 1):
            first = e["rows"][0] if e["rows"] else (None, None, None)
            # the first figure sits on the task row itself, the others go on "+" rows below
            rows.append((str(i), e["label"], first[1], first[2], H2_ST[e["status"]], ""))
            for lab, n, u in e["rows"][1:]:
                rows.append(("", "   " + lab, n, u, "", ""))
    for stt, lab, n, u, st, note in rows:
        put(ws, f"A{row}", stt, h="center", border=True)
        put(ws, f"B{row}", lab, h="left", border=True, italic=lab.startswith("   "))
        put(ws, f"C{row}", n, h="right", border=True, fmt="#,##0" if isinstance(n, int) else "0.0")
        put(ws, f"D{row}", u, h="center", border=True)
        put(ws, f"E{row}", st, h="center", border=True)
        put(ws, f"F{row}", note, h="left", border=True, italic=True, size=11)
        row += 1
    row += 1
    if not r.get("mistaken"):
        put(ws, f"B{row}", "KHÓ KHĂN, VƯỚNG MẮC:", bold=True, h="left"); row += 1
        for x in r["difficulties"]:
            put(ws, f"B{row}", "- " + x, h="left"); row += 1
        put(ws, f"B{row}", "ĐỀ XUẤT, KIẾN NGHỊ:", bold=True, h="left"); row += 1
        for x in r["proposals"]:
            put(ws, f"B{row}", "- " + x, h="left"); row += 1
    else:
        put(ws, f"B{row}", "Kiến nghị: đề nghị hỗ trợ kinh phí gia cố bờ kênh N8 trước mùa mưa 2027.", h="left"); row += 1
    row += 1
    put(ws, f"B{row}", "NGƯỜI LẬP BIỂU", bold=True, h="center")
    ws.merge_cells(f"D{row}:F{row}"); put(ws, f"D{row}", "KT. CHỦ TỊCH", bold=True, h="center")
    ws.merge_cells(f"D{row+1}:F{row+1}"); put(ws, f"D{row+1}", "PHÓ CHỦ TỊCH", bold=True, h="center")
    put(ws, f"B{row+5}", r["maker"], bold=True, h="center")
    ws.merge_cells(f"D{row+5}:F{row+5}"); put(ws, f"D{row+5}", r["signer"], bold=True, h="center")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, r["file"]))


# ------------------------------------------------------------------ H3: Khoa — phụ lục table, merged task cells, "Hoàn thành ngày"
H3_ST = {"completed": "Đã xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không phát sinh"}
H3_COLS = ["STT", "Theo Kế hoạch", "Việc Sở đã thực hiện", "Khối lượng", "Đơn vị", "Hoàn thành ngày", "Tình trạng"]


def h3_rows(r):
    out = []
    for i, e in enumerate(r["entries"], 1):
        rows = e["rows"] or [(None, "")]
        out.append((i, e, rows))
    return out


def h3_xlsx(r):
    d, m, y = dmy(r["date"])
    wb = Workbook()
    ws = wb.active
    ws.title = "KQ_CT38"
    for col, w in zip("ABCDEFG", (5, 24, 46, 13, 22, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); put(ws, "A1", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", h="center")
    ws.merge_cells("A2:C2"); put(ws, "A2", r["unit"][1].upper(), bold=True, h="center")
    ws.merge_cells("D1:G1"); put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, h="center")
    ws.merge_cells("D2:G2"); put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, h="center")
    ws.merge_cells("A4:G4"); put(ws, "A4", "PHỤ LỤC", bold=True, h="center", size=13)
    ws.merge_cells("A5:G5"); put(ws, "A5", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True, h="center")
    ws.merge_cells("A6:G6")
    put(ws, "A6", f"(Kèm theo Báo cáo số {r['number']} ngày {int(d)}/{int(m)}/{y} của {r['unit'][1]})", italic=True, h="center")
    for i, t in enumerate(H3_COLS):
        put(ws, f"{'ABCDEFG'[i]}8", t, bold=True, h="center", border=True, fill="DDEBF7")
    row = 9
    for i, e, rows in h3_rows(r):
        top = row
        for n, u in rows:
            put(ws, f"D{row}", n, h="right", border=True, fmt="#,##0")
            put(ws, f"E{row}", u, h="left", border=True)
            for c in "ABCFG":
                put(ws, f"{c}{row}", None, border=True)
            row += 1
        put(ws, f"A{top}", i, h="center", border=True)
        put(ws, f"B{top}", e["plan"], h="left", border=True)
        put(ws, f"C{top}", e["did"], h="left", border=True)
        put(ws, f"F{top}", e["done"] or "", h="center", border=True)
        put(ws, f"G{top}", H3_ST[e["status"]], h="center", border=True, bold=True)
        if row - 1 > top:
            for c in "ABCFG":
                ws.merge_cells(f"{c}{top}:{c}{row-1}")
    row += 1
    put(ws, f"B{row}", "Khó khăn, vướng mắc:", bold=True, h="left"); row += 1
    for x in r["difficulties"]:
        ws.merge_cells(f"B{row}:G{row}"); put(ws, f"B{row}", "- " + x + ".", h="left"); ws.row_dimensions[row].height = 30; row += 1
    put(ws, f"B{row}", "Kiến nghị:", bold=True, h="left"); row += 1
    for x in r["proposals"]:
        ws.merge_cells(f"B{row}:G{row}"); put(ws, f"B{row}", "- " + x + ".", h="left"); ws.row_dimensions[row].height = 30; row += 1
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, r["file"]))


def set_cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def h3_docx(r):
    d, m, y = dmy(r["date"])
    doc = base_doc(size=13)
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (r["unit"][1].upper(), True, False),
                  ("", False, False), ("Số: " + r["number"], False, False),
                  ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}", False, True)])
    para(doc)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c", indent=False)
    para(doc, f"Phúc đáp đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc thực hiện {KH}, "
              f"{r['unit'][1]} tổng hợp các việc Sở đã thực hiện liên quan đến Kế hoạch theo bảng dưới đây:", align="j")
    rows_all = h3_rows(r)
    nrows = 1 + sum(len(x[2]) for x in rows_all)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    widths = (1.0, 3.0, 4.6, 1.8, 2.6, 2.2, 2.0)
    for i, h in enumerate(H3_COLS):
        cell_text(t.rows[0].cells[i], [h], bold=True, size=11)
        set_cell_shade(t.rows[0].cells[i], "DDEBF7")
    ri = 1
    for i, e, rows in rows_all:
        top = ri
        for n, u in rows:
            cell_text(t.rows[ri].cells[3], ["" if n is None else f"{n:,}".replace(",", ".")], align="r", size=11)
            cell_text(t.rows[ri].cells[4], [u], align="l", size=11)
            ri += 1
        bot = ri - 1
        vals = {0: str(i), 1: e["plan"], 2: e["did"], 5: e["done"], 6: H3_ST[e["status"]]}
        for c, v in vals.items():
            cell = t.rows[top].cells[c]
            if bot > top:
                cell = cell.merge(t.rows[bot].cells[c])
            cell_text(cell, [v], bold=(c == 6), align="l" if c in (1, 2) else "c", size=11)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    para(doc)
    p = para(doc, "", align="j"); p.add_run("Khó khăn, vướng mắc: ").bold = True
    for x in r["difficulties"]:
        para(doc, "- " + x + ".", align="j")
    p = para(doc, "", align="j"); p.add_run("Kiến nghị: ").bold = True
    for x in r["proposals"]:
        para(doc, "- " + x + ".", align="j")
    para(doc, f"{r['unit'][1]} kính báo cáo./.", align="j")
    signature(doc, nhan(["- Như trên;", "- Chi cục TĐC (để tổng hợp);", "- Giám đốc Sở (b/c);", "- Lưu: VT, QLCL."]),
              [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False),
               ("", False, False), ("Trịnh Văn Hòa", True, False)])
    doc.save(os.path.join(OUT, r["file"]))


# ------------------------------------------------------------------ H4: Yến — Nghị định 30 style, "a) Title: *status*" then "là" figures
GIAMNGHEO = [
    ("Rà soát hộ nghèo, hộ cận nghèo", "đã hoàn thành",
     "Kết quả rà soát đầu năm, số hộ nghèo của xã là 41 hộ, chiếm tỷ lệ 0,62%; số hộ cận nghèo là 96 hộ."),
    ("Hỗ trợ nhà ở cho hộ nghèo", "đang thực hiện",
     "Số căn nhà được hỗ trợ xây mới, sửa chữa là 07 căn, tổng kinh phí là 420.000.000 đồng, trong đó 02 căn đang thi công."),
    ("Hỗ trợ tín dụng ưu đãi", "đã thực hiện",
     "Số hộ được vay vốn Ngân hàng Chính sách xã hội là 58 hộ, dư nợ là 3,15 tỷ đồng."),
    ("Đào tạo nghề, giải quyết việc làm", "đang thực hiện",
     "Số lao động thuộc hộ nghèo, cận nghèo được đào tạo nghề là 35 người (nghề may, sửa chữa máy nông nghiệp)."),
]


def h4(r):
    d, m, y = dmy(r["date"])
    doc = base_doc(size=13)
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", True, False), (r["unit"][1].upper(), True, False), ("", False, False),
                  ("Số: " + r["number"], False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"{r['place']}, ngày {d} tháng {m} năm {y}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", indent=False, size=14)
    lx = r["unit"][1].replace("Xã", "xã")
    if r.get("mistaken"):
        para(doc, "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026", bold=True, align="c", indent=False)
        para(doc, "Thực hiện Kế hoạch số 55/KH-UBND ngày 12/02/2026 của Ủy ban nhân dân xã về thực hiện Chương trình mục tiêu quốc gia "
                  f"giảm nghèo bền vững năm 2026, Ủy ban nhân dân {lx} báo cáo kết quả như sau:", align="j")
        para(doc, "I. TÌNH HÌNH CHUNG", bold=True, indent=False)
        para(doc, "Ban Chỉ đạo các chương trình mục tiêu quốc gia của xã được kiện toàn sau sắp xếp; các ấp đã phân công cán bộ theo dõi hộ nghèo.", align="j")
        para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        items = GIAMNGHEO
        diffs = ["Một số hộ nghèo thiếu lao động, khó thoát nghèo bền vững"]
        props = ["Đề nghị Thành phố bổ sung kinh phí hỗ trợ nhà ở cho hộ cận nghèo"]
    else:
        para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, "
                  "đo lường, chất lượng quốc gia năm 2026", bold=True, align="c", indent=False)
        para(doc, f"Thực hiện {KH}; Ủy ban nhân dân {lx} báo cáo kết quả thực hiện như sau:", align="j")
        para(doc, "I. TÌNH HÌNH CHUNG", bold=True, indent=False)
        para(doc, f"Sau khi nhận Kế hoạch, Ủy ban nhân dân {lx} đã giao Phòng Kinh tế chủ trì, phối hợp Văn phòng HĐND và UBND, "
                  "Trung tâm Phục vụ hành chính công xã triển khai các nội dung thuộc trách nhiệm của xã.", align="j")
        para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        items = [(e["title"], e["sw"], e["text"]) for e in r["entries"]]
        diffs, props = r["difficulties"], r["proposals"]
    letters = "abcdđeghik"
    for i, (title, sw, text) in enumerate(items):
        p = para(doc, "", align="j")
        p.add_run(f"{letters[i]}) {title}: ").bold = True
        p.add_run(sw).italic = True
        para(doc, text, align="j")
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(doc, "- " + x + ".", align="j")
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(doc, "- " + x + ".", align="j")
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {lx}./.", align="j")
    signature(doc, nhan(["- Sở KH&CN (qua Chi cục TĐC);" if not r.get("mistaken") else "- Sở Nội vụ;", "- TT. Đảng ủy, HĐND xã;", "- Lưu: VT, VP(" + r["writer"] + ")."]),
              [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
               ("", False, False), ("", False, False), ("", False, False), (r["signer"], True, False)])
    doc.save(os.path.join(OUT, r["file"]))


# ------------------------------------------------------------------ H5: Thanh — label:value head, sentence cells, coded status + legend, "Kho khan" sheet
H5_ST = {"completed": "HT", "in_progress": "ĐTH", "not_started": "CTH", "not_applicable": "KPS"}


def h5(r):
    d, m, y = dmy(r["date"])
    wb = Workbook()
    ws = wb.active
    ws.title = "KQ KH38"
    for col, w in zip("ABCD", (5, 40, 62, 12)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", f"Đơn vị: UBND {r['unit'][1].replace('Xã', 'xã')}", h="left", wrap=False, bold=True)
    put(ws, "A2", f"Số: {r['number']}", h="left", wrap=False)
    put(ws, "A3", f"Ngày báo cáo: {d}/{m}/{y}", h="left", wrap=False)
    put(ws, "A4", "Người lập: " + r["maker"] + " - công chức Kinh tế", h="left", wrap=False)
    ws.merge_cells("A6:D6")
    put(ws, "A6", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)", bold=True, h="center", size=13)
    ws.row_dimensions[6].height = 34
    ws.merge_cells("A7:D7")
    put(ws, "A7", "Ghi chú cột Tình trạng: HT = hoàn thành; ĐTH = đang thực hiện; CTH = chưa thực hiện; KPS = không phát sinh", italic=True, h="left", size=11)
    for i, t in enumerate(["TT", "Nội dung", "Kết quả thực hiện", "Tình trạng"]):
        put(ws, f"{'ABCD'[i]}9", t, bold=True, h="center", border=True, fill="FFF2CC")
    row = 10
    for i, e in enumerate(r["entries"], 1):
        put(ws, f"A{row}", i, h="center", border=True)
        put(ws, f"B{row}", e["name"], h="left", border=True)
        put(ws, f"C{row}", e["res"], h="left", border=True)
        put(ws, f"D{row}", H5_ST[e["status"]], h="center", border=True)
        row += 1
    row += 1
    put(ws, f"B{row}", "Khó khăn, kiến nghị: xem sheet \"Kho khan\".", italic=True, h="left")
    row += 2
    put(ws, f"C{row}", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", bold=True, h="center")
    put(ws, f"C{row+4}", r["signer"], bold=True, h="center")
    ws2 = wb.create_sheet("Kho khan")
    ws2.column_dimensions["A"].width = 5
    ws2.column_dimensions["B"].width = 90
    put(ws2, "A1", "Khó khăn, vướng mắc", bold=True, h="left", wrap=False)
    rr = 2
    for i, x in enumerate(r["difficulties"], 1):
        put(ws2, f"A{rr}", i, h="center"); put(ws2, f"B{rr}", x, h="left"); rr += 1
    rr += 1
    put(ws2, f"A{rr}", "Kiến nghị, đề xuất", bold=True, h="left", wrap=False); rr += 1
    for i, x in enumerate(r["proposals"], 1):
        put(ws2, f"A{rr}", i, h="center"); put(ws2, f"B{rr}", x, h="left"); rr += 1
    wb.save(os.path.join(OUT, r["file"]))


# ------------------------------------------------------------------ truth
def key(r):
    if r.get("mistaken"):
        return {"file": r["file"], "sha256": None, "status": "rejected", "reason": r["reason"],
                "unit": {"id": r["unit"][0], "name": r["unit"][1]},
                "document": {"number": r["number"], "date": r["date"]},
                "entries": [], "findings": [], "difficulties": [], "proposals": []}
    ents = []
    for e in r["entries"]:
        if r["hand"] == "H5":
            ind = r["ind"].get(e["task"], {})
            text = e["name"] + ": " + e["res"]
        elif r["hand"] == "H2":
            ind, text = e["ind"], e["label"]
        elif r["hand"] == "H3":
            ind, text = e["ind"], e["did"]
        else:
            ind, text = e["ind"], e["text"]
        ents.append({"task": e["task"], "status": e["status"], "indicators": dict(ind), "text": text})
    return {"file": r["file"], "sha256": None, "status": "extracted", "reason": None,
            "unit": {"id": r["unit"][0], "name": r["unit"][1]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": ents, "findings": [], "difficulties": list(r["difficulties"]), "proposals": list(r["proposals"])}


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    for r in REPORTS:
        h = r["hand"]
        if h == "H1":
            h1(r)
        elif h == "H2":
            h2(r)
        elif h == "H3":
            (h3_docx if r["file"].endswith(".docx") else h3_xlsx)(r)
        elif h == "H4":
            h4(r)
        elif h == "H5":
            h5(r)
        if r.get("lo_resave"):
            lo_resave(os.path.join(OUT, r["file"]))
    # sha256 last
    for r in REPORTS:
        k = key(r)
        with open(os.path.join(OUT, r["file"]), "rb") as f:
            k["sha256"] = hashlib.sha256(f.read()).hexdigest()
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(REPORTS), "files")


if __name__ == "__main__":
    main()
