"""Hand A — ward culture-society officer (công chức Văn hóa - Xã hội) who writes the
report by khu phố / tổ dân phố, then a short summary table 'Bảng tổng hợp' at the end.
Arial 12, headings as plain bold paragraphs typed by hand ("1/", "2/"), khu phố sub-headings
underlined; the summary table has columns STT | Nội dung | Kết quả | Tình trạng."""
import os
from common import *
from docx.shared import Pt

KINH_GUI = "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)"


def kp_heading(d, text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = True
    p.paragraph_format.space_after = Pt(3)


def build(fname, ward, ward_upper, place, number, day, month, intro, khupho, table_rows,
          khokhan, dexuat, signer, title="Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng\ntheo Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
          section2="2/ Kết quả thực hiện tại các khu phố", kinhgui=KINH_GUI, table_title="3/ Bảng tổng hợp kết quả"):
    d = base_doc(font="Arial", size=12)
    header_block(d, "ỦY BAN NHÂN DÂN", ward_upper, number,
                 f"{place}, ngày {day} tháng {month} năm 2026")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, title, bold=True, center=True)
    para(d, kinhgui, center=True)
    for t in intro:
        para(d, t)
    para(d, section2, bold=True, indent=False)
    for kp, lines in khupho:
        kp_heading(d, kp)
        for ln in lines:
            para(d, ln)
    para(d, table_title, bold=True, indent=False)
    t = d.add_table(rows=1, cols=4)
    grid(t)
    for i, h in enumerate(["STT", "Nội dung", "Kết quả", "Tình trạng"]):
        cell_text(t.cell(0, i), h, bold=True, center=True)
        shade(t.cell(0, i))
    for i, row in enumerate(table_rows, 1):
        cells = t.add_row().cells
        cell_text(cells[0], str(i), center=True)
        cell_text(cells[1], row[0])
        cell_text(cells[2], row[1])
        cell_text(cells[3], row[2], center=True)
    if khokhan:
        para(d, "4/ Khó khăn, vướng mắc", bold=True, indent=False)
        for k in khokhan:
            para(d, "- " + k)
    if dexuat:
        para(d, "5/ Đề xuất, kiến nghị", bold=True, indent=False)
        for k in dexuat:
            para(d, "- " + k)
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {ward}./.")
    signature(d, ["- Như trên;", "- TT. Đảng ủy phường;", "- Chủ tịch, các PCT UBND phường;", "- Lưu: VT, VHXH."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(ROOT, fname))


# ---------------- A1 Thuận Giao ----------------
def a1():
    fname = "bc-tdc-phuong-thuan-giao-t10.docx"
    intro = [
        "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; Kế hoạch số 85/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân phường Thuận Giao về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026, Ủy ban nhân dân phường báo cáo kết quả thực hiện như sau:",
        "1/ Công tác chỉ đạo: UBND phường giao công chức Văn hóa - Xã hội làm đầu mối, phối hợp Công an phường, Ban điều hành các khu phố triển khai; chỉ đạo các tổ dân phố lồng ghép nội dung tuyên truyền trong sinh hoạt định kỳ.",
    ]
    khupho = [
        ("Khu phố Bình Hòa 1 (tổ dân phố 1 đến 12)", [
            "Phát 06 tin trên hệ thống loa truyền thanh khu phố về sử dụng cân đúng, đủ trong mua bán, cảnh giác hàng giả, hàng kém chất lượng; tổ chức 01 hội nghị tuyên truyền tại nhà văn hóa khu phố, có 45 người dân, hộ kinh doanh tham dự.",
        ]),
        ("Khu phố Bình Hòa 2 (tổ dân phố 13 đến 21)", [
            "Phát 04 tin trên loa truyền thanh; tổ chức 01 hội nghị tuyên truyền lồng ghép sinh hoạt tổ dân phố, có 38 người tham dự.",
        ]),
        ("Khu phố Thuận Giao 3 (khu vực chợ Thuận Giao)", [
            "Phát 05 tin trên loa tại chợ. Đoàn kiểm tra của phường kiểm tra 09 hộ kinh doanh tại chợ về đo lường (cân), phát hiện 02 trường hợp sử dụng cân không bảo đảm sai số, đã lập biên bản, xử phạt vi phạm hành chính tổng số tiền 1.500.000 đồng. Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định miễn phí 64 cân cho tiểu thương tại chợ.",
        ]),
        ("Khu phố Thuận Giao 4", [
            "Kiểm tra 02 cửa hàng xăng dầu (01 cuộc) và 06 cửa hàng tạp hóa (01 cuộc) về ghi nhãn, đo lường; chưa phát hiện vi phạm.",
        ]),
    ]
    rows = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (loa, hội nghị tại khu phố)",
         "15 tin trên loa truyền thanh; 02 hội nghị, 83 lượt người tham dự", "Đã hoàn thành"),
        ("Kiểm tra về đo lường, chất lượng, nhãn hàng hóa theo phân quyền (chợ, cửa hàng xăng dầu, tạp hóa); phối hợp kiểm định cân",
         "03 cuộc; 17 cơ sở; 02 cơ sở vi phạm; phạt 1.500.000 đồng; kiểm định 64 cân", "Đang thực hiện"),
        ("Cử công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức",
         "01 lớp, 02 công chức", "Đã hoàn thành"),
        ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường", "Đang duy trì, cập nhật quy trình", "Đang thực hiện"),
        ("Tiếp nhận phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", "Không có", "Không phát sinh"),
    ]
    kk = ["Công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.",
          "Phường chưa được trang bị cân đối chứng, quả cân chuẩn để đặt tại chợ."]
    dx = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ cân đối chứng đặt tại chợ Thuận Giao.",
          "Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, xã trong Quý IV/2026."]
    build(fname, "phường Thuận Giao", "PHƯỜNG THUẬN GIAO", "Thuận Giao", "312/BC-UBND", 14, 10, intro, khupho, rows, kk, dx, "Lê Thị Mỹ Duyên")
    entries = [
        dict(task="II.1.a", status="completed", ind={"communications": 15, "training_courses": 2, "participants": 83},
             text=rows[0][0] + ": " + rows[0][1], source="word/document.xml table 2 row 2"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 17, "violations": 2, "fines_vnd": 1500000, "instruments_verified": 64},
             text=rows[1][0] + ": " + rows[1][1], source="word/document.xml table 2 row 3"),
        dict(task="II.3.a", status="completed", ind={"training_courses": 1, "participants": 2},
             text=rows[2][0] + ": " + rows[2][1], source="word/document.xml table 2 row 4"),
        dict(task="II.2.đ", status="in_progress", ind={}, text=rows[3][0], source="word/document.xml table 2 row 5"),
        dict(task="II.5.d", status="not_applicable", ind={}, text=rows[4][0], source="word/document.xml table 2 row 6"),
    ]
    write_key(fname, "25969", "Phường Thuận Giao", "312/BC-UBND", "2026-10-14", entries, kk, dx)


# ---------------- A2 Tăng Nhơn Phú ----------------
def a2():
    fname = "TangNhonPhu_BC_CT38_2026.docx"
    intro = [
        "Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả như sau:",
        "1/ Tình hình chung: Phường có 28 khu phố, trên 3.400 hộ kinh doanh cá thể, 04 chợ truyền thống. Công tác tuyên truyền được giao Ban điều hành khu phố thực hiện qua nhóm Zalo khu phố và loa truyền thanh.",
    ]
    khupho = [
        ("Khu phố 5 và Khu phố 7", [
            "Đăng 08 tin trên nhóm Zalo khu phố về nhận biết hàng giả, nhãn hàng hóa. Ban điều hành khu phố phối hợp công chức Kinh tế hướng dẫn 03 cơ sở sản xuất bánh tráng, nước mắm thực hiện ghi nhãn hàng hóa và tự công bố sản phẩm.",
        ]),
        ("Khu phố 12 (chợ Tăng Nhơn Phú)", [
            "Đăng 06 tin; phối hợp Đoàn kiểm tra phường kiểm tra 07 hộ kinh doanh tại chợ về cân và ghi nhãn (01 cuộc), phát hiện 01 cơ sở vi phạm về ghi nhãn, đã nhắc nhở, yêu cầu khắc phục.",
        ]),
        ("Khu phố 19 và các khu phố còn lại", [
            "Đăng 08 tin; hướng dẫn 04 cơ sở chế biến thực phẩm về ghi nhãn, công bố chất lượng. Đoàn kiểm tra phường kiểm tra 04 cửa hàng xăng dầu dọc Xa lộ Hà Nội (01 cuộc); phối hợp Chi cục lấy 05 mẫu xăng, dầu để khảo sát chất lượng.",
        ]),
        ("Cấp phường", [
            "Ngày 18/9/2026 UBND phường tổ chức 01 hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, có 120 người tham dự.",
        ]),
    ]
    rows = [
        ("Tuyên truyền (Zalo khu phố, loa, hội nghị)", "22 tin; 01 hội nghị, 120 người", "Hoàn thành"),
        ("Hướng dẫn cơ sở ghi nhãn, công bố chất lượng sản phẩm", "07 cơ sở", "Đang thực hiện"),
        ("Kiểm tra theo phân quyền (chợ, xăng dầu)", "02 cuộc; 11 cơ sở; 01 cơ sở vi phạm (nhắc nhở)", "Đang thực hiện"),
        ("Phối hợp lấy mẫu khảo sát chất lượng xăng dầu", "05 mẫu", "Hoàn thành"),
        ("Cử công chức tham gia tập huấn nghiệp vụ TĐC", "Chưa có lớp", "Chưa thực hiện"),
    ]
    kk = ["Số hộ kinh doanh lớn, địa bàn rộng, lực lượng kiểm tra của phường mỏng.",
          "Chưa có hướng dẫn cụ thể về nội dung phân quyền cho cấp phường trong lĩnh vực đo lường."]
    dx = ["Đề nghị Chi cục ban hành hướng dẫn nghiệp vụ kiểm tra đo lường, nhãn hàng hóa dành cho cấp phường."]
    build(fname, "phường Tăng Nhơn Phú", "PHƯỜNG TĂNG NHƠN PHÚ", "Tăng Nhơn Phú", "458/BC-UBND", 22, 10, intro, khupho, rows, kk, dx, "Trần Văn Khải")
    entries = [
        dict(task="II.1.a", status="completed", ind={"communications": 22, "training_courses": 1, "participants": 120}, text=rows[0][0] + ": " + rows[0][1], source="word/document.xml table 2 row 2"),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 7}, text=rows[1][0] + ": " + rows[1][1], source="word/document.xml table 2 row 3"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 11, "violations": 1}, text=rows[2][0] + ": " + rows[2][1], source="word/document.xml table 2 row 4"),
        dict(task="II.5.b", status="completed", ind={"samples_tested": 5}, text=rows[3][0] + ": " + rows[3][1], source="word/document.xml table 2 row 5"),
        dict(task="II.3.a", status="not_started", ind={}, text=rows[4][0] + ": " + rows[4][1], source="word/document.xml table 2 row 6"),
    ]
    write_key(fname, "26842", "Phường Tăng Nhơn Phú", "458/BC-UBND", "2026-10-22", entries, kk, dx)


# ---------------- A3 Rạch Dừa ----------------
def a3():
    fname = "Rach Dua - bao cao TDC nam 2026 (gui So).docx"
    intro = [
        "Thực hiện Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Rạch Dừa báo cáo như sau:",
        "1/ Công tác triển khai: Ban hành Kế hoạch số 41/KH-UBND ngày 20/02/2026; phân công công chức Văn hóa - Xã hội và công chức Kinh tế phối hợp theo dõi.",
    ]
    khupho = [
        ("Khu phố 1, Khu phố 2 (khu vực chợ Rạch Dừa)", [
            "Đăng 04 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo tổ dân phố. Đoàn kiểm tra phường kiểm tra 12 hộ kinh doanh tại chợ (02 cuộc), phát hiện 02 hộ sử dụng cân không đạt yêu cầu; xử phạt 3.000.000 đồng. Phối hợp kiểm định 40 cân cho tiểu thương.",
        ]),
        ("Khu phố 3 (khu chế biến hải sản)", [
            "Đăng 05 tin, bài. Tổ chức 01 hội nghị tuyên truyền cho các cơ sở chế biến hải sản khô với 71 người tham dự.",
        ]),
        ("Khu phố 4 và tổ dân phố ven biển", [
            "Tổ chức 01 hội nghị tuyên truyền tại hội trường khu phố với 85 người tham dự. Kiểm tra 11 cơ sở kinh doanh vàng bạc, xăng dầu (02 cuộc), 01 cơ sở vi phạm về đo lường, xử phạt 1.500.000 đồng.",
        ]),
    ]
    rows = [
        ("Tuyên truyền, phổ biến pháp luật về TĐC", "09 tin, bài; 02 hội nghị, 156 lượt người; kinh phí in tài liệu 6.200.000 đồng", "Đã hoàn thành"),
        ("Kiểm tra theo nội dung phân quyền; phối hợp kiểm định cân tại chợ", "04 cuộc; 23 cơ sở; 03 vi phạm; phạt 4.500.000 đồng; 40 cân được kiểm định", "Đang thực hiện"),
        ("Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015 tại UBND phường", "Đã công bố lại HTQLCL năm 2026", "Đã hoàn thành"),
        ("Phản ánh, tố giác vi phạm", "—", "Không phát sinh"),
    ]
    kk = ["Kinh phí cho hoạt động tuyên truyền còn hạn chế."]
    dx = ["Đề nghị Sở hỗ trợ tài liệu tuyên truyền (tờ gấp, pa-nô) về đo lường trong thương mại bán lẻ cho các phường ven biển.",
          "Đề nghị Chi cục phối hợp tổ chức kiểm định cân định kỳ tại chợ Rạch Dừa mỗi năm 02 lần."]
    build(fname, "phường Rạch Dừa", "PHƯỜNG RẠCH DỪA", "Rạch Dừa", "276/BC-UBND", "05", 11, intro, khupho, rows, kk, dx, "Nguyễn Hoàng Phúc")
    entries = [
        dict(task="II.1.a", status="completed", ind={"communications": 9, "training_courses": 2, "participants": 156, "budget_spent_vnd": 6200000}, text=rows[0][0] + ": " + rows[0][1], source="word/document.xml table 2 row 2"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 23, "violations": 3, "fines_vnd": 4500000, "instruments_verified": 40}, text=rows[1][0] + ": " + rows[1][1], source="word/document.xml table 2 row 3"),
        dict(task="II.2.đ", status="completed", ind={}, text=rows[2][0], source="word/document.xml table 2 row 4"),
        dict(task="II.5.d", status="not_applicable", ind={}, text=rows[3][0], source="word/document.xml table 2 row 5"),
    ]
    write_key(fname, "26536", "Phường Rạch Dừa", "276/BC-UBND", "2026-11-05", entries, kk, dx)


# ---------------- A4 Dĩ An (mistaken: family affairs report) ----------------
def a4():
    fname = "bc-phuong-di-an-gui-so-t9.docx"
    intro = [
        "Thực hiện Kế hoạch số 112/KH-UBND ngày 15/02/2026 của Ủy ban nhân dân phường về công tác gia đình và phòng, chống bạo lực gia đình năm 2026, Ủy ban nhân dân phường Dĩ An báo cáo kết quả 9 tháng đầu năm như sau:",
        "1/ Công tác chỉ đạo: Chỉ đạo Ban điều hành các khu phố, Hội Liên hiệp Phụ nữ phường lồng ghép tuyên truyền Luật Phòng, chống bạo lực gia đình trong sinh hoạt tổ dân phố.",
    ]
    khupho = [
        ("Khu phố Bình Minh 1", ["Tổ chức 02 buổi sinh hoạt chuyên đề \"Gia đình hạnh phúc\" với 96 lượt hội viên; 01 mô hình phòng, chống bạo lực gia đình duy trì hoạt động."]),
        ("Khu phố Nhị Đồng 2", ["Tổ chức 01 buổi tọa đàm về kỹ năng làm cha mẹ với 54 người; hòa giải thành 02 vụ mâu thuẫn gia đình."]),
        ("Khu phố Thống Nhất 1", ["Bình xét 412/436 hộ đạt danh hiệu Gia đình văn hóa; không xảy ra vụ bạo lực gia đình nghiêm trọng."]),
    ]
    rows = [
        ("Tuyên truyền, sinh hoạt chuyên đề về gia đình", "03 buổi, 150 lượt người", "Đã hoàn thành"),
        ("Duy trì mô hình phòng, chống bạo lực gia đình", "05 mô hình", "Đang thực hiện"),
        ("Hòa giải mâu thuẫn gia đình", "02 vụ", "Đang thực hiện"),
    ]
    kk = ["Kinh phí hoạt động của các mô hình còn hạn chế."]
    dx = ["Đề nghị Sở Văn hóa và Thể thao tổ chức tập huấn cho thành viên Ban chủ nhiệm các mô hình."]
    build(fname, "phường Dĩ An", "PHƯỜNG DĨ AN", "Dĩ An", "301/BC-UBND", 30, "9", intro, khupho, rows, kk, dx, "Võ Thị Thanh Tâm",
          title="Kết quả thực hiện công tác gia đình và phòng, chống bạo lực gia đình\n9 tháng đầu năm 2026",
          kinhgui="Kính gửi: Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh")
    write_key(fname, "25942", "Phường Dĩ An", "301/BC-UBND", "2026-09-30", [], [], [],
              status="rejected",
              reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: đây là báo cáo công tác gia đình và phòng, chống bạo lực gia đình 9 tháng năm 2026 gửi Sở Văn hóa và Thể thao (gửi nhầm).")


if __name__ == "__main__":
    a1(); a2(); a3(); a4()
