"""Hand 2 - numbered task paragraphs, each with a 'Kết quả đạt được:' run-in paragraph giving figures
then the percentage of the year's target (the target number itself is NOT a result), then a line
'Đánh giá: ...' with the status. Money written as 'X triệu đồng'. Difficulties/proposals as a/b/c."""
from common import *


def build(fname, parent, unit, unit_id, unit_name, number, date_iso, place, intro, items, diffs, props,
          signer, entries):
    d = new_doc(size=14)
    header(d, parent, unit, number, place)
    center(d, "BÁO CÁO")
    center(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026\n"
              "(số liệu từ 01/01/2026 đến thời điểm báo cáo)")
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=False)
    for i, (title, kq, dg) in enumerate(items, 1):
        para(d, f"{i}. {title}", bold=True, indent=False)
        p = para(d, "")
        r = p.add_run("Kết quả đạt được: "); r.bold = True; r.italic = True
        p.add_run(kq)
        p = para(d, "")
        r = p.add_run("Đánh giá: "); r.italic = True
        p.add_run(dg)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for c, x in zip("abcd", diffs):
        para(d, f"{c}) {x}")
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for c, x in zip("abcd", props):
        para(d, f"{c}) {x}")
    signature(d, ["- Như trên;", "- Lưu: VT."], signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def main():
    build("BC 1457 SATTP - CT38.docx", "UBND Thành phố Hồ Chí Minh", "Sở An toàn thực phẩm", "SO-ATTP",
          "Sở An toàn thực phẩm", "1457/BC-SATTP", "2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
          "Sở An toàn thực phẩm báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
          [("Tuyên truyền, phổ biến pháp luật về chất lượng, an toàn thực phẩm cho cơ sở sản xuất, kinh doanh",
            "đăng tải 24 tin, bài trên Cổng thông tin điện tử và trang mạng xã hội của Sở, đạt 120% chỉ tiêu năm (20 tin, bài); "
            "tổ chức 03 hội nghị tập huấn kiến thức pháp luật về chất lượng sản phẩm, ghi nhãn hàng hóa thực phẩm với 410 lượt người tham dự, đạt 102,5% kế hoạch.",
            "Đã hoàn thành kế hoạch năm."),
           ("Kiểm tra chất lượng, an toàn sản phẩm thực phẩm lưu thông trên thị trường",
            "thành lập 06 đoàn kiểm tra liên ngành, kiểm tra 248 cơ sở sản xuất, kinh doanh thực phẩm (đạt 103% kế hoạch); "
            "phát hiện 31 cơ sở vi phạm, xử phạt vi phạm hành chính 286 triệu đồng; lấy 520 mẫu thực phẩm để kiểm nghiệm nhanh, "
            "đạt 86,7% chỉ tiêu.",
            "Đang tiếp tục thực hiện theo kế hoạch kiểm tra cao điểm cuối năm."),
           ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia liên quan lĩnh vực thực phẩm",
            "có văn bản góp ý 02 dự thảo QCVN về giới hạn phụ gia thực phẩm và bao bì tiếp xúc trực tiếp với thực phẩm, đạt 100% số văn bản được đề nghị góp ý.",
            "Hoàn thành."),
           ("Cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng",
            "cử 04 công chức Phòng Quản lý chất lượng tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
            "Hoàn thành.")],
          ["Lực lượng kiểm tra mỏng trong khi số cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn rất lớn.",
           "Chi phí kiểm nghiệm mẫu thực phẩm cao, kinh phí được giao chưa đáp ứng nhu cầu lấy mẫu giám sát."],
          ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa có liên quan đến thực phẩm để phục vụ công tác hậu kiểm.",
           "Đề nghị tổ chức tập huấn chuyên sâu về ghi nhãn hàng hóa thực phẩm nhập khẩu cho công chức của Sở."],
          ("GIÁM ĐỐC", "Nguyễn Thị Thu Hà"),
          [("II.1.a", "completed", {"communications": 24, "training_courses": 3, "participants": 410},
            "24 tin, bài; 03 hội nghị tập huấn với 410 lượt người. Đã hoàn thành kế hoạch năm."),
           ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 248, "violations": 31, "fines_vnd": 286000000, "samples_tested": 520},
            "06 đoàn kiểm tra, 248 cơ sở, 31 vi phạm, phạt 286 triệu đồng, 520 mẫu. Đang tiếp tục thực hiện."),
           ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 02 dự thảo QCVN. Hoàn thành."),
           ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức tham dự tập huấn. Hoàn thành.")])

    build("SNNMT_BaoCao_KH_CT38_2026.docx", "UBND Thành phố Hồ Chí Minh", "Sở Nông nghiệp và Môi trường", "SO-NNMT",
          "Sở Nông nghiệp và Môi trường", "3390/BC-SNNMT", "2026-11-12", "Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026",
          "Sở Nông nghiệp và Môi trường nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ; trên cơ sở nhiệm vụ được phân công phối hợp, "
          "Sở báo cáo như sau:",
          [("Hỗ trợ hợp tác xã, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc sản phẩm (Đề án 100)",
            "hướng dẫn, hỗ trợ 45 hợp tác xã, doanh nghiệp nông nghiệp triển khai hệ thống truy xuất nguồn gốc và cấp mã vùng trồng, "
            "đạt 90% chỉ tiêu năm (50 đơn vị).",
            "Đang thực hiện, dự kiến hoàn thành chỉ tiêu trong tháng 12/2026."),
           ("Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật thuộc ngành nông nghiệp và môi trường",
            "góp ý 04 dự thảo TCVN về giống cây trồng, phân bón và chất lượng nước mặt (đạt 100% yêu cầu); đang hoàn thiện hồ sơ dự thảo quy chuẩn kỹ thuật địa phương "
            "về chất lượng nước sạch sinh hoạt để lấy ý kiến các sở, ngành.",
            "Đang thực hiện."),
           ("Khảo sát chất lượng phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường",
            "lấy 86 mẫu phân bón, thuốc bảo vệ thực vật để khảo sát chất lượng, đạt 107,5% kế hoạch (80 mẫu); kết quả đã thông báo đến các đơn vị chức năng.",
            "Đã hoàn thành."),
           ("Phối hợp thúc đẩy năng suất theo chương trình của APO",
            "trong kỳ chưa phát sinh.",
            "Chưa thực hiện (chưa có yêu cầu phối hợp).")],
          ["Việc hướng dẫn truy xuất nguồn gốc cho hợp tác xã gặp khó khăn do trình độ ứng dụng công nghệ thông tin của thành viên còn hạn chế."],
          ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí tem truy xuất nguồn gốc cho các hợp tác xã nông nghiệp năm 2027.",
           "Đề nghị sớm ban hành hướng dẫn thống nhất về kết nối dữ liệu truy xuất nguồn gốc với Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Võ Thanh Tùng"),
          [("II.2.d", "in_progress", {"enterprises_supported": 45}, "Hỗ trợ 45 hợp tác xã, doanh nghiệp truy xuất nguồn gốc. Đang thực hiện."),
           ("II.2.e", "in_progress", {"standards_reviewed": 4}, "Góp ý 04 dự thảo TCVN; đang hoàn thiện dự thảo QCĐP. Đang thực hiện."),
           ("II.5.b", "completed", {"samples_tested": 86}, "Lấy 86 mẫu phân bón, thuốc BVTV khảo sát chất lượng. Đã hoàn thành."),
           ("II.6.b", "not_started", {}, "Chưa thực hiện (chưa có yêu cầu phối hợp).")])

    build("Phuong Thoi Hoa - BC CT38 nam 2026.docx", "UBND Thành phố Hồ Chí Minh", "Ủy ban nhân dân\nPhường Thới Hòa",
          "25846", "Phường Thới Hòa", "215/BC-UBND", "2026-10-08", "Thới Hòa, ngày 08 tháng 10 năm 2026",
          "Thực hiện văn bản đề nghị của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Thới Hòa báo cáo kết quả thực hiện các nội dung "
          "được phân quyền về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026 như sau:",
          [("Phối hợp kiểm tra đo lường, chất lượng trên địa bàn phường",
            "phối hợp tổ chức 02 đợt kiểm tra tại 19 cơ sở kinh doanh (cân tại chợ Thới Hòa, cửa hàng xăng dầu, cơ sở kinh doanh mũ bảo hiểm), "
            "đạt 95% kế hoạch (20 cơ sở); phát hiện 02 trường hợp vi phạm, đã xử phạt 7,5 triệu đồng.",
            "Đang thực hiện."),
           ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
            "đăng 09 tin, bài trên trang thông tin điện tử phường và nhóm Zalo khu phố; tổ chức 01 buổi tuyên truyền cho tiểu thương chợ với 65 người tham dự, "
            "đạt 100% kế hoạch.",
            "Hoàn thành."),
           ("Duy trì hệ thống quản lý chất lượng ISO tại bộ phận Một cửa",
            "đã rà soát, cập nhật toàn bộ quy trình theo TCVN ISO 9001:2015 phù hợp mô hình chính quyền địa phương hai cấp.",
            "Hoàn thành."),
           ("Tham gia tập huấn nghiệp vụ",
            "cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn do Sở Khoa học và Công nghệ tổ chức.",
            "Hoàn thành.")],
          ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
           "Chưa được trang bị quả cân chuẩn để kiểm tra cân tại chợ."],
          ["Đề nghị Sở hỗ trợ trang bị bộ quả cân chuẩn cho phường."],
          ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Huỳnh Văn Lộc"),
          [("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 2, "fines_vnd": 7500000},
            "02 đợt kiểm tra tại 19 cơ sở, 02 vi phạm, phạt 7,5 triệu đồng. Đang thực hiện."),
           ("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 65}, "09 tin, bài; 01 buổi tuyên truyền 65 người. Hoàn thành."),
           ("II.2.đ", "completed", {}, "Rà soát quy trình ISO 9001:2015. Hoàn thành."),
           ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức tham dự tập huấn. Hoàn thành.")])


if __name__ == "__main__":
    main()
    write_keys()
