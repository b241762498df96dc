"""Hand D - the Word letter-plus-table person (văn thư / chuyên viên ở phường, xã, đặc khu, sở).

A one-page công văn: "V/v báo cáo kết quả thực hiện Kế hoạch ...", body says results are in
the attached table, difficulties and proposals as the letter's last paragraphs, signature,
then a page break and the table (STT | Nhiệm vụ | Kết quả thực hiện | Đánh giá mức độ hoàn
thành / Tình hình thực hiện). Results are prose with figures inside.
"""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import OUT, Key, status_of

# rows: ("G", title) group row | (stt, task name, result text (\n = line break), status, task, {ind: v})
REPORTS = [
    dict(
        file="Con Dao - CV bao cao CT38 nam 2026.docx", unit=("26732", "Đặc khu Côn Đảo"),
        org=["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"], number="412/UBND-KT", date=(2026, 11, 5), place="Côn Đảo",
        subject="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
        intro="Thực hiện Kế hoạch số 127/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện như sau:",
        summary="Ủy ban nhân dân đặc khu đã chỉ đạo Phòng Kinh tế phối hợp các đơn vị liên quan triển khai các nhiệm vụ được giao; kết quả cụ thể theo Phụ lục đính kèm.",
        stcol="Đánh giá mức độ hoàn thành", numbering="dash",
        rows=[
            ("1", "Tổ chức tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (mục 1.a)",
             "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 lớp tập huấn tại Trung tâm Văn hóa đặc khu cho 68 học viên là hộ kinh doanh, cơ sở lưu trú.",
             "Hoàn thành", "II.1.a", {"training_courses": 1, "participants": 68}),
            ("2", "Kiểm tra đo lường, chất lượng hàng hóa lưu thông trên địa bàn",
             "Thành lập 02 đoàn kiểm tra liên ngành, kiểm tra 19 cơ sở kinh doanh xăng dầu, vàng trang sức, hàng đóng gói sẵn.\nPhát hiện 03 cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền 12,5 triệu đồng.",
             "Hoàn thành", "II.5.a", {"inspections": 2, "establishments_inspected": 19, "violations": 3, "fines_vnd": 12500000}),
            ("3", "Thực hiện các nội dung được phân quyền về quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng",
             "Tiếp nhận 05 hồ sơ công bố hợp quy; phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 84 chiếc cân tại chợ Côn Đảo.",
             "Đang thực hiện", "II.5.c", {"instruments_verified": 84}),
            ("4", "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
             "Duy trì áp dụng đối với 187 thủ tục hành chính thuộc thẩm quyền giải quyết của đặc khu.",
             "Đang thực hiện", "II.2.đ", {}),
            ("5", "Khảo sát chất lượng sản phẩm, hàng hóa",
             "Chưa bố trí được kinh phí lấy mẫu, vận chuyển mẫu vào đất liền.",
             "Chưa thực hiện", "II.5.b", {}),
        ],
        difficulties=[
            "Đặc khu cách xa đất liền, việc vận chuyển mẫu thử nghiệm tốn kém, mất nhiều thời gian.",
            "Chưa có tổ chức kiểm định phương tiện đo đặt tại đặc khu.",
        ],
        proposals=[
            "Đề nghị Sở Khoa học và Công nghệ bố trí đoàn kiểm định phương tiện đo ra Côn Đảo định kỳ 6 tháng/lần.",
            "Đề nghị hỗ trợ kinh phí lấy mẫu khảo sát chất lượng xăng dầu trên địa bàn đặc khu.",
        ],
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Phong"],
    ),
    dict(
        file="BC 96 - UBND xa An Thoi Dong - CT38.docx", unit=("27673", "Xã An Thới Đông"),
        org=["ỦY BAN NHÂN DÂN", "XÃ AN THỚI ĐÔNG"], number="96/BC-UBND", date=(2026, 11, 10), place="An Thới Đông",
        subject="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW của Ban Bí thư năm 2026",
        to="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        intro="Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc số 2874/CCTĐC-QLĐL ngày 20/10/2026 của Chi cục, Ủy ban nhân dân xã An Thới Đông báo cáo như sau:",
        summary="Trên địa bàn xã hiện có 2.146 hộ dân, 14 hợp tác xã, tổ hợp tác và 318 hộ kinh doanh. Kết quả thực hiện các nhiệm vụ theo bảng đính kèm.",
        stcol="Tình hình thực hiện", numbering="dash",
        rows=[
            ("1", "Tuyên truyền, vận động tham gia Giải thưởng Chất lượng Quốc gia",
             "Đăng 03 tin bài trên trang thông tin điện tử xã và phát trên hệ thống loa truyền thanh.",
             "Đã hoàn thành", "II.1.b", {"communications": 3}),
            ("2", "Hỗ trợ hợp tác xã, cơ sở áp dụng truy xuất nguồn gốc (Đề án 100)",
             "Hướng dẫn 05 hợp tác xã, cơ sở chế biến (nuôi hàu, khô cá dứa) đăng ký mã truy xuất nguồn gốc; 07 sản phẩm đã được gắn tem.",
             "Đang tiếp tục thực hiện", "II.2.a", {"enterprises_supported": 5}),
            ("3", "Bồi dưỡng nghiệp vụ cho công chức",
             "Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức ngày 14/5/2026.",
             "Đã hoàn thành", "II.3.a", {"participants": 2}),
            ("4", "Kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa",
             "Xã chưa có công chức chuyên môn nên chưa tổ chức kiểm tra.",
             "Chưa thực hiện", "II.5.a", {}),
            ("5", "Khen thưởng, bảo vệ người tố giác vi phạm", "", "Không phát sinh", "II.5.d", {}),
        ],
        difficulties=[
            "Xã chưa có công chức được đào tạo về tiêu chuẩn, đo lường, chất lượng.",
            "Hợp tác xã còn hạn chế về năng lực ứng dụng công nghệ trong truy xuất nguồn gốc.",
        ],
        proposals=["Đề nghị Chi cục hỗ trợ tập huấn tại chỗ cho công chức và hợp tác xã của xã An Thới Đông."],
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Thanh Tùng"],
    ),
    dict(
        file="1536-UBND-KT Tan Uyen.docx", unit=("25888", "Phường Tân Uyên"),
        org=["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN UYÊN"], number="1536/UBND-KT", date=(2026, 11, 3), place="Tân Uyên",
        subject="V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026",
        to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
        intro="Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tân Uyên báo cáo kết quả thực hiện (chi tiết tại Bảng tổng hợp kèm theo).",
        summary=None,
        stcol="Đánh giá mức độ hoàn thành", numbering="auto",
        rows=[
            ("G", "I. TUYÊN TRUYỀN, PHỔ BIẾN"),
            ("1", "Tập huấn, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
             "Tổ chức 03 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho 212 đại biểu là doanh nghiệp, hộ kinh doanh.\nKinh phí thực hiện: 15.600.000 đồng.",
             "Hoàn thành 100%", "II.1.a", {"training_courses": 3, "participants": 212, "budget_spent_vnd": 15600000}),
            ("G", "II. HỖ TRỢ DOANH NGHIỆP, QUẢN LÝ NHÀ NƯỚC"),
            ("2", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến",
             "Hỗ trợ 08 doanh nghiệp gốm sứ, chế biến gỗ áp dụng ISO 9001, ISO 14001; đến nay 02 doanh nghiệp đã được cấp giấy chứng nhận.",
             "Đạt", "II.2.d", {"enterprises_supported": 8}),
            ("3", "Áp dụng HTQLCL ISO 9001:2015 tại UBND phường",
             "Đang rà soát, cập nhật quy trình theo bộ thủ tục hành chính mới.",
             "Đang thực hiện", "II.2.đ", {}),
            ("G", "III. KIỂM TRA, KHẢO SÁT"),
            ("4", "Kiểm tra đo lường, chất lượng hàng hóa",
             "Phối hợp kiểm tra 04 cuộc tại 31 cơ sở; phát hiện 05 cơ sở vi phạm; xử phạt 27.000.000 đồng.",
             "Hoàn thành 100%", "II.5.a", {"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 27000000}),
            ("5", "Khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
             "Lấy 18 mẫu (12 mẫu xăng dầu, 06 mẫu LPG) gửi thử nghiệm; kết quả 18/18 mẫu đạt.",
             "Đạt", "II.5.b", {"samples_tested": 18}),
        ],
        difficulties=[
            "Nhiều doanh nghiệp nhỏ chưa quan tâm áp dụng hệ thống quản lý chất lượng.",
            "Kinh phí lấy mẫu thử nghiệm phải cân đối từ nguồn chi thường xuyên của phường.",
        ],
        proposals=[
            "Đề nghị Sở Khoa học và Công nghệ ưu tiên hỗ trợ doanh nghiệp trên địa bàn phường từ Chương trình năng suất chất lượng.",
            "Đề nghị tổ chức tập huấn chuyên sâu về kiểm tra hàng đóng gói sẵn cho công chức phường.",
        ],
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Bùi Thị Hồng Nhung"],
    ),
    dict(
        file="PhuNhuan_CV2318_bao cao TDC.docx", unit=("27073", "Phường Phú Nhuận"),
        org=["ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ NHUẬN"], number="2318/UBND-VHXH", date=(2026, 11, 12), place="Phú Nhuận",
        subject="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        to="Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)",
        intro="Ủy ban nhân dân phường Phú Nhuận nhận được Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ. Ủy ban nhân dân phường báo cáo kết quả thực hiện theo bảng đính kèm.",
        summary=None,
        stcol="Tình hình thực hiện", numbering="dash",
        rows=[
            ("1", "Tọa đàm với doanh nghiệp nhập khẩu",
             "Tổ chức 01 buổi tọa đàm ngày 22/8/2026 về ghi nhãn hàng hóa nhập khẩu (mỹ phẩm, thực phẩm chức năng) với 74 đại biểu tham dự.",
             "Hoàn thành", "II.1.a", {"training_courses": 1, "participants": 74}),
            ("2", "Hướng dẫn công bố sản phẩm, hàng hóa",
             "Hướng dẫn 23 cơ sở, doanh nghiệp thực hiện công bố sản phẩm theo quy định.",
             "Đang triển khai", "II.2.d", {"enterprises_supported": 23}),
            ("3", "Hệ thống quản lý chất lượng tại UBND phường",
             "Hoàn tất chuyển đổi HTQLCL theo TCVN ISO 9001:2015, công bố ngày 30/6/2026.",
             "Hoàn thành", "II.2.đ", {}),
            ("4", "Bồi dưỡng công chức",
             "Cử 03 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về TĐC.",
             "Hoàn thành", "II.3.a", {"participants": 3}),
            ("5", "Kiểm tra nhãn hàng hóa lưu thông",
             "Kiểm tra 02 cuộc tại 15 cơ sở kinh doanh mỹ phẩm; phát hiện 03 cơ sở vi phạm về nhãn, xử phạt 18.000.000 đồng.",
             "Hoàn thành", "II.5.a", {"inspections": 2, "establishments_inspected": 15, "violations": 3, "fines_vnd": 18000000}),
            ("6", "Phối hợp Chi cục thực hiện nội dung phân quyền",
             "Phối hợp rà soát danh sách cơ sở kinh doanh vàng trang sức trên địa bàn (41 cơ sở).",
             "Đang thực hiện", "II.5.c", {}),
        ],
        difficulties=["Phường chưa có cán bộ chuyên trách, công tác tham mưu còn chậm."],
        proposals=["Đề nghị Chi cục cung cấp danh sách cơ sở kinh doanh vàng trang sức đã được kiểm tra để tránh trùng lặp."],
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Quốc Thái"],
    ),
    dict(
        file="874-BC-UBND phuong Thu Duc (CT38).docx", unit=("26824", "Phường Thủ Đức"),
        org=["ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ ĐỨC"], number="874/BC-UBND", date=(2026, 11, 6), place="Thủ Đức",
        subject="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
        intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Thủ Đức báo cáo kết quả thực hiện như sau:",
        summary="Kết quả thực hiện từng nhiệm vụ được tổng hợp tại Phụ lục kèm theo Công văn này.",
        stcol="Đánh giá mức độ hoàn thành", numbering="auto",
        rows=[
            ("1", "Tập huấn pháp luật về TĐC cho doanh nghiệp, hộ kinh doanh",
             "Tổ chức 02 lớp với 160 lượt người tham dự.", "Hoàn thành", "II.1.a",
             {"training_courses": 2, "participants": 160}),
            ("2", "Hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             "Hướng dẫn 02 doanh nghiệp hoàn thiện hồ sơ tham dự Giải thưởng năm 2026.", "Hoàn thành", "II.1.b",
             {"enterprises_supported": 2}),
            ("3", "Nâng cao năng suất, chất lượng (Chương trình 1322)",
             "Hỗ trợ 06 doanh nghiệp áp dụng công cụ năng suất (5S, Kaizen); đã giải ngân 120 triệu đồng.",
             "Đang tiếp tục thực hiện", "II.2.a", {"enterprises_supported": 6, "budget_spent_vnd": 120000000}),
            ("4", "Tập huấn cho sinh viên về mã số, mã vạch",
             "Phối hợp Trường Đại học Sư phạm Kỹ thuật tổ chức 01 buổi tọa đàm về mã số, mã vạch, truy xuất nguồn gốc cho 230 sinh viên.",
             "Hoàn thành", "II.3.d", {"training_courses": 1, "participants": 230}),
            ("5", "Kiểm tra về tiêu chuẩn, đo lường, chất lượng",
             "Kiểm tra 05 cuộc, 47 cơ sở; phát hiện 08 cơ sở vi phạm; phạt tiền 56,5 triệu đồng.",
             "Hoàn thành", "II.5.a", {"inspections": 5, "establishments_inspected": 47, "violations": 8, "fines_vnd": 56500000}),
            ("6", "Khảo sát chất lượng hàng hóa", "Lấy 20 mẫu mũ bảo hiểm, đồ chơi trẻ em gửi thử nghiệm.",
             "", "II.5.b", {"samples_tested": 20}),
            ("7", "Khen thưởng, xử lý tố giác vi phạm", "", "Không phát sinh", "II.5.d", {}),
        ],
        difficulties=[
            "Số lượng cơ sở kinh doanh lớn, biến động thường xuyên.",
            "Chưa có phần mềm theo dõi kết quả kiểm tra dùng chung với Chi cục.",
        ],
        proposals=[
            "Đề nghị Sở triển khai phần mềm quản lý kết quả kiểm tra dùng chung cho phường, xã.",
            "Đề nghị tiếp tục hỗ trợ doanh nghiệp trên địa bàn từ Chương trình 1322 năm 2027.",
        ],
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Võ Minh Trí"],
    ),
    dict(
        file="SVHTT_5127_bao cao CT38.docx", unit=("SO-VHTT", "Sở Văn hóa và Thể thao"),
        org=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO"], number="5127/SVHTT-KHTC", date=(2026, 11, 9),
        place="Thành phố Hồ Chí Minh",
        subject="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        to="Sở Khoa học và Công nghệ",
        intro="Phúc đáp Công văn số 2861/SKHCN-TĐC ngày 15/10/2026 của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Văn hóa và Thể thao báo cáo như sau:",
        summary="Các nhiệm vụ Sở Văn hóa và Thể thao được giao phối hợp đã được triển khai theo kế hoạch; kết quả cụ thể tại Phụ lục.",
        stcol="Tình hình thực hiện", numbering="dash",
        rows=[
            ("1", "Phối hợp tuyên truyền về Giải thưởng Chất lượng Quốc gia (nhiệm vụ 1.b)",
             "Chỉ đạo Đài Truyền hình, các cơ quan báo chí đăng, phát 46 tin, bài, phóng sự.", "Hoàn thành", "II.1.b",
             {"communications": 46}),
            ("2", "Góp ý dự thảo tiêu chuẩn quốc gia",
             "Góp ý 03 dự thảo TCVN về thiết bị tập luyện thể dục thể thao.", "Hoàn thành", "II.2.e",
             {"standards_reviewed": 3}),
            ("3", "Áp dụng ISO 9001:2015 trong hoạt động của Sở", "Duy trì, cải tiến theo kế hoạch năm 2026.",
             "Hoàn thành", "II.2.đ", {}),
            ("4", "Kiểm tra chất lượng dụng cụ thể thao, thiết bị tập luyện tại các phòng tập",
             "Kiểm tra 03 cuộc tại 22 cơ sở; 04 cơ sở vi phạm; xử phạt 32 triệu đồng.", "Hoàn thành", "II.5.a",
             {"inspections": 3, "establishments_inspected": 22, "violations": 4, "fines_vnd": 32000000}),
            ("5", "Cử công chức tham gia tập huấn nghiệp vụ TĐC", "", "Chưa thực hiện", "II.3.a", {}),
        ],
        difficulties=["Chưa có quy chuẩn kỹ thuật quốc gia đối với nhiều loại thiết bị tập luyện thể thao phổ biến."],
        proposals=["Đề nghị Sở Khoa học và Công nghệ kiến nghị Bộ Khoa học và Công nghệ sớm ban hành QCVN đối với thiết bị tập luyện thể thao."],
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Thanh Thủy"],
    ),
    dict(
        file="SNV - 3902 - bao cao TDC 2026.docx", unit=("SO-NV", "Sở Nội vụ"),
        org=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ"], number="3902/SNV-CCHC", date=(2026, 11, 11),
        place="Thành phố Hồ Chí Minh",
        subject="V/v báo cáo kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        to="Sở Khoa học và Công nghệ",
        intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Nội vụ báo cáo kết quả thực hiện các nhiệm vụ có liên quan (chi tiết tại Phụ lục đính kèm).",
        summary="Năm 2026, Sở Nội vụ đã tổng hợp kết quả áp dụng Hệ thống quản lý chất lượng của 168 Ủy ban nhân dân phường, xã, đặc khu và 21 sở, ban, ngành vào Chỉ số cải cách hành chính.",
        stcol="Đánh giá mức độ hoàn thành", numbering="auto",
        rows=[
            ("1", "Theo dõi việc áp dụng HTQLCL trong cơ quan hành chính nhà nước (nhiệm vụ 2.đ)",
             "Tổng hợp kết quả áp dụng vào Chỉ số cải cách hành chính năm 2026; đang chờ kết quả thẩm định.",
             "Đang thực hiện", "II.2.đ", {}),
            ("2", "Tham mưu chính sách thu hút chuyên gia lĩnh vực TĐC (nhiệm vụ 3.c)",
             "Thẩm định 02 hồ sơ đề xuất thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND.",
             "Đang tiếp tục thực hiện", "II.3.c", {}),
            ("3", "Phối hợp bồi dưỡng kiến thức quản lý nhà nước về TĐC cho công chức cấp xã (nhiệm vụ 3.a)",
             "Phối hợp mở 01 lớp bồi dưỡng cho 125 học viên; kinh phí 45.000.000 đồng.",
             "Hoàn thành", "II.3.a", {"training_courses": 1, "participants": 125, "budget_spent_vnd": 45000000}),
            ("4", "Nâng cao năng suất khu vực công (APO)", "", "Không có nhiệm vụ", "II.6.b", {}),
        ],
        difficulties=["Tiêu chí đánh giá việc áp dụng HTQLCL trong Chỉ số cải cách hành chính chưa phản ánh đúng chất lượng áp dụng thực tế."],
        proposals=[
            "Đề nghị Sở Khoa học và Công nghệ phối hợp rà soát bộ tiêu chí đánh giá áp dụng HTQLCL năm 2027.",
            "Đề nghị bố trí kinh phí tổ chức thêm lớp bồi dưỡng cho công chức cấp xã mới tuyển dụng.",
        ],
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lương Văn Hiếu"],
    ),
]


def set_cell_border(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "none")
        borders.append(el)
    tblPr.append(borders)


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        parts = text.split("\n")
        for i, t in enumerate(parts):
            r = p.add_run(t)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if i < len(parts) - 1:
                r.add_break()
    if align:
        p.alignment = align
    return p


def build(rep):
    y, m, d = rep["date"]
    key = Key(rep["file"], rep["unit"][0], rep["unit"][1], rep["number"], f"{y:04d}-{m:02d}-{d:02d}")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    C = WD_ALIGN_PARAGRAPH.CENTER
    # header table
    ht = doc.add_table(rows=1, cols=2)
    set_cell_border(ht)
    left, right = ht.rows[0].cells
    left.paragraphs[0].text = ""
    for i, line in enumerate(rep["org"]):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(line)
        r.bold = i == len(rep["org"]) - 1
        r.font.size = Pt(12)
        p.alignment = C
    para(left, "Số: " + rep["number"], align=C, size=12)
    para(left, rep["subject"], align=C, size=11)
    p = right.paragraphs[0]
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(12)
    p.alignment = C
    para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C, size=13)
    para(right, "")
    para(right, f"{rep['place']}, ngày {d:02d} tháng {m:02d} năm {y}", italic=True, align=C, size=13)
    para(doc, "")
    para(doc, "Kính gửi: " + rep["to"] + ".", align=C)
    para(doc, rep["intro"]).paragraph_format.first_line_indent = Cm(1)
    h = para(doc, "1. Kết quả thực hiện", bold=True)
    if rep["summary"]:
        para(doc, rep["summary"]).paragraph_format.first_line_indent = Cm(1)
    para(doc, "(Chi tiết kết quả thực hiện từng nhiệm vụ theo Phụ lục đính kèm).", italic=True)
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    for it in rep["difficulties"]:
        if rep["numbering"] == "auto":
            para(doc, it, style="List Bullet")
        else:
            para(doc, "- " + it).paragraph_format.first_line_indent = Cm(1)
        key.difficulties.append(it)
    para(doc, "3. Đề xuất, kiến nghị", bold=True)
    for it in rep["proposals"]:
        if rep["numbering"] == "auto":
            para(doc, it, style="List Number")
        else:
            para(doc, "- " + it).paragraph_format.first_line_indent = Cm(1)
        key.proposals.append(it)
    short = rep["unit"][1] if rep["unit"][0].startswith("SO-") else "Ủy ban nhân dân " + rep["unit"][1].lower().split(" ", 1)[0] + " " + rep["unit"][1].split(" ", 1)[1]
    para(doc, f"Trên đây là báo cáo kết quả thực hiện của {short}./.").paragraph_format.first_line_indent = Cm(1)
    st_ = doc.add_table(rows=1, cols=2)
    set_cell_border(st_)
    a, b = st_.rows[0].cells
    a.paragraphs[0].add_run("Nơi nhận:").bold = True
    for line in ["- Như trên;", "- Chi cục TĐC (để biết);", "- Lưu: VT."]:
        para(a, line, size=11)
    for i, line in enumerate(rep["signer"]):
        p = b.paragraphs[0] if i == 0 else b.add_paragraph()
        rr = p.add_run(line); rr.bold = True
        p.alignment = C
    # the attached table on a new (landscape) section
    ns = doc.add_section()
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = sec.page_height, sec.page_width
    para(doc, "PHỤ LỤC", bold=True, align=C)
    para(doc, "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, align=C)
    para(doc, f"(Kèm theo Công văn số {rep['number']} ngày {d:02d}/{m:02d}/{y} của {short})", italic=True, align=C, size=12)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.3), Cm(7.5), Cm(11), Cm(4.5))
    for c, txt, w in zip(t.rows[0].cells, ("STT", "Nhiệm vụ", "Kết quả thực hiện", rep["stcol"]), widths):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        c.paragraphs[0].alignment = C
        c.width = w
    for row in rep["rows"]:
        cells = t.add_row().cells
        if row[0] == "G":
            mc = cells[0].merge(cells[3])
            mc.paragraphs[0].add_run(row[1]).bold = True
            continue
        stt, name, res, stw, task, ind = row
        for c, txt, w in zip(cells, (stt, name, res, stw), widths):
            c.width = w
            parts = txt.split("\n")
            p = c.paragraphs[0]
            for i, part in enumerate(parts):
                p.add_run(part)
                if i < len(parts) - 1:
                    p.runs[-1].add_break()
        cells[0].paragraphs[0].alignment = C
        cells[3].paragraphs[0].alignment = C
        key.task(task, status_of(stw), **ind)
    path = os.path.join(OUT, rep["file"])
    doc.save(path)
    return key


def main():
    return [build(r) for r in REPORTS]
