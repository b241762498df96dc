# Hand H4 — anh Huỳnh Quang Vinh style (IT staff): an IT-document "LỊCH SỬ CẬP NHẬT TÀI LIỆU" table
# (Phiên bản | Ngày | Người cập nhật | Nội dung thay đổi) at the top; sections "1. Phạm vi – 2. Kết quả – 3. Vướng mắc –
# 4. Đề xuất"; each item closes with a status tagged by the document version ("Trạng thái (v1.2): Hoàn thành").
from gen_h1 import U, xl_row
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment

def rev_table(d, revs):
    para(d, [("LỊCH SỬ CẬP NHẬT TÀI LIỆU", "b")], size=11)
    table(d, [["Phiên bản", "Ngày", "Người cập nhật", "Nội dung thay đổi"]] + revs, widths=[2, 2.7, 3.5, 8], size=10)
    para(d, "")

def f13(folder):
    fn = "CDS_BaoCao_KH38_v1.2.docx"
    d = new_doc(font="Arial", size=11)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG CHUYỂN ĐỔI SỐ", True), ("", False), ("Số:       /BC-CĐS", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026"), size=11)
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C)
    rev_table(d, [["v1.0", "15/10/2026", "Huỳnh Quang Vinh", "Khởi tạo, số liệu đến 10/10"],
                  ["v1.1", "20/10/2026", "Huỳnh Quang Vinh", "Bổ sung mục 2.3 theo góp ý Trưởng phòng"],
                  ["v1.2", "24/10/2026", "Huỳnh Quang Vinh", "Cập nhật trạng thái, chốt gửi Chi cục TĐC"]])
    para(d, [("1. Phạm vi báo cáo", "b")])
    para(d, "Các nội dung Phòng Chuyển đổi số được giao phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng; số liệu chốt ngày 20/10/2026.", indent=1)
    para(d, [("2. Kết quả thực hiện", "b")])
    items = [
     ("2.1. Cải tiến Hệ thống thông tin giải quyết TTHC; liên thông Cổng một cửa quốc gia",
      "Phối hợp Chi cục rà soát, đề xuất Bộ KH&CN cải tiến luồng xử lý 15 TTHC lĩnh vực tiêu chuẩn, đo lường, chất lượng; cấu hình API liên thông hồ sơ đăng ký kiểm tra nhà nước hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia, vận hành chính thức từ 31/3/2026.",
      "Hoàn thành"),
     ("2.2. Kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng",
      "Đã đồng bộ 02/04 nhóm dữ liệu (TTHC, tổ chức đánh giá sự phù hợp); 02 nhóm còn lại (phương tiện đo, kết quả kiểm tra) chờ Bộ cung cấp tài liệu kỹ thuật.",
      "Đang triển khai"),
     ("2.3. Hỗ trợ DN truy xuất nguồn gốc (Đề án 100)",
      "Hỗ trợ kỹ thuật 12 doanh nghiệp tích hợp mã truy xuất nguồn gốc sản phẩm lên Cổng truy xuất nguồn gốc Thành phố; 05 DN khác đang thử nghiệm tích hợp.",
      "Đang triển khai"),
     ("2.4. Tập huấn cho công chức phường, xã",
      "Tổ chức 01 lớp trực tuyến \"Dịch vụ công trực tuyến lĩnh vực TĐC\" ngày 08/7/2026 cho 64 công chức phường, xã, đặc khu.",
      "Hoàn thành"),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=0.8)
        para(d, [("Trạng thái (v1.2): ", "b"), (st, "")], indent=0.8)
    para(d, [("3. Vướng mắc", "b")])
    dif = ["Hệ thống của Bộ và hệ thống của Thành phố chưa thống nhất chuẩn dữ liệu (API), phải đồng bộ thủ công một phần."]
    for x in dif: para(d, "• " + x, indent=0.8)
    para(d, [("4. Đề xuất", "b")])
    pro = ["Đề nghị Chi cục làm đầu mối đề nghị Bộ KH&CN cung cấp tài liệu API kết nối CSDL quốc gia về TĐC.",
           "Đề nghị bố trí kinh phí thuê đường truyền riêng cho kết nối CSDL năm 2027."]
    for x in pro: para(d, "• " + x, indent=0.8)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC;", "- Lưu: CĐS."], size=9)
    cell_text(sig.cell(0, 1), ["TRƯỞNG PHÒNG", "", "", "", "Lê Thanh Tùng"], bold=True, align=C, size=11)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CDS"),
           "document": {"number": None, "date": "2026-10-24"},
           "entries": [
             E("II.2.h", "completed", {}, "cải tiến 15 TTHC; liên thông một cửa quốc gia; Hoàn thành"),
             E("II.2.i", "in_progress", {}, "đồng bộ 02/04 nhóm dữ liệu; Đang triển khai"),
             E("II.2.a", "in_progress", {"enterprises_supported": 12}, "hỗ trợ 12 DN truy xuất nguồn gốc; Đang triển khai"),
             E("II.3.a", "completed", {"training_courses": 1, "participants": 64}, "01 lớp, 64 công chức phường, xã; Hoàn thành"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f14(folder):
    fn = "TTCNTT-DKG_BC CT38_v1.1.docx"
    d = new_doc(font="Arial", size=11)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("TRUNG TÂM CÔNG NGHỆ THÔNG TIN", True), ("VÀ ĐỊA KHÔNG GIAN", True), ("Số: 142/BC-TTCNTT", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 25 tháng 10 năm 2026"), size=11)
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Tình hình phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C)
    rev_table(d, [["v1.0", "21/10/2026", "Huỳnh Quang Vinh", "Bản nháp"],
                  ["v1.1", "25/10/2026", "Ngô Trí Dũng (PGĐ)", "Duyệt, chỉnh sửa câu chữ mục 2.1"]])
    para(d, [("1. Phạm vi báo cáo", "b")])
    para(d, "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh là đơn vị phối hợp về hạ tầng, dữ liệu; số liệu đến ngày 20/10/2026.", indent=1)
    para(d, [("2. Kết quả thực hiện", "b")])
    items = [
     ("2.1. Hạ tầng và dữ liệu cho CSDL quốc gia về TĐC",
      "Cấp 04 máy chủ ảo và 2 TB lưu trữ cho hệ thống CSDL của Chi cục; chuyển đổi 18.640 bản ghi dữ liệu phương tiện đo từ phần mềm cũ; đang kiểm thử đồng bộ với hệ thống của Bộ.",
      "Đang triển khai"),
     ("2.2. Hỗ trợ kỹ thuật các lớp tập huấn trực tuyến cho doanh nghiệp",
      "Bố trí phòng họp trực tuyến, truyền hình trực tiếp 02 lớp tập huấn văn bản pháp luật về TĐC do Chi cục tổ chức (tháng 5 và tháng 8/2026).",
      "Hoàn thành"),
     ("2.3. Tập huấn cho sinh viên về mã số, mã vạch",
      "Chi cục chưa gửi lịch, Trung tâm chưa thực hiện nội dung này.",
      "Chưa triển khai"),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Trạng thái (v1.1): ", "b"), (st, "")], indent=1)
    para(d, [("3. Vướng mắc", "b")])
    dif = ["Dữ liệu phương tiện đo từ phần mềm cũ của các địa phương trước sáp nhập không thống nhất định dạng."]
    for x in dif: para(d, "• " + x, indent=1)
    para(d, [("4. Đề xuất", "b")])
    pro = ["Đề nghị Chi cục ban hành danh mục trường dữ liệu chuẩn để Trung tâm chuẩn hóa dữ liệu trước khi đồng bộ."]
    for x in pro: para(d, "• " + x, indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC;", "- Lưu: VT, HTDL."], size=9)
    cell_text(sig.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Ngô Trí Dũng"], bold=True, align=C, size=11)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CNTT"),
           "document": {"number": "142/BC-TTCNTT", "date": "2026-10-25"},
           "entries": [
             E("II.2.i", "in_progress", {}, "04 máy chủ ảo, 18.640 bản ghi; Đang triển khai"),
             E("II.1.a", "completed", {"training_courses": 2}, "hỗ trợ kỹ thuật 02 lớp tập huấn trực tuyến; Hoàn thành"),
             E("II.3.d", "not_started", {}, "Chưa triển khai"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f15(folder):
    fn = "TTCNTT_capnhat_CT38_v1.3.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "KetQua_v1.3"
    ws["A1"] = "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN – CẬP NHẬT KẾT QUẢ KH CT38 NĂM 2026"
    ws["A1"].font = Font(name="Arial", bold=True, size=11)
    ws["A2"] = "Ngày cập nhật: 05/11/2026 (thay thế số liệu tại Báo cáo số 142/BC-TTCNTT)"
    ws["A2"].font = Font(name="Arial", italic=True, size=10)
    xl_row(ws, 4, ["Mục", "Nội dung", "Số lượng", "ĐVT", "Trạng thái (v1.3)", "Trạng thái (v1.1)", "Ghi chú"], bold=True, fill="DDEBF7")
    rows = [
     ["2.1", "Hạ tầng, dữ liệu cho CSDL quốc gia về TĐC – bản ghi PTĐ đã chuyển đổi", 21305, "bản ghi", "Đang triển khai", "Đang triển khai", "Đồng bộ 3/4 nhóm dữ liệu"],
     ["2.2", "Hỗ trợ kỹ thuật lớp tập huấn trực tuyến cho DN (Chi cục tổ chức)", 2, "lớp", "Hoàn thành", "Hoàn thành", ""],
     ["2.3", "Tập huấn sinh viên về mã số, mã vạch – số buổi", 1, "buổi", "Hoàn thành", "Chưa triển khai", "Ngày 30/10/2026, ĐH Công nghệ Thông tin"],
     ["", "   – số sinh viên tham dự", 75, "sinh viên", None, None, None],
    ]
    r = 5
    for row in rows:
        xl_row(ws, r, row); r += 1
    r += 1
    dif = ["Đường truyền kết nối với hệ thống của Bộ thường xuyên gián đoạn khi đồng bộ dữ liệu khối lượng lớn."]
    pro = ["Đề nghị Sở bố trí kinh phí nâng cấp đường truyền kết nối CSDL năm 2027."]
    ws.cell(row=r, column=1, value="3"); ws.cell(row=r, column=2, value="Vướng mắc: " + dif[0]); r += 1
    ws.cell(row=r, column=1, value="4"); ws.cell(row=r, column=2, value="Đề xuất: " + pro[0]); r += 1
    ws2 = wb.create_sheet("LichSu")
    xl_row(ws2, 1, ["Phiên bản", "Ngày", "Người cập nhật", "Nội dung thay đổi"], bold=True, fill="DDEBF7")
    xl_row(ws2, 2, ["v1.1", "25/10/2026", "Ngô Trí Dũng (PGĐ)", "Báo cáo số 142/BC-TTCNTT"])
    xl_row(ws2, 3, ["v1.2", "31/10/2026", "Huỳnh Quang Vinh", "Cập nhật số bản ghi"])
    xl_row(ws2, 4, ["v1.3", "05/11/2026", "Huỳnh Quang Vinh", "Bổ sung kết quả tập huấn sinh viên; gửi Chi cục"])
    for col, w in zip("ABCDEFG", [6, 60, 10, 10, 18, 18, 34]): ws.column_dimensions[col].width = w
    for col, w in zip("ABCD", [10, 12, 22, 48]): ws2.column_dimensions[col].width = w
    wb.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CNTT"),
           "document": {"number": None, "date": "2026-11-05"},
           "entries": [
             E("II.2.i", "in_progress", {}, "21.305 bản ghi, 3/4 nhóm; Đang triển khai"),
             E("II.1.a", "completed", {"training_courses": 2}, "02 lớp trực tuyến; Hoàn thành"),
             E("II.3.d", "completed", {"training_courses": 1, "participants": 75}, "01 buổi, 75 sinh viên; Hoàn thành (v1.3)"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f16(folder):
    fn = "CDS_BaoCao_v1.0_gui Chi cuc.docx"
    d = new_doc(font="Arial", size=11)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG CHUYỂN ĐỔI SỐ", True), ("", False), ("Số:       /BC-CĐS", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026"), size=11)
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ quý III năm 2026", "b")], align=C)
    para(d, [("(theo Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025)", "i")], align=C)
    rev_table(d, [["v1.0", "23/10/2026", "Huỳnh Quang Vinh", "Khởi tạo, số liệu quý III/2026"]])
    para(d, [("1. Phạm vi báo cáo", "b")])
    para(d, "Kết quả triển khai chuyển đổi số tại cơ quan Sở và các đơn vị trực thuộc trong quý III/2026.", indent=1)
    para(d, [("2. Kết quả thực hiện", "b")])
    items = [
     ("2.1. Hạ tầng số", "Nâng cấp đường truyền tại trụ sở Sở lên 1 Gbps; trang bị 35 máy tính mới cho công chức.", "Hoàn thành"),
     ("2.2. Dịch vụ công trực tuyến", "Tỷ lệ hồ sơ TTHC nộp trực tuyến toàn trình đạt 94,2%; 100% kết quả giải quyết TTHC được số hóa.", "Đang triển khai"),
     ("2.3. Chữ ký số và văn bản điện tử", "100% văn bản đi được ký số; cấp mới 12 chứng thư số cá nhân.", "Hoàn thành"),
     ("2.4. An toàn thông tin", "Diễn tập ứng cứu sự cố an toàn thông tin 01 lần; rà quét 48 máy chủ, máy trạm.", "Hoàn thành"),
     ("2.5. Dữ liệu mở", "Công bố 06 bộ dữ liệu mở về KH&CN trên Cổng dữ liệu Thành phố.", "Đang triển khai"),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Trạng thái (v1.0): ", "b"), (st, "")], indent=1)
    para(d, [("3. Vướng mắc", "b")])
    para(d, "• Nhân lực chuyên trách an toàn thông tin còn thiếu.", indent=1)
    para(d, [("4. Đề xuất", "b")])
    para(d, "• Đề nghị bổ sung 01 biên chế kỹ sư an toàn thông tin cho Phòng năm 2027.", indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Giám đốc Sở;", "- Chi cục TĐC (nhầm – theo danh sách gửi);", "- Lưu: CĐS."], size=9)
    cell_text(sig.cell(0, 1), ["TRƯỞNG PHÒNG", "", "", "", "Lê Thanh Tùng"], bold=True, align=C, size=11)
    d.save(os.path.join(folder, fn))
    key = {"status": "rejected", "reason": "Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: đây là báo cáo kết quả Kế hoạch chuyển đổi số quý III/2026 của Phòng Chuyển đổi số, gửi nhầm.",
           "unit": U("CDS"), "document": {"number": None, "date": "2026-10-23"},
           "entries": [], "difficulties": [], "proposals": []}
    return fn, key

FILES = [f13, f14, f15, f16]
