"""Hand H1 — a department's inspectorate (Thanh tra Sở / Phòng Thanh tra - Pháp chế).
One Word table per field inspected (lĩnh vực), one row per establishment, a merged 'Cộng' row,
an 'Nhận xét lĩnh vực' line under each table, then a closing part that maps the results onto
the plan's items ("Mục 5.a Kế hoạch") with a status in the inspector's words."""
import os
from common import *
from docx.shared import Pt


def fmt_money(v):
    return f"{v:,}".replace(",", ".") if v else "-"


def field_table(d, rows, cols_extra, total_row):
    head = ["STT", "Tên cơ sở được kiểm tra", "Địa chỉ"] + cols_extra + ["Kết quả kiểm tra", "Hình thức xử lý"]
    data = [head]
    for i, r in enumerate(rows, 1):
        data.append([f"{i:02d}"] + r)
    data.append(total_row)
    t = grid_table(d, data, size=10)
    last = t.rows[len(data) - 1]
    m = last.cells[0].merge(last.cells[2])
    cell_text(m, "Cộng", bold=True, align="c", size=10)
    for c in last.cells[3:]:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
    return t


def build(fname, unit, parent, issuer, number, date_line, subject, basis, fields, closing,
          difficulties, proposals, recipients, signer, name, entries_key, date_iso):
    d = new_doc(size=13)
    header_block(d, parent, issuer, number, date_line)
    title(d, "BÁO CÁO", subject)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(d, basis, align="j")
    para(d, "I. KẾT QUẢ KIỂM TRA THEO TỪNG LĨNH VỰC", bold=True, indent=False)
    for k, f in enumerate(fields, 1):
        para(d, f"{k}. {f['name']}", bold=True, indent=False)
        para(d, f["intro"], align="j")
        field_table(d, f["rows"], f["cols"], f["total"])
        para(d, "Nhận xét lĩnh vực: " + f["remark"], italic=True, align="j")
    para(d, "II. ĐỐI CHIẾU VỚI NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH", bold=True, indent=False)
    for line in closing:
        para(d, line, align="j")
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in difficulties:
        para(d, "- " + x, align="j")
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    for x in proposals:
        para(d, "- " + x, align="j")
    para(d, f"Trên đây là báo cáo kết quả kiểm tra về tiêu chuẩn, đo lường, chất lượng năm 2026 của {AGENCY[unit]}./.", align="j")
    signature(d, recipients, signer, name)
    d.save(os.path.join(ROOT, fname))
    write_key(fname, unit, number, date_iso, entries_key, difficulties, proposals)


# ---------------- file 1: Sở Công Thương ----------------
def f1():
    fields = [
        dict(name="Lĩnh vực kinh doanh xăng dầu (đo lường, chất lượng xăng dầu)",
             intro="Đoàn kiểm tra theo Quyết định số 214/QĐ-SCT ngày 12/5/2026 của Giám đốc Sở Công Thương, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng, kiểm tra từ ngày 18/5 đến 05/6/2026.",
             cols=["Số cột đo"],
             rows=[["CHXD Phú Lâm 3", "Phường Phú Lâm", "4", "Đạt", "-"],
                   ["CHXD số 27 - Petrolimex", "Phường Bình Tây", "6", "Đạt", "-"],
                   ["CHXD Minh Phát", "Phường An Lạc", "3", "01 cột đo sai số vượt giới hạn cho phép", "Phạt 12.000.000 đ"],
                   ["DNTN Xăng dầu Hòa Bình", "Xã Bình Chánh", "4", "Đạt", "-"],
                   ["CHXD Tân Kiên", "Xã Tân Nhựt", "2", "Không niêm yết giấy chứng nhận kiểm định", "Phạt 7.500.000 đ"],
                   ["CHXD Bình Hưng 2", "Xã Bình Hưng", "5", "Đạt", "-"]],
             total=["", "", "", "24", "02 cơ sở vi phạm", "19.500.000 đ"],
             remark="Các cửa hàng cơ bản chấp hành; lỗi chủ yếu về kiểm định cột đo."),
        dict(name="Lĩnh vực kinh doanh khí dầu mỏ hóa lỏng (LPG chai)",
             intro="Đoàn kiểm tra theo Quyết định số 301/QĐ-SCT ngày 08/7/2026, kiểm tra 05 cửa hàng kinh doanh LPG chai.",
             cols=["Số chai kiểm tra"],
             rows=[["Cửa hàng gas Thành Công", "Phường Tân Sơn Nhì", "20", "Đạt", "-"],
                   ["Cửa hàng gas Kim Long", "Phường Tân Phú", "15", "Đạt", "-"],
                   ["Đại lý gas Hưng Thịnh", "Phường Phú Thọ Hòa", "18", "02 chai thiếu định lượng", "Phạt 5.000.000 đ"],
                   ["Cửa hàng gas Ngọc Ánh", "Phường Tây Thạnh", "12", "Đạt", "-"],
                   ["Cửa hàng gas Việt Hưng", "Phường Sơn Kỳ", "10", "Đạt", "-"]],
             total=["", "", "", "75", "01 cơ sở vi phạm", "5.000.000 đ"],
             remark="Tình trạng chai LPG thiếu định lượng vẫn còn tại các đại lý nhỏ."),
        dict(name="Lĩnh vực đo lường điện năng (công tơ điện)",
             intro="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra xác suất công tơ điện đang sử dụng tại 02 đơn vị điện lực (Đoàn theo Quyết định số 388/QĐ-SCT ngày 19/8/2026); công tơ được tháo về thử nghiệm tại phòng thử nghiệm được chỉ định.",
             cols=["Số công tơ thử nghiệm"],
             rows=[["Công ty Điện lực Chợ Lớn", "Phường Chợ Lớn", "64", "Đạt yêu cầu", "-"],
                   ["Công ty Điện lực Bình Phú", "Phường Bình Phú", "56", "Đạt yêu cầu", "-"]],
             total=["", "", "", "120", "Không vi phạm", "-"],
             remark="120/120 công tơ thử nghiệm đạt yêu cầu kỹ thuật đo lường."),
    ]
    closing = [
        "1. Mục 5.a Kế hoạch (kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng – Sở Công Thương phối hợp): trong năm 2026, Sở đã tổ chức 03 đoàn kiểm tra tại 13 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền 24.500.000 đồng; thử nghiệm 120 công tơ điện. Tình trạng: nhiệm vụ thường xuyên, đang tiếp tục kiểm tra đột xuất trong Quý IV/2026.",
        "2. Mục 1.a Kế hoạch (tuyên truyền văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng): Sở đã đăng 04 tin, bài hướng dẫn thương nhân kinh doanh xăng dầu, LPG thực hiện quy định về đo lường trên Cổng thông tin điện tử của Sở. Tình trạng: đã hoàn thành.",
    ]
    diffs = ["Lực lượng thanh tra của Sở mỏng (05 công chức) trong khi số cửa hàng xăng dầu, LPG trên địa bàn lớn; chưa có thiết bị kiểm tra nhanh chất lượng xăng dầu tại hiện trường."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ bình đong chuẩn và thiết bị thử nhanh cho các đoàn kiểm tra liên ngành năm 2027.",
             "Đề nghị Sở Khoa học và Công nghệ sớm thông báo kế hoạch kiểm tra năm 2027 để Sở Công Thương bố trí lực lượng phối hợp."]
    entries = [
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 13, "violations": 3, "fines_vnd": 24500000, "instruments_verified": 120},
         closing[0], "word/document.xml tables 2-4 + paragraph II.1"),
        ("II.1.a", "completed", {"communications": 4}, closing[1], "word/document.xml paragraph II.2"),
    ]
    build("SCT-TTr_BC-kiem-tra-TDC-2026.docx", "SO-CT", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG",
          "3421/BC-SCT", "Thành phố Hồ Chí Minh, ngày 08 tháng 10 năm 2026",
          "Kết quả kiểm tra, phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng năm 2026\n(phục vụ tổng hợp kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW)",
          "Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Thanh tra Sở Công Thương tổng hợp kết quả kiểm tra theo từng lĩnh vực như sau:",
          fields, closing, diffs, props, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, TTr."],
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Quốc Hưng", entries, "2026-10-08")


# ---------------- file 2: Sở An toàn thực phẩm ----------------
def f2():
    fields = [
        dict(name="Thực phẩm bao gói sẵn (ghi nhãn hàng hóa, tự công bố sản phẩm)",
             intro="Đoàn kiểm tra liên ngành số 02 (Quyết định số 87/QĐ-SATTP ngày 03/3/2026).",
             cols=["Số mẫu lấy"],
             rows=[["Công ty TNHH Thực phẩm Ánh Dương", "Phường Tân Định", "2", "Đạt", "-"],
                   ["Cơ sở bánh kẹo Hồng Phát", "Phường Chợ Quán", "2", "Nhãn thiếu nội dung bắt buộc", "Phạt 6.000.000 đ"],
                   ["Công ty CP Nông sản Phú Gia", "Phường Phú Nhuận", "2", "Đạt", "-"],
                   ["Siêu thị mini An Phú", "Phường An Khánh", "2", "Đạt", "-"],
                   ["Cơ sở sản xuất hạt điều Bảo Long", "Phường Linh Xuân", "2", "Đạt", "-"]],
             total=["", "", "", "10", "01 cơ sở vi phạm", "6.000.000 đ"],
             remark="Vi phạm ghi nhãn vẫn là lỗi phổ biến."),
        dict(name="Nước uống đóng chai, nước đá dùng liền",
             intro="Đoàn kiểm tra theo Quyết định số 154/QĐ-SATTP ngày 20/5/2026; mẫu gửi Trung tâm Dịch vụ Phân tích thí nghiệm kiểm nghiệm.",
             cols=["Số mẫu lấy"],
             rows=[["Cơ sở nước đá Tinh Khiết Xanh", "Xã Hóc Môn", "2", "01 mẫu không đạt chỉ tiêu vi sinh", "Phạt 7.500.000 đ"],
                   ["Công ty TNHH Nước uống Suối Mát", "Phường Đông Hưng Thuận", "2", "Đạt", "-"],
                   ["Cơ sở nước uống Trường Sinh", "Xã Củ Chi", "2", "01 mẫu không đạt QCVN 6-1:2010/BYT", "Phạt 7.500.000 đ"],
                   ["Cơ sở nước đá Phát Lộc", "Phường Trung Mỹ Tây", "2", "Đạt", "-"]],
             total=["", "", "", "8", "02 cơ sở vi phạm", "15.000.000 đ"],
             remark="Tỷ lệ mẫu không đạt còn cao ở cơ sở nhỏ lẻ ven đô."),
        dict(name="Phụ gia thực phẩm",
             intro="Kiểm tra kết hợp trong đợt cao điểm Tết Trung thu (Quyết định số 276/QĐ-SATTP ngày 10/8/2026).",
             cols=["Số mẫu lấy"],
             rows=[["Công ty TNHH Hương liệu Việt Mỹ", "Phường Tân Thuận", "2", "Đạt", "-"],
                   ["Cửa hàng phụ gia Kim Thành", "Phường Chợ Lớn", "1", "Đạt", "-"],
                   ["Cơ sở phân phối phụ gia Minh Châu", "Phường Bình Tây", "1", "Đạt", "-"]],
             total=["", "", "", "4", "Không vi phạm", "-"],
             remark="Không phát hiện vi phạm."),
    ]
    closing = [
        "1. Mục 5.a Kế hoạch: Sở An toàn thực phẩm đã tổ chức 03 đợt kiểm tra tại 12 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt 21.000.000 đồng. Tình trạng: đã hoàn thành kế hoạch kiểm tra năm 2026.",
        "2. Mục 5.b Kế hoạch (khảo sát chất lượng sản phẩm, hàng hóa): tổng số 22 mẫu đã lấy kiểm nghiệm trong các đợt nêu trên, kết quả đã thông tin tới Chi cục Tiêu chuẩn Đo lường Chất lượng để cảnh báo. Tình trạng: đang thực hiện, tiếp tục lấy mẫu giám sát Quý IV.",
    ]
    diffs = ["Chi phí kiểm nghiệm mẫu lớn, kinh phí năm 2026 được giao không đủ để lấy mẫu theo kế hoạch ban đầu.",
             "Một số cơ sở sản xuất nhỏ lẻ không có địa chỉ cố định, khó xác minh khi xử lý vi phạm."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa của Chi cục để hai Sở phối hợp lựa chọn đối tượng kiểm tra năm 2027."]
    entries = [
        ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 12, "violations": 3, "fines_vnd": 21000000},
         closing[0], "word/document.xml tables 2-4 + paragraph II.1"),
        ("II.5.b", "in_progress", {"samples_tested": 22}, closing[1], "word/document.xml paragraph II.2"),
    ]
    build("SATTP_BC_ket-qua-kiem-tra-CT38.docx", "SO-ATTP", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM",
          "1126/BC-SATTP", "Thành phố Hồ Chí Minh, ngày 15 tháng 10 năm 2026",
          "Kết quả phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng đối với thực phẩm năm 2026",
          "Theo đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Phòng Thanh tra - Pháp chế Sở An toàn thực phẩm báo cáo kết quả theo từng nhóm sản phẩm như sau:",
          fields, closing, diffs, props, ["- Như trên;", "- Ban Giám đốc;", "- Lưu: VT, TTPC."],
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Mỹ Hạnh", entries, "2026-10-15")


# ---------------- file 3: Sở NN&MT ----------------
def f3():
    fields = [
        dict(name="Phân bón", intro="Đoàn kiểm tra theo Quyết định số 512/QĐ-SNNMT ngày 06/4/2026.",
             cols=["Số mẫu"],
             rows=[["Công ty CP Phân bón Miền Nam - CN Bình Chánh", "Xã Bình Chánh", "3", "Đạt", "-"],
                   ["Đại lý VTNN Ba Hùng", "Xã Củ Chi", "2", "01 mẫu hàm lượng đạm thấp hơn công bố", "Phạt 15.000.000 đ"],
                   ["Đại lý VTNN Tư Lành", "Xã Tân An Hội", "2", "Đạt", "-"],
                   ["Cửa hàng phân bón Mười Nhỏ", "Xã Nhà Bè", "2", "Kinh doanh phân bón không rõ nguồn gốc", "Phạt 15.000.000 đ"],
                   ["Đại lý VTNN Hai Thành", "Xã Hiệp Phước", "2", "Đạt", "-"],
                   ["Công ty TNHH Nông Phát", "Xã Long Hải", "2", "Đạt", "-"],
                   ["Đại lý phân bón Sáu Mập", "Xã Xuân Thới Sơn", "1", "Đạt", "-"]],
             total=["", "", "", "14", "02 cơ sở vi phạm", "30.000.000 đ"],
             remark="Phân bón kém chất lượng tập trung ở đại lý cấp 2."),
        dict(name="Thuốc bảo vệ thực vật", intro="Đoàn kiểm tra theo Quyết định số 688/QĐ-SNNMT ngày 15/6/2026.",
             cols=["Số mẫu"],
             rows=[["Đại lý thuốc BVTV Út Hiền", "Xã Bình Mỹ", "2", "Đạt", "-"],
                   ["Cửa hàng VTNN Kim Loan", "Xã Phú Hòa Đông", "1", "Nhãn không đúng quy định", "Phạt 8.500.000 đ"],
                   ["Đại lý thuốc BVTV Thanh Tùng", "Xã Thái Mỹ", "1", "Đạt", "-"],
                   ["Cửa hàng VTNN Bảy Hòa", "Xã Cần Giờ", "1", "Đạt", "-"],
                   ["Đại lý Phước Thành", "Xã Đông Thạnh", "1", "Đạt", "-"]],
             total=["", "", "", "6", "01 cơ sở vi phạm", "8.500.000 đ"],
             remark="Chủ yếu vi phạm về nhãn."),
        dict(name="Thức ăn chăn nuôi", intro="Kiểm tra theo Quyết định số 803/QĐ-SNNMT ngày 21/7/2026.",
             cols=["Số mẫu"],
             rows=[["Công ty TNHH Thức ăn chăn nuôi Việt Thắng", "Xã Tân Nhựt", "2", "Đạt", "-"],
                   ["Đại lý TĂCN Hoàng Gia", "Xã Vĩnh Lộc", "2", "Đạt", "-"],
                   ["Đại lý TĂCN Phú Quý", "Xã An Nhơn Tây", "2", "Đạt", "-"],
                   ["Cửa hàng TĂCN Ba Lúa", "Xã Nhuận Đức", "2", "Đạt", "-"]],
             total=["", "", "", "8", "Không vi phạm", "-"],
             remark="100% mẫu đạt."),
    ]
    closing = [
        "1. Mục 5.a Kế hoạch: đã thực hiện 03 cuộc kiểm tra đối với 16 cơ sở kinh doanh vật tư nông nghiệp; lấy 28 mẫu; phát hiện và xử phạt 03 cơ sở vi phạm với tổng số tiền 38.500.000 đồng. Tình trạng: đang thực hiện (nhiệm vụ thường xuyên).",
        "2. Mục 2.a Kế hoạch (triển khai Đề án 100 về truy xuất nguồn gốc): Sở đã hướng dẫn 23 hợp tác xã, cơ sở sản xuất nông sản áp dụng mã QR truy xuất nguồn gốc trên hệ thống của Thành phố. Tình trạng: đang triển khai.",
    ]
    diffs = ["Việc phân cấp kiểm tra vật tư nông nghiệp cho cấp xã sau sắp xếp chưa đồng bộ, cấp xã thiếu công chức chuyên môn."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất việc kết nối dữ liệu truy xuất nguồn gốc nông sản với Cổng truy xuất nguồn gốc quốc gia."]
    entries = [
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 16, "violations": 3, "fines_vnd": 38500000, "samples_tested": 28},
         closing[0], "word/document.xml tables 2-4 + paragraph II.1"),
        ("II.2.a", "in_progress", {"enterprises_supported": 23}, closing[1], "word/document.xml paragraph II.2"),
    ]
    build("BC-SNNMT-kiem-tra-VTNN-CT38-2026.docx", "SO-NNMT", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
          "2890/BC-SNNMT", "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
          "Kết quả kiểm tra chất lượng vật tư nông nghiệp và thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Thanh tra Sở Nông nghiệp và Môi trường báo cáo kết quả kiểm tra theo từng lĩnh vực vật tư nông nghiệp như sau:",
          fields, closing, diffs, props, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, TTr."],
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn Phước", entries, "2026-10-22")


# ---------------- file 4: Sở Xây dựng ----------------
def f4():
    fields = [
        dict(name="Vật liệu xây dựng (xi măng, thép xây dựng, kính xây dựng)",
             intro="Đoàn kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường (Quyết định số 1187/QĐ-SXD ngày 02/6/2026).",
             cols=["Số mẫu"],
             rows=[["Cửa hàng VLXD Thành Đạt", "Phường Thủ Đức", "2", "Đạt", "-"],
                   ["Công ty TNHH Thép Nam Việt", "Phường Dĩ An", "3", "Đạt", "-"],
                   ["Cửa hàng VLXD Hòa Phú", "Phường Long Trường", "2", "Thép không có dấu hợp quy", "Phạt 10.000.000 đ"],
                   ["Công ty CP Kính Sài Gòn", "Phường Tân Thuận", "2", "Đạt", "-"],
                   ["Cửa hàng VLXD Phước Lộc", "Xã Bình Lợi", "2", "Đạt", "-"],
                   ["Đại lý xi măng Hưng Long", "Xã Hưng Long", "1", "Đạt", "-"]],
             total=["", "", "", "12", "01 cơ sở vi phạm", "10.000.000 đ"],
             remark="Vi phạm về dấu hợp quy đối với thép xây dựng."),
        dict(name="Phương tiện đo tại trạm trộn bê tông thương phẩm",
             intro="Kiểm tra việc chấp hành quy định về đo lường tại các trạm trộn (Quyết định số 1452/QĐ-SXD ngày 14/8/2026).",
             cols=["Số phương tiện đo"],
             rows=[["Trạm trộn bê tông Lê Phan", "Phường Long Bình", "3", "Phương tiện đo còn hạn kiểm định", "-"],
                   ["Trạm trộn bê tông Việt Úc", "Xã Nhà Bè", "4", "Phương tiện đo còn hạn kiểm định", "-"],
                   ["Trạm trộn bê tông Hưng Thịnh", "Phường Tam Bình", "2", "Phương tiện đo còn hạn kiểm định", "-"]],
             total=["", "", "", "9", "Không vi phạm", "-"],
             remark="Các trạm trộn chấp hành tốt."),
    ]
    closing = [
        "1. Mục 5.a Kế hoạch: Sở Xây dựng đã thực hiện 02 cuộc kiểm tra tại 09 cơ sở, lấy 12 mẫu vật liệu xây dựng, phát hiện 01 cơ sở vi phạm, xử phạt 10.000.000 đồng. Tình trạng: đã hoàn thành.",
        "2. Mục 2.e Kế hoạch (góp ý quy chuẩn kỹ thuật): Sở đã tham gia góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Xây dựng chủ trì soạn thảo và 01 dự thảo quy chuẩn kỹ thuật địa phương về cấp nước. Tình trạng: đã hoàn thành.",
    ]
    diffs = ["Chưa có phòng thử nghiệm vật liệu xây dựng được chỉ định trực thuộc Sở, thời gian chờ kết quả thử nghiệm kéo dài."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về hợp quy vật liệu xây dựng cho công chức các phường, xã."]
    entries = [
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 10000000, "samples_tested": 12},
         closing[0], "word/document.xml tables 2-3 + paragraph II.1"),
        ("II.2.e", "completed", {"standards_reviewed": 4}, closing[1], "word/document.xml paragraph II.2"),
    ]
    build("SXD-bao-cao-kiem-tra-VLXD-CT38.docx", "SO-XD", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG",
          "1544/BC-SXD", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Kết quả kiểm tra chất lượng vật liệu xây dựng, đo lường và góp ý quy chuẩn kỹ thuật năm 2026",
          "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Thanh tra Sở Xây dựng báo cáo kết quả như sau:",
          fields, closing, diffs, props, ["- Như trên;", "- Lưu: VT, TTr."],
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Minh Tâm", entries, "2026-10-28")


if __name__ == "__main__":
    f1(); f2(); f3(); f4()
