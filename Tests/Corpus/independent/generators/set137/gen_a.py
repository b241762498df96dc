# -*- coding: utf-8 -*-
"""Hand A — Bà Trần Thị Ngọc Hân, chuyên viên Văn phòng HĐND-UBND phường.
Assembles the ward report from the ward offices' own reports: each pasted part opens with an
italic "(Trích …)" tag, Word auto-numbering restarts at 1 in every pasted part, the figures
are a tab-stop text table with dot leaders (no Word table), and a Word-table "PHỤ LỤC" at the
end repeats the figures with its own data cut-off (sometimes older, sometimes newer)."""
from common import *
from docx.enum.text import WD_BREAK

STOPS = [(1.0, "l", None), (12.2, "r", "dots"), (12.6, "l", None)]


def hand_a(fname, unit_up, unit_name, place, number, date_words, intro, parts, figs_title,
           figs, diffs, props, signer, pl_title, pl_rows, pl_note):
    d = new_doc(size=13)
    aid = abstract_num(d, 71, text="%1.", indent=567, hanging=283)
    header_block(d, ["ỦY BAN NHÂN DÂN", unit_up.upper(), "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "//%s, %s//" % (place, date_words)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh "
            "công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn %s" % (unit_name[0].lower() + unit_name[1:]),
         bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
    for t in intro:
        para(d, t, align="j", indent=1.0)
    for part in parts:
        kind = part[0]
        if kind == "H":
            para(d, part[1], bold=True, align="j")
        elif kind == "SRC":
            para(d, part[1], italic=True, align="j")
        elif kind == "P":
            para(d, part[1], align="j", indent=1.0)
        elif kind == "LIST":
            nid = new_num(d, aid, restart=True)
            for it in part[1]:
                num_para(d, it, nid)
        elif kind == "FIGS":
            para(d, figs_title, italic=True)
            tab_line(d, "\tNội dung\tSố liệu", [(1.0, "l", None), (12.2, "r", None)], bold=True)
            for ln in figs:
                tab_line(d, ln, STOPS)
            para(d, "")
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t in diffs:
        para(d, "- " + t, align="j", indent=1.0)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for t in props:
        para(d, "- " + t, align="j", indent=1.0)
    para(d, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 "
            "của Ủy ban nhân dân %s./." % unit_name, align="j", indent=1.0)
    signature(d, ["Nơi nhận:", "- Như trên;", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;",
                  "- Phòng KT, HT&ĐT; Phòng VH-XH;", "- Lưu: VT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer])
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "PHỤ LỤC", bold=True, align="c", space_after=0)
    para(d, pl_title, bold=True, align="c", space_after=0)
    para(d, pl_note, italic=True, align="c")
    table(d, pl_rows, widths=[1.0, 7.5, 4.5, 3.2], size=11)
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ A1 Phường Rạch Dừa
def a1():
    fname = "26536_bc-ct38-2026.docx"
    diffs = [
        "Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường làm kiêm nhiệm nhiều việc, "
        "chưa được đào tạo chuyên sâu nên còn lúng túng khi lập biên bản, xác định hành vi vi phạm.",
        "Phường chưa được trang bị cân đối chứng và thiết bị kiểm tra nhanh; khi kiểm tra tại chợ phải mượn "
        "thiết bị của Ban quản lý chợ.",
    ]
    props = [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn nghiệp vụ kiểm tra đo lường, "
        "nhãn hàng hóa cho công chức phường, xã trong năm 2027.",
        "Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ trang bị 01 bộ cân đối chứng cho chợ Rạch Dừa.",
    ]
    parts = [
        ("H", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
        ("SRC", "(Nguồn: Văn phòng HĐND và UBND phường)"),
        ("LIST", [
            "Ủy ban nhân dân phường ban hành Kế hoạch số 55/KH-UBND ngày 10/3/2026 về triển khai thực hiện "
            "Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường; phân công Phòng Kinh tế, Hạ tầng và Đô thị làm đầu mối.",
            "Chỉ đạo Ban quản lý chợ Rạch Dừa, các khu phố phối hợp tuyên truyền, vận động hộ kinh doanh "
            "chấp hành quy định về đo lường, chất lượng, nhãn hàng hóa.",
        ]),
        ("H", "II. KẾT QUẢ THỰC HIỆN"),
        ("SRC", "(Trích Báo cáo ngày 12/10/2026 của Phòng Văn hóa – Xã hội phường)"),
        ("LIST", [
            "Công tác tuyên truyền: đăng tải 14 tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin "
            "điện tử phường và nhóm Zalo các khu phố; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức "
            "01 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường trong kinh doanh cho 85 hộ kinh doanh tại chợ. "
            "Nội dung này phường đã triển khai xong theo kế hoạch.",
            "Cử 03 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng "
            "cho công chức phường, xã do Chi cục tổ chức tháng 6/2026; đã tham gia đầy đủ, xong.",
        ]),
        ("SRC", "(Trích Báo cáo số 31/BC-KT ngày 14/10/2026 của Phòng Kinh tế, Hạ tầng và Đô thị phường)"),
        ("LIST", [
            "Thực hiện nội dung được phân quyền, Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Chi cục Tiêu chuẩn Đo lường "
            "Chất lượng kiểm tra đo lường, chất lượng tại chợ Rạch Dừa và các cửa hàng kinh doanh xăng dầu trên địa bàn; "
            "phối hợp đơn vị kiểm định kiểm định 112 cân đồng hồ lò xo của tiểu thương tại chợ. Nội dung này đang tiếp "
            "tục triển khai đến cuối năm.",
            "Hướng dẫn 09 doanh nghiệp, hộ sản xuất trên địa bàn thực hiện công bố hợp chuẩn, hợp quy và ghi nhãn "
            "hàng hóa theo quy định; việc hướng dẫn được thực hiện thường xuyên, đang tiếp tục triển khai.",
            "Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường: đã rà soát, "
            "cập nhật các quy trình nội bộ sau sắp xếp và công bố lại hệ thống; đã triển khai xong.",
        ]),
        ("FIGS",),
    ]
    figs = [
        "1.\tSố tin, bài tuyên truyền\t14 tin, bài",
        "2.\tHội nghị phổ biến pháp luật\t01 hội nghị / 85 lượt",
        "3.\tCông chức được cử đi tập huấn\t03 người",
        "4.\tSố cuộc kiểm tra (phối hợp)\t04 cuộc",
        "5.\tSố cơ sở được kiểm tra\t27 cơ sở",
        "6.\tSố cơ sở vi phạm\t03 cơ sở",
        "7.\tTiền xử phạt vi phạm hành chính\t9.500.000 đồng",
        "8.\tCân được kiểm định tại chợ\t112 cái",
        "9.\tDoanh nghiệp, hộ sản xuất được hướng dẫn\t09 đơn vị",
    ]
    pl_rows = [
        ["STT", "Nội dung", "Kết quả", "Tình trạng"],
        ["1", "Tuyên truyền, phổ biến", "14 tin, bài; 01 hội nghị, 85 lượt", "Đã xong"],
        ["2", "Cử công chức tập huấn", "03 người", "Đã xong"],
        ["3", "Kiểm tra đo lường, chất lượng (phân quyền)", "03 cuộc; 21 cơ sở; 03 cơ sở vi phạm; phạt 7.000.000 đồng; "
              "kiểm định 112 cân", "Đang triển khai"],
        ["4", "Hướng dẫn công bố, ghi nhãn", "09 đơn vị", "Đang triển khai"],
        ["5", "ISO 9001:2015 tại UBND phường", "Công bố lại hệ thống", "Đã xong"],
    ]
    hand_a(fname, "Phường Rạch Dừa", "Phường Rạch Dừa", "Rạch Dừa", "212/BC-UBND",
           "ngày 19 tháng 10 năm 2026",
           ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
            "Ủy ban nhân dân Phường Rạch Dừa báo cáo kết quả thực hiện (số liệu tính đến ngày 15/10/2026) như sau:"],
           parts, "Số liệu cụ thể (tính đến ngày 15/10/2026):", figs, diffs, props, "Nguyễn Văn Tâm",
           "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026",
           pl_rows, "(Số liệu tính đến ngày 30/9/2026 – kèm theo Báo cáo số 212/BC-UBND)")
    entries = [
        E("II.1.a", "completed", {"communications": 14, "training_courses": 1, "participants": 85},
          "đăng tải 14 tin, bài …; 01 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường … cho 85 hộ kinh doanh"),
        E("II.3.a", "completed", {"participants": 3},
          "Cử 03 công chức tham dự lớp tập huấn nghiệp vụ … do Chi cục tổ chức"),
        E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 27, "violations": 3,
                                    "fines_vnd": 9500000, "instruments_verified": 112},
          "Thực hiện nội dung được phân quyền … kiểm tra đo lường, chất lượng tại chợ Rạch Dừa …"),
        E("II.2.d", "in_progress", {"enterprises_supported": 9},
          "Hướng dẫn 09 doanh nghiệp, hộ sản xuất … công bố hợp chuẩn, hợp quy và ghi nhãn"),
        E("II.2.đ", "completed", {},
          "Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường"),
    ]
    key(fname, "26536", "Phường Rạch Dừa", "212/BC-UBND", "2026-10-19", entries, diffs, props)


# ------------------------------------------------------------------ A2 Phường Tăng Nhơn Phú
def a2():
    fname = "26842_TangNhonPhu_BC_CT38.docx"
    diffs = [
        "Số liệu kiểm tra do các bộ phận gửi về không cùng thời điểm chốt nên việc tổng hợp còn chậm, phải đối chiếu lại nhiều lần.",
        "Nhiều hộ kinh doanh nhỏ lẻ tại các tuyến đường chưa nắm quy định về ghi nhãn hàng hóa, cân đo không bảo đảm.",
    ]
    props = [
        "Kiến nghị Chi cục Tiêu chuẩn Đo lường Chất lượng ban hành mẫu biểu báo cáo thống nhất và thời điểm chốt số liệu chung cho các phường, xã.",
    ]
    parts = [
        ("H", "I. TÌNH HÌNH TRIỂN KHAI"),
        ("P", "Ủy ban nhân dân phường ban hành Kế hoạch số 41/KH-UBND ngày 18/3/2026 triển khai Chỉ thị số 38-CT/TW "
              "năm 2026; giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, Phòng Văn hóa – Xã hội và Công an phường phối hợp."),
        ("H", "II. KẾT QUẢ ĐẠT ĐƯỢC"),
        ("SRC", "(Trích Báo cáo số 27/BC-VHXH ngày 02/10/2026 của Phòng Văn hóa – Xã hội)"),
        ("LIST", [
            "Tuyên truyền trên hệ thống loa, trang thông tin điện tử và bảng tin khu phố: 09 tin, bài; tổ chức "
            "02 hội nghị tuyên truyền tại các khu phố với 140 lượt người tham dự. Đã triển khai xong.",
            "Cử 02 công chức tham gia lớp tập huấn về quản lý đo lường, chất lượng cấp xã (Chi cục tổ chức); đã thực hiện xong.",
        ]),
        ("SRC", "(Trích Báo cáo số 52/BC-KT ngày 30/9/2026 của Phòng Kinh tế, Hạ tầng và Đô thị)"),
        ("LIST", [
            "Kiểm tra theo phân quyền: phòng chủ trì, phối hợp Công an phường tổ chức 02 cuộc kiểm tra đo lường, "
            "chất lượng tại 15 cơ sở kinh doanh (xăng dầu, khí dầu mỏ hóa lỏng, cân tại chợ Long Trường); phát hiện "
            "01 cơ sở vi phạm, xử phạt 2.500.000 đồng. Đang tiếp tục triển khai.",
            "Tham gia Đoàn kiểm tra liên ngành của Thành phố kiểm tra chất lượng mũ bảo hiểm: 01 cuộc tại 08 cơ sở "
            "kinh doanh trên địa bàn phường; đoàn đã kết thúc, đã xong.",
            "Về khen thưởng, bảo vệ người tố giác vi phạm: trong kỳ không phát sinh.",
            "Hệ thống quản lý chất lượng TCVN ISO 9001:2015: đang chuyển đổi áp dụng trên môi trường điện tử, "
            "đang thực hiện.",
        ]),
        ("FIGS",),
        ("P", "//Ghi chú: số liệu kiểm tra nêu trên là số liệu Phòng Kinh tế, Hạ tầng và Đô thị báo cáo đến ngày "
              "30/9/2026; số liệu cập nhật đến ngày 25/10/2026 xem tại Phụ lục kèm theo.//"),
    ]
    figs = [
        "1.\tTin, bài tuyên truyền\t09",
        "2.\tHội nghị tuyên truyền / lượt người\t02 / 140",
        "3.\tCuộc kiểm tra phân quyền\t02",
        "4.\tCơ sở được kiểm tra\t15",
        "5.\tCơ sở vi phạm\t01",
        "6.\tTiền phạt (đồng)\t2.500.000",
        "1.\tĐoàn liên ngành (mũ bảo hiểm)\t01 cuộc / 08 cơ sở",
    ]
    pl_rows = [
        ["STT", "Nội dung", "Số liệu", "Tình trạng"],
        ["1", "Tuyên truyền", "09 tin, bài; 02 hội nghị; 140 lượt", "Đã xong"],
        ["2", "Công chức dự tập huấn", "02 người", "Đã xong"],
        ["3", "Kiểm tra đo lường, chất lượng theo phân quyền", "03 cuộc; 22 cơ sở; 02 cơ sở vi phạm; phạt 6.000.000 đồng",
         "Đang triển khai"],
        ["4", "Đoàn liên ngành TP (mũ bảo hiểm)", "01 cuộc; 08 cơ sở", "Đã xong"],
        ["5", "Khen thưởng, bảo vệ người tố giác", "—", "Không phát sinh"],
        ["6", "ISO 9001:2015", "—", "Đang thực hiện"],
    ]
    hand_a(fname, "Phường Tăng Nhơn Phú", "Phường Tăng Nhơn Phú", "Tăng Nhơn Phú", "318/BC-UBND",
           "ngày 27 tháng 10 năm 2026",
           ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026; trên cơ sở báo cáo "
            "của các phòng chuyên môn, Ủy ban nhân dân Phường Tăng Nhơn Phú báo cáo như sau:"],
           parts, "Bảng số liệu (theo báo cáo của các phòng):", figs, diffs, props, "Lê Thị Mỹ Duyên",
           "SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
           pl_rows, "(Số liệu cập nhật đến ngày 25/10/2026)")
    entries = [
        E("II.1.a", "completed", {"communications": 9, "training_courses": 2, "participants": 140},
          "09 tin, bài; tổ chức 02 hội nghị tuyên truyền tại các khu phố với 140 lượt người"),
        E("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức tham gia lớp tập huấn"),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 2,
                                    "fines_vnd": 6000000},
          "Kiểm tra đo lường, chất lượng theo phân quyền: 03 cuộc; 22 cơ sở; 02 cơ sở vi phạm; phạt 6.000.000 đồng (Phụ lục, đến 25/10/2026)"),
        E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 8},
          "Tham gia Đoàn kiểm tra liên ngành của Thành phố kiểm tra chất lượng mũ bảo hiểm: 01 cuộc tại 08 cơ sở"),
        E("II.5.d", "not_applicable", {}, "Về khen thưởng, bảo vệ người tố giác vi phạm: trong kỳ không phát sinh."),
        E("II.2.đ", "in_progress", {}, "Hệ thống quản lý chất lượng TCVN ISO 9001:2015: đang chuyển đổi … đang thực hiện."),
    ]
    key(fname, "26842", "Phường Tăng Nhơn Phú", "318/BC-UBND", "2026-10-27", entries, diffs, props)


# ------------------------------------------------------------------ A3 Phường Lái Thiêu
def a3():
    fname = "25966-laithieu-baocao-tdc.docx"
    diffs = [
        "Kinh phí cho hoạt động kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng trong dự toán của phường.",
    ]
    props = [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng sớm tổ chức lớp tập huấn cho công chức phường, xã thuộc khu vực Bình Dương (cũ).",
        "Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pa-nô) để phường in ấn, phát hành.",
    ]
    parts = [
        ("H", "I. KẾT QUẢ THỰC HIỆN"),
        ("SRC", "(Nguồn: Phòng Văn hóa – Xã hội, báo cáo ngày 20/10/2026)"),
        ("LIST", [
            "Tuyên truyền Chỉ thị số 38-CT/TW và các quy định về tiêu chuẩn, đo lường, chất lượng: đăng 06 tin, bài "
            "trên trang thông tin điện tử phường; tổ chức 01 buổi tọa đàm với 60 hộ kinh doanh tại chợ Lái Thiêu. "
            "Đã triển khai xong nội dung tuyên truyền năm 2026.",
            "Công chức phường chưa được cử tham gia tập huấn chuyên môn do trong năm Chi cục chưa tổ chức lớp tại khu vực; "
            "nội dung này chưa triển khai.",
        ]),
        ("SRC", "(Nguồn: Phòng Kinh tế, Hạ tầng và Đô thị, báo cáo ngày 22/10/2026)"),
        ("LIST", [
            "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 06 mẫu xăng tại 06 cửa hàng xăng dầu để khảo sát chất lượng; "
            "đã có kết quả thử nghiệm, tất cả đạt yêu cầu. Đã xong.",
            "Kiểm tra theo nội dung phân quyền: tổ chức 05 cuộc kiểm tra tại 34 cơ sở sản xuất, kinh doanh; phát hiện 04 cơ sở vi phạm "
            "về nhãn hàng hóa, đo lường; xử phạt 11.750.000 đồng. Đang tiếp tục triển khai trong Quý IV/2026.",
            "Hướng dẫn 05 cơ sở sản xuất gốm, thực phẩm trên địa bàn thực hiện công bố tiêu chuẩn áp dụng, ghi nhãn; đang thực hiện.",
        ]),
        ("FIGS",),
    ]
    figs = [
        "1.\tTin, bài\t06",
        "2.\tTọa đàm / hộ kinh doanh dự\t01 / 60",
        "3.\tMẫu xăng khảo sát\t06 mẫu",
        "4.\tCuộc kiểm tra\t05",
        "5.\tCơ sở được kiểm tra\t34",
        "6.\tCơ sở vi phạm\t04",
        "7.\tTiền phạt\t11.750.000 đ",
        "8.\tCơ sở được hướng dẫn\t05",
    ]
    pl_rows = [
        ["STT", "Nội dung", "Kết quả", "Tình trạng"],
        ["1", "Tuyên truyền", "06 tin, bài; 01 tọa đàm, 60 hộ", "Đang thực hiện"],
        ["2", "Tập huấn công chức", "—", "Chưa thực hiện"],
        ["3", "Khảo sát chất lượng xăng", "06 mẫu", "Đã xong"],
        ["4", "Kiểm tra phân quyền", "05 cuộc; 34 cơ sở; 04 vi phạm; 11.750.000 đ", "Đang thực hiện"],
        ["5", "Hướng dẫn công bố, ghi nhãn", "05 cơ sở", "Đang thực hiện"],
    ]
    hand_a(fname, "Phường Lái Thiêu", "Phường Lái Thiêu", "Lái Thiêu", "145/BC-UBND",
           "ngày 03 tháng 11 năm 2026",
           ["Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch "
            "triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân Phường Lái Thiêu báo cáo như sau:"],
           parts, "Số liệu:", figs, diffs, props, "Huỳnh Công Minh",
           "BẢNG TỔNG HỢP KẾT QUẢ", pl_rows, "(Kèm theo Báo cáo số 145/BC-UBND ngày 03/11/2026)")
    entries = [
        E("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 60},
          "đăng 06 tin, bài …; tổ chức 01 buổi tọa đàm với 60 hộ kinh doanh tại chợ Lái Thiêu. Đã triển khai xong"),
        E("II.3.a", "not_started", {}, "Công chức phường chưa được cử tham gia tập huấn … nội dung này chưa triển khai."),
        E("II.5.b", "completed", {"samples_tested": 6},
          "Phối hợp Chi cục … lấy 06 mẫu xăng tại 06 cửa hàng xăng dầu để khảo sát chất lượng"),
        E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 34, "violations": 4,
                                    "fines_vnd": 11750000},
          "Kiểm tra theo nội dung phân quyền: tổ chức 05 cuộc kiểm tra tại 34 cơ sở …"),
        E("II.2.d", "in_progress", {"enterprises_supported": 5},
          "Hướng dẫn 05 cơ sở sản xuất gốm, thực phẩm … công bố tiêu chuẩn áp dụng, ghi nhãn"),
    ]
    key(fname, "25966", "Phường Lái Thiêu", "145/BC-UBND", "2026-11-03", entries, diffs, props)


def build():
    a1(); a2(); a3()
