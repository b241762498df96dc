"""Hand C - the "workbook" person (chuyên viên tổng hợp ở các phòng, đơn vị trực thuộc Sở).

A cover sheet (unit, Số:, date as a real Excel date cell), one sheet per group of tasks with
the plan's own numbering (1.a, 2.đ ...), measure rows under each task, sub-rows summed by
formulas (cached values present), a status column fed by a drop-down list that lives on a
hidden sheet "DM", and a sheet "Khó khăn - Kiến nghị".
"""
import datetime as dt
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from common import OUT, Key, patch_cached_values, status_of

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="FFF2CC")
DM = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không phát sinh", "Không có nhiệm vụ"]

# task: (code, text, status, [measure]) ; measure: (label, dvt, value | [(sublabel, value)], indicator|None, scale)
REPORTS = [
    dict(
        file="CCTDC_BC_CT38_nam2026.xlsx", unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
        head="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", number="1582/BC-CCTĐC", date=(2026, 11, 14),
        maker=("Nguyễn Thị Bích Ngọc", "028 3829 4274"), stcol="Tình trạng",
        sheets=[
            ("1. Tuyen truyen", "1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng", [
                ("1.a", "Tập huấn văn bản QPPL về TĐC cho tổ chức, cá nhân, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", "Hoàn thành", [
                    ("Số lớp tập huấn, tọa đàm", "Lớp", [("Lớp tập huấn văn bản QPPL", 6), ("Tọa đàm với doanh nghiệp nhập khẩu", 1)], "training_courses", 1),
                    ("Số lượt người tham dự", "Lượt người", [("Lớp tập huấn văn bản QPPL", 512), ("Tọa đàm với doanh nghiệp nhập khẩu", 88)], "participants", 1),
                    ("Kinh phí thực hiện", "Đồng", 86_400_000, "budget_spent_vnd", 1)]),
                ("1.b", "Tuyên truyền, vận động, hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia", "Hoàn thành", [
                    ("Tin, bài, ấn phẩm tuyên truyền", "Tin/bài", 18, "communications", 1),
                    ("Tổ chức, doanh nghiệp được hướng dẫn hồ sơ", "Doanh nghiệp", 9, "enterprises_supported", 1)]),
            ]),
            ("2. QLNN", "2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", [
                ("2.a", "Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100 trên địa bàn Thành phố", "Đang thực hiện", [
                    ("Doanh nghiệp được hỗ trợ", "Doanh nghiệp", [("Chương trình 1322 - Kế hoạch 36", 14), ("Đề án 996", 6), ("Đề án 100", 11)], "enterprises_supported", 1),
                    ("Kinh phí hỗ trợ đã giải ngân", "Triệu đồng", 1245, "budget_spent_vnd", 1_000_000)]),
                ("2.b", "Tổ chức Giải thưởng Chất lượng Quốc gia năm 2026 theo kế hoạch của Ủy ban TĐC Quốc gia", "Đang thực hiện", [
                    ("Hồ sơ tham dự tiếp nhận", "Hồ sơ", 9, None, 1),
                    ("Thành viên Hội đồng sơ tuyển", "Người", 11, None, 1)]),
                ("2.c", "Đề xuất, kiến nghị sửa đổi, bổ sung Luật và văn bản QPPL về TĐC", "Hoàn thành", [
                    ("Văn bản góp ý dự thảo luật, nghị định, thông tư", "Văn bản", 6, None, 1)]),
                ("2.d", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố chất lượng sản phẩm, hàng hóa", "Đang thực hiện", [
                    ("Doanh nghiệp được tư vấn, hướng dẫn", "Doanh nghiệp", 146, "enterprises_supported", 1),
                    ("Hồ sơ công bố hợp quy đã tiếp nhận", "Hồ sơ", 1382, None, 1)]),
                ("2.đ", "Xây dựng, áp dụng, duy trì, cải tiến HTQLCL trong cơ quan hành chính nhà nước", "Đang thực hiện", [
                    ("Lớp hướng dẫn xây dựng, chuyển đổi HTQLCL", "Lớp", 2, "training_courses", 1),
                    ("Công chức tham dự", "Người", 190, "participants", 1)]),
                ("2.e", "Xây dựng, góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", "Hoàn thành", [
                    ("Tiêu chuẩn, quy chuẩn đã góp ý, xây dựng", "Tiêu chuẩn", [("TCVN", 12), ("QCVN", 5), ("QCĐP", 1)], "standards_reviewed", 1)]),
                ("2.g", "Củng cố, nâng cao hiệu quả tổ chức dịch vụ kỹ thuật; xã hội hóa tổ chức đánh giá sự phù hợp", "", [
                    ("Tổ chức đánh giá sự phù hợp đăng ký mới", "Tổ chức", 7, None, 1)]),
                ("2.h", "Cải tiến Hệ thống thông tin giải quyết TTHC; kết nối Cổng thông tin một cửa quốc gia", "Hoàn thành", [
                    ("Hồ sơ kiểm tra hàng nhập khẩu xử lý trực tuyến", "Hồ sơ", 4865, None, 1),
                    ("Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 100, None, 1)]),
                ("2.i", "Kết nối, áp dụng cơ sở dữ liệu quốc gia về TĐC", "Đang thực hiện", []),
            ]),
            ("3-4. Nhan luc - Dau tu", "3. Nguồn nhân lực - 4. Đầu tư cho công tác TĐC", [
                ("3.a", "Tập huấn, cập nhật kiến thức cho công chức sở, ngành, UBND phường, xã, đặc khu", "Hoàn thành", [
                    ("Lớp tập huấn", "Lớp", 3, "training_courses", 1),
                    ("Học viên", "Người", 412, "participants", 1)]),
                ("3.b", "Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn năng suất", "Hoàn thành", [
                    ("Khóa bồi dưỡng", "Khóa", 2, "training_courses", 1),
                    ("Học viên", "Người", 85, "participants", 1)]),
                ("3.d", "Đào tạo, tập huấn cho viên chức, sinh viên các trường đại học, cao đẳng, trung cấp", "Đang thực hiện", [
                    ("Lớp", "Lớp", 4, "training_courses", 1),
                    ("Sinh viên, viên chức tham dự", "Người", 530, "participants", 1)]),
                ("4.b", "Bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", "Hoàn thành", [
                    ("Phương tiện, thiết bị được kiểm định, hiệu chuẩn", "Chiếc", [("Quả cân chuẩn", 12), ("Bình chuẩn kim loại", 8), ("Máy đo nhanh chất lượng xăng dầu", 3)], "instruments_verified", 1),
                    ("Kinh phí", "Đồng", 64_500_000, "budget_spent_vnd", 1)]),
                ("4.c", "Phối hợp duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia", "Đang thực hiện", []),
            ]),
            ("5-6. Kiem tra - HTQT", "5. Kiểm tra, giám sát - 6. Trao đổi thông tin, hợp tác", [
                ("5.a", "Kiểm tra, giám sát về TĐC đối với sản phẩm, hàng hóa sản xuất, nhập khẩu, lưu thông", "Hoàn thành", [
                    ("Cuộc kiểm tra", "Cuộc", [("Theo kế hoạch", 14), ("Đột xuất", 3)], "inspections", 1),
                    ("Cơ sở được kiểm tra", "Cơ sở", 186, "establishments_inspected", 1),
                    ("Cơ sở vi phạm", "Cơ sở", 23, "violations", 1),
                    ("Tiền xử phạt VPHC", "Đồng", 412_750_000, "fines_vnd", 1)]),
                ("5.b", "Khảo sát chất lượng sản phẩm, hàng hóa", "Hoàn thành", [
                    ("Mẫu khảo sát", "Mẫu", [("Xăng dầu", 60), ("Mũ bảo hiểm", 40), ("Đồ chơi trẻ em", 35)], "samples_tested", 1)]),
                ("5.c", "Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền", "Đang thực hiện", [
                    ("Hội nghị hướng dẫn nội dung phân quyền", "Hội nghị", 2, "training_courses", 1),
                    ("Đại biểu phường, xã, đặc khu", "Người", 336, "participants", 1)]),
                ("5.d", "Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực", "Không phát sinh", []),
                ("6.a", "Cập nhật điều ước, thỏa thuận quốc tế về TĐC", "Hoàn thành", [
                    ("Tin cảnh báo TBT gửi doanh nghiệp", "Tin", 48, "communications", 1)]),
                ("6.b", "Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất", "Không phát sinh", []),
            ]),
        ],
        difficulties=[
            "Biên chế của Chi cục giảm sau sắp xếp trong khi địa bàn quản lý mở rộng.",
            "Trang thiết bị kiểm tra nhanh tại hiện trường còn thiếu, một số thiết bị đã hết khấu hao.",
            "Nhiều phường, xã chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
        ],
        proposals=[
            "Đề nghị Sở bổ sung biên chế cho bộ phận kiểm tra của Chi cục.",
            "Đề nghị UBND Thành phố bố trí kinh phí mua sắm thiết bị kiểm tra nhanh năm 2027.",
        ],
    ),
    dict(
        file="TTPTTN - Bao cao CT38 - 2026.xlsx", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
        head="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", number="356/BC-TTPT", date=(2026, 10, 28),
        maker=("Lâm Quang Vinh", "028 3829 5087"), stcol="Tình hình thực hiện",
        sheets=[
            ("Dau tu", "Nhiệm vụ 4 - Đầu tư cơ sở vật chất, trang thiết bị", [
                ("4.a", "Đầu tư cơ sở vật chất, hiện đại hóa trang thiết bị đạt chuẩn", "Đang thực hiện", [
                    ("Thiết bị đầu tư mới", "Bộ", 12, None, 1),
                    ("Kinh phí đã giải ngân", "Triệu đồng", [("Thiết bị thử nghiệm", 1850), ("Cải tạo phòng thí nghiệm", 500)], "budget_spent_vnd", 1_000_000)]),
                ("4.c", "Duy trì chuẩn đo lường chính, bảo đảm liên kết chuẩn quốc gia", "Hoàn thành", [
                    ("Chuẩn đo lường chính đang duy trì", "Chuẩn", 14, None, 1)]),
            ]),
            ("Dich vu ky thuat", "Nhiệm vụ 2.g, 3.a, 5.b", [
                ("2.g", "Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp", "Đang thực hiện", [
                    ("Phương tiện đo được kiểm định, hiệu chuẩn", "Chiếc", [("Kiểm định", 12300), ("Hiệu chuẩn", 6150)], "instruments_verified", 1),
                    ("Mẫu thử nghiệm", "Mẫu", 3260, "samples_tested", 1),
                    ("Lĩnh vực thử nghiệm được công nhận mới", "Lĩnh vực", 4, None, 1)]),
                ("3.a", "Cử viên chức tham gia đào tạo, tập huấn chuyên sâu", "Hoàn thành", [
                    ("Lượt viên chức được cử", "Lượt", 12, "participants", 1)]),
                ("5.b", "Phối hợp thử nghiệm mẫu khảo sát chất lượng", "Hoàn thành", [
                    ("Mẫu thử nghiệm phục vụ khảo sát", "Mẫu", 120, "samples_tested", 1)]),
            ]),
        ],
        difficulties=[
            "Thủ tục mua sắm trang thiết bị kéo dài, ảnh hưởng tiến độ giải ngân.",
            "Thiếu kiểm định viên có chứng chỉ trong một số lĩnh vực mới.",
        ],
        proposals=["Đề nghị Sở hỗ trợ đào tạo kiểm định viên lĩnh vực đo lường điện và hóa lý."],
    ),
    dict(
        file="P.KTPC_ket qua TDC 2026.xlsx", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
        head="PHÒNG KIỂM TRA - PHÁP CHẾ", number="88/BC-KTPC", date=(2026, 10, 26),
        maker=("Trương Minh Khoa", "028 3932 7711"), stcol="Tình trạng",
        sheets=[
            ("Nhiem vu", "Kết quả thực hiện nhiệm vụ phối hợp", [
                ("2.c", "Phối hợp rà soát, góp ý văn bản QPPL về TĐC", "Hoàn thành", [
                    ("Văn bản góp ý", "Văn bản", 4, None, 1)]),
                ("4.b", "Phối hợp rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP", "Hoàn thành", []),
                ("5.a", "Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng", "Hoàn thành", [
                    ("Đoàn kiểm tra có tham gia", "Đoàn", [("Liên ngành", 3), ("Chuyên ngành", 2)], "inspections", 1),
                    ("Cơ sở được kiểm tra", "Cơ sở", 38, "establishments_inspected", 1),
                    ("Cơ sở vi phạm", "Cơ sở", 6, "violations", 1),
                    ("Quyết định xử phạt đã ban hành", "Quyết định", 6, None, 1),
                    ("Tiền phạt", "Đồng", 48_000_000, "fines_vnd", 1)]),
                ("5.b", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "Đang thực hiện", []),
                ("5.c", "Hướng dẫn phường, xã xử lý vi phạm hành chính về TĐC", "Đang thực hiện", [
                    ("Hội nghị tập huấn xử phạt VPHC", "Hội nghị", 1, "training_courses", 1),
                    ("Đại biểu tham dự", "Người", 168, "participants", 1)]),
                ("5.d", "Tiếp nhận, xử lý đơn tố giác vi phạm về TĐC", "Không phát sinh", []),
            ]),
        ],
        difficulties=["Quy định về thẩm quyền xử phạt của Chủ tịch UBND phường, xã trong lĩnh vực TĐC còn chưa thống nhất cách hiểu."],
        proposals=["Đề nghị Sở có văn bản hướng dẫn thống nhất thẩm quyền xử phạt sau sắp xếp đơn vị hành chính."],
    ),
    dict(
        file="QLKH_CT38_2026.xlsx", unit=("SKHCN-QLKH", "Phòng Quản lý Khoa học"),
        head="PHÒNG QUẢN LÝ KHOA HỌC", number="41/BC-QLKH", date=(2026, 10, 30),
        maker=("Đỗ Hoàng Yến", "028 3932 5419"), stcol="Tình hình thực hiện",
        sheets=[
            ("Ket qua", "Kết quả thực hiện các nhiệm vụ được giao", [
                ("3.c", "Thu hút đội ngũ chuyên gia tư vấn, đánh giá lĩnh vực TĐC theo Nghị quyết 27/2023/NQ-HĐND", "Chưa thực hiện", [
                    ("Hồ sơ đề xuất đã nhận", "Hồ sơ", 0, None, 1)]),
                ("2.a", "Nhiệm vụ khoa học và công nghệ về năng suất, chất lượng", "Đang thực hiện", [
                    ("Nhiệm vụ được phê duyệt", "Nhiệm vụ", 3, None, 1),
                    ("Kinh phí đã cấp", "Triệu đồng", [("Nhiệm vụ 1", 620), ("Nhiệm vụ 2", 480), ("Nhiệm vụ 3", 150)], "budget_spent_vnd", 1_000_000)]),
                ("3.b", "Phối hợp hình thành mạng lưới chuyên gia tư vấn năng suất", "Đang thực hiện", [
                    ("Hội thảo", "Hội thảo", 1, "training_courses", 1),
                    ("Đại biểu", "Người", 64, "participants", 1)]),
                ("6.b", "Phối hợp APO thúc đẩy năng suất", "Không có nhiệm vụ", []),
            ]),
        ],
        difficulties=["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đánh giá sự phù hợp."],
        proposals=[
            "Đề nghị Chi cục TĐC đề xuất danh mục vị trí chuyên gia cần thu hút năm 2027.",
            "Đề nghị ưu tiên đặt hàng nhiệm vụ KH&CN về đo lường phục vụ chuyển đổi số.",
        ],
    ),
    dict(
        file="CDS - bao cao KH TDC.xlsx", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"),
        head="PHÒNG CHUYỂN ĐỔI SỐ", number="129/BC-CĐS", date=(2026, 10, 27),
        maker=("Phan Thành Nhân", "0908 214 663"), stcol="Tình trạng",
        sheets=[
            ("2h-2i", "Nhiệm vụ 2.h và 2.i", [
                ("2.h", "Hoàn thiện hệ thống thông tin giải quyết TTHC; liên thông Cổng một cửa quốc gia", "Hoàn thành", [
                    ("TTHC lĩnh vực TĐC cung cấp trực tuyến toàn trình", "TTHC", 42, None, 1),
                    ("Hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 1284, None, 1),
                    ("Tỷ lệ hồ sơ trực tuyến", "%", 97.6, None, 1)]),
                ("2.i", "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện", [
                    ("Kinh phí đã sử dụng", "Triệu đồng", 385, "budget_spent_vnd", 1_000_000)]),
            ]),
            ("Khac", "Nhiệm vụ khác", [
                ("3.a", "Cử công chức tham dự hội thảo về chuyển đổi số trong công tác TĐC", "Hoàn thành", [
                    ("Lượt công chức", "Lượt", 3, "participants", 1)]),
            ]),
        ],
        difficulties=["Cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ API kết nối."],
        proposals=["Đề nghị Chi cục TĐC làm đầu mối làm việc với Ủy ban TĐC Quốc gia về chuẩn kết nối dữ liệu."],
    ),
    dict(
        file="VP So - TDC 2026.xlsx", unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
        head="VĂN PHÒNG SỞ", number="2204/BC-VP", date=(2026, 10, 29),
        maker=("Hồ Thị Thanh Tâm", "028 3829 7142"), stcol="Tình trạng",
        sheets=[
            ("Ket qua", "Kết quả thực hiện", [
                ("1.a", "Phối hợp tổ chức lớp tập huấn, tọa đàm (hội trường, hậu cần)", "Hoàn thành", []),
                ("2.đ", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 của Sở", "Hoàn thành", [
                    ("Quy trình nội bộ được cập nhật", "Quy trình", 87, None, 1)]),
                ("2.h", "Phối hợp kết nối liên thông Cổng thông tin một cửa quốc gia", "Hoàn thành", []),
                ("4.a", "Phối hợp bố trí kinh phí đầu tư trang thiết bị", "Đang thực hiện", []),
                ("5.d", "Khen thưởng người tố giác vi phạm", "Không phát sinh", []),
            ]),
        ],
        difficulties=["Dự toán chi thường xuyên năm 2026 bị cắt giảm 10% theo chủ trương tiết kiệm."],
        proposals=["Đề nghị các đơn vị gửi nhu cầu kinh phí năm 2027 trước ngày 30/11/2026."],
    ),
    dict(
        file="TT CNTT DKG - bao cao TDC.xlsx", unit=("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
        head="TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN", number=None, date=(2026, 10, 31),
        maker=("Vũ Đức Long", "028 3930 2286"), stcol="Tình hình thực hiện",
        sheets=[
            ("Ket qua", "Kết quả thực hiện", [
                ("2.i", "Chuẩn bị hạ tầng kết nối cơ sở dữ liệu quốc gia về TĐC", "Đang thực hiện", [
                    ("Máy chủ ảo đã cấp phát", "Máy", 4, None, 1),
                    ("Dung lượng lưu trữ", "TB", 20, None, 1),
                    ("Kinh phí đã sử dụng", "Đồng", 450_000_000, "budget_spent_vnd", 1)]),
                ("3.a", "Cử viên chức tham gia tập huấn nghiệp vụ TĐC", "Chưa thực hiện", []),
            ]),
        ],
        difficulties=["Chưa nhận được đặc tả dữ liệu chính thức từ Ủy ban TĐC Quốc gia."],
        proposals=["Đề nghị bố trí kinh phí bảo đảm an toàn thông tin cho hệ thống kết nối năm 2027."],
    ),
]


def build(rep):
    y, m, d = rep["date"]
    key = Key(rep["file"], rep["unit"][0], rep["unit"][1], rep["number"], f"{y:04d}-{m:02d}-{d:02d}")
    F = lambda **k: Font(name="Times New Roman", size=k.pop("size", 12), **k)
    wb = Workbook()
    cov = wb.active
    cov.title = "Bia"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HỒ CHÍ MINH"
    cov["A2"] = rep["head"]
    cov["A2"].font = F(bold=True)
    cov.merge_cells("A4:B4")
    cov["A4"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    cov["A4"].font = F(bold=True, size=14)
    cov["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    cov.row_dimensions[4].height = 40
    rows = [("Đơn vị báo cáo:", rep["unit"][1]), ("Số:", rep["number"] or None),
            ("Ngày báo cáo:", dt.datetime(y, m, d)), ("Kỳ báo cáo:", "Năm 2026 (từ 01/01/2026 đến thời điểm báo cáo)"),
            ("Người lập:", rep["maker"][0]), ("Điện thoại:", rep["maker"][1])]
    for i, (a, b) in enumerate(rows, 6):
        cov[f"A{i}"] = a
        cov[f"A{i}"].font = F(bold=True)
        cov[f"B{i}"] = b
        cov[f"B{i}"].alignment = Alignment(horizontal="left")
        if isinstance(b, dt.datetime):
            cov[f"B{i}"].number_format = "dd/mm/yyyy"
    cov["A13"] = "Ghi chú: Cột Tình trạng chọn theo danh mục; số liệu tổng tự động cộng từ các dòng chi tiết."
    cov["A13"].font = F(italic=True, size=10)

    dm = wb.create_sheet("DM")
    for i, w in enumerate(DM, 1):
        dm[f"A{i}"] = w
    dm["C1"] = "Đơn vị tính"
    for i, w in enumerate(["Lớp", "Người", "Lượt", "Cuộc", "Cơ sở", "Mẫu", "Chiếc", "Đồng", "Triệu đồng"], 2):
        dm[f"C{i}"] = w
    dm.sheet_state = "hidden"

    cached = {}
    sheet_index = 3  # sheet1 = Bia, sheet2 = DM
    for title, head, tasks in rep["sheets"]:
        ws = wb.create_sheet(title)
        sheet_index += 0
        for col, w in zip("ABCDEF", (8, 60, 12, 14, 18, 28)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:F1")
        ws["A1"] = head.upper()
        ws["A1"].font = F(bold=True)
        ws["A2"] = rep["unit"][1]
        ws["A2"].font = F(italic=True)
        hdr = ("Mã NV", "Nội dung nhiệm vụ / kết quả", "ĐVT", "Kết quả", rep["stcol"], "Ghi chú")
        for c, h in zip("ABCDEF", hdr):
            ws[f"{c}4"] = h
            ws[f"{c}4"].font = F(bold=True); ws[f"{c}4"].fill = HEAD; ws[f"{c}4"].border = BOX
            ws[f"{c}4"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        dv = DataValidation(type="list", formula1="DM!$A$1:$A$5", allow_blank=True, showErrorMessage=True)
        dv.error = "Chọn trong danh mục"
        ws.add_data_validation(dv)
        r = 5
        cells = {}
        for code, text, st, measures in tasks:
            ws[f"A{r}"] = code
            ws[f"B{r}"] = text
            ws[f"E{r}"] = st or None
            dv.add(f"E{r}")
            for c in "ABCDEF":
                ws[f"{c}{r}"].font = F(bold=True); ws[f"{c}{r}"].border = BOX
                ws[f"{c}{r}"].alignment = Alignment(wrap_text=True, vertical="center")
            key.task("II." + code.replace(".", "."), status_of(st))
            r += 1
            for label, dvt, val, ind, sc in measures:
                ws[f"B{r}"] = "- " + label
                ws[f"C{r}"] = dvt
                if isinstance(val, list):
                    top = r
                    subs = []
                    for sl, sv in val:
                        r += 1
                        ws[f"B{r}"] = "   + " + sl
                        ws[f"D{r}"] = sv
                        ws[f"C{r}"] = dvt
                        ws[f"B{r}"].font = F(italic=True)
                        subs.append(sv)
                    ws[f"D{top}"] = f"=SUM(D{top + 1}:D{r})"
                    total = sum(subs)
                    cells[f"D{top}"] = total
                    for rr in range(top, r + 1):
                        for c in "ABCDEF":
                            ws[f"{c}{rr}"].border = BOX
                    ws[f"D{top}"].number_format = "#,##0"
                    ws[f"D{top}"].font = F(bold=True)
                else:
                    total = val
                    ws[f"D{r}"] = val
                    ws[f"D{r}"].number_format = "#,##0.0" if isinstance(val, float) else "#,##0"
                    for c in "ABCDEF":
                        ws[f"{c}{r}"].border = BOX
                if ind:
                    key.task("II." + code, None, **{ind: round(total * sc)})
                r += 1
        ws.freeze_panes = "A5"
        cached[ws.title] = cells

    kk = wb.create_sheet("Khó khăn - Kiến nghị")
    kk.column_dimensions["A"].width = 6
    kk.column_dimensions["B"].width = 100
    kk["A1"] = "I. KHÓ KHĂN, VƯỚNG MẮC"
    kk["A1"].font = F(bold=True)
    r = 2
    for i, it in enumerate(rep["difficulties"], 1):
        kk[f"A{r}"] = i; kk[f"B{r}"] = it; r += 1
        key.difficulties.append(it)
    r += 1
    kk[f"A{r}"] = "II. ĐỀ XUẤT, KIẾN NGHỊ"
    kk[f"A{r}"].font = F(bold=True); r += 1
    for i, it in enumerate(rep["proposals"], 1):
        kk[f"A{r}"] = i; kk[f"B{r}"] = it; r += 1
        key.proposals.append(it)
    wb.active = 0
    path = os.path.join(OUT, rep["file"])
    wb.save(path)
    # map sheet titles to sheetN.xml (openpyxl writes them in workbook order)
    order = [ws.title for ws in wb.worksheets]
    patch = {f"sheet{order.index(t) + 1}.xml": c for t, c in cached.items() if c}
    if patch:
        patch_cached_values(path, patch)
    return key


def main():
    return [build(r) for r in REPORTS]
