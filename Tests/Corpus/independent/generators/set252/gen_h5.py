# -*- coding: utf-8 -*-
"""Hand H5 — ông Đoàn Văn Hòa, a deputy head who answers by a one-page công văn.
Header with the 'V/v …' trích yếu under Số on the left; 'Kính gửi:' one line; a single opening
sentence; items '1.' '2.' … each ONE paragraph opening with an underlined short name and a
colon, closing '…; đến nay đã hoàn thành.' / '…; đến nay đang thực hiện.' / '…; đến nay chưa
thực hiện.' / 'không phát sinh'; then a count of the unit's items by state ('Như vậy, … 03
nội dung: 02 … hoàn thành, 01 … đang thực hiện.'); difficulties and proposals written as
running sentences in a closing paragraph (no list, no heading)."""
from common import *


def h5_doc(fname, unit_lines, so, vv, place_date, opening, items, tally, closing, signer, title_lines, noi_nhan):
    d = new_doc(size=14, margins=(2, 2, 3, 1.5))
    header_table(d, unit_lines + ["Số: " + so, [(vv, "")]],
                 [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")], [("Độc lập - Tự do - Hạnh phúc", "b")], "",
                  [(place_date, "i")]], widths=(6.5, 10.5), size=12)
    P(d, "", indent=False)
    P(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    P(d, opening, align="j")
    for n, (lab, txt) in enumerate(items, 1):
        P(d, [(f"{n}. ", ""), (lab, "u"), (": " + txt, "")], align="j")
    P(d, tally, align="j")
    for c in closing:
        P(d, c, align="j")
    P(d, "Trân trọng./.", align="j")
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [[("Nơi nhận:", "bi")]] + noi_nhan, align="l", size=11)
    cell_lines(t.cell(0, 1), [[(x, "b")] for x in title_lines] + ["", "", "", [(signer, "b")]])
    save_doc(d, fname)


OPEN = ("Theo đề nghị tại Công văn số 2146/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, {u} báo cáo "
        "kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:")


def build():
    # ------------------------------------------------------------ Sở Nội vụ
    f = "SNV_4470-SNV-CCVC_KH38.docx"
    i1 = ("Sở đã phối hợp thẩm định hồ sơ thu hút 02 chuyên gia lĩnh vực đo lường, thử nghiệm theo Quyết định số "
          "05/2026/QĐ-UBND; đã trình Ủy ban nhân dân Thành phố quyết định tiếp nhận 01 chuyên gia, hồ sơ còn lại đang "
          "được hoàn thiện; đến nay đang thực hiện.")
    i2 = ("Sở đưa chuyên đề quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng vào chương trình bồi dưỡng công chức "
          "cấp xã năm 2026, đã mở 04 lớp với 610 học viên là công chức phường, xã, đặc khu; đến nay đã hoàn thành.")
    i3 = ("Sở theo dõi, tổng hợp việc duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan "
          "hành chính trong kết quả chấm điểm cải cách hành chính năm 2026; đến nay đang thực hiện.")
    items = [("Thu hút chuyên gia", i1), ("Bồi dưỡng công chức cấp xã", i2), ("ISO trong cơ quan hành chính", i3)]
    dx = ("Sở Nội vụ đề nghị Sở Khoa học và Công nghệ sớm ban hành danh mục vị trí chuyên gia cần thu hút trong lĩnh "
          "vực tiêu chuẩn, đo lường, chất lượng để làm căn cứ thẩm định.")
    h5_doc(f, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", [("SỞ NỘI VỤ", "b")]], "4470/SNV-CCVC",
           "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
           "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", OPEN.format(u="Sở Nội vụ"), items,
           "Như vậy, Sở Nội vụ được đề nghị phối hợp 03 nội dung: 01 nội dung đã hoàn thành, 02 nội dung đang thực hiện.",
           [dx], "Trương Văn Lắm", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, CCVC."])
    key(f, "SO-NV", "Sở Nội vụ", "4470/SNV-CCVC", "2026-10-28", [
        E("II.3.c", "in_progress", i1),
        E("II.3.a", "completed", i2, training_courses=4, participants=610),
        E("II.2.đ", "in_progress", i3),
    ], [], [dx])

    # ------------------------------------------------------------ Thanh tra Thành phố
    f = "TTTP_1873_bao-cao-CT38.docx"
    i1 = ("Thanh tra Thành phố tiếp nhận 03 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, đã chuyển Chi cục "
          "Tiêu chuẩn Đo lường Chất lượng và Sở Công Thương xử lý theo thẩm quyền; không có trường hợp người tố giác cần "
          "áp dụng biện pháp bảo vệ; đến nay đã hoàn thành.")
    i2 = ("Thanh tra Thành phố chủ trì 01 đoàn thanh tra việc chấp hành pháp luật về đo lường, chất lượng tại 05 doanh "
          "nghiệp kinh doanh xăng dầu đầu mối; phát hiện 02 doanh nghiệp vi phạm, Chánh Thanh tra đã ban hành quyết định "
          "xử phạt vi phạm hành chính 60.000.000 đồng; đến nay đã hoàn thành.")
    i3 = ("Trong kỳ không phát sinh yêu cầu góp ý dự thảo văn bản quy phạm pháp luật về lĩnh vực này.")
    items = [("Tiếp nhận, xử lý phản ánh, tố giác", i1), ("Thanh tra chuyên đề xăng dầu", i2), ("Góp ý văn bản", i3)]
    dx = ("Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng định kỳ chia sẻ danh sách cơ sở vi phạm về đo lường, chất "
          "lượng để phục vụ công tác thanh tra.")
    h5_doc(f, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", [("THANH TRA THÀNH PHỐ", "b")]], "1873/TTTP-NV3",
           "V/v báo cáo nội dung phối hợp thực hiện Chỉ thị số 38-CT/TW",
           "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", OPEN.format(u="Thanh tra Thành phố"), items,
           "Như vậy, 02 nội dung Thanh tra Thành phố tham gia đã hoàn thành, 01 nội dung không phát sinh.",
           ["Thanh tra Thành phố không có khó khăn, vướng mắc. " + dx], "Lê Văn Thinh", ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"],
           ["- Như trên;", "- Chánh Thanh tra (để b/c);", "- Lưu: VT, NV3."])
    key(f, "THANHTRA-TP", "Thanh tra Thành phố", "1873/TTTP-NV3", "2026-10-30", [
        E("II.5.d", "completed", i1),
        E("II.5.a", "completed", i2, inspections=1, establishments_inspected=5, violations=2, fines_vnd=60000000),
        E("II.2.c", "not_applicable", i3),
    ], [], [dx])

    # ------------------------------------------------------------ Sở Tư pháp
    f = "STP_5960-STP-VB.docx"
    i1 = ("Sở đã thẩm định 01 dự thảo Quyết định của Ủy ban nhân dân Thành phố quy định phân cấp quản lý nhà nước về "
          "tiêu chuẩn, đo lường, chất lượng trên địa bàn Thành phố; đến nay đã hoàn thành.")
    i2 = ("Sở tổ chức 01 hội nghị báo cáo viên pháp luật giới thiệu Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), Luật "
          "Chất lượng sản phẩm, hàng hóa (sửa đổi) với 230 đại biểu tham dự; đăng 03 bài trên Trang thông tin phổ biến, "
          "giáo dục pháp luật Thành phố; đến nay đã hoàn thành.")
    i3 = ("Về khen thưởng, bảo vệ người tố giác vi phạm: không phát sinh.")
    items = [("Thẩm định văn bản", i1), ("Phổ biến pháp luật", i2), ("Tố giác vi phạm", i3)]
    kk = ("Các luật sửa đổi có hiệu lực từ ngày 01/01/2026 nhưng văn bản hướng dẫn chưa đầy đủ nên việc phổ biến, "
          "giải đáp còn gặp khó khăn.")
    h5_doc(f, ["UBND THÀNH PHỐ HỒ CHÍ MINH", [("SỞ TƯ PHÁP", "b")]], "5960/STP-VB",
           "V/v báo cáo kết quả thực hiện Kế hoạch 38 năm 2026",
           "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", OPEN.format(u="Sở Tư pháp"), items,
           "Như vậy, Sở Tư pháp có 02 nội dung đã hoàn thành, 01 nội dung không phát sinh.",
           [kk], "Nguyễn Văn Tuấn", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Lưu: VT, VB."])
    key(f, "SO-TP", "Sở Tư pháp", "5960/STP-VB", "2026-10-27", [
        E("II.2.c", "completed", i1),
        E("II.1.a", "completed", i2, training_courses=1, participants=230, communications=3),
        E("II.5.d", "not_applicable", i3),
    ], [kk], [])

    # ------------------------------------------------------------ Sở Quy hoạch - Kiến trúc
    f = "SQHKT_3318_CT38.docx"
    i1 = ("Sở tham gia góp ý 02 dự thảo: dự thảo sửa đổi QCVN 01:2021/BXD về quy hoạch xây dựng và dự thảo TCVN về "
          "thiết kế đô thị; đến nay đã hoàn thành.")
    i2 = ("Sở được tái lập từ ngày 01/10/2025, đang xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
          "cho các thủ tục hành chính được giao; đến nay đang thực hiện.")
    i3 = ("Sở chưa cử được công chức tham gia các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng; đến nay chưa thực hiện.")
    items = [("Góp ý quy chuẩn, tiêu chuẩn", i1), ("Hệ thống ISO của Sở", i2), ("Cử công chức tập huấn", i3)]
    kk = ("Sở mới được tái lập, tổ chức bộ máy đang kiện toàn, chưa bố trí được công chức theo dõi lĩnh vực tiêu chuẩn, "
          "đo lường, chất lượng.")
    dx = ("Kính đề nghị Sở Khoa học và Công nghệ hỗ trợ tư vấn xây dựng hệ thống quản lý chất lượng cho Sở trong năm 2027.")
    h5_doc(f, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", [("SỞ QUY HOẠCH - KIẾN TRÚC", "b")]], "3318/SQHKT-VP",
           "V/v báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026",
           "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026", OPEN.format(u="Sở Quy hoạch - Kiến trúc"), items,
           "Như vậy, trong 03 nội dung có liên quan: 01 đã hoàn thành, 01 đang thực hiện, 01 chưa thực hiện.",
           [kk + " " + dx], "Nguyễn Thanh Nhã", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Lưu: VT, VP."])
    key(f, "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "3318/SQHKT-VP", "2026-11-02", [
        E("II.2.e", "completed", i1, standards_reviewed=2),
        E("II.2.đ", "in_progress", i2),
        E("II.3.a", "not_started", i3),
    ], [kk], [dx])


if __name__ == "__main__":
    build()
