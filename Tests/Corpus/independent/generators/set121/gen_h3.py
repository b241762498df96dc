# Hand H3 — chị Võ Thị Mỹ Linh style: long reports that open with a "DANH MỤC TỪ VIẾT TẮT" table and use the
# abbreviations throughout (DN, PTĐ, SPHH, HTQLCL, NSCL…); each item ends with a status that carries its reason
# in brackets ("Đang thực hiện (theo lộ trình Quý IV)"); appendices "Phụ lục 01/02" inside the same file, with ĐVT.
from gen_h1 import U, xl_row
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment

ABBR_ALL = [("TĐC", "Tiêu chuẩn Đo lường Chất lượng"), ("KH&CN", "Khoa học và Công nghệ"), ("DN", "Doanh nghiệp"),
            ("PTĐ", "Phương tiện đo"), ("SPHH", "Sản phẩm, hàng hóa"), ("HTQLCL", "Hệ thống quản lý chất lượng"),
            ("NSCL", "Năng suất chất lượng"), ("GTCLQG", "Giải thưởng Chất lượng Quốc gia"),
            ("TCVN / QCVN", "Tiêu chuẩn quốc gia / Quy chuẩn kỹ thuật quốc gia"), ("VPHC", "Vi phạm hành chính"),
            ("TTHC", "Thủ tục hành chính"), ("CSDL", "Cơ sở dữ liệu")]

def abbr_table(d, keys):
    para(d, [("DANH MỤC TỪ VIẾT TẮT", "b")], align=C)
    rows = [["STT", "Từ viết tắt", "Nghĩa đầy đủ"]]
    for i, (a, b) in enumerate([x for x in ABBR_ALL if x[0] in keys], 1):
        rows.append([str(i), a, b])
    table(d, rows, widths=[1.3, 3.5, 11], size=11)
    para(d, "")

def f09(folder):
    fn = "BC 428-TDC ket qua thuc hien KH CT38 nam 2026.docx"
    d = new_doc(size=13)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("CHI CỤC TIÊU CHUẨN", True), ("ĐO LƯỜNG CHẤT LƯỢNG", True), ("", False), ("Số: 428/BC-TĐC", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026"))
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", "b")], align=C, space_after=0)
    para(d, [("của Ban Bí thư năm 2026 (phần Chi cục chủ trì)", "b")], align=C)
    para(d, [("(Số liệu từ ngày 01/01/2026 đến ngày 31/10/2026)", "i")], align=C)
    abbr_table(d, ["TĐC", "KH&CN", "DN", "PTĐ", "SPHH", "HTQLCL", "NSCL", "GTCLQG", "TCVN / QCVN", "VPHC"])
    para(d, [("I. CÔNG TÁC TRIỂN KHAI", "b")])
    para(d, "Ngay sau khi Sở KH&CN ban hành Kế hoạch, Chi cục TĐC đã ban hành Kế hoạch số 45/KH-TĐC ngày 05/02/2026 phân công các phòng chuyên môn thực hiện; định kỳ hằng quý tổ chức giao ban kiểm điểm tiến độ. Chi cục báo cáo kết quả cụ thể như sau:", align=J, indent=1)
    para(d, [("II. KẾT QUẢ THỰC HIỆN", "b")])
    items = [
     ("1. Tập huấn văn bản pháp luật cho DN; tọa đàm DN nhập khẩu",
      "Chi cục đã tổ chức 04 lớp tập huấn và 01 buổi tọa đàm với DN nhập khẩu (tổng cộng 05 lớp, buổi) với 338 lượt người tham dự, trong đó lớp tháng 10/2026 dành riêng cho DN khu vực Bà Rịa - Vũng Tàu (cũ).",
      "Đã thực hiện (hoàn thành trong Quý III)."),
     ("2. Tuyên truyền GTCLQG",
      "Đăng tải 07 tin, bài trên Trang thông tin điện tử của Chi cục và Bản tin KH&CN; hướng dẫn 09 DN hoàn thiện hồ sơ tham dự GTCLQG năm 2026.",
      "Đã thực hiện (hoàn thành trong Quý II)."),
     ("3. Nâng cao NSCL; đo lường hỗ trợ DN; truy xuất nguồn gốc",
      "Triển khai Chương trình 1322 và Kế hoạch 36: hỗ trợ 31 DN áp dụng công cụ cải tiến NSCL; Đề án 996: hỗ trợ 17 DN về đo lường; Đề án 100: hỗ trợ 12 DN triển khai truy xuất nguồn gốc. Tổng cộng 60 DN được hỗ trợ.",
      "Đang thực hiện (theo lộ trình Quý IV/2026)."),
     ("4. Hỗ trợ DN áp dụng HTQLCL tiên tiến, công bố chất lượng",
      "Hỗ trợ 26 DN xây dựng, áp dụng HTQLCL (ISO 9001, ISO 22000, HACCP); tiếp nhận 418 hồ sơ công bố hợp chuẩn, hợp quy.",
      "Đang thực hiện (nhiệm vụ thường xuyên)."),
     ("5. Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
      "Góp ý 22 dự thảo (16 TCVN, 06 QCVN); đang khảo sát nhu cầu xây dựng 01 quy chuẩn kỹ thuật địa phương về nước sạch nông thôn.",
      "Đang thực hiện (hạn Quý IV/2026)."),
     ("6. Tập huấn nghiệp vụ cho công chức Sở, ngành, phường, xã, đặc khu",
      "Tổ chức 04 lớp với 312 lượt công chức tham dự; lớp dành cho công chức đặc khu Côn Đảo lùi sang tháng 11/2026 do điều kiện thời tiết.",
      "Đang thực hiện (còn 01 lớp)."),
     ("7. Bồi dưỡng chuyên sâu về NSCL, mạng lưới tư vấn",
      "Tổ chức 02 khóa bồi dưỡng với 96 học viên; công nhận 12 chuyên gia tham gia mạng lưới tư vấn NSCL của Thành phố.",
      "Đã thực hiện (đúng kế hoạch)."),
     ("8. Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
      "Kiểm định, hiệu chuẩn 32 PTĐ, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra, phát hiện VPHC.",
      "Đã thực hiện (hoàn thành tháng 6/2026)."),
     ("9. Kiểm tra về tiêu chuẩn, đo lường, chất lượng SPHH",
      "Chi cục tổ chức 13 cuộc kiểm tra (05 cuộc về đo lường, 08 cuộc về chất lượng) tại 137 cơ sở; phát hiện 19 cơ sở vi phạm; xử phạt VPHC 138.500.000 đồng.",
      "Đang thực hiện (còn 02 cuộc theo kế hoạch)."),
     ("10. Khảo sát chất lượng SPHH",
      "Lấy 120 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) khảo sát; đợt 1 có 07 mẫu không phù hợp đã thông tin đến cơ quan chức năng.",
      "Đang thực hiện (chờ kết quả đợt 2)."),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Mức độ thực hiện: ", "i"), (st, "bi")], indent=1)
    para(d, [("III. KHÓ KHĂN, VƯỚNG MẮC", "b")])
    dif = ["Biên chế của Chi cục giảm sau sắp xếp trong khi địa bàn quản lý mở rộng sang khu vực Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ).",
           "Kinh phí thử nghiệm mẫu kiểm tra, khảo sát còn hạn chế so với số lượng SPHH cần kiểm soát.",
           "Một số DN nhỏ chưa quan tâm áp dụng HTQLCL và công cụ NSCL do chi phí cao."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("IV. KIẾN NGHỊ, ĐỀ XUẤT", "b")])
    pro = ["Kiến nghị Sở KH&CN trình UBND Thành phố bổ sung kinh phí thử nghiệm mẫu năm 2027.",
           "Đề xuất Sở KH&CN kiến nghị Bộ KH&CN sớm ban hành hướng dẫn phân cấp quản lý đo lường cho cấp xã.",
           "Đề xuất cho phép Chi cục ký hợp đồng chuyên gia theo Nghị quyết số 27/2023/NQ-HĐND."]
    for x in pro: para(d, "- " + x, indent=1)
    para(d, "Trên đây là báo cáo của Chi cục TĐC./.", indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Giám đốc Sở (để b/c);", "- PGĐ Nguyễn Kỳ;", "- Lưu: VT, HCTH."], size=10)
    cell_text(sig.cell(0, 1), ["CHI CỤC TRƯỞNG", "", "", "", "Trương Công Minh"], bold=True, align=C, size=12)
    page_break(d)
    para(d, [("PHỤ LỤC 01", "b")], align=C, space_after=0)
    para(d, [("SỐ LIỆU CHI TIẾT KẾT QUẢ THỰC HIỆN", "b")], align=C, space_after=0)
    para(d, [("(Kèm theo Báo cáo số 428/BC-TĐC ngày 10/11/2026 của Chi cục TĐC)", "i")], align=C)
    table(d, [["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "Mục báo cáo"],
              ["1", "Lớp tập huấn, tọa đàm cho DN", "lớp, buổi", "05", "II.1"],
              ["2", "Lượt người tham dự", "lượt người", "338", "II.1"],
              ["3", "Tin, bài tuyên truyền GTCLQG", "tin, bài", "07", "II.2"],
              ["4", "DN được hướng dẫn hồ sơ GTCLQG", "DN", "09", "II.2"],
              ["5", "DN được hỗ trợ NSCL, đo lường, truy xuất nguồn gốc", "DN", "60", "II.3"],
              ["6", "DN được hỗ trợ áp dụng HTQLCL", "DN", "26", "II.4"],
              ["7", "Dự thảo TCVN, QCVN đã góp ý", "dự thảo", "22", "II.5"],
              ["8", "Lớp tập huấn công chức", "lớp", "04", "II.6"],
              ["9", "Lượt công chức tham dự", "lượt người", "312", "II.6"],
              ["10", "Khóa bồi dưỡng NSCL", "khóa", "02", "II.7"],
              ["11", "Học viên", "người", "96", "II.7"],
              ["12", "PTĐ, thiết bị nghiệp vụ được kiểm định, hiệu chuẩn", "chiếc", "32", "II.8"],
              ["13", "Cuộc kiểm tra", "cuộc", "13", "II.9"],
              ["14", "Cơ sở được kiểm tra", "cơ sở", "137", "II.9"],
              ["15", "Cơ sở vi phạm", "cơ sở", "19", "II.9"],
              ["16", "Tiền xử phạt VPHC", "đồng", "138.500.000", "II.9"],
              ["17", "Mẫu SPHH khảo sát", "mẫu", "120", "II.10"]], widths=[1.2, 8, 2.5, 2.5, 2], size=11)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CC"),
           "document": {"number": "428/BC-TĐC", "date": "2026-11-10"},
           "entries": [
             E("II.1.a", "completed", {"training_courses": 5, "participants": 338}, "04 lớp + 01 tọa đàm (05), 338 lượt người; Đã thực hiện"),
             E("II.1.b", "completed", {"communications": 7, "enterprises_supported": 9}, "07 tin, bài; hướng dẫn 09 DN; Đã thực hiện"),
             E("II.2.a", "in_progress", {"enterprises_supported": 60}, "31 + 17 + 12 = 60 DN; Đang thực hiện"),
             E("II.2.d", "in_progress", {"enterprises_supported": 26}, "26 DN áp dụng HTQLCL; 418 hồ sơ công bố; Đang thực hiện"),
             E("II.2.e", "in_progress", {"standards_reviewed": 22}, "22 dự thảo (16 TCVN, 06 QCVN); Đang thực hiện"),
             E("II.3.a", "in_progress", {"training_courses": 4, "participants": 312}, "04 lớp, 312 lượt công chức; Đang thực hiện"),
             E("II.3.b", "completed", {"training_courses": 2, "participants": 96}, "02 khóa, 96 học viên; Đã thực hiện"),
             E("II.4.b", "completed", {"instruments_verified": 32}, "32 PTĐ, thiết bị nghiệp vụ; Đã thực hiện"),
             E("II.5.a", "in_progress", {"inspections": 13, "establishments_inspected": 137, "violations": 19, "fines_vnd": 138500000}, "13 cuộc, 137 cơ sở, 19 vi phạm, 138.500.000 đồng; Đang thực hiện"),
             E("II.5.b", "in_progress", {"samples_tested": 120}, "120 mẫu; Đang thực hiện"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f10(folder):
    fn = "QLKH_BC ket qua phoi hop KH38 (27.10).docx"
    d = new_doc(size=13)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG QUẢN LÝ KHOA HỌC", True), ("", False), ("Số: 76/BC-QLKH", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026"))
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả thực hiện các nội dung thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C)
    abbr_table(d, ["KH&CN", "DN", "NSCL", "TĐC"])
    para(d, "Phòng Quản lý Khoa học chủ trì nhiệm vụ thu hút đội ngũ chuyên gia, cán bộ có trình độ cao và phối hợp một số nội dung khác của Kế hoạch. Kết quả đến ngày 20/10/2026 như sau:", align=J, indent=1)
    items = [
     ("1. Thu hút chuyên gia, cán bộ trình độ cao lĩnh vực TĐC (Phòng chủ trì)",
      "Phòng đã tiếp nhận 04 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường, thử nghiệm theo Quyết định số 05/2026/QĐ-UBND; đã thẩm định và trình Hội đồng 02 hồ sơ, 02 hồ sơ còn lại đang bổ sung minh chứng.",
      "Đang thực hiện (đang thẩm định hồ sơ)."),
     ("2. Phối hợp triển khai nâng cao NSCL dựa trên nền tảng KH&CN",
      "Phối hợp Chi cục TĐC tổ chức 01 hội thảo khoa học \"Ứng dụng KH&CN và đổi mới sáng tạo nâng cao NSCL\" ngày 18/9/2026 với 145 đại biểu; thẩm định 05 nhiệm vụ KH&CN về NSCL đặt hàng năm 2027.",
      "Đã thực hiện (theo đề nghị của Chi cục)."),
     ("3. Phối hợp hình thành mạng lưới tư vấn NSCL",
      "Giới thiệu 12 chuyên gia từ các viện, trường tham gia mạng lưới tư vấn NSCL do Chi cục TĐC quản lý.",
      "Đã thực hiện (hoàn thành Quý III)."),
     ("4. Phối hợp với APO thúc đẩy năng suất",
      "Trong kỳ chưa có yêu cầu phối hợp từ Ủy ban TĐC Quốc gia.",
      "Không phát sinh (chưa có yêu cầu)."),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Mức độ thực hiện: ", "i"), (st, "bi")], indent=1)
    para(d, [("5. Khó khăn", "b")])
    dif = ["Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức cạnh tranh với khu vực tư nhân trong lĩnh vực đo lường, thử nghiệm."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("6. Đề xuất", "b")])
    pro = ["Đề nghị Chi cục TĐC phối hợp đề xuất danh mục vị trí chuyên gia cần thu hút trong lĩnh vực tiêu chuẩn, đo lường, chất lượng giai đoạn 2027 – 2030."]
    for x in pro: para(d, "- " + x, indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC (tổng hợp);", "- Lưu: QLKH."], size=10)
    cell_text(sig.cell(0, 1), ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "", "Đỗ Thị Hồng Nhung"], bold=True, align=C, size=12)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("QLKH"),
           "document": {"number": "76/BC-QLKH", "date": "2026-10-27"},
           "entries": [
             E("II.3.c", "in_progress", {}, "04 hồ sơ thu hút chuyên gia, trình 02; Đang thực hiện"),
             E("II.2.a", "completed", {"training_courses": 1, "participants": 145}, "01 hội thảo 145 đại biểu; thẩm định 05 nhiệm vụ; Đã thực hiện"),
             E("II.3.b", "completed", {}, "giới thiệu 12 chuyên gia mạng lưới tư vấn; Đã thực hiện"),
             E("II.6.b", "not_applicable", {}, "Không phát sinh (chưa có yêu cầu)"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f11(folder):
    fn = "VPS_BC phoi hop KH CT38 2026.docx"
    d = new_doc(size=14)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("VĂN PHÒNG SỞ", True), ("", False), ("Số: 1186/BC-VP", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026"), size=12)
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C)
    abbr_table(d, ["KH&CN", "TĐC", "HTQLCL", "TTHC", "CSDL", "GTCLQG"])
    para(d, "Văn phòng Sở báo cáo kết quả các nội dung được giao phối hợp như sau:", indent=1)
    items = [
     ("1. Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở",
      "Rà soát, cập nhật 46 quy trình nội bộ; tổ chức 01 đợt đánh giá nội bộ ngày 15/9/2026; kinh phí thuê tư vấn đã chi 12 triệu đồng. Văn phòng đang phối hợp Chi cục TĐC chuyển đổi sang mô hình ISO điện tử.",
      "Đang thực hiện (theo lộ trình chuyển đổi ISO điện tử, hạn tháng 11/2026)."),
     ("2. Hệ thống thông tin giải quyết TTHC và Cổng một cửa quốc gia",
      "Phối hợp Chi cục TĐC, Phòng Chuyển đổi số cấu hình lại quy trình điện tử 15 TTHC lĩnh vực TĐC, kết nối liên thông với Cổng thông tin một cửa quốc gia từ ngày 31/3/2026.",
      "Đã thực hiện (hoàn thành Quý I)."),
     ("3. Kết nối CSDL quốc gia về TĐC",
      "Cung cấp dữ liệu văn bản, TTHC 03 lần cho Chi cục TĐC cập nhật lên CSDL quốc gia.",
      "Đang thực hiện (nhiệm vụ thường xuyên)."),
     ("4. Đầu tư cơ sở vật chất cho đơn vị sự nghiệp",
      "Thẩm định 07 hồ sơ mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; 02 hồ sơ đang chờ đơn vị bổ sung.",
      "Đang thực hiện (chờ bổ sung hồ sơ)."),
     ("5. Tuyên truyền GTCLQG trên Cổng thông tin điện tử của Sở",
      "Đăng tải 04 tin, bài về GTCLQG năm 2026.",
      "Đã thực hiện (Quý II)."),
     ("6. Khen thưởng, bảo vệ người tố giác vi phạm",
      "Không có trường hợp đề nghị khen thưởng.",
      "Không phát sinh."),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Mức độ thực hiện: ", "i"), (st, "bi")], indent=1)
    para(d, [("7. Khó khăn, vướng mắc", "b")])
    dif = ["Nhân sự phụ trách ISO kiêm nhiệm nhiều việc, thời gian dành cho rà soát quy trình còn hạn chế.",
           "Phần mềm quản lý văn bản chưa kết nối với phần mềm ISO điện tử."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("8. Kiến nghị", "b")])
    pro = ["Đề nghị Chi cục TĐC cử chuyên gia hỗ trợ Văn phòng Sở chuyển đổi HTQLCL sang mô hình ISO điện tử."]
    for x in pro: para(d, "- " + x, indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC;", "- Lưu: VT."], size=10)
    cell_text(sig.cell(0, 1), ["CHÁNH VĂN PHÒNG", "", "", "", "Trần Quốc Dũng"], bold=True, align=C, size=12)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("VP"),
           "document": {"number": "1186/BC-VP", "date": "2026-10-29"},
           "entries": [
             E("II.2.đ", "in_progress", {"budget_spent_vnd": 12000000}, "46 quy trình, 01 đợt đánh giá nội bộ, 12 triệu đồng; Đang thực hiện"),
             E("II.2.h", "completed", {}, "15 TTHC, kết nối một cửa quốc gia; Đã thực hiện"),
             E("II.2.i", "in_progress", {}, "cung cấp dữ liệu 03 lần; Đang thực hiện"),
             E("II.4.a", "in_progress", {}, "thẩm định 07 hồ sơ mua sắm; Đang thực hiện"),
             E("II.1.b", "completed", {"communications": 4}, "04 tin, bài GTCLQG; Đã thực hiện"),
             E("II.5.d", "not_applicable", {}, "Không phát sinh"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f12(folder):
    fn = "TDC_HCTH_Bieu dao tao - hop tac CT38.xlsx"
    wb = openpyxl.Workbook()
    ws0 = wb.active; ws0.title = "Viet tat"
    ws0["A1"] = "DANH MỤC TỪ VIẾT TẮT"; ws0["A1"].font = Font(name="Times New Roman", bold=True, size=12)
    xl_row(ws0, 3, ["STT", "Viết tắt", "Nghĩa đầy đủ"], bold=True, fill="DDDDDD")
    for i, (a, b) in enumerate([x for x in ABBR_ALL if x[0] in ("TĐC", "NSCL", "TTHC", "CSDL", "KH&CN")], 1):
        xl_row(ws0, 3 + i, [i, a, b])
    xl_row(ws0, 9, [6, "CC", "Công chức"]); xl_row(ws0, 10, [7, "SV", "Sinh viên"])
    ws0.column_dimensions["B"].width = 12; ws0.column_dimensions["C"].width = 45
    ws = wb.create_sheet("PL02-Bieu")
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"] = "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
    ws["A2"].font = Font(name="Times New Roman", bold=True, size=11)
    ws["E1"] = "Số: 411/BC-TĐC"
    ws.merge_cells("A4:F4"); ws["A4"] = "PHỤ LỤC 02 – BIỂU KẾT QUẢ ĐÀO TẠO, HỢP TÁC VÀ ỨNG DỤNG CNTT (KH CT38 NĂM 2026)"
    ws["A4"].font = Font(name="Times New Roman", bold=True, size=13); ws["A4"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5"); ws["A5"] = "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026"
    ws["A5"].font = Font(name="Times New Roman", italic=True, size=11); ws["A5"].alignment = Alignment(horizontal="center")
    xl_row(ws, 7, ["STT", "Nội dung", "ĐVT", "Số lượng", "Mức độ thực hiện", "Ghi chú"], bold=True, fill="DDDDDD")
    rows = [
     ["1", "Tập huấn nghiệp vụ TĐC cho CC Sở, ngành, phường, xã, đặc khu", None, None, "Đang thực hiện (còn 01 lớp tại Côn Đảo)", None],
     ["", "- Số lớp", "lớp", "04", None, None],
     ["", "- Số lượt CC tham dự", "lượt", "312", None, None],
     ["2", "Bồi dưỡng chuyên sâu về NSCL", None, None, "Đã thực hiện (đúng kế hoạch)", None],
     ["", "- Số khóa", "khóa", "02", None, None],
     ["", "- Số học viên", "người", "96", None, None],
     ["3", "Đào tạo, bồi dưỡng cho SV các trường", None, None, "Chưa thực hiện (các trường chưa bố trí thời gian)", "Dời sang 2027"],
     ["4", "Cập nhật điều ước, thỏa thuận quốc tế về TĐC", "văn bản", "03", "Đã thực hiện (thường xuyên, đã phổ biến)", "Khuyến nghị OIML"],
     ["5", "Hợp tác với APO về năng suất", None, None, "Không phát sinh (APO chưa có yêu cầu)", None],
     ["6", "Cải tiến Hệ thống thông tin giải quyết TTHC, kết nối một cửa quốc gia", "thủ tục", "15", "Đã thực hiện (hoàn thành Quý I)", None],
     ["7", "Kết nối CSDL quốc gia về TĐC", "nhóm dữ liệu", "02", "Đang thực hiện (đã đồng bộ 2/4 nhóm)", None],
    ]
    r = 8
    for row in rows:
        xl_row(ws, r, row, bold=bool(row[0])); r += 1
    r += 1
    dif = ["Lịch học của các trường trùng với lịch thi học kỳ nên chưa tổ chức được lớp cho SV."]
    pro = ["Đề nghị Sở KH&CN có văn bản gửi các trường đại học, cao đẳng đề nghị phối hợp bố trí thời gian tập huấn cho SV ngay từ đầu năm học 2026 – 2027."]
    ws.cell(row=r, column=2, value="Khó khăn:").font = Font(name="Times New Roman", bold=True); r += 1
    for x in dif: ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r, column=2, value="Đề xuất:").font = Font(name="Times New Roman", bold=True); r += 1
    for x in pro: ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r + 1, column=2, value="Người lập: Võ Thị Mỹ Linh")
    for col, w in zip("ABCDEF", [5, 55, 12, 10, 38, 18]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CC"),
           "document": {"number": "411/BC-TĐC", "date": "2026-10-30"},
           "entries": [
             E("II.3.a", "in_progress", {"training_courses": 4, "participants": 312}, "04 lớp, 312 lượt; Đang thực hiện"),
             E("II.3.b", "completed", {"training_courses": 2, "participants": 96}, "02 khóa, 96 học viên; Đã thực hiện"),
             E("II.3.d", "not_started", {}, "Chưa thực hiện"),
             E("II.6.a", "completed", {}, "03 văn bản; Đã thực hiện"),
             E("II.6.b", "not_applicable", {}, "Không phát sinh"),
             E("II.2.h", "completed", {}, "15 thủ tục; Đã thực hiện"),
             E("II.2.i", "in_progress", {}, "02 nhóm dữ liệu; Đang thực hiện"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

FILES = [f09, f10, f11, f12]
