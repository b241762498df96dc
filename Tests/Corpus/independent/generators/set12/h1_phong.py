"""Hand 1 - 'báo cáo theo phòng': a department's report organised by its own divisions.
Each division: 'Nhiệm vụ được giao' / 'Kết quả' / 'Tiến độ' lines; tasks cited as (mục II.x.y) or
'điểm a khoản 5 Mục II'. Zero-padded counts, dot-grouped money. One task may be spread over
two divisions (merged in the key)."""
from common import *


def build(fname, parent, unit, unit_id, unit_name, number, date_iso, place, intro, divisions,
          diffs, props, signer, entries, resave=False):
    d = new_doc()
    header(d, parent, unit, number, place)
    center(d, "BÁO CÁO")
    center(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác\n"
              "tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")
    center(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", bold=False)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN THEO TỪNG PHÒNG, ĐƠN VỊ", bold=True, indent=False)
    for i, (dv, items) in enumerate(divisions, 1):
        para(d, f"{i}. {dv}", bold=True, indent=False)
        for (giao, kq, td) in items:
            p = para(d, "", indent=True)
            r = p.add_run("- Nhiệm vụ được giao: "); r.italic = True
            p.add_run(giao)
            p = para(d, "", indent=True)
            r = p.add_run("- Kết quả: "); r.italic = True
            p.add_run(kq)
            p = para(d, "", indent=True)
            r = p.add_run("- Tiến độ: "); r.italic = True
            rr = p.add_run(td); rr.bold = True
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, x, style="List Bullet")
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, x, style="List Number")
    para(d, f"Trên đây là báo cáo của {unit_name} gửi Sở Khoa học và Công nghệ tổng hợp./.")
    signature(d, ["- Như trên;", "- Chi cục TĐC (để t/h);", "- Lưu: VT."], signer[0], signer[1])
    path = os.path.join(OUT, fname)
    d.save(path)
    if resave:
        soffice_resave(path, "docx")
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def main():
    # --- Sở Công Thương
    build("SCT_bao-cao-CT38-nam-2026.docx", "UBND Thành phố Hồ Chí Minh", "Sở Công Thương",
          "SO-CT", "Sở Công Thương", "2815/BC-SCT", "2026-10-21",
          "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
          "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, "
          "Sở Công Thương đã giao các phòng chuyên môn theo chức năng, nhiệm vụ triển khai thực hiện. "
          "Kết quả cụ thể của từng phòng như sau:",
          [("Phòng Quản lý Thương mại", [
              ("phối hợp kiểm tra đo lường, chất lượng xăng dầu lưu thông trên thị trường (mục II.5.a Kế hoạch).",
               "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thành lập 04 đoàn kiểm tra tại 37 cửa hàng xăng dầu; "
               "phát hiện 05 cơ sở vi phạm về đo lường, đã ban hành quyết định xử phạt với tổng số tiền 42.500.000 đồng.",
               "Đang thực hiện (kiểm tra theo kế hoạch năm, còn 01 đợt trong tháng 11).")]),
           ("Phòng Kỹ thuật An toàn – Môi trường", [
               ("góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực ngành Công Thương (điểm e khoản 2 Mục II).",
                "Đã có ý kiến góp ý đối với 03 dự thảo QCVN về an toàn hóa chất, thiết bị áp lực và an toàn điện do Bộ Công Thương chủ trì soạn thảo.",
                "Đã hoàn thành.")]),
           ("Phòng Quản lý Công nghiệp", [
               ("hỗ trợ doanh nghiệp công nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến, công cụ cải tiến năng suất (mục II.2.d).",
                "Hỗ trợ 26 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001 và công cụ 5S, Kaizen từ nguồn "
                "kinh phí khuyến công; phối hợp tổ chức 02 hội thảo chuyên đề về nâng cao năng suất, chất lượng với 180 đại biểu doanh nghiệp tham dự.",
                "Đang thực hiện.")]),
           ("Phòng Xuất nhập khẩu", [
               ("cập nhật các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các Hiệp định thương mại tự do (mục II.6.a).",
                "Biên soạn, đăng tải 12 tin, bài về các biện pháp TBT của thị trường EU, Hoa Kỳ, Nhật Bản trên Cổng thông tin điện tử của Sở; "
                "cung cấp thông tin cho doanh nghiệp xuất khẩu khi có yêu cầu.",
                "Thực hiện thường xuyên, đang tiếp tục cập nhật.")]),
           ("Văn phòng Sở", [
               ("duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan (mục II.2.đ).",
                "Đã cập nhật, công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sắp xếp tổ chức bộ máy; "
                "hoàn thành đánh giá nội bộ năm 2026.",
                "Hoàn thành.")]),
           ],
          ["Nhân sự làm công tác quản lý đo lường, chất lượng tại các phòng đều kiêm nhiệm, khối lượng công việc lớn sau sắp xếp bộ máy.",
           "Kinh phí hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất còn hạn chế, chủ yếu lồng ghép từ chương trình khuyến công."],
          ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách doanh nghiệp đã được hỗ trợ theo Chương trình 1322 để tránh trùng lặp đối tượng hỗ trợ.",
           "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo sớm kế hoạch kiểm tra xăng dầu năm 2027 để Sở Công Thương bố trí lực lượng phối hợp."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Minh Hiếu"),
          [("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 5, "fines_vnd": 42500000},
            "Phối hợp Chi cục TĐC thành lập 04 đoàn kiểm tra tại 37 cửa hàng xăng dầu; 05 cơ sở vi phạm; xử phạt 42.500.000 đồng. Đang thực hiện.", "Phòng Quản lý Thương mại"),
           ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 03 dự thảo QCVN. Đã hoàn thành.", "Phòng Kỹ thuật An toàn – Môi trường"),
           ("II.2.d", "in_progress", {"enterprises_supported": 26, "training_courses": 2, "participants": 180},
            "Hỗ trợ 26 doanh nghiệp áp dụng ISO 9001, ISO 14001, 5S, Kaizen; 02 hội thảo với 180 đại biểu. Đang thực hiện.", "Phòng Quản lý Công nghiệp"),
           ("II.6.a", "in_progress", {"communications": 12}, "Đăng tải 12 tin, bài về biện pháp TBT. Thực hiện thường xuyên, đang tiếp tục cập nhật.", "Phòng Xuất nhập khẩu"),
           ("II.2.đ", "completed", {}, "Công bố lại HTQLCL TCVN ISO 9001:2015, hoàn thành đánh giá nội bộ. Hoàn thành.", "Văn phòng Sở")])

    # --- Trung tâm Dịch vụ Phân tích thí nghiệm (resaved via LibreOffice)
    build("TTPTTN_BC_CT38_2026_(gui Chi cuc).docx", "Sở Khoa học và Công nghệ",
          "Trung tâm Dịch vụ Phân tích thí nghiệm\nvà Tiêu chuẩn Đo lường Chất lượng",
          "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
          "412/BC-TTPT", "2026-10-28", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, trong đó Trung tâm được giao chủ trì nhiệm vụ "
          "đầu tư cơ sở vật chất, trang thiết bị và phối hợp các nhiệm vụ về dịch vụ kỹ thuật, chuẩn đo lường; Trung tâm báo cáo kết quả "
          "thực hiện từ đầu năm đến ngày 20/10/2026 theo từng phòng chuyên môn như sau:",
          [("Phòng Đo lường", [
              ("phối hợp Chi cục duy trì, liên kết chuẩn đo lường chính đến chuẩn quốc gia (điểm c khoản 4 Mục II).",
               "Đã gửi hiệu chuẩn 14 chuẩn chính (chuẩn khối lượng, áp suất, nhiệt độ, dung tích) tại Viện Đo lường Việt Nam, "
               "bảo đảm liên kết chuẩn đến chuẩn đo lường quốc gia.",
               "Hoàn thành."),
              ("mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn phục vụ quản lý và doanh nghiệp (điểm g khoản 2 Mục II).",
               "Kiểm định, hiệu chuẩn 12.450 phương tiện đo các loại (cân, đồng hồ nước, cột đo xăng dầu, huyết áp kế); "
               "được chỉ định bổ sung 03 lĩnh vực kiểm định mới.",
               "Đang thực hiện.")]),
           ("Phòng Thử nghiệm Hóa – Vi sinh", [
               ("mở rộng lĩnh vực thử nghiệm phục vụ nông nghiệp công nghệ cao, thực phẩm (điểm g khoản 2 Mục II).",
                "Tiếp nhận và thử nghiệm 3.286 mẫu thực phẩm, phân bón, nước; xây dựng và được công nhận thêm 06 phép thử theo ISO/IEC 17025.",
                "Đang thực hiện.")]),
           ("Phòng Kế hoạch – Tài chính", [
               ("đầu tư, hiện đại hóa trang thiết bị đạt chuẩn (điểm a khoản 4 Mục II).",
                "Hoàn thành thủ tục mua sắm hệ thống sắc ký lỏng ghép khối phổ và bộ chuẩn lưu lượng; "
                "kinh phí đã giải ngân 4.820.000.000 đồng, phần còn lại dự kiến giải ngân trong tháng 12/2026.",
                "Đang thực hiện (đã giải ngân khoảng 71% dự toán).")]),
           ],
          ["Một số thiết bị chuyên dụng phải nhập khẩu, thời gian giao hàng kéo dài làm chậm tiến độ giải ngân.",
           "Thiếu kiểm định viên có chứng chỉ đối với lĩnh vực đo lưu lượng khí."],
          ["Đề nghị Sở bố trí kinh phí năm 2027 để tiếp tục đầu tư phòng hiệu chuẩn lưu lượng.",
           "Đề nghị Chi cục phối hợp tổ chức lớp đào tạo kiểm định viên lĩnh vực đo lưu lượng."],
          ("GIÁM ĐỐC", "Lê Thị Bích Ngọc"),
          [("II.4.c", "completed", {"instruments_verified": 14}, "Hiệu chuẩn 14 chuẩn chính tại Viện Đo lường Việt Nam. Hoàn thành.", "Phòng Đo lường"),
           ("II.2.g", "in_progress", {"instruments_verified": 12450, "samples_tested": 3286},
            "Kiểm định, hiệu chuẩn 12.450 phương tiện đo; thử nghiệm 3.286 mẫu; công nhận thêm 06 phép thử. Đang thực hiện.", "Phòng Đo lường; Phòng Thử nghiệm Hóa – Vi sinh"),
           ("II.4.a", "in_progress", {"budget_spent_vnd": 4820000000}, "Kinh phí đã giải ngân 4.820.000.000 đồng. Đang thực hiện.", "Phòng Kế hoạch – Tài chính")],
          resave=True)

    # --- Sở Y tế
    build("SYT-6120-BC-ket-qua-CT38.docx", "UBND Thành phố Hồ Chí Minh", "Sở Y tế", "SO-YT", "Sở Y tế",
          "6120/BC-SYT", "2026-11-05", "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
          "Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, "
          "Sở Y tế tổng hợp kết quả do các phòng chức năng thực hiện như sau:",
          [("Phòng Nghiệp vụ Dược", [
              ("kiểm tra, giám sát chất lượng thuốc, mỹ phẩm lưu hành trên địa bàn (khoản 5 Mục II, điểm a).",
               "Chỉ đạo Trung tâm Kiểm nghiệm lấy 215 mẫu thuốc, mỹ phẩm để kiểm tra chất lượng; phát hiện 02 mẫu không đạt, "
               "đã thông báo thu hồi theo quy định.",
               "Đang thực hiện.")]),
           ("Phòng Trang thiết bị và Công trình y tế", [
               ("phối hợp kiểm định phương tiện đo nhóm 2 sử dụng trong khám, chữa bệnh (khoản 5 Mục II, điểm a).",
                "Đôn đốc các bệnh viện, trung tâm y tế thực hiện kiểm định 1.640 phương tiện đo (huyết áp kế, nhiệt kế y học, cân khám bệnh) "
                "đến hạn kiểm định trong năm.",
                "Đang thực hiện.")]),
           ("Phòng Tổ chức cán bộ", [
               ("cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng (điểm a khoản 3 Mục II).",
                "Đã cử 06 công chức tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 8/2026.",
                "Hoàn thành.")]),
           ("Văn phòng Sở", [
               ("duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 (điểm đ khoản 2 Mục II).",
                "Đang chuyển đổi hệ thống tài liệu ISO sang môi trường điện tử, tích hợp với hệ thống quản lý văn bản.",
                "Đang thực hiện.")]),
           ],
          ["Kinh phí kiểm định phương tiện đo tại các cơ sở y tế công lập chưa được bố trí riêng."],
          ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế theo quy định mới."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Đức Hải"),
          [("II.5.a", "in_progress", {"samples_tested": 215, "instruments_verified": 1640},
            "Lấy 215 mẫu thuốc, mỹ phẩm kiểm tra chất lượng; kiểm định 1.640 phương tiện đo. Đang thực hiện.", "Phòng Nghiệp vụ Dược; Phòng Trang thiết bị"),
           ("II.3.a", "completed", {"participants": 6}, "Cử 06 công chức tham dự tập huấn. Hoàn thành.", "Phòng Tổ chức cán bộ"),
           ("II.2.đ", "in_progress", {}, "Chuyển đổi hệ thống tài liệu ISO sang môi trường điện tử. Đang thực hiện.", "Văn phòng Sở")])


if __name__ == "__main__":
    main()
    write_keys()
