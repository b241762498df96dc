"""Hand A - the "long table" Excel person (công chức Văn hóa - Xã hội / Kinh tế ở phường, xã).

One row per result: TT | Nội dung công việc | ĐVT | Số lượng | Tiến độ | Ghi chú.
Task groups are bold rows (Roman numerals or A/B/C); a task's sub-results are "-" rows under it.
The status is written once, on the task's own numbered row.
"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from common import OUT, Key, status_of

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TNR = "Times New Roman"

# row kinds:
#   ("G", label, title)                                    group row
#   ("T", tt, text, dvt, qty, tiendo, note, task, {ind: value})   numbered task row
#   ("S", tt, text, dvt, qty, note, {ind: value})          sub-row of the last task
REPORTS = [
    dict(
        file="BC_CT38_phuong_Thu_Dau_Mot_2026.xlsx", unit=("25747", "Phường Thủ Dầu Một"),
        head="PHƯỜNG THỦ DẦU MỘT", number="245/BC-UBND", date=(2026, 10, 22), place="Thủ Dầu Một",
        sheet="BC CT38", groups="roman",
        title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
        sub="(Số liệu tính từ ngày 01/01/2026 đến ngày 20/10/2026)",
        rows=[
            ("G", "I", "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN"),
            ("T", "1", "Tổ chức hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa và Luật Đo lường cho hộ kinh doanh, doanh nghiệp trên địa bàn phường",
             "Hội nghị", 2, "Hoàn thành", "Phối hợp Chi cục TĐC", "II.1.a", {"training_courses": 2}),
            ("S", "-", "Số người tham dự", "Người", 186, "", {"participants": 186}),
            ("S", "-", "Tài liệu tuyên truyền phát cho người tham dự", "Bộ", 400, "", {"communications": 400}),
            ("T", "2", "Đăng tin, bài vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia năm 2026",
             "Tin/bài", 6, "Đã thực hiện xong", "Trang thông tin điện tử phường", "II.1.b", {"communications": 6}),
            ("S", "-", "Doanh nghiệp được hướng dẫn lập hồ sơ tham dự", "Doanh nghiệp", 3, "", {"enterprises_supported": 3}),
            ("G", "II", "CÔNG TÁC QUẢN LÝ NHÀ NƯỚC"),
            ("T", "3", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường",
             "Thủ tục", 132, "Đang thực hiện", "Đã công bố lại HTQLCL ngày 15/5/2026", "II.2.đ", {}),
            ("T", "4", "Hướng dẫn cơ sở sản xuất, kinh doanh công bố hợp quy, ghi nhãn hàng hóa theo quy định",
             "Cơ sở", 9, "Thực hiện thường xuyên", "", "II.2.d", {"enterprises_supported": 9}),
            ("G", "III", "ĐÀO TẠO, BỒI DƯỠNG"),
            ("T", "5", "Cử công chức tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức",
             "Lượt người", 4, "Hoàn thành", "", "II.3.a", {"participants": 4}),
            ("G", "IV", "CÔNG TÁC KIỂM TRA"),
            ("T", "6", "Kiểm tra chất lượng, nhãn hàng hóa lưu thông trên địa bàn (mũ bảo hiểm, đồ chơi trẻ em)",
             "Cuộc", 3, "Hoàn thành", "Theo KH số 57/KH-UBND ngày 10/3/2026", "II.5.a", {"inspections": 3}),
            ("S", "-", "Số cơ sở được kiểm tra", "Cơ sở", 21, "", {"establishments_inspected": 21}),
            ("S", "-", "Số sản phẩm được kiểm tra nhãn", "Sản phẩm", 64, "", {}),
            ("S", "-", "Số cơ sở vi phạm", "Cơ sở", 4, "", {"violations": 4}),
            ("S", "-", "Số tiền xử phạt vi phạm hành chính", "Đồng", "17.500.000", "Đã nộp Kho bạc", {"fines_vnd": 17500000}),
            ("T", "7", "Tiếp nhận, xử lý phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng",
             "Vụ", None, "Không phát sinh", "", "II.5.d", {}),
        ],
        difficulties=[
            "Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
            "Phường chưa có trang thiết bị kiểm tra nhanh chất lượng hàng hóa.",
        ],
        proposals=[
            "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, xã.",
            "Đề nghị hỗ trợ 01 bộ cân đối chứng đặt tại chợ Thủ Dầu Một.",
        ],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Tâm"),
        maker="Người lập biểu: Trần Thị Thu Hà - ĐT: 0274 3822 615",
    ),
    dict(
        file="Xa Cu Chi - tong hop CT38 (10.2026).xlsx", unit=("27553", "Xã Củ Chi"),
        head="XÃ CỦ CHI", number=None, date=(2026, 10, 27), place="Củ Chi",
        sheet="Sheet1", groups="abc",
        title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
        sub="(Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)",
        rows=[
            ("G", "A", "TUYÊN TRUYỀN, TẬP HUẤN"),
            ("T", "1", "Tập huấn kiến thức về đo lường, ghi nhãn hàng hóa cho tiểu thương chợ Củ Chi, chợ Phước Thạnh",
             "Lớp", 2, "Hoàn thành", "", "II.1.a", {"training_courses": 2}),
            ("S", "-", "Tiểu thương, hộ kinh doanh tham dự", "Người", 110, "", {"participants": 110}),
            ("S", "-", "Kinh phí tổ chức", "Triệu đồng", 8.4, "Nguồn ngân sách xã", {"budget_spent_vnd": 8400000}),
            ("T", "2", "Hội nghị hướng dẫn áp dụng truy xuất nguồn gốc nông sản cho hợp tác xã, tổ hợp tác",
             "Hội nghị", 1, "Đạt", "", "II.2.a", {"training_courses": 1}),
            ("S", "-", "Số lượt người tham dự", "Lượt", 65, "", {"participants": 65}),
            ("S", "-", "Số hộ sản xuất đăng ký tham gia", "Hộ", 48, "", {}),
            ("S", "-", "Sản phẩm được gắn tem QR truy xuất", "Sản phẩm", 12, "", {}),
            ("G", "B", "QUẢN LÝ NHÀ NƯỚC"),
            ("T", "3", "Áp dụng, duy trì HTQLCL ISO 9001:2015 trong hoạt động của UBND xã",
             "", None, "Đang thực hiện", "", "II.2.đ", {}),
            ("T", "4", "Phối hợp Trung tâm kiểm định cân tại các chợ trên địa bàn (nội dung được phân quyền)",
             "Chiếc", 236, "Hoàn thành", "Chợ Củ Chi, chợ Phước Thạnh, chợ Tân Thạnh Đông", "II.5.c", {"instruments_verified": 236}),
            ("T", "5", "Tham gia góp ý dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch nông thôn",
             "Quy chuẩn", 1, "Hoàn thành", "CV số 1187/UBND ngày 14/8/2026", "II.2.e", {"standards_reviewed": 1}),
            ("G", "C", "KIỂM TRA, GIÁM SÁT"),
            ("T", "6", "Phối hợp Đội Quản lý thị trường kiểm tra đo lường, chất lượng xăng dầu",
             "Cuộc", 2, "Hoàn thành", "", "II.5.a", {"inspections": 2}),
            ("S", "-", "Cửa hàng xăng dầu được kiểm tra", "Cơ sở", 8, "", {"establishments_inspected": 8}),
            ("S", "-", "Cơ sở vi phạm", "Cơ sở", 1, "", {"violations": 1}),
            ("S", "-", "Tiền phạt", "Triệu đồng", 5, "", {"fines_vnd": 5000000}),
            ("T", "7", "Lấy mẫu xăng dầu khảo sát chất lượng", "Mẫu", 8, "Hoàn thành", "Gửi Trung tâm Dịch vụ Phân tích thí nghiệm", "II.5.b", {"samples_tested": 8}),
            ("T", "8", "Khen thưởng, bảo vệ người tố giác vi phạm", "", None, "Không phát sinh", "", "II.5.d", {}),
        ],
        difficulties=[
            "Địa bàn xã rộng, nhiều chợ tự phát nên việc kiểm tra cân tại chợ còn khó khăn.",
            "Kinh phí cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng còn hạn chế.",
        ],
        proposals=[
            "Kiến nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ xã tổ chức lớp tập huấn cho hộ kinh doanh.",
        ],
        signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Hoàng Phúc"),
        maker=None,
    ),
    dict(
        file="GoVap_KQ_TDC_2026.xlsx", unit=("26884", "Phường Gò Vấp"),
        head="PHƯỜNG GÒ VẤP", number="318/BC-UBND", date=(2026, 11, 4), place="Gò Vấp",
        sheet="KQ 2026", groups="roman",
        title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
        sub="",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN"),
            ("T", "1", "Tổ chức tọa đàm với doanh nghiệp kinh doanh hàng nhập khẩu về ghi nhãn, công bố chất lượng",
             "Cuộc", 1, "Đã tổ chức xong", "Ngày 18/6/2026 tại hội trường UBND phường", "II.1.a", {"training_courses": 1}),
            ("S", "-", "Đại biểu, doanh nghiệp tham dự", "Người", 72, "", {"participants": 72}),
            ("S", "-", "Kinh phí", "Đồng", "6.250.000", "", {"budget_spent_vnd": 6250000}),
            ("T", "2", "Tuyên truyền, vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
             "Tin/bài", None, "Chưa thực hiện", "Dự kiến lồng ghép quý IV", "II.1.b", {}),
            ("G", "II", "QUẢN LÝ NHÀ NƯỚC VỀ TĐC"),
            ("T", "3", "Hỗ trợ doanh nghiệp nhỏ và vừa xây dựng, áp dụng hệ thống quản lý chất lượng, công cụ năng suất",
             "Doanh nghiệp", 5, "Đang tiếp tục thực hiện", "02 DN đã được cấp chứng nhận ISO 22000", "II.2.d", {"enterprises_supported": 5}),
            ("T", "4", "Duy trì HTQLCL TCVN ISO 9001:2015 tại UBND phường", "Quy trình", 58, "Hoàn thành",
             "Đánh giá nội bộ tháng 9/2026", "II.2.đ", {}),
            ("G", "III", "KIỂM TRA"),
            ("T", "5", "Kiểm tra đo lường đối với phương tiện đo, hàng đóng gói sẵn tại chợ Gò Vấp, chợ Hạnh Thông Tây",
             "Cuộc", 4, "Hoàn thành", "", "II.5.a", {"inspections": 4}),
            ("S", "-", "Số cơ sở kiểm tra", "Cơ sở", 36, "", {"establishments_inspected": 36}),
            ("S", "-", "Số cơ sở vi phạm", "Cơ sở", 6, "", {"violations": 6}),
            ("S", "-", "Số tiền phạt", "Đồng", 22_500_000, "", {"fines_vnd": 22500000}),
            ("S", "-", "Số cân bị tạm giữ", "Chiếc", 11, "", {}),
            ("T", "6", "Phối hợp Chi cục TĐC thực hiện nhiệm vụ được phân quyền về quản lý TĐC trên địa bàn",
             "", None, "Thường xuyên", "", "II.5.c", {}),
        ],
        difficulties=[
            "Nhiều hộ kinh doanh tại chợ sử dụng cân không rõ nguồn gốc, giá rẻ, khó kiểm soát.",
        ],
        proposals=[
            "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể về các nội dung phân quyền cho phường.",
            "Đề nghị tăng cường phối hợp kiểm tra liên ngành vào dịp cuối năm.",
        ],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Minh Đức"),
        maker="Người lập: Võ Thị Ngọc Hân",
    ),
    dict(
        file="bao cao CT 38 - P.Vung Tau.xlsx", unit=("26506", "Phường Vũng Tàu"),
        head="PHƯỜNG VŨNG TÀU", number="1021/BC-UBND", date=(2026, 10, 30), place="Vũng Tàu",
        sheet="Bao cao", groups="roman",
        title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
        sub="(Kèm theo Báo cáo số 1021/BC-UBND ngày 30/10/2026 của UBND phường Vũng Tàu)",
        rows=[
            ("G", "I", "TẬP HUẤN, TUYÊN TRUYỀN"),
            ("T", "1", "Lớp tập huấn phổ biến văn bản quy phạm pháp luật về TĐC cho cơ sở kinh doanh hải sản khô, đặc sản",
             "Lớp", 3, "Hoàn thành", "", "II.1.a", {"training_courses": 3}),
            ("S", "-", "Học viên", "Người", 245, "", {"participants": 245}),
            ("S", "-", "Tờ gấp, tài liệu phát hành", "Tờ", "1.500", "", {"communications": 1500}),
            ("T", "2", "Tập huấn cho sinh viên Trường Cao đẳng Kỹ thuật Công nghệ về mã số, mã vạch, truy xuất nguồn gốc",
             "Lớp", 1, "Hoàn thành", "Phối hợp Đoàn phường", "II.3.d", {"training_courses": 1}),
            ("S", "-", "Sinh viên tham dự", "Người", 130, "", {"participants": 130}),
            ("G", "II", "QUẢN LÝ NHÀ NƯỚC"),
            ("T", "3", "Áp dụng ISO 9001:2015 trong giải quyết thủ tục hành chính", "Thủ tục", 211,
             "Duy trì thường xuyên", "Tỷ lệ hồ sơ đúng hạn 98,7%", "II.2.đ", {}),
            ("T", "4", "Hướng dẫn tổ chức, doanh nghiệp áp dụng tiêu chuẩn cơ sở, công bố tiêu chuẩn áp dụng",
             "Doanh nghiệp", 14, "Hoàn thành", "", "II.2.d", {"enterprises_supported": 14}),
            ("G", "III", "KIỂM TRA, KHẢO SÁT"),
            ("T", "5", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa", "Đoàn", 5, "Hoàn thành", "", "II.5.a", {"inspections": 5}),
            ("S", "-", "Cơ sở được kiểm tra", "Cơ sở", 42, "", {"establishments_inspected": 42}),
            ("S", "-", "Trường hợp vi phạm", "Trường hợp", 9, "", {"violations": 9}),
            ("S", "-", "Xử phạt vi phạm hành chính", "Triệu đồng", 38.75, "", {"fines_vnd": 38750000}),
            ("T", "6", "Khảo sát chất lượng nước mắm, hải sản khô bày bán tại chợ", "Mẫu", 24, "Đang thực hiện",
             "Chờ kết quả thử nghiệm 10 mẫu", "II.5.b", {"samples_tested": 24}),
            ("T", "7", "Cập nhật các thỏa thuận quốc tế về TĐC cho doanh nghiệp xuất khẩu thủy sản", "", None,
             "Không có nhiệm vụ", "", "II.6.a", {}),
        ],
        difficulties=[
            "Lượng khách du lịch đông, nhiều điểm kinh doanh nhỏ lẻ, thời vụ nên khó quản lý.",
            "Chưa có quy định cụ thể về trách nhiệm của UBND phường đối với hàng đóng gói sẵn.",
        ],
        proposals=[
            "Đề nghị Sở Khoa học và Công nghệ phối hợp khảo sát chất lượng đặc sản vào mùa cao điểm du lịch.",
        ],
        signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Quốc Bảo"),
        maker="Người lập biểu: Lý Thị Mai - 0254.3852.401",
    ),
    dict(
        file="CanGio_TDC_2026_baocao.xlsx", unit=("27664", "Xã Cần Giờ"),
        head="XÃ CẦN GIỜ", number=None, date=(2026, 6, 18), place="Cần Giờ",
        sheet="Tong hop", groups="abc",
        title="BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW",
        sub="",
        rows=[
            ("G", "A", "TUYÊN TRUYỀN"),
            ("T", "1", "Phát thanh, đăng tin bài về Giải thưởng Chất lượng Quốc gia trên trang thông tin xã",
             "Tin/bài", 4, "Đang thực hiện", "", "II.1.b", {"communications": 4}),
            ("T", "2", "Lớp phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho cơ sở chế biến hải sản",
             "Lớp", None, "Chưa tổ chức", "Dự kiến tháng 8/2026", "II.1.a", {}),
            ("G", "B", "QUẢN LÝ NHÀ NƯỚC, HỖ TRỢ DOANH NGHIỆP"),
            ("T", "3", "Hỗ trợ hợp tác xã muối, cơ sở chế biến áp dụng truy xuất nguồn gốc sản phẩm",
             "Cơ sở", 6, "Đang triển khai", "03 sản phẩm OCOP 3 sao", "II.2.a", {"enterprises_supported": 6}),
            ("T", "4", "Duy trì hệ thống quản lý chất lượng ISO 9001:2015", "", None, "Thường xuyên", "", "II.2.đ", {}),
            ("G", "C", "KIỂM TRA"),
            ("T", "5", "Phối hợp kiểm tra cân, hàng đóng gói sẵn tại chợ Cần Thạnh (nội dung được phân quyền)",
             "Cuộc", 1, "Hoàn thành", "", "II.5.c", {"inspections": 1}),
            ("S", "-", "Hộ kinh doanh được kiểm tra", "Cơ sở", 27, "", {"establishments_inspected": 27}),
            ("S", "-", "Vi phạm", "Trường hợp", 2, "Nhắc nhở, chưa xử phạt", {"violations": 2}),
            ("T", "6", "Tiếp nhận tố giác vi phạm về TCĐLCL", "", None, "Không phát sinh", "", "II.5.d", {}),
        ],
        difficulties=[
            "Xã ở xa trung tâm, đi lại khó khăn, công chức phải kiêm nhiệm nhiều lĩnh vực.",
        ],
        proposals=[
            "Đề nghị Chi cục hỗ trợ giảng viên cho lớp tập huấn dự kiến tổ chức trong tháng 8/2026.",
            "Đề nghị cấp phát tài liệu tuyên truyền về đo lường cho các chợ trên địa bàn xã.",
        ],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Văn Sang"),
        maker=None,
    ),
    dict(
        file="Di An - KQ thuc hien KH CT38 nam 2026.xlsx", unit=("25942", "Phường Dĩ An"),
        head="PHƯỜNG DĨ AN", number="77/BC-UBND", date=(2026, 10, 26), place="Dĩ An",
        sheet="KQ", groups="roman",
        title="TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
        sub="(Từ 01/01/2026 đến 25/10/2026)",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT"),
            ("T", "1", "Hội nghị phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) cho doanh nghiệp khu công nghiệp",
             "Hội nghị", 1, "Hoàn thành", "", "II.1.a", {"training_courses": 1}),
            ("S", "-", "Số đại biểu", "Người", 154, "", {"participants": 154}),
            ("G", "II", "NĂNG SUẤT, CHẤT LƯỢNG"),
            ("T", "2", "Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean)",
             "Doanh nghiệp", 11, "Đang thực hiện", "Chương trình 1322", "II.2.a", {"enterprises_supported": 11}),
            ("T", "3", "Phối hợp mở lớp bồi dưỡng chuyên sâu về năng suất, chất lượng cho cán bộ doanh nghiệp",
             "Lớp", 2, "Hoàn thành", "", "II.3.b", {"training_courses": 2}),
            ("S", "-", "Học viên là cán bộ doanh nghiệp", "Người", 96, "", {"participants": 96}),
            ("T", "4", "Duy trì HTQLCL theo TCVN ISO 9001:2015", "", None, "Hoàn thành", "", "II.2.đ", {}),
            ("T", "5", "Góp ý dự thảo TCVN, QCVN khi có yêu cầu", "Văn bản", 2, "Hoàn thành",
             "Góp ý 02 dự thảo QCVN về thiết bị điện", "II.2.e", {"standards_reviewed": 2}),
            ("G", "III", "KIỂM TRA, GIÁM SÁT"),
            ("T", "6", "Kiểm tra chất lượng hàng hóa lưu thông (thiết bị điện, dây cáp điện, bình gas)",
             "Cuộc", 6, "Hoàn thành", "", "II.5.a", {"inspections": 6}),
            ("S", "-", "Cơ sở kiểm tra", "Cơ sở", 53, "", {"establishments_inspected": 53}),
            ("S", "-", "Cơ sở vi phạm", "Cơ sở", 7, "", {"violations": 7}),
            ("S", "-", "Tiền phạt", "Đồng", "41.000.000", "", {"fines_vnd": 41000000}),
            ("T", "7", "Lấy mẫu bình gas, dây điện gửi thử nghiệm", "Mẫu", 15, "Hoàn thành", "", "II.5.b", {"samples_tested": 15}),
            ("T", "8", "Phối hợp APO nâng cao năng suất khu vực công", "", None, "Không có nhiệm vụ", "", "II.6.b", {}),
        ],
        difficulties=[
            "Số lượng doanh nghiệp trên địa bàn lớn, lực lượng kiểm tra mỏng.",
            "Doanh nghiệp còn e ngại chi phí khi áp dụng các công cụ cải tiến năng suất.",
        ],
        proposals=[
            "Kiến nghị tăng mức hỗ trợ của Chương trình năng suất chất lượng cho doanh nghiệp nhỏ.",
        ],
        signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trịnh Thanh Hải"),
        maker="Người lập biểu: Nguyễn Thị Kim Yến",
    ),
    dict(
        file="P. Cho Lon - bao cao TĐC.xlsx", unit=("27343", "Phường Chợ Lớn"),
        head="PHƯỜNG CHỢ LỚN", number=None, date=(2026, 11, 2), place="TP. Hồ Chí Minh",
        sheet="Sheet1", groups="roman",
        title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
        sub="",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN, TẬP HUẤN"),
            ("T", "1", "Tập huấn ghi nhãn, công bố chất lượng cho tiểu thương chợ Bình Tây, chợ Kim Biên",
             "Lớp", 2, "Hoàn thành", "", "II.1.a", {"training_courses": 2}),
            ("S", "-", "Lượt tiểu thương tham dự", "Lượt", 318, "", {"participants": 318}),
            ("S", "-", "Kinh phí đã chi", "Triệu đồng", 12.6, "", {"budget_spent_vnd": 12600000}),
            ("S", "-", "Tin, bài giới thiệu nội dung tập huấn trên Zalo OA phường, cổng thông tin",
             "Tin/bài", 9, "", {"communications": 9}),
            ("G", "II", "QUẢN LÝ, HỖ TRỢ"),
            ("T", "3", "Hướng dẫn doanh nghiệp công bố sản phẩm, áp dụng mã số mã vạch", "Doanh nghiệp", 17,
             "Hoàn thành", "", "II.2.d", {"enterprises_supported": 17}),
            ("T", "4", "Áp dụng ISO 9001 trong hoạt động hành chính", "", None, "Đang thực hiện", "", "II.2.đ", {}),
            ("G", "III", "KIỂM TRA"),
            ("T", "5", "Kiểm tra đo lường tại chợ Bình Tây, chợ Kim Biên", "Cuộc", 3, "Hoàn thành", "", "II.5.a", {"inspections": 3}),
            ("S", "-", "Số cơ sở", "Cơ sở", 64, "", {"establishments_inspected": 64}),
            ("S", "-", "Số vi phạm", "Cơ sở", 5, "", {"violations": 5}),
            ("S", "-", "Tiền phạt", "Đồng", 9_000_000, "", {"fines_vnd": 9000000}),
            ("T", "6", "Phối hợp kiểm định cân tại chợ", "Chiếc", "1.124", "", "Trung tâm Dịch vụ Phân tích thí nghiệm thực hiện",
             "II.5.c", {"instruments_verified": 1124}),
        ],
        difficulties=[
            "Chợ Bình Tây đang sửa chữa, nhiều tiểu thương chuyển địa điểm nên khó theo dõi.",
        ],
        proposals=[
            "Đề nghị Sở hỗ trợ kinh phí thay thế cân không đạt yêu cầu cho tiểu thương khó khăn.",
            "Đề nghị tổ chức kiểm định cân định kỳ 2 lần/năm tại chợ Bình Tây.",
        ],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Quách Gia Huy"),
        maker=None,
    ),
]


def build(rep):
    y, m, d = rep["date"]
    key = Key(rep["file"], rep["unit"][0], rep["unit"][1], rep["number"], f"{y:04d}-{m:02d}-{d:02d}")
    wb = Workbook()
    ws = wb.active
    ws.title = rep["sheet"]
    f = lambda **k: Font(name=TNR, size=k.pop("size", 12), **k)
    for col, w in zip("ABCDEF", (6, 62, 13, 12, 18, 30)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws.merge_cells("A2:C2"); ws["A2"] = rep["head"]
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    for c in ("A1", "A2", "D1", "D2"):
        ws[c].font = f(bold=(c != "A1"))
        ws[c].alignment = Alignment(horizontal="center")
    if rep["number"]:
        ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + rep["number"]
        ws["A3"].alignment = Alignment(horizontal="center"); ws["A3"].font = f()
    ws.merge_cells("D3:F3")
    ws["D3"] = f"{rep['place']}, ngày {d:02d} tháng {m:02d} năm {y}"
    ws["D3"].font = f(italic=True); ws["D3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5"); ws["A5"] = rep["title"]
    ws["A5"].font = f(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 34
    if rep["sub"]:
        ws.merge_cells("A6:F6"); ws["A6"] = rep["sub"]
        ws["A6"].font = f(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    for c, h in zip("ABCDEF", ("TT", "Nội dung công việc", "ĐVT", "Số lượng", "Tiến độ", "Ghi chú")):
        ws[f"{c}{r}"] = h
        ws[f"{c}{r}"].font = f(bold=True)
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws[f"{c}{r}"].border = BOX
    r += 1
    cur = None
    for row in rep["rows"]:
        kind = row[0]
        if kind == "G":
            vals = (row[1], row[2], None, None, None, None)
            bold = True
        elif kind == "T":
            _, tt, text, dvt, qty, tiendo, note, task, ind = row
            vals = (tt, text, dvt or None, qty, tiendo or None, note or None)
            cur = task
            key.task(task, status_of(tiendo), **ind)
            bold = False
        else:
            _, tt, text, dvt, qty, note, ind = row
            vals = (tt, text, dvt, qty, None, note or None)
            key.task(cur, None, **ind)
            bold = False
        for c, v in zip("ABCDEF", vals):
            cell = ws[f"{c}{r}"]
            cell.value = v
            cell.border = BOX
            cell.font = f(bold=bold, italic=(kind == "S" and c == "B"))
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if c in "ACDE" else "left")
            if c == "D" and isinstance(v, (int, float)):
                cell.number_format = "#,##0.##" if isinstance(v, float) else "#,##0"
        if kind != "G":
            ws.row_dimensions[r].height = 16 * max(1, -(-len(vals[1]) // 58), -(-len(vals[5] or "") // 28))
        r += 1
    r += 1
    ws[f"A{r}"] = "*"
    ws[f"B{r}"] = "Khó khăn, vướng mắc:"
    ws[f"B{r}"].font = f(bold=True)
    r += 1
    for it in rep["difficulties"]:
        ws[f"A{r}"] = "-"; ws[f"B{r}"] = it; ws.merge_cells(f"B{r}:F{r}")
        ws[f"B{r}"].alignment = Alignment(wrap_text=True)
        key.difficulties.append(it); r += 1
    ws[f"A{r}"] = "*"
    ws[f"B{r}"] = "Đề xuất, kiến nghị:"
    ws[f"B{r}"].font = f(bold=True)
    r += 1
    for it in rep["proposals"]:
        ws[f"A{r}"] = "-"; ws[f"B{r}"] = it; ws.merge_cells(f"B{r}:F{r}")
        ws[f"B{r}"].alignment = Alignment(wrap_text=True)
        key.proposals.append(it); r += 1
    r += 1
    if rep["maker"]:
        ws[f"B{r}"] = rep["maker"]; ws[f"B{r}"].font = f(italic=True)
    for i, s in zip((0, 1, 5), rep["signer"]):
        ws[f"E{r + i}"] = s
        ws[f"E{r + i}"].font = f(bold=True)
        ws[f"E{r + i}"].alignment = Alignment(horizontal="center")
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(os.path.join(OUT, rep["file"]))
    return key


def main():
    return [build(r) for r in REPORTS]
