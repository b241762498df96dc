"""Hand H4 — a department's planning/general office answering with a MATRIX: one row per division
of the department (phòng, thanh tra, văn phòng), one column per plan task it is involved in;
a 2-row header (first row merged over the task columns), '—' where a division has nothing,
a 'Tổng cộng' row and a final 'Tiến độ chung' row holding the status per task.
Short công văn-style text before the matrix, difficulties/proposals as lettered items after it.
Landscape page."""
import os
from common import *
from docx.shared import Pt


def build(fname, unit, issuer, number, date_line, date_iso, intro, tasks, rows, total, statuses,
          diffs, props, signer, name, entries, resave=False):
    d = new_doc(size=13, landscape=True)
    header_block(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", issuer, number, date_line)
    title(d, "BÁO CÁO", "Tình hình thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng - Sở Khoa học và Công nghệ.", align="c")
    para(d, intro, align="j")
    n = len(tasks)
    data = [["Phòng, đơn vị"] + ["Nhiệm vụ theo Kế hoạch (mục)"] + [""] * (n - 1),
            [""] + tasks]
    for r in rows:
        data.append(r)
    data.append(["Tổng cộng"] + total)
    data.append(["Tiến độ chung"] + statuses)
    t = grid_table(d, data, header_rows=2, size=10)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "Phòng, đơn vị", bold=True, align="c", size=10)
    b = t.cell(0, 1).merge(t.cell(0, n))
    cell_text(b, "Nhiệm vụ theo Kế hoạch (mục)", bold=True, align="c", size=10)
    for i in (len(data) - 2, len(data) - 1):
        for c in t.rows[i].cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.bold = True
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for k, x in enumerate(diffs):
        para(d, f"{'abcd'[k]}) {x}", align="j")
    para(d, "Đề xuất, kiến nghị:", bold=True, indent=False)
    for k, x in enumerate(props):
        para(d, f"{'abcd'[k]}) {x}", align="j")
    signature(d, ["- Như trên;", "- Lưu: VT, KHTC."], signer, name)
    path = os.path.join(ROOT, fname)
    d.save(path)
    if resave:
        lo_resave(path, "docx")
    write_key(fname, unit, number, date_iso, entries, diffs, props)


def f12():
    tasks = ["2.e\nGóp ý QCVN, quy chuẩn địa phương", "5.a\nKiểm tra, giám sát TĐC", "3.a\nCử CBCC dự tập huấn"]
    rows = [
        ["Phòng Nghiệp vụ Dược", "Góp ý 02 dự thảo QCVN về dược liệu, tá dược", "—", "—"],
        ["Phòng Quản lý trang thiết bị y tế", "Góp ý 01 dự thảo QCVN về thiết bị y tế", "Phối hợp kiểm định 146 phương tiện đo (huyết áp kế, nhiệt kế y học) tại 09 bệnh viện", "—"],
        ["Thanh tra Sở", "—", "02 cuộc kiểm tra, 18 cơ sở; 05 cơ sở vi phạm; phạt 27.500.000 đ", "—"],
        ["Văn phòng Sở", "—", "—", "Cử 03 công chức dự lớp tập huấn tháng 8/2026"],
    ]
    total = ["03 dự thảo", "02 cuộc / 18 cơ sở / 05 vi phạm / 27.500.000 đ; 146 phương tiện đo", "03 người"]
    statuses = ["Hoàn thành", "Đang thực hiện", "Hoàn thành"]
    diffs = ["Số lượng phương tiện đo dùng trong y tế lớn, nhiều cơ sở tư nhân chưa chủ động kiểm định định kỳ.",
             "Thời hạn góp ý dự thảo quy chuẩn kỹ thuật ngắn."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp Sở Y tế xây dựng kế hoạch kiểm định phương tiện đo y tế năm 2027 cho khối bệnh viện tư nhân."]
    entries = [
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 02 dự thảo QCVN về dược liệu, tá dược", "word/document.xml table 2 column 2"),
        ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 5, "fines_vnd": 27500000, "instruments_verified": 146},
         "02 cuộc kiểm tra, 18 cơ sở; 05 cơ sở vi phạm; phạt 27.500.000 đ", "word/document.xml table 2 column 3"),
        ("II.3.a", "completed", {"participants": 3}, "Cử 03 công chức dự lớp tập huấn tháng 8/2026", "word/document.xml table 2 column 4"),
    ]
    build("SYT_ma-tran-nhiem-vu-CT38.docx", "SO-YT", "SỞ Y TẾ", "6021/BC-SYT",
          "Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2026", "2026-09-30",
          "Sở Y tế tổng hợp kết quả các phòng, đơn vị thuộc Sở thực hiện nhiệm vụ phối hợp theo Kế hoạch (số liệu tính đến ngày 25/9/2026) như sau:",
          tasks, rows, total, statuses, diffs, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hữu Hưng", entries)


def f13():
    tasks = ["1.a\nTuyên truyền", "2.đ\nISO 9001 trong cơ quan", "3.a\nTập huấn nghiệp vụ"]
    rows = [
        ["Văn phòng Sở", "—", "Duy trì HTQLCL; đang cập nhật quy trình sau sắp xếp", "Không phát sinh"],
        ["Phòng Công tác tôn giáo", "—", "—", "Không phát sinh"],
        ["Phòng Chính sách dân tộc", "Lồng ghép tuyên truyền tại 02 hội nghị người có uy tín, 180 đại biểu", "—", "Không phát sinh"],
    ]
    total = ["02 hội nghị / 180 đại biểu", "—", "—"]
    statuses = ["Hoàn thành", "Đang thực hiện", "Không phát sinh"]
    diffs = ["Nội dung tiêu chuẩn, đo lường, chất lượng ít gắn với chức năng của Sở nên việc lồng ghép tuyên truyền còn hạn chế."]
    props = ["Đề nghị cung cấp tài liệu tuyên truyền song ngữ (tiếng Việt - tiếng dân tộc) về đo lường trong mua bán hàng ngày."]
    entries = [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 180}, "Lồng ghép tuyên truyền tại 02 hội nghị người có uy tín, 180 đại biểu", "word/document.xml table 2 column 2"),
        ("II.2.đ", "in_progress", {}, "Duy trì HTQLCL; đang cập nhật quy trình sau sắp xếp", "word/document.xml table 2 column 3"),
        ("II.3.a", "not_applicable", {}, "Không phát sinh", "word/document.xml table 2 column 4"),
    ]
    build("SDTTG-BC-phoi-hop-KH38.docx", "SO-DTTG", "SỞ DÂN TỘC VÀ TÔN GIÁO", "88/BC-SDTTG",
          "Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026", "2026-10-05",
          "Sở Dân tộc và Tôn giáo báo cáo tình hình thực hiện của các phòng thuộc Sở như sau:",
          tasks, rows, total, statuses, diffs, props, "GIÁM ĐỐC", "Ksor Thị Hoa", entries, resave=True)


def f14():
    tasks = ["1.a\nTuyên truyền", "2.d\nHỗ trợ DN áp dụng tiêu chuẩn", "6.a\nCập nhật điều ước, thỏa thuận quốc tế"]
    rows = [
        ["Phòng Quản lý cơ sở lưu trú", "—", "Hướng dẫn 27 cơ sở lưu trú áp dụng TCVN 4391:2015 xếp hạng khách sạn", "—"],
        ["Phòng Quản lý lữ hành", "05 tin, bài trên trang thông tin của Sở", "—", "Cập nhật Thỏa thuận công nhận lẫn nhau ASEAN về nghề du lịch (MRA-TP) cho doanh nghiệp lữ hành"],
        ["Phòng Xúc tiến du lịch", "04 tin, bài trên mạng xã hội của Sở", "—", "—"],
    ]
    total = ["09 tin, bài", "27 cơ sở", "—"]
    statuses = ["Hoàn thành", "Đang thực hiện", "Đang thực hiện"]
    diffs = ["Nhiều cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn do chi phí đầu tư cao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí tư vấn áp dụng tiêu chuẩn cho cơ sở lưu trú du lịch thuộc doanh nghiệp nhỏ và vừa.",
             "Đề nghị phối hợp tổ chức hội thảo về tiêu chuẩn dịch vụ du lịch trong năm 2027."]
    entries = [
        ("II.1.a", "completed", {"communications": 9}, "05 tin, bài trên trang thông tin của Sở", "word/document.xml table 2 column 2"),
        ("II.2.d", "in_progress", {"enterprises_supported": 27}, "Hướng dẫn 27 cơ sở lưu trú áp dụng TCVN 4391:2015 xếp hạng khách sạn", "word/document.xml table 2 column 3"),
        ("II.6.a", "in_progress", {}, "Cập nhật Thỏa thuận công nhận lẫn nhau ASEAN về nghề du lịch (MRA-TP) cho doanh nghiệp lữ hành", "word/document.xml table 2 column 4"),
    ]
    build("SDL_BC-CT38_ma-tran-phong.docx", "SO-DL", "SỞ DU LỊCH", "1409/BC-SDL",
          "Thành phố Hồ Chí Minh, ngày 12 tháng 10 năm 2026", "2026-10-12",
          "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Du lịch tổng hợp kết quả theo các phòng chuyên môn như sau:",
          tasks, rows, total, statuses, diffs, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Trương Hiền Hòa", entries)


if __name__ == "__main__":
    f12(); f13(); f14()
