# -*- coding: utf-8 -*-
"""Hand H1 — chị Nguyễn Thị Kim Yến, tổng hợp officer writing for city departments.
Formal NĐ30 report, 'Kính gửi' + 'Đồng kính gửi', sections I–IV, items lettered 'a/ b/ c/'
(letter + slash) with a bold own-words title on its own line, status in one closing
sentence ('… đã triển khai xong.' / '… tiếp tục triển khai …' / 'chưa triển khai' /
'không phát sinh')."""
from common import *


def h1_doc(fname, parent, unit_caps, so, place_date, trich_yeu, opening, trien_khai,
           items, kk, dx, signer, sign_title, noi_nhan, unit_short):
    d = new_doc(size=13)
    header_table(d,
                 parent.split("\n") + [[(unit_caps, "b")], "", "Số: " + so],
                 [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")],
                  [("Độc lập - Tự do - Hạnh phúc", "b")], "",
                  [(place_date, "i")]])
    P(d, "", indent=False)
    P(d, [("BÁO CÁO", "b")], align="c", after=0)
    P(d, [(trich_yeu, "b")], align="c")
    P(d, [("Kính gửi: ", ""), ("Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", "")],
      align="c", after=0)
    P(d, [("Đồng kính gửi: ", "i"), ("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", "")],
      align="c")
    P(d, opening, align="j")
    P(d, [("I. CÔNG TÁC TRIỂN KHAI", "b")], indent=False)
    for t in trien_khai:
        P(d, t, align="j")
    P(d, [("II. KẾT QUẢ THỰC HIỆN", "b")], indent=False)
    for letter, title, paras in items:
        P(d, [(letter + "/ " + title, "b")], indent=True, align="j")
        for t in paras:
            P(d, t, align="j")
    P(d, [("III. KHÓ KHĂN, VƯỚNG MẮC", "b")], indent=False)
    for t in kk:
        P(d, "- " + t, align="j")
    if not kk:
        P(d, "Không có.", align="j")
    P(d, [("IV. KIẾN NGHỊ, ĐỀ XUẤT", "b")], indent=False)
    for t in dx:
        P(d, "- " + t, align="j")
    P(d, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của "
      + unit_short + "./.", align="j")
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [[("Nơi nhận:", "bi")]] + [[(x, "")] for x in noi_nhan], align="l", size=11)
    cell_lines(t.cell(0, 1), [[(x, "b")] for x in sign_title] + ["", "", "", [(signer, "b")]])
    save_doc(d, fname)


OPEN = ("Thực hiện Công văn số 2146/SKHCN-TĐC ngày 06 tháng 10 năm 2026 của Sở Khoa học và Công nghệ "
        "về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {u} "
        "báo cáo kết quả như sau:")


def build():
    # ------------------------------------------------------------ Sở Công Thương
    f = "SCT_5127-BC-SCT_ket-qua-CT38.docx"
    a = ("Sở phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định "
         "về đo lường trong kinh doanh xăng dầu và khí dầu mỏ hóa lỏng (LPG) với 186 đại biểu là thương nhân, "
         "cửa hàng trưởng tham dự; đăng tải 07 tin, bài trên Trang thông tin điện tử của Sở. "
         "Nhiệm vụ này Sở đã triển khai xong.")
    b = ("Thông qua Chương trình khuyến công và Chương trình phát triển công nghiệp hỗ trợ, Sở đã hỗ trợ 14 doanh "
         "nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001, công cụ 5S, Kaizen; tổng kinh phí hỗ trợ được "
         "duyệt là 1.260.000.000 đồng, đến ngày 15/10/2026 đã giải ngân 845.000.000 đồng. "
         "Sở tiếp tục triển khai đến hết Quý IV/2026.")
    c = ("Sở đã có văn bản góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia do Bộ Công "
         "Thương và Bộ Khoa học và Công nghệ gửi lấy ý kiến (an toàn chai chứa LPG, đường ống dẫn khí đốt cố định, "
         "xăng sinh học E10, dầu nhờn động cơ). Nhiệm vụ này Sở đã triển khai xong.")
    dd = ("Sở chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 09 cuộc kiểm tra tại 59 cơ sở "
          "(47 cửa hàng bán lẻ xăng dầu, 12 cơ sở kinh doanh LPG chai); phát hiện 06 cơ sở vi phạm (chủ yếu "
          "về niêm phong cột đo, nhãn chai LPG), ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền "
          "87.500.000 đồng. Sở tiếp tục triển khai kiểm tra theo kế hoạch trong dịp cuối năm.")
    e = ("Sở lấy 24 mẫu xăng RON 95, E5 RON 92 và dầu diesel tại các cửa hàng để thử nghiệm chất lượng; kết quả "
         "22 mẫu đạt, 02 mẫu không đạt chỉ tiêu trị số octan đã được chuyển cơ quan có thẩm quyền xử lý. "
         "Đợt khảo sát năm 2026 Sở đã triển khai xong.")
    g = ("Sở phối hợp Văn phòng TBT Thành phố cập nhật, đăng tải 15 tin cảnh báo về biện pháp kỹ thuật của các "
         "thị trường nhập khẩu (EU, Hoa Kỳ, Nhật Bản) để doanh nghiệp biết, thực hiện. "
         "Sở tiếp tục triển khai thường xuyên.")
    h = ("Sở duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã hoàn thành đánh giá nội bộ, "
         "xem xét của lãnh đạo và công bố lại hệ thống trong tháng 8/2026. Nhiệm vụ này Sở đã triển khai xong.")
    kk = ["Lực lượng công chức làm công tác quản lý chất lượng xăng dầu, khí còn mỏng, phải kiêm nhiệm nhiều lĩnh vực.",
          "Kinh phí lấy mẫu thử nghiệm chất lượng xăng dầu còn hạn chế so với số lượng cửa hàng trên địa bàn Thành phố."]
    dx = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ dữ liệu kết quả kiểm định cột đo xăng dầu để phục vụ công tác kiểm tra.",
          "Đề nghị hỗ trợ kinh phí thử nghiệm mẫu xăng dầu cho các đợt khảo sát năm 2027."]
    h1_doc(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "5127/BC-SCT",
           "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           OPEN.format(u="Sở Công Thương"),
           ["Sở đã ban hành Công văn số 1120/SCT-QLCN ngày 12/3/2026 giao Phòng Quản lý công nghiệp, Phòng Quản lý "
            "thương mại và Trung tâm Khuyến công triển khai các nội dung Sở được đề nghị phối hợp tại Kế hoạch."],
           [("a", "Tuyên truyền, phổ biến quy định về đo lường, chất lượng cho thương nhân.", [a]),
            ("b", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất.", [b]),
            ("c", "Góp ý dự thảo quy chuẩn, tiêu chuẩn.", [c]),
            ("d", "Kiểm tra đo lường, chất lượng xăng dầu, khí LPG.", [dd]),
            ("đ", "Khảo sát chất lượng xăng dầu lưu thông.", [e]),
            ("e", "Cập nhật thông tin về rào cản kỹ thuật trong thương mại.", [g]),
            ("g", "Áp dụng hệ thống quản lý chất lượng tại cơ quan.", [h])],
           kk, dx, "Bùi Tá Hoàng Vũ", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLCN.Th."], "Sở Công Thương")
    key(f, "SO-CT", "Sở Công Thương", "5127/BC-SCT", "2026-10-27", [
        E("II.1.a", "completed", a, training_courses=2, participants=186, communications=7),
        E("II.2.d", "in_progress", b, enterprises_supported=14, budget_spent_vnd=845000000),
        E("II.2.e", "completed", c, standards_reviewed=4),
        E("II.5.a", "in_progress", dd, inspections=9, establishments_inspected=59, violations=6, fines_vnd=87500000),
        E("II.5.b", "completed", e, samples_tested=24),
        E("II.6.a", "in_progress", g, communications=15),
        E("II.2.đ", "completed", h),
    ], kk, dx)

    # ------------------------------------------------------------ Sở Xây dựng
    f = "SXD_bao-cao-KH38-nam-2026.docx"
    a = ("Sở đã có ý kiến góp ý đối với 06 dự thảo, gồm 05 dự thảo tiêu chuẩn quốc gia về vật liệu xây dựng "
         "(gạch bê tông, tấm thạch cao, sơn tường dạng nhũ tương, kính nổi, thép cốt bê tông) và dự thảo sửa đổi "
         "QCVN 16:2023/BXD. Nhiệm vụ này Sở đã triển khai xong.")
    b = ("Sở thành lập Đoàn kiểm tra liên ngành, thực hiện 08 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu "
         "xây dựng lưu thông trên thị trường tại 36 cơ sở kinh doanh; 04 cơ sở vi phạm về ghi nhãn, công bố hợp quy, "
         "đã xử phạt 42.000.000 đồng. Sở tiếp tục triển khai trong Quý IV/2026 tại các phường, xã khu vực Bình Dương (cũ).")
    c = ("Kết hợp với các cuộc kiểm tra, Sở lấy 18 mẫu xi măng, thép, kính xây dựng gửi thử nghiệm để đánh giá "
         "chất lượng; thông báo kết quả cho các cơ quan liên quan. Nhiệm vụ này Sở đã triển khai xong.")
    dd = ("Sở đã rà soát, cập nhật 27 quy trình nội bộ theo TCVN ISO 9001:2015 phù hợp với chức năng, nhiệm vụ sau "
          "sắp xếp; dự kiến công bố lại hệ thống trong tháng 11/2026. Sở tiếp tục triển khai nội dung này.")
    e = ("Sở cử 05 công chức Phòng Quản lý vật liệu xây dựng tham gia 02 lớp tập huấn nghiệp vụ quản lý chất lượng "
         "sản phẩm, hàng hóa do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Nhiệm vụ này Sở đã triển khai xong.")
    kk = ["Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ, không đăng ký kinh doanh, khó kiểm soát chất lượng hàng hóa."]
    dx = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách sản phẩm, hàng hóa vật liệu xây dựng đã công bố hợp quy trên địa bàn Thành phố.",
          "Đề nghị Sở Khoa học và Công nghệ tiếp tục mời công chức của Sở tham gia các lớp tập huấn chuyên sâu năm 2027."]
    h1_doc(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "8841/BC-SXD",
           "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
           "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           OPEN.format(u="Sở Xây dựng"),
           ["Sở giao Phòng Quản lý vật liệu xây dựng làm đầu mối, phối hợp Thanh tra Sở và Văn phòng Sở thực hiện."],
           [("a", "Góp ý tiêu chuẩn, quy chuẩn về vật liệu xây dựng.", [a]),
            ("b", "Kiểm tra chất lượng vật liệu xây dựng.", [b]),
            ("c", "Lấy mẫu đánh giá chất lượng vật liệu xây dựng.", [c]),
            ("d", "Duy trì hệ thống quản lý chất lượng ISO tại Sở.", [dd]),
            ("đ", "Cử công chức tham gia tập huấn.", [e])],
           kk, dx, "Trần Quang Lâm", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, VLXD."], "Sở Xây dựng")
    key(f, "SO-XD", "Sở Xây dựng", "8841/BC-SXD", "2026-10-30", [
        E("II.2.e", "completed", a, standards_reviewed=6),
        E("II.5.a", "in_progress", b, inspections=8, establishments_inspected=36, violations=4, fines_vnd=42000000),
        E("II.5.b", "completed", c, samples_tested=18),
        E("II.2.đ", "in_progress", dd),
        E("II.3.a", "completed", e, participants=5, training_courses=2),
    ], kk, dx)

    # ------------------------------------------------------------ Sở GD&ĐT
    f = "SGDDT-3302-BC-CT38.docx"
    a = ("Sở chỉ đạo các trường lồng ghép nội dung về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch trong hoạt "
         "động ngoại khóa; đăng 05 tin, bài trên Cổng thông tin điện tử ngành Giáo dục. "
         "Sở tiếp tục triển khai trong năm học 2026 - 2027.")
    b = ("Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; đã chuyển đổi, bổ sung "
         "quy trình giải quyết thủ tục hành chính mới. Nhiệm vụ này Sở đã triển khai xong.")
    c = ("Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 lớp bồi dưỡng kiến thức về tiêu chuẩn, "
         "mã số mã vạch, truy xuất nguồn gốc cho 420 học sinh, sinh viên tại 03 trường cao đẳng trực thuộc. "
         "Sở tiếp tục triển khai tại các trường còn lại trong Quý IV/2026.")
    dd = ("Nội dung phối hợp kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại các cơ sở giáo dục mầm non: "
          "đến nay Sở chưa triển khai do chưa nhận được kế hoạch kiểm tra của cơ quan chủ trì.")
    e = ("Về cử cán bộ tham gia tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh.")
    kk = ["Nội dung về tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình đào tạo chính khóa nên việc lồng ghép còn hạn chế."]
    dx = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền phù hợp với học sinh, sinh viên."]
    h1_doc(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3302/BC-SGDĐT",
           "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           OPEN.format(u="Sở Giáo dục và Đào tạo"),
           ["Sở đã phổ biến Kế hoạch đến các phòng chuyên môn, các trường cao đẳng, trung cấp trực thuộc."],
           [("a", "Tuyên truyền trong nhà trường.", [a]),
            ("b", "Hệ thống quản lý chất lượng tại cơ quan Sở.", [b]),
            ("c", "Bồi dưỡng kiến thức cho học sinh, sinh viên.", [c]),
            ("d", "Phối hợp kiểm tra thiết bị dạy học, đồ chơi trẻ em.", [dd]),
            ("đ", "Cử cán bộ tham gia tập huấn.", [e])],
           kk, dx, "Nguyễn Bảo Quốc", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Lưu: VT, KHTC."], "Sở Giáo dục và Đào tạo")
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3302/BC-SGDĐT", "2026-10-29", [
        E("II.1.a", "in_progress", a, communications=5),
        E("II.2.đ", "completed", b),
        E("II.3.d", "in_progress", c, training_courses=3, participants=420),
        E("II.5.a", "not_started", dd),
        E("II.3.a", "not_applicable", e),
    ], kk, dx)


if __name__ == "__main__":
    build()
