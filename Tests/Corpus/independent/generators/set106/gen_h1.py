# Hand 1 — chị Ngọc, chuyên viên tổng hợp ở các Sở chuyên ngành (DOCX)
# Items keyed to the City's Quyết định 76/QĐ-UBND numbering ("điểm x.y Mục III Kế hoạch kèm theo QĐ 76"),
# product-group sample tables "Bảng n." with a "Cộng" row inside items, status in the closing sentence.
from gen_common import *

def h1_doc(fname, so_upper, uid, uname, number, date_text, items, diffs, props, signer, tail_unit):
    d = base_doc(size=13)
    header_table(d, [("ỦY BAN NHÂN DÂN", "s"), ("THÀNH PHỐ HỒ CHÍ MINH", "s"), (so_upper, "b"), ("", ""), (f"Số: {number}", "")],
                    [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bs"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""), ("", ""), (date_text, "i")])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c", space_after=0)
    para(d, "(theo Kế hoạch ban hành kèm theo Quyết định số 76/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân Thành phố)", italic=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(d, f"Thực hiện Công văn số 2815/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; căn cứ các nhiệm vụ được giao tại Kế hoạch ban hành kèm theo Quyết định số 76/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân Thành phố, {tail_unit} báo cáo kết quả thực hiện như sau:", align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO", bold=True, indent=False)
    for n, it in enumerate(items, 1):
        runs(d, [(f"{n}. Nhiệm vụ tại điểm {it['qd']} Mục III Kế hoạch kèm theo Quyết định số 76/QĐ-UBND", "b"), (" – " + it["title"], "bi")])
        for p in it["body"]:
            para(d, p, align="j")
        if it.get("table"):
            cap, rows = it["table"]
            para(d, cap, italic=True, align="c", indent=False)
            grid_table(d, rows, widths=[6, 3, 3, 3.5])
            para(d, "", space_after=2)
        for p in it.get("after", []):
            para(d, p, align="j")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs: para(d, "- " + x, align="j")
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props: para(d, "- " + x, align="j")
    para(d, f"Trên đây là báo cáo kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 của {tail_unit}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.rows[0].cells[0]
    cell_par(c, "Nơi nhận:", bold=True, italic=True, center=False, size=12)
    for l in ["- Như trên;", "- Chi cục TĐC TP.HCM;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + signer[2] + "."]:
        cell_par(c, l, center=False, size=11, first=False)
    c = t.rows[0].cells[1]
    cell_par(c, "KT. GIÁM ĐỐC", bold=True); cell_par(c, "PHÓ GIÁM ĐỐC", bold=True, first=False)
    for _ in range(3): cell_par(c, "", first=False)
    cell_par(c, signer[0], bold=True, first=False)
    d.save(os.path.join(OUT, fname))

# ---------------- Sở Công Thương ----------------
ct_items = [
 dict(qd="1.2", title="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp ngành công thương",
      body=["Trong năm, Sở Công Thương đã phối hợp với Hiệp hội Xăng dầu và Hiệp hội Doanh nghiệp Thành phố tổ chức 03 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường trong kinh doanh xăng dầu và khí dầu mỏ hóa lỏng, có 410 lượt doanh nghiệp, hộ kinh doanh tham dự; đăng tải 14 tin, bài trên Cổng thông tin điện tử của Sở. Nội dung này đã thực hiện xong."]),
 dict(qd="3.4", title="Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) và đo lường tại cửa hàng",
      body=["Lực lượng Quản lý thị trường thuộc Sở đã kiểm tra 38 cuộc tại 112 cơ sở kinh doanh xăng dầu, LPG trên địa bàn Thành phố (kể cả khu vực Bình Dương cũ và Bà Rịa - Vũng Tàu cũ); phát hiện 17 cơ sở vi phạm (trong đó 06 cơ sở vi phạm về đo lường), xử phạt vi phạm hành chính 486.500.000 đồng. Kết quả lấy mẫu thử nghiệm như sau:"],
      table=("Bảng 1. Kết quả lấy mẫu thử nghiệm theo nhóm hàng", [
          ["Nhóm hàng", "Số mẫu", "Đạt", "Không đạt"],
          ["Xăng các loại", 24, 23, 1], ["Dầu diesel", 18, 18, 0], ["Khí dầu mỏ hóa lỏng (LPG)", 12, 11, 1],
          ["Cộng", 54, 52, 2]]),
      after=["Công tác kiểm tra được duy trì thường xuyên và tiếp tục thực hiện trong Quý IV/2026."]),
 dict(qd="2.5", title="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, nâng cao năng suất chất lượng",
      body=["Thông qua Chương trình khuyến công và Chương trình phát triển công nghiệp hỗ trợ, Sở đã hỗ trợ 21 doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 14001 và công cụ cải tiến năng suất, kinh phí đã giải ngân 1,35 tỷ đồng; hiện Sở đang tiếp tục thẩm định hồ sơ đợt 2 để giải ngân phần còn lại."]),
 dict(qd="2.7", title="Cập nhật các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA",
      body=["Sở phối hợp Văn phòng TBT Thành phố tổ chức 02 hội thảo về các cam kết TBT trong Hiệp định EVFTA, CPTPP cho 260 đại biểu là doanh nghiệp xuất khẩu. Nhiệm vụ năm 2026 đã hoàn thành."]),
 dict(qd="1.5", title="Áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở",
      body=["Sở đã cập nhật, công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Quyết định số 1184/QĐ-SCT ngày 15/5/2026 sau khi tiếp nhận thêm chức năng, nhiệm vụ quản lý thị trường; việc công bố lại đã hoàn thành."]),
 dict(qd="2.8", title="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
      body=["Sở đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương lấy ý kiến (an toàn điện, bình chịu áp lực, vật liệu nổ công nghiệp, chai chứa LPG)."]),
]
ct_d = ["Địa bàn rộng sau sắp xếp, số lượng cửa hàng xăng dầu lớn trong khi biên chế lực lượng Quản lý thị trường chưa được bổ sung tương ứng.",
        "Chi phí thử nghiệm mẫu LPG cao, kinh phí bố trí cho lấy mẫu năm 2026 không đủ để mở rộng phạm vi giám sát."]
ct_p = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu, LPG của Chi cục TĐC để phối hợp chọn địa bàn kiểm tra.",
        "Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí lấy mẫu thử nghiệm hàng hóa cho lực lượng Quản lý thị trường năm 2027."]
h1_doc("SCT-bao-cao-TDC-2026.docx", "SỞ CÔNG THƯƠNG", "SO-CT", "Sở Công Thương", "4127/BC-SCT",
       "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", ct_items, ct_d, ct_p, ("Nguyễn Văn Thạnh", "", "QLCN"), "Sở Công Thương")
key("SCT-bao-cao-TDC-2026.docx", "SO-CT", "Sở Công Thương", "4127/BC-SCT", "2026-10-27", [
    E("II.1.a", "completed", {"training_courses": 3, "participants": 410, "communications": 14}, ct_items[0]["body"][0]),
    E("II.5.a", "in_progress", {"inspections": 38, "establishments_inspected": 112, "violations": 17, "fines_vnd": 486500000, "samples_tested": 54}, ct_items[1]["body"][0]),
    E("II.2.d", "in_progress", {"enterprises_supported": 21, "budget_spent_vnd": 1350000000}, ct_items[2]["body"][0]),
    E("II.6.a", "completed", {"training_courses": 2, "participants": 260}, ct_items[3]["body"][0]),
    E("II.2.đ", "completed", {}, ct_items[4]["body"][0]),
    E("II.2.e", "unknown", {"standards_reviewed": 4}, ct_items[5]["body"][0]),
], ct_d, ct_p)

# ---------------- Sở Xây dựng ----------------
xd_items = [
 dict(qd="3.4", title="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
      body=["Sở Xây dựng đã tổ chức 09 cuộc kiểm tra tại 41 cơ sở sản xuất, kinh doanh vật liệu xây dựng; phát hiện 05 cơ sở vi phạm (chủ yếu không công bố hợp quy, ghi nhãn không đúng quy định), xử phạt 127.000.000 đồng. Kết quả lấy mẫu:"],
      table=("Bảng 2. Mẫu vật liệu xây dựng được lấy thử nghiệm", [
          ["Nhóm sản phẩm", "Số mẫu", "Đạt", "Không đạt"],
          ["Xi măng", 12, 12, 0], ["Thép làm cốt bê tông", 15, 13, 2], ["Gạch ốp lát", 9, 8, 1], ["Kính xây dựng", 4, 4, 0],
          ["Cộng", 40, 37, 3]]),
      after=["Đến nay Sở đã hoàn thành kế hoạch kiểm tra năm 2026."]),
 dict(qd="2.6", title="Nâng cao năng lực các phòng thí nghiệm chuyên ngành xây dựng",
      body=["Sở đã hướng dẫn 23 tổ chức hoàn thiện hồ sơ đề nghị cấp mới, điều chỉnh giấy chứng nhận đủ điều kiện hoạt động thí nghiệm chuyên ngành xây dựng; nội dung này Sở thực hiện thường xuyên và đang tiếp tục triển khai."]),
 dict(qd="2.8", title="Góp ý quy chuẩn, tiêu chuẩn và xây dựng quy chuẩn kỹ thuật địa phương",
      body=["Sở đã góp ý 04 dự thảo (03 dự thảo QCVN, 01 dự thảo TCVN) do Bộ Xây dựng lấy ý kiến; đồng thời đang phối hợp Sở Quy hoạch - Kiến trúc xây dựng quy chuẩn kỹ thuật địa phương về nhà ở riêng lẻ, dự kiến trình trong Quý I/2027."]),
 dict(qd="1.2", title="Phổ biến quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng",
      body=["Tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD cho 185 đại biểu là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng; đã thực hiện xong."]),
 dict(qd="1.5", title="Chuyển đổi Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
      body=["Sở chưa thực hiện việc xây dựng lại Hệ thống quản lý chất lượng do đang kiện toàn tổ chức bộ máy sau sắp xếp; dự kiến triển khai từ Quý I/2027."]),
]
xd_d = ["Một số cơ sở kinh doanh vật liệu xây dựng tại khu vực Bình Dương cũ hoạt động không có biển hiệu, khó xác định chủ thể khi kiểm tra.",
        "Kết quả thử nghiệm mẫu thép kéo dài 15 đến 20 ngày, ảnh hưởng thời hạn xử lý vi phạm."]
xd_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp cử cán bộ tham gia đoàn kiểm tra vật liệu xây dựng năm 2027."]
h1_doc("SXD_BC_CT38_nam2026.docx", "SỞ XÂY DỰNG", "SO-XD", "Sở Xây dựng", "2290/BC-SXD",
       "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026", xd_items, xd_d, xd_p, ("Trần Quốc Bảo", "", "KTXD"), "Sở Xây dựng")
key("SXD_BC_CT38_nam2026.docx", "SO-XD", "Sở Xây dựng", "2290/BC-SXD", "2026-10-30", [
    E("II.5.a", "completed", {"inspections": 9, "establishments_inspected": 41, "violations": 5, "fines_vnd": 127000000, "samples_tested": 40}, xd_items[0]["body"][0]),
    E("II.2.g", "in_progress", {"enterprises_supported": 23}, xd_items[1]["body"][0]),
    E("II.2.e", "in_progress", {"standards_reviewed": 4}, xd_items[2]["body"][0]),
    E("II.1.a", "completed", {"training_courses": 1, "participants": 185}, xd_items[3]["body"][0]),
    E("II.2.đ", "not_started", {}, xd_items[4]["body"][0]),
], xd_d, xd_p)

# ---------------- Sở Nông nghiệp và Môi trường ----------------
nn_items = [
 dict(qd="3.4", title="Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi, giống cây trồng)",
      body=["Các Chi cục chuyên ngành thuộc Sở đã tổ chức 26 cuộc thanh tra, kiểm tra tại 318 cơ sở sản xuất, kinh doanh vật tư nông nghiệp, phát hiện 29 cơ sở vi phạm, xử phạt 742.300.000 đồng; tổng số mẫu lấy kiểm tra chất lượng theo bảng sau:"],
      table=("Bảng 3. Mẫu vật tư nông nghiệp lấy kiểm tra", [
          ["Nhóm vật tư", "Số mẫu", "Đạt", "Không đạt"],
          ["Phân bón", 64, 57, 7], ["Thuốc bảo vệ thực vật", 22, 21, 1], ["Thức ăn chăn nuôi", 35, 32, 3], ["Giống cây trồng", 10, 9, 1],
          ["Cộng", 131, 119, 12]]),
      after=["Sở tiếp tục kiểm tra theo kế hoạch đến hết năm 2026, tập trung vào phân bón tại các xã thuộc Bà Rịa - Vũng Tàu cũ."]),
 dict(qd="2.3", title="Triển khai truy xuất nguồn gốc nông sản (Đề án 100)",
      body=["Sở đã hỗ trợ 57 cơ sở, hợp tác xã áp dụng mã số vùng trồng, tem truy xuất nguồn gốc cho sản phẩm rau, trái cây, thủy sản, đạt 114% kế hoạch năm; nhiệm vụ đã hoàn thành."]),
 dict(qd="2.5", title="Hướng dẫn áp dụng VietGAP, hệ thống quản lý chất lượng trong sản xuất nông nghiệp",
      body=["Hướng dẫn 34 cơ sở sản xuất xây dựng, duy trì chứng nhận VietGAP, GlobalGAP và hệ thống quản lý chất lượng HACCP; đang triển khai."]),
 dict(qd="1.2", title="Tuyên truyền, tập huấn cho nông dân, hợp tác xã",
      body=["Đăng 22 tin, bài trên trang thông tin điện tử của Sở và các Chi cục; mở 06 lớp tập huấn về sử dụng phân bón, thuốc bảo vệ thực vật đúng quy chuẩn cho 480 nông dân, thành viên hợp tác xã. Đã hoàn thành nội dung tuyên truyền năm 2026."]),
 dict(qd="3.5", title="Phối hợp với Ủy ban nhân dân các xã, phường trong quản lý vật tư nông nghiệp",
      body=["Sở đã có văn bản hướng dẫn các xã về nội dung được phân cấp, phân quyền trong quản lý phân bón, thuốc bảo vệ thực vật; nội dung đã triển khai và đang tiếp tục hướng dẫn khi các xã có đề nghị."]),
]
nn_d = ["Phòng kinh tế một số xã chưa có công chức chuyên môn về nông nghiệp nên việc phối hợp kiểm tra vật tư nông nghiệp còn hạn chế.",
        "Tình trạng kinh doanh phân bón qua mạng xã hội khó kiểm soát."]
nn_p = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất biểu mẫu báo cáo để Sở tổng hợp số liệu từ các Chi cục chuyên ngành.",
        "Kiến nghị Bộ Nông nghiệp và Môi trường sớm ban hành quy chuẩn kỹ thuật quốc gia về chất lượng phân bón hữu cơ sửa đổi."]
h1_doc("BC_SNNMT_TCDLCL_2026.docx", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3318/BC-SNNMT",
       "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026", nn_items, nn_d, nn_p, ("Lê Thị Hồng Nhung", "", "CCTT"), "Sở Nông nghiệp và Môi trường")
key("BC_SNNMT_TCDLCL_2026.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3318/BC-SNNMT", "2026-11-02", [
    E("II.5.a", "in_progress", {"inspections": 26, "establishments_inspected": 318, "violations": 29, "fines_vnd": 742300000, "samples_tested": 131}, nn_items[0]["body"][0]),
    E("II.2.a", "completed", {"enterprises_supported": 57}, nn_items[1]["body"][0]),
    E("II.2.d", "in_progress", {"enterprises_supported": 34}, nn_items[2]["body"][0]),
    E("II.1.a", "completed", {"communications": 22, "training_courses": 6, "participants": 480}, nn_items[3]["body"][0]),
    E("II.5.c", "in_progress", {}, nn_items[4]["body"][0]),
], nn_d, nn_p)

# ---------------- Sở Y tế ----------------
yt_items = [
 dict(qd="3.4", title="Kiểm tra chất lượng trang thiết bị, vật tư y tế, mỹ phẩm và đo lường tại cơ sở khám bệnh, chữa bệnh",
      body=["Thanh tra Sở và các phòng chức năng đã tiến hành 12 cuộc kiểm tra tại 64 cơ sở khám bệnh, chữa bệnh và kinh doanh trang thiết bị y tế, mỹ phẩm; phát hiện 05 cơ sở vi phạm (sử dụng phương tiện đo nhóm 2 quá hạn kiểm định, mỹ phẩm không đạt chất lượng), xử phạt 45.000.000 đồng. Kết quả lấy mẫu:"],
      table=("Bảng 1. Mẫu sản phẩm lấy kiểm tra chất lượng", [
          ["Nhóm sản phẩm", "Số mẫu", "Đạt", "Không đạt"],
          ["Mỹ phẩm", 48, 45, 3], ["Khẩu trang y tế", 20, 20, 0], ["Găng tay y tế", 16, 15, 1],
          ["Cộng", 84, 80, 4]]),
      after=["Kế hoạch kiểm tra năm 2026 đang tiếp tục thực hiện, dự kiến kết thúc vào tháng 12/2026."]),
 dict(qd="1.5", title="Áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015",
      body=["Sở Y tế và 100% đơn vị trực thuộc đã duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã hoàn thành việc công bố lại sau khi sắp xếp tổ chức."]),
 dict(qd="4.1", title="Đào tạo, bồi dưỡng nghiệp vụ cho công chức",
      body=["Sở cử 06 công chức tham gia 02 lớp tập huấn nghiệp vụ đo lường trong lĩnh vực y tế do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; đã xong."]),
 dict(qd="2.8", title="Góp ý dự thảo quy chuẩn kỹ thuật",
      body=["Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế; hoàn thành."]),
 dict(qd="1.3", title="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
      body=["Năm 2026 không phát sinh doanh nghiệp ngành y tế đăng ký tham dự Giải thưởng Chất lượng Quốc gia."]),
]
yt_d = ["Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa lập danh mục phương tiện đo nhóm 2 phải kiểm định."]
yt_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế để Sở thông báo đến các cơ sở.",
        "Đề nghị tổ chức tập huấn chuyên đề về đo lường trong y tế cho cán bộ các Trạm y tế xã, phường."]
h1_doc("SYT-BC-tieu-chuan-do-luong-2026.docx", "SỞ Y TẾ", "SO-YT", "Sở Y tế", "6021/BC-SYT",
       "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", yt_items, yt_d, yt_p, ("Phạm Đức Hải", "", "NVY"), "Sở Y tế")
key("SYT-BC-tieu-chuan-do-luong-2026.docx", "SO-YT", "Sở Y tế", "6021/BC-SYT", "2026-10-28", [
    E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 64, "violations": 5, "fines_vnd": 45000000, "samples_tested": 84}, yt_items[0]["body"][0]),
    E("II.2.đ", "completed", {}, yt_items[1]["body"][0]),
    E("II.3.a", "completed", {"training_courses": 2, "participants": 6}, yt_items[2]["body"][0]),
    E("II.2.e", "completed", {"standards_reviewed": 2}, yt_items[3]["body"][0]),
    E("II.1.b", "not_applicable", {}, yt_items[4]["body"][0]),
], yt_d, yt_p)
