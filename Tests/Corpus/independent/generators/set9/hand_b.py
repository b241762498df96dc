# Hand B: Nguyễn Thị Mỹ Hạnh-style careful department officer: deleted words kept as strikethrough
# or tracked deletions (NOT part of the report); statuses as dates / schedule comparisons.
from common import *

def doc_b(fname, parent, org, num, pdate, title, body, diffs, props, signer):
    d = new_doc(size=13)
    header_block(d, parent, org, "Số: " + num, pdate)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title, bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    for item in body:
        if isinstance(item, str):
            para(d, item, bold=item.isupper() or item[:3] in ("I. ", "II.", "III", "IV.") , align="j")
        else:
            p = para(d); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            runs(p, item)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs:
        p = para(d); p.paragraph_format.first_line_indent = Cm(1)
        runs(p, x if isinstance(x, list) else [("- " + x, "")])
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        p = para(d); p.paragraph_format.first_line_indent = Cm(1)
        runs(p, x if isinstance(x, list) else [("- " + x, "")])
    t = d.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run("Nơi nhận:\n").bold = True
    a.paragraphs[0].add_run("- Như trên;\n- Lưu: VT.")
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.paragraphs[0].add_run(signer).bold = True
    d.save(os.path.join(ROOT, fname))

TT = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"

def build():
    f = "b1-ktpc-bao-cao-ct38-2026.docx"
    doc_b(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "45/BC-KTPC",
        "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", TT, [
        "I. TÌNH HÌNH TRIỂN KHAI",
        [("Phòng Kiểm tra – Pháp chế là đơn vị phối hợp tại các nội dung II.2.c, II.4.b, II.5.a, II.5.b, II.5.c và II.5.d của Kế hoạch. Số liệu tính đến ngày ", ""), ("30/9/2026", "del"), ("20/10/2026.", "")],
        "II. KẾT QUẢ THỰC HIỆN",
        [("1. Nội dung II.5.a (kiểm tra, giám sát bảo đảm an toàn sản phẩm, hàng hóa): ", "b"), ("Phối hợp Chi cục tổ chức 06 cuộc kiểm tra ", ""), ("(dự kiến 05 cuộc) ", "s"), ("tại 48 cơ sở", ""), (" và 41 cơ sở", "del"), ("; phát hiện 07 cơ sở vi phạm; tham mưu xử phạt vi phạm hành chính 86.500.000 đồng. Tiến độ: hoàn thành ngày 30/9/2026 theo kế hoạch kiểm tra năm.", "")],
        [("2. Nội dung II.5.b (khảo sát chất lượng sản phẩm, hàng hóa): ", "b"), ("Phối hợp lấy 35 mẫu xăng dầu, mũ bảo hiểm để thử nghiệm ", ""), ("và 60 mẫu ", "s"), ("(kế hoạch năm 60 mẫu). Tiến độ: chậm so với kế hoạch do nhà thầu thử nghiệm chưa ký hợp đồng.", "")],
        [("3. Nội dung II.4.b (kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ): ", "b"), ("Đã kiểm định, hiệu chuẩn 14 phương tiện, thiết bị kỹ thuật nghiệp vụ trên kế hoạch năm 12 phương tiện; ", ""), ("đang thực hiện", "del"), ("vượt tiến độ, đạt 117% kế hoạch năm.", "")],
        [("4. Nội dung II.2.c (đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật): ", "b"), ("Đã hoàn chỉnh hồ sơ đề xuất sửa đổi quy định xử phạt về đo lường, gửi lãnh đạo Sở ngày 12/10/2026; hiện ", ""), ("đã hoàn thành", "del"), ("đang chờ phê duyệt.", "")],
        [("5. Nội dung II.5.d (khen thưởng, bảo vệ người tố giác; xử lý vi phạm): ", "b"), ("Tiếp nhận 02 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, đã xác minh và xử lý xong ngày 12/8/2026.", "")],
        [("6. Nội dung II.5.c (phối hợp phường, xã thực hiện nội dung phân quyền): ", "b"), ("Đã tham gia hướng dẫn nghiệp vụ kiểm tra cho ", ""), ("35", "s"), (" 22 phường, xã; ", ""), ("hoàn thành ngày 20/9/2026", "s"), (" chậm so với kế hoạch, còn 09 phường, xã chưa hướng dẫn.", "")],
        ],
        ["Lực lượng kiểm tra mỏng, 04 công chức phụ trách toàn Thành phố",
         [("- ", ""), ("Kinh phí thuê thử nghiệm mẫu được giao chậm", "del")],
         "Quy trình phối hợp xử phạt giữa Chi cục và phường, xã chưa thống nhất"],
        ["Đề nghị Sở bổ sung 02 biên chế công chức kiểm tra cho Phòng",
         "Đề nghị Chi cục ban hành quy trình phối hợp kiểm tra với phường, xã trong Quý IV/2026"],
        "TRƯỞNG PHÒNG\n\n\n\nLê Quang Vinh")
    key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "45/BC-KTPC", "2026-10-29", [
        E("II.5.a", "completed", {"inspections": 6, "establishments_inspected": 48, "violations": 7, "fines_vnd": 86500000}, "hoàn thành ngày 30/9/2026"),
        E("II.5.b", "in_progress", {"samples_tested": 35}, "chậm so với kế hoạch"),
        E("II.4.b", "completed", {"instruments_verified": 14}, "vượt tiến độ, đạt 117% kế hoạch năm"),
        E("II.2.c", "in_progress", {}, "đang chờ phê duyệt"),
        E("II.5.d", "completed", {}, "xử lý xong ngày 12/8/2026"),
        E("II.5.c", "in_progress", {}, "22 phường, xã; chậm so với kế hoạch"),
    ], ["Lực lượng kiểm tra mỏng, 04 công chức phụ trách toàn Thành phố",
        "Quy trình phối hợp xử phạt giữa Chi cục và phường, xã chưa thống nhất"],
       ["Đề nghị Sở bổ sung 02 biên chế công chức kiểm tra cho Phòng",
        "Đề nghị Chi cục ban hành quy trình phối hợp kiểm tra với phường, xã trong Quý IV/2026"])

    f = "b2-vanphongso-ct38.docx"
    doc_b(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ", "112/BC-VP",
        "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", TT, [
        "I. KẾT QUẢ THỰC HIỆN",
        [("1. Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 (mục II.2.đ): ", "b"), ("Phối hợp Chi cục rà soát, cập nhật 27 quy trình nội bộ; tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 32 học viên", ""), (" 30 học viên", "del"), ("; đánh giá nội bộ hoàn thành ngày 15/10/2026, đúng tiến độ kế hoạch (tháng 11/2026).", "")],
        [("2. Kết nối liên thông Cổng thông tin một cửa quốc gia (mục II.2.h): ", "b"), ("Văn phòng đã phối hợp Phòng Chuyển đổi số xây dựng phương án kết nối; ", ""), ("đã hoàn thành kết nối ngày 28/3/2026", "del"), ("đang chờ phê duyệt phương án kết nối của Bộ Khoa học và Công nghệ.", "")],
        [("3. Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp (mục II.4.a): ", "b"), ("Phối hợp Trung tâm thẩm định dự toán mua sắm; kinh phí đã giải ngân ", ""), ("980.000.000", "s"), (" 1.245.000.000 đồng; chậm so với kế hoạch do thủ tục lựa chọn nhà thầu kéo dài.", "")],
        [("4. Khen thưởng, bảo vệ người tố giác (mục II.5.d): ", "b"), ("Trong kỳ không phát sinh.", "")],
        ],
        ["Thủ tục đấu thầu mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân"],
        ["Đề nghị Chi cục cử chuyên gia hỗ trợ cập nhật quy trình ISO theo mô hình chính quyền hai cấp",
         [("- ", ""), ("Đề nghị Sở Tài chính hướng dẫn", "del"), ("Đề nghị Bộ Khoa học và Công nghệ sớm phê duyệt phương án kết nối liên thông", "")]],
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\n\nĐặng Thị Thu Trang")
    key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "112/BC-VP", "2026-11-03", [
        E("II.2.đ", "completed", {"training_courses": 1, "participants": 32}, "đánh giá nội bộ hoàn thành ngày 15/10/2026"),
        E("II.2.h", "in_progress", {}, "đang chờ phê duyệt phương án kết nối"),
        E("II.4.a", "in_progress", {"budget_spent_vnd": 1245000000}, "chậm so với kế hoạch"),
        E("II.5.d", "not_applicable", {}, "không phát sinh"),
    ], ["Thủ tục đấu thầu mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân"],
       ["Đề nghị Chi cục cử chuyên gia hỗ trợ cập nhật quy trình ISO theo mô hình chính quyền hai cấp",
        "Đề nghị Bộ Khoa học và Công nghệ sớm phê duyệt phương án kết nối liên thông"])

    f = "b3-phong-cds-bc-ct38.docx"
    doc_b(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ", "38/BC-CĐS",
        "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", TT, [
        "I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO PHỐI HỢP",
        [("1. Cải tiến Hệ thống thông tin giải quyết thủ tục hành chính (II.2.h): ", "b"), ("Đã đề xuất 04 nội dung cải tiến, gửi Bộ; hoàn thành ngày 25/3/2026, đúng tiến độ Quý I/2026.", "")],
        [("2. Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng (II.2.i): ", "b"), ("Hoàn tất 2/3 hạng mục kết nối; ", ""), ("hoàn thành ngày 30/9/2026", "del"), ("chậm so với kế hoạch do chưa được cấp tài khoản kết nối. Đã tổ chức 01 buổi hướng dẫn khai thác dữ liệu cho 18 công chức Chi cục.", "")],
        ],
        ["Chưa được cấp tài khoản kết nối API của cơ sở dữ liệu quốc gia"],
        ["Đề nghị Chi cục có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cấp tài khoản kết nối"],
        "TRƯỞNG PHÒNG\n\n\n\nHồ Ngọc Tú")
    key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "38/BC-CĐS", "2026-10-27", [
        E("II.2.h", "completed", {}, "hoàn thành ngày 25/3/2026"),
        E("II.2.i", "in_progress", {"training_courses": 1, "participants": 18}, "chậm so với kế hoạch"),
    ], ["Chưa được cấp tài khoản kết nối API của cơ sở dữ liệu quốc gia"],
       ["Đề nghị Chi cục có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cấp tài khoản kết nối"])

    f = "b4-soyte-phoi-hop-ct38.docx"
    doc_b(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "5120/BC-SYT",
        "Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026", TT, [
        "I. KẾT QUẢ PHỐI HỢP",
        [("1. Góp ý quy chuẩn kỹ thuật quốc gia (nội dung II.2.e): ", "b"), ("Sở Y tế đã góp ý 05 dự thảo QCVN thuộc lĩnh vực y tế ", ""), ("và 02 dự thảo TCVN", "del"), ("; hoàn thành ngày 20/10/2026.", "")],
        [("2. Tập huấn công chức (nội dung II.3.a): ", "b"), ("Cử 06 công chức tham gia lớp tập huấn nghiệp vụ do Chi cục tổ chức; hoàn thành ngày 17/9/2026.", "")],
        [("3. Kiểm tra phương tiện đo trong y tế (nội dung II.5.a): ", "b"), ("Phối hợp Chi cục thành lập 02 đoàn kiểm tra ", ""), ("03 đoàn", "s"), (" tại 15 cơ sở khám bệnh, chữa bệnh (huyết áp kế, nhiệt kế y học, cân sức khỏe); phát hiện 02 cơ sở sử dụng phương tiện đo chưa kiểm định; vượt tiến độ so với kế hoạch năm (kế hoạch 01 đoàn).", "")],
        ],
        ["Nhiều cơ sở y tế tư nhân chưa nắm quy định kiểm định phương tiện đo nhóm 2"],
        ["Đề nghị Chi cục phối hợp tổ chức tuyên truyền quy định đo lường trong y tế cho cơ sở tư nhân"],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Hoài Nam")
    key(f, "SO-YT", "Sở Y tế", "5120/BC-SYT", "2026-11-10", [
        E("II.2.e", "completed", {"standards_reviewed": 5}, "hoàn thành ngày 20/10/2026"),
        E("II.3.a", "completed", {"participants": 6}, "hoàn thành ngày 17/9/2026"),
        E("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15, "violations": 2}, "vượt tiến độ so với kế hoạch năm (kế hoạch 01 đoàn)"),
    ], ["Nhiều cơ sở y tế tư nhân chưa nắm quy định kiểm định phương tiện đo nhóm 2"],
       ["Đề nghị Chi cục phối hợp tổ chức tuyên truyền quy định đo lường trong y tế cho cơ sở tư nhân"])
