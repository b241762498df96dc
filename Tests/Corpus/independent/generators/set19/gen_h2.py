"""Hand H2 — the department's office folds the CT38 plan into its annual work report
("Báo cáo kết quả công tác năm 2026"): Phần thứ nhất (the department's general work, with big
numbers that are NOT results of this plan), Phần thứ hai (the CT38 plan, items titled in the
department's own paraphrase, Word auto-numbering via 'List Number'), Phần thứ ba (tồn tại, hạn chế)
and Phần thứ tư (phương hướng 2027 và kiến nghị). Status in a trailing 'Mức độ hoàn thành:' phrase."""
import os
from common import *
from docx.shared import Pt, RGBColor


def build(fname, unit, issuer, number, date_line, date_iso, general, items, diffs, directions, props,
          signer, name, entries):
    d = new_doc(size=14)
    header_block(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", issuer, number, date_line)
    title(d, "BÁO CÁO", "Kết quả công tác năm 2026 và phương hướng, nhiệm vụ năm 2027\n(trích nội dung thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW gửi Sở Khoa học và Công nghệ)")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    h = d.add_heading("Phần thứ nhất", level=1)
    d.add_heading("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CHUNG NĂM 2026", level=2)
    for g in general:
        para(d, g, align="j")
    d.add_heading("Phần thứ hai", level=1)
    d.add_heading("KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", level=2)
    para(d, "Căn cứ nhiệm vụ được giao tại Kế hoạch của Sở Khoa học và Công nghệ, " + AGENCY[unit] + " đã triển khai các nội dung sau:", align="j")
    for it in items:
        p = d.add_paragraph(style="List Number")
        p.add_run(it["head"]).bold = True
        for b in it["body"]:
            para(d, b, align="j")
        para(d, "Mức độ hoàn thành: " + it["level"], italic=True, align="j")
    d.add_heading("Phần thứ ba", level=1)
    d.add_heading("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", level=2)
    for x in diffs:
        para(d, "- " + x, align="j")
    d.add_heading("Phần thứ tư", level=1)
    d.add_heading("PHƯƠNG HƯỚNG NĂM 2027 VÀ KIẾN NGHỊ", level=2)
    para(d, "1. Phương hướng", bold=True, indent=False)
    for x in directions:
        para(d, "- " + x, align="j")
    para(d, "2. Kiến nghị", bold=True, indent=False)
    for x in props:
        para(d, "- " + x, align="j")
    signature(d, ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, VP."], signer, name)
    # make headings black Times New Roman like an office template
    for p in d.paragraphs:
        if p.style.name.startswith("Heading"):
            for r in p.runs:
                r.font.name = "Times New Roman"
                r.font.size = Pt(14)
                r.font.color.rgb = RGBColor(0, 0, 0)
    d.save(os.path.join(ROOT, fname))
    write_key(fname, unit, number, date_iso, entries, diffs, props)


def f5():
    general = [
        "Năm 2026, Sở Nội vụ tập trung tham mưu Ủy ban nhân dân Thành phố hoàn thiện tổ chức bộ máy sau sắp xếp; tiếp nhận và giải quyết 12.480 hồ sơ thủ tục hành chính, tỷ lệ đúng hạn 99,6%; tổ chức 03 kỳ thi tuyển công chức với 2.315 thí sinh dự thi.",
        "Công tác cải cách hành chính được triển khai đồng bộ; Chỉ số cải cách hành chính của Thành phố tiếp tục được cải thiện.",
    ]
    items = [
        dict(head="Về xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong cơ quan hành chính",
             body=["Sở Nội vụ phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 38 cơ quan, đơn vị hành chính thuộc Thành phố duy trì, cải tiến hệ thống quản lý chất lượng sau sắp xếp tổ chức bộ máy; tổ chức 02 lớp tập huấn về chuyển đổi hệ thống quản lý chất lượng với 145 lượt công chức tham dự.",
                   "Việc kiểm tra hoạt động áp dụng hệ thống quản lý chất lượng được lồng ghép trong kiểm tra cải cách hành chính."],
             level="cơ bản hoàn thành."),
        dict(head="Về thu hút đội ngũ chuyên gia, cán bộ có trình độ cao trong lĩnh vực tiêu chuẩn, đo lường, chất lượng",
             body=["Sở đã tham mưu triển khai Quyết định số 05/2026/QĐ-UBND của Ủy ban nhân dân Thành phố; đến nay chưa tiếp nhận hồ sơ đề nghị thu hút thuộc lĩnh vực tiêu chuẩn, đo lường, chất lượng. Sở tiếp tục phối hợp Phòng Quản lý Khoa học rà soát nhu cầu."],
             level="đang tiếp tục thực hiện."),
        dict(head="Về cử công chức tham gia tập huấn chuyên môn, nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
             body=["Sở đã cử 06 công chức phụ trách cải cách hành chính tham gia lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 8/2026."],
             level="hoàn thành."),
    ]
    diffs = ["Sau sắp xếp, nhiều cơ quan thay đổi chức năng, nhiệm vụ nên phải xây dựng lại hệ thống quản lý chất lượng, khối lượng công việc lớn.",
             "Công chức phụ trách ISO tại các cơ quan thay đổi thường xuyên, kinh nghiệm còn hạn chế."]
    directions = ["Tiếp tục hướng dẫn các cơ quan duy trì, cải tiến hệ thống quản lý chất lượng; gắn với chuyển đổi số quy trình nội bộ."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ xây dựng bộ quy trình mẫu ISO điện tử dùng chung cho các sở, ngành sau sắp xếp.",
             "Kiến nghị bố trí kinh phí tư vấn chuyển đổi hệ thống quản lý chất lượng cho các cơ quan mới thành lập."]
    entries = [
        ("II.2.đ", "completed", {"enterprises_supported": 38, "training_courses": 2, "participants": 145},
         items[0]["body"][0], "word/document.xml Phần thứ hai, mục 1"),
        ("II.3.c", "in_progress", {}, items[1]["body"][0], "word/document.xml Phần thứ hai, mục 2"),
        ("II.3.a", "completed", {"participants": 6}, items[2]["body"][0], "word/document.xml Phần thứ hai, mục 3"),
    ]
    build("SNV-BC-cong-tac-nam-2026_trich-CT38.docx", "SO-NV", "SỞ NỘI VỤ", "4012/BC-SNV",
          "Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2026", "2026-11-18", general, items, diffs,
          directions, props, "GIÁM ĐỐC", "Võ Thị Ngọc Lan", entries)


def f6():
    general = [
        "Năm học 2025-2026, toàn Thành phố có 1.236 trường học công lập; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,2%. Sở tiếp nhận quản lý nhà nước về giáo dục nghề nghiệp từ ngày 01/3/2025.",
    ]
    items = [
        dict(head="Đào tạo, bồi dưỡng kiến thức về tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên các trường cao đẳng, trung cấp",
             body=["Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 buổi tọa đàm chuyên đề \"Tiêu chuẩn, mã số mã vạch và truy xuất nguồn gốc\" tại 04 trường cao đẳng với 620 lượt học sinh, sinh viên tham dự; các buổi còn lại theo kế hoạch sẽ tổ chức trong tháng 12/2026."],
             level="đang tiếp tục triển khai đến hết Quý IV/2026."),
        dict(head="Tuyên truyền văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng trong ngành giáo dục",
             body=["Đăng tải 07 tin, bài trên Trang thông tin điện tử của Sở và chuyển tài liệu tuyên truyền tới các trường để phổ biến trong sinh hoạt dưới cờ."],
             level="đã thực hiện xong."),
    ]
    diffs = ["Thời gian của học sinh, sinh viên bố trí cho hoạt động ngoại khóa hạn chế; chưa có tài liệu chuẩn về tiêu chuẩn, đo lường, chất lượng dành cho giáo dục nghề nghiệp."]
    directions = ["Tổ chức các buổi tọa đàm còn lại trong tháng 12/2026; đưa nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động trải nghiệm năm học 2026-2027."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu ngắn gọn, phù hợp học sinh, sinh viên để các trường sử dụng."]
    entries = [
        ("II.3.d", "in_progress", {"training_courses": 4, "participants": 620}, items[0]["body"][0], "word/document.xml Phần thứ hai, mục 1"),
        ("II.1.a", "completed", {"communications": 7}, items[1]["body"][0], "word/document.xml Phần thứ hai, mục 2"),
    ]
    build("So GDDT - BC nam 2026 (phan CT38).docx", "SO-GDDT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3377/BC-SGDĐT",
          "Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026", "2026-11-06", general, items, diffs,
          directions, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Văn Chương", entries)


def f7():
    general = [
        "Sở Quy hoạch - Kiến trúc được tái thành lập từ ngày 01/10/2025; năm 2026 Sở tập trung ổn định tổ chức, thẩm định 186 đồ án quy hoạch và cấp 1.042 giấy phép quy hoạch, thông tin quy hoạch.",
    ]
    items = [
        dict(head="Tham gia xây dựng, góp ý quy chuẩn kỹ thuật quốc gia và quy chuẩn kỹ thuật địa phương",
             body=["Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về quy hoạch xây dựng do Bộ Xây dựng lấy ý kiến; chủ trì xây dựng 01 dự thảo quy chuẩn kỹ thuật địa phương về quản lý kiến trúc khu vực trung tâm, hiện đang lấy ý kiến các sở, ngành (tổng cộng 03 quy chuẩn kỹ thuật được góp ý, xây dựng)."],
             level="đang thực hiện."),
        dict(head="Xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
             body=["Do mới tái thành lập, Sở đang xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, dự kiến công bố trong Quý I/2027."],
             level="đang thực hiện."),
        dict(head="Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
             body=["Trong năm Sở chưa cử công chức tham gia do chưa nhận được thư mời."],
             level="chưa thực hiện."),
    ]
    diffs = ["Biên chế của Sở còn thiếu so với nhu cầu sau tái thành lập.",
             "Chưa có công chức được đào tạo về hệ thống quản lý chất lượng."]
    directions = ["Hoàn thành dự thảo quy chuẩn kỹ thuật địa phương trình Ủy ban nhân dân Thành phố; công bố hệ thống quản lý chất lượng."]
    props = ["Kiến nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ chuyên gia hướng dẫn xây dựng hệ thống quản lý chất lượng cho Sở."]
    entries = [
        ("II.2.e", "in_progress", {"standards_reviewed": 3}, items[0]["body"][0], "word/document.xml Phần thứ hai, mục 1"),
        ("II.2.đ", "in_progress", {}, items[1]["body"][0], "word/document.xml Phần thứ hai, mục 2"),
        ("II.3.a", "not_started", {}, items[2]["body"][0], "word/document.xml Phần thứ hai, mục 3"),
    ]
    build("SQHKT_BaoCao_2026_CT38.docx", "SO-QHKT", "SỞ QUY HOẠCH - KIẾN TRÚC", "612/BC-SQHKT",
          "Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026", "2026-11-12", general, items, diffs,
          directions, props, "GIÁM ĐỐC", "Đặng Hoàng Long", entries)


if __name__ == "__main__":
    f5(); f6(); f7()
