"""Hand 4 - the whole body is a two-column Word table 'Nội dung kế hoạch | Tình hình thực hiện'.
Group rows (plan group titles, abbreviated) merged across both columns and shaded; left cell
paraphrases the plan item with its letter ('a) ...'); right cell is prose, the status is a sentence
inside it ('Đã hoàn thành.', 'Đang triển khai.', 'Chưa thực hiện ...'). Difficulties/proposals as
paragraphs after the table, each starting with '+'."""
from common import *


def build(fname, parent, unit, unit_id, unit_name, number, date_iso, place, intro, rows, diffs, props,
          signer, entries):
    d = new_doc()
    header(d, parent, unit, number, place)
    center(d, "BÁO CÁO")
    center(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    para(d, intro)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Nội dung kế hoạch", bold=True)
    set_cell(t.rows[0].cells[1], "Tình hình thực hiện", bold=True)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "g":
            m = cells[0].merge(cells[1]); set_cell(m, row[1], bold=True); shade(m)
        else:
            set_cell(cells[0], row[0]); set_cell(cells[1], row[1])
    for r in t.rows:
        r.cells[0].width = Cm(6.5); r.cells[1].width = Cm(9.5)
    para(d, "")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for x in diffs:
        para(d, "+ " + x)
    para(d, "Đề xuất, kiến nghị:", bold=True, indent=False)
    for x in props:
        para(d, "+ " + x)
    signature(d, ["- Như trên;", "- Lưu: VT."], signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def main():
    build("CDS - bao cao thuc hien KH CT38 2026.docx", "Sở Khoa học và Công nghệ", "Phòng Chuyển đổi số",
          "SKHCN-CDS", "Phòng Chuyển đổi số", "54/BC-CĐS", "2026-10-23", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
          "Phòng Chuyển đổi số báo cáo tình hình thực hiện các nhiệm vụ được phân công phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
          [("g", "1. Tuyên truyền, nâng cao nhận thức về TĐC"),
           ("a) Tập huấn văn bản pháp luật, tuyên truyền về TĐC (phối hợp Chi cục)",
            "Phối hợp đăng tải 15 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở; "
            "hỗ trợ kỹ thuật livestream 02 lớp tập huấn của Chi cục. Đã hoàn thành."),
           ("g", "2. Quản lý nhà nước về TĐC"),
           ("h) Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KHCN; kết nối Cổng thông tin một cửa quốc gia",
            "Đã rà soát và có văn bản đề xuất 07 nội dung cải tiến chức năng tiếp nhận hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu; "
            "việc kết nối liên thông đã vận hành thử từ tháng 3/2026. Đã hoàn thành."),
           ("i) Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
            "Đang triển khai: đã tích hợp 03 nhóm dữ liệu (phương tiện đo, tổ chức đánh giá sự phù hợp, công bố hợp chuẩn) vào kho dữ liệu dùng chung của Sở; "
            "đang chờ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp API chính thức."),
           ],
          ["Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa có tài liệu đặc tả API công khai, làm chậm việc kết nối."],
          ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kết nối dữ liệu."],
          ("TRƯỞNG PHÒNG", "Phan Anh Khoa"),
          [("II.1.a", "completed", {"communications": 15}, "Đăng tải 15 tin, bài; hỗ trợ livestream 02 lớp tập huấn của Chi cục (lớp của Chi cục, không tính). Đã hoàn thành.", "table 3 row 3"),
           ("II.2.h", "completed", {}, "Đề xuất 07 nội dung cải tiến; kết nối vận hành thử. Đã hoàn thành.", "table 3 row 5"),
           ("II.2.i", "in_progress", {}, "Đang triển khai: tích hợp 03 nhóm dữ liệu.", "table 3 row 6")])

    build("SGDDT_BC ket qua CT38_2026.docx", "UBND Thành phố Hồ Chí Minh", "Sở Giáo dục và Đào tạo",
          "SO-GDDT", "Sở Giáo dục và Đào tạo", "4021/BC-SGDĐT", "2026-11-02", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
          "Sở Giáo dục và Đào tạo báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
          [("g", "Nhóm 1 - Tuyên truyền"),
           ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong nhà trường",
            "Chỉ đạo các trường đăng tải 32 tin, bài về chất lượng sản phẩm, nhãn hàng hóa, an toàn đồ dùng học tập trên trang thông tin điện tử của trường. Đã hoàn thành."),
           ("g", "Nhóm 2 - Quản lý nhà nước"),
           ("Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
            "Cơ quan Sở đã duy trì, cải tiến hệ thống; hoàn thành đánh giá nội bộ và xem xét của lãnh đạo. Đã hoàn thành."),
           ("Góp ý quy chuẩn kỹ thuật quốc gia do các Bộ quản lý ngành ban hành",
            "Đã góp ý 01 dự thảo QCVN về bàn ghế học sinh, thiết bị dạy học tối thiểu theo đề nghị của Bộ Giáo dục và Đào tạo. Đã hoàn thành."),
           ("g", "Nhóm 3 - Đào tạo nguồn nhân lực"),
           ("Đào tạo, bồi dưỡng cho viên chức, sinh viên các trường cao đẳng, trung cấp về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc",
            "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 05 buổi chuyên đề tại các trường cao đẳng, trung cấp với 1.120 học sinh, sinh viên tham dự; "
            "đang tiếp tục triển khai tại các trường còn lại trong Quý IV/2026."),
           ],
          ["Thời gian tổ chức chuyên đề phải bố trí ngoài giờ học chính khóa nên số trường tham gia còn ít."],
          ["Đề nghị Chi cục cung cấp bộ tài liệu chuẩn về mã số mã vạch, truy xuất nguồn gốc để các trường lồng ghép vào hoạt động ngoại khóa.",
           "Đề nghị bố trí báo cáo viên của Chi cục cho các buổi chuyên đề năm 2027."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lương Thị Hồng"),
          [("II.1.a", "completed", {"communications": 32}, "32 tin, bài. Đã hoàn thành.", "table 3 row 3"),
           ("II.2.đ", "completed", {}, "Duy trì, cải tiến HTQLCL ISO 9001:2015. Đã hoàn thành.", "table 3 row 5"),
           ("II.2.e", "completed", {"standards_reviewed": 1}, "Góp ý 01 dự thảo QCVN. Đã hoàn thành.", "table 3 row 6"),
           ("II.3.d", "in_progress", {"training_courses": 5, "participants": 1120}, "05 buổi chuyên đề, 1.120 học sinh, sinh viên; đang tiếp tục triển khai.", "table 3 row 8")])

    build("P.TangNhonPhu_BC_TDC_2026.docx", "UBND Thành phố Hồ Chí Minh", "Ủy ban nhân dân\nPhường Tăng Nhơn Phú",
          "26842", "Phường Tăng Nhơn Phú", "642/BC-UBND", "2026-10-19", "Tăng Nhơn Phú, ngày 19 tháng 10 năm 2026",
          "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo như sau:",
          [("g", "NHIỆM VỤ PHƯỜNG ĐƯỢC GIAO / PHỐI HỢP"),
           ("Thực hiện nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng (kiểm tra đo lường tại chợ, cửa hàng xăng dầu, vàng bạc)",
            "Phối hợp Chi cục TĐC tổ chức 03 cuộc kiểm tra tại 14 cơ sở kinh doanh; lập biên bản 01 trường hợp vi phạm về đo lường (cân sai số vượt mức cho phép), "
            "xử phạt 3.000.000 đồng. Đang thực hiện, tiếp tục kiểm tra trong tháng 11."),
           ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng đến hộ kinh doanh",
            "Phát hành 350 tờ rơi hướng dẫn sử dụng cân đúng quy định tại 03 chợ trên địa bàn; phát thanh trên hệ thống loa khu phố. Đã hoàn thành."),
           ("Duy trì ISO tại Trung tâm Phục vụ hành chính công phường",
            "Đang rà soát, xây dựng lại quy trình nội bộ theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính."),
           ("Cử công chức tham gia tập huấn nghiệp vụ TĐC",
            "Chưa thực hiện, phường chưa nhận được giấy mời lớp tập huấn năm 2026."),
           ],
          ["Phường mới sắp xếp, công chức phụ trách lĩnh vực kinh tế kiêm nhiệm nhiều việc.",
           "Chưa có kinh phí in ấn tài liệu tuyên truyền riêng cho lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
          ["Đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn cho công chức phường trong Quý IV/2026."],
          ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thành Nhân"),
          [("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 1, "fines_vnd": 3000000},
            "03 cuộc, 14 cơ sở, 01 vi phạm, 3.000.000 đồng. Đang thực hiện.", "table 3 row 3"),
           ("II.1.a", "completed", {"communications": 350}, "350 tờ rơi (tài liệu tuyên truyền). Đã hoàn thành.", "table 3 row 4"),
           ("II.2.đ", "in_progress", {}, "Đang rà soát quy trình ISO 9001:2015.", "table 3 row 5"),
           ("II.3.a", "not_started", {}, "Chưa thực hiện.", "table 3 row 6")])

    build("QLKH_BC_CT38.docx", "Sở Khoa học và Công nghệ", "Phòng Quản lý Khoa học",
          "SKHCN-QLKH", "Phòng Quản lý Khoa học", "77/BC-QLKH", "2026-10-26", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
          "Phòng Quản lý Khoa học báo cáo kết quả thực hiện nhiệm vụ chủ trì và phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026:",
          [("g", "Mục 3 - Xây dựng, đào tạo nguồn nhân lực TĐC"),
           ("b) Khóa tập huấn, bồi dưỡng chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn năng suất (phối hợp)",
            "Phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về quản lý năng suất với 45 học viên là cán bộ doanh nghiệp và chuyên gia tư vấn. Đã hoàn thành."),
           ("c) Thu hút đội ngũ cán bộ, chuyên gia tư vấn, đánh giá trong lĩnh vực TĐC (chủ trì)",
            "Đã tham mưu Sở xây dựng danh mục vị trí cần thu hút theo Quyết định số 05/2026/QĐ-UBND; đang xét hồ sơ của 02 chuyên gia đo lường. Đang thực hiện."),
           ("g", "Mục 6 - Hợp tác, trao đổi thông tin"),
           ("b) Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất (nếu có yêu cầu)",
            "Không phát sinh yêu cầu trong kỳ báo cáo."),
           ],
          ["Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn đối với chuyên gia đo lường có kinh nghiệm quốc tế."],
          ["Đề nghị Sở xem xét bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục lĩnh vực ưu tiên thu hút năm 2027."],
          ("TRƯỞNG PHÒNG", "Trịnh Văn Phúc"),
          [("II.3.b", "completed", {"training_courses": 1, "participants": 45}, "01 khóa bồi dưỡng, 45 học viên. Đã hoàn thành.", "table 3 row 2"),
           ("II.3.c", "in_progress", {}, "Đang xét hồ sơ 02 chuyên gia (không có chỉ tiêu). Đang thực hiện.", "table 3 row 3"),
           ("II.6.b", "not_applicable", {}, "Không phát sinh yêu cầu.", "table 3 row 5")])


if __name__ == "__main__":
    main()
    write_keys()
