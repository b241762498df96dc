# -*- coding: utf-8 -*-
"""Hand H3 — chị Trương Ngọc Diễm, công chức Kinh tế of a ward (former TP.HCM centre).
Plain Word: header table, short 'Căn cứ/Thực hiện' opening, then hand-typed '1.' '2.' paragraphs
(no headings), most opening with the occasion or time hook of the work ('Dịp Tết…',
'Hưởng ứng Ngày Tiêu chuẩn thế giới 14/10…', 'Từ tháng 4…'); the status is a spoken
parenthesis at the end of the paragraph '(đã xong)' / '(còn làm)' / '(chưa làm)' /
'(không có phát sinh)'; money glued '5.500.000đ'; difficulties and proposals under
'* Khó khăn:' / '* Kiến nghị:' with '+ ' lines; signed TM. UBND / KT. CHỦ TỊCH."""
from common import *


def h3_doc(fname, ward_caps, so, place_date, title, opening, items, kk, dx, signer, lo=False):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_table(d, ["ỦY BAN NHÂN DÂN", [(ward_caps, "b")], "-------", "Số: " + so],
                 [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")], [("Độc lập - Tự do - Hạnh phúc", "b")],
                  "---------------", [(place_date, "i")]], size=13)
    P(d, "", indent=False)
    P(d, [("BÁO CÁO", "b")], align="c", after=0)
    P(d, [(title, "b")], align="c")
    P(d, opening, align="j")
    for n, txt in enumerate(items, 1):
        P(d, f"{n}. {txt}", align="j")
    P(d, [("* Khó khăn:", "b")], indent=True)
    for t in kk:
        P(d, "+ " + t, align="j")
    P(d, [("* Kiến nghị:", "b")], indent=True)
    for t in dx:
        P(d, "+ " + t, align="j")
    P(d, "Trên đây là báo cáo của Ủy ban nhân dân phường, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [[("Nơi nhận:", "bi")], "- Sở KH&CN (qua Chi cục TĐC);", "- TT Đảng ủy phường;",
                              "- CT, PCT UBND phường;", "- Lưu: VT, KT."], align="l", size=11)
    cell_lines(t.cell(0, 1), [[("TM. ỦY BAN NHÂN DÂN", "b")], [("KT. CHỦ TỊCH", "b")], [("PHÓ CHỦ TỊCH", "b")],
                              "", "", "", [(signer, "b")]])
    save_doc(d, fname)


def build():
    # ------------------------------------------------------------ Phường Bàn Cờ
    f = "BanCo_BC-TDC-2026.docx"
    i1 = ("Dịp Ngày Quyền của người tiêu dùng Việt Nam (15/3) và hưởng ứng Ngày Tiêu chuẩn thế giới (14/10), phường "
          "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 buổi tập huấn ngắn về cân, đo, ghi nhãn hàng hóa "
          "cho 135 lượt tiểu thương tại chợ Bàn Cờ và chợ Vườn Chuối; phát tờ rơi tại các sạp, đăng 06 tin trên trang "
          "Zalo OA của phường (đã xong).")
    i2 = ("Từ tháng 4 đến nay, Tổ kiểm tra liên ngành của phường đã kiểm tra 04 cuộc tại 29 cơ sở kinh doanh (vàng bạc, "
          "xăng dầu, tạp hóa) về đo lường, nhãn hàng hóa; phát hiện 02 cơ sở vi phạm, xử phạt 5.500.000đ; nhắc nhở, "
          "hướng dẫn thêm một số hộ khác. Cân đối chứng tại 02 chợ vẫn duy trì, phường đã đưa 02 cân đối chứng đi kiểm "
          "định lại trong tháng 9 (còn làm, cuối năm kiểm tra tiếp).")
    i3 = ("Tháng 6, phường cử 02 công chức (Kinh tế, Văn phòng) dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, "
          "đo lường, chất lượng cho cán bộ phường, xã do Chi cục tổ chức (đã xong).")
    i4 = ("Việc khen thưởng, bảo vệ người tố giác vi phạm về đo lường, chất lượng: trong năm chưa có trường hợp nào "
          "(không có phát sinh).")
    kk = ["Công chức phụ trách kiêm nhiệm nhiều việc, chưa có chuyên môn sâu về đo lường.",
          "Phường chưa có kinh phí riêng để thay mới cân đối chứng đã cũ."]
    dx = ["Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng loại 100 kg cho chợ Bàn Cờ.",
          "Đề nghị tổ chức thêm lớp tập huấn cho thành viên Tổ kiểm tra liên ngành phường."]
    h3_doc(f, "PHƯỜNG BÀN CỜ", "412/BC-UBND", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
           "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026",
           "Thực hiện Công văn số 2146/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân "
           "phường Bàn Cờ báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW như sau:",
           [i1, i2, i3, i4], kk, dx, "Lý Thanh Tùng")
    key(f, "27154", "Phường Bàn Cờ", "412/BC-UBND", "2026-10-26", [
        E("II.1.a", "completed", i1, training_courses=2, participants=135, communications=6),
        E("II.5.c", "in_progress", i2, inspections=4, establishments_inspected=29, violations=2, fines_vnd=5500000,
          instruments_verified=2),
        E("II.3.a", "completed", i3, participants=2),
        E("II.5.d", "not_applicable", i4),
    ], kk, dx)

    # ------------------------------------------------------------ Phường Chợ Lớn
    f = "ChoLon_287-BC-UBND.docx"
    i1 = ("Trước Tết Nguyên đán Bính Ngọ, phường đăng 04 tin, bài tuyên truyền về ghi nhãn, cân đong đúng; phối hợp "
          "Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định cho 80 lượt hộ kinh doanh "
          "tham dự (đã xong).")
    i2 = ("Cả năm, phường hướng dẫn 11 hộ kinh doanh, doanh nghiệp nhỏ đăng ký mã số mã vạch, công bố tiêu chuẩn áp dụng "
          "cho sản phẩm (còn làm).")
    i3 = ("Dịp cao điểm Trung thu và tháng 10, phường kiểm tra 03 cuộc về đo lường, chất lượng vàng trang sức tại 18 cơ "
          "sở kinh doanh vàng bạc; phát hiện 01 cơ sở vi phạm ghi nhãn, đã lập biên bản chuyển Chi cục xử lý (còn làm).")
    i4 = ("Lớp bồi dưỡng nghiệp vụ cho công chức phường do Chi cục tổ chức tháng 6: phường chưa cử được người do trùng "
          "lịch tiếp công dân (chưa làm).")
    i5 = ("Giải thưởng Chất lượng Quốc gia: phường đã gửi thông báo, hướng dẫn hồ sơ tham dự đến 25 doanh nghiệp trên "
          "địa bàn (đã xong).")
    kk = ["Nhiều hộ kinh doanh vàng bạc ngại hợp tác, không xuất trình hồ sơ kiểm định cân."]
    dx = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử cán bộ chuyên môn tham gia cùng Tổ kiểm tra của phường trong đợt cao điểm cuối năm."]
    h3_doc(f, "PHƯỜNG CHỢ LỚN", "287/BC-UBND", "TP. Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
           "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân "
           "phường Chợ Lớn báo cáo như sau:",
           [i1, i2, i3, i4, i5], kk, dx, "Quách Minh Khải")
    key(f, "27343", "Phường Chợ Lớn", "287/BC-UBND", "2026-10-31", [
        E("II.1.a", "completed", i1, communications=4, training_courses=1, participants=80),
        E("II.2.d", "in_progress", i2, enterprises_supported=11),
        E("II.5.c", "in_progress", i3, inspections=3, establishments_inspected=18, violations=1),
        E("II.3.a", "not_started", i4),
        E("II.1.b", "completed", i5, enterprises_supported=25),
    ], kk, dx)

    # ------------------------------------------------------------ Phường Gia Định — mistaken (chuyển đổi số)
    f = "GiaDinh_BC-CDS-DA06-QIII.docx"
    items = [
        "Quý III, phường tiếp nhận 4.126 hồ sơ thủ tục hành chính, trong đó 3.870 hồ sơ trực tuyến toàn trình, "
        "đạt 93,8% (đã xong chỉ tiêu quý).",
        "Làm sạch dữ liệu dân cư: đã cập nhật, điều chỉnh 1.215 trường hợp sai lệch thông tin; kích hoạt 2.340 tài "
        "khoản định danh điện tử mức độ 2 (còn làm).",
        "Tổ công nghệ số cộng đồng của 12 khu phố tổ chức 18 buổi hướng dẫn người dân cài đặt VNeID, thanh toán không "
        "dùng tiền mặt với 640 lượt người (đã xong).",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng từ năm 2025 (còn làm).",
    ]
    kk = ["Đường truyền tại Trung tâm phục vụ hành chính công phường thường xuyên chập chờn.",
          "Một bộ phận người cao tuổi chưa sử dụng được điện thoại thông minh."]
    dx = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ nâng cấp đường truyền và trang bị thêm 05 máy quét tài liệu."]
    h3_doc(f, "PHƯỜNG GIA ĐỊNH", "198/BC-UBND", "Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026",
           "Kết quả thực hiện chuyển đổi số và Đề án 06 quý III năm 2026",
           "Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố về chuyển đổi số và Đề án 06, Ủy ban nhân dân phường Gia Định "
           "báo cáo kết quả quý III năm 2026 như sau:",
           items, kk, dx, "Hồ Thị Kim Hoa")
    key(f, "26944", "Phường Gia Định", "198/BC-UBND", "2026-10-05", [], [], [], status="rejected",
        reason="Báo cáo chuyển đổi số và Đề án 06 quý III/2026 gửi nhầm — không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


if __name__ == "__main__":
    build()
