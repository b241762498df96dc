"""Hand 5 - 'bilingual-ish' officer: English abbreviations and words (ISO, QA, KPI, audit, workshop,
go-live, Done / On-going / N/A) mixed with Vietnamese. Per task a small 3-column table
'Hạng mục (Item) | Kết quả (Output) | Status', status cell like 'Done', 'On-going (~70%)', 'N/A'.
Money as 'X,YY tỷ đồng' or 'VND'. Difficulties under 'Issues / Khó khăn', proposals under
'Recommendations / Kiến nghị' as bullets."""
from common import *


def build(fname, parent, unit, unit_id, unit_name, number, date_iso, place, intro, rows, diffs, props,
          signer, entries):
    d = new_doc(font="Arial", size=11)
    header(d, parent, unit, number, place)
    center(d, "BÁO CÁO")
    center(d, "Kết quả triển khai Kế hoạch CT38-CT/TW năm 2026 (TĐC) – Progress report")
    para(d, intro)
    para(d, "1. Kết quả thực hiện (Outputs)", bold=True, indent=False)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in enumerate(["No.", "Hạng mục (Item)", "Kết quả (Output)", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True); shade(t.rows[0].cells[c], "BDD7EE")
    for i, (item, out, st) in enumerate(rows, 1):
        cells = t.add_row().cells
        set_cell(cells[0], str(i)); set_cell(cells[1], item); set_cell(cells[2], out); set_cell(cells[3], st)
    para(d, "2. Issues / Khó khăn", bold=True, indent=False)
    for x in diffs:
        para(d, x, style="List Bullet")
    para(d, "3. Recommendations / Kiến nghị", bold=True, indent=False)
    for x in props:
        para(d, x, style="List Bullet")
    signature(d, ["- Như trên;", "- Lưu: VT."], signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def main():
    build("TTCNTT-DKG_Progress_CT38_Q3.docx", "Sở Khoa học và Công nghệ",
          "Trung tâm Công nghệ thông tin\nvà Địa không gian", "SKHCN-TTCNTT",
          "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
          "133/BC-TTCNTT", "2026-09-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2026",
          "Trung tâm Công nghệ thông tin và Địa không gian báo cáo progress các hạng mục được giao phối hợp trong Kế hoạch CT38 năm 2026 "
          "(cut-off date: 25/9/2026) như sau:",
          [("Kết nối CSDL quốc gia về TĐC (II.2.i) – data integration, API gateway",
            "Hoàn thành UAT giai đoạn 1; go-live phân hệ tra cứu phương tiện đo. Tổ chức 02 workshop hướng dẫn sử dụng với 64 participants "
            "(cán bộ các phòng, đơn vị). Uptime hệ thống đạt 99,5% (KPI ≥ 99%).",
            "On-going (~70%)"),
           ("ISO 9001:2015 tại Trung tâm (II.2.đ) – QMS",
            "Surveillance audit của tổ chức chứng nhận: đạt, 0 major NC, 3 minor NC đã closed. QA checklist cập nhật theo quy trình mới.",
            "Done"),
           ],
          ["Chưa có API chính thức từ hệ thống CSDL quốc gia, phải dùng giải pháp trung gian (data export hằng tuần).",
           "Thiếu nhân sự data engineer có kinh nghiệm về chuẩn dữ liệu đo lường."],
          ["Đề nghị Sở chủ trì làm việc với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia về cơ chế kết nối API.",
           "Đề nghị bố trí kinh phí đào tạo nhân sự về data governance năm 2027."],
          ("GIÁM ĐỐC", "Nguyễn Hoàng Vũ"),
          [("II.2.i", "in_progress", {"training_courses": 2, "participants": 64},
            "UAT giai đoạn 1, go-live phân hệ tra cứu; 02 workshop, 64 participants. On-going (~70%).", "table 2 row 2"),
           ("II.2.đ", "completed", {}, "Surveillance audit ISO 9001:2015 đạt. Done.", "table 2 row 3")])

    build("VPS_bao cao CT38 - KPI & ISO.docx", "Sở Khoa học và Công nghệ", "Văn phòng Sở", "SKHCN-VP",
          "Văn phòng Sở Khoa học và Công nghệ", "1890/BC-VP", "2026-10-29", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
          "Văn phòng Sở báo cáo kết quả các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, tính đến ngày 25/10/2026:",
          [("Duy trì, cải tiến QMS theo TCVN ISO 9001:2015 trong cơ quan Sở (phối hợp Chi cục)",
            "Internal audit Q3/2026 tại 14 phòng, đơn vị; ghi nhận 9 NC, đã close 100%. Management review tổ chức ngày 15/10/2026.",
            "Done"),
           ("Cải tiến hệ thống thông tin giải quyết TTHC về TĐC; kết nối NSW (Cổng một cửa quốc gia)",
            "KPI hồ sơ TTHC lĩnh vực TĐC giải quyết đúng hạn: 98,7%. Đang phối hợp Phòng CĐS hoàn thiện biểu mẫu điện tử.",
            "On-going"),
           ("Đầu tư trang thiết bị cho đơn vị sự nghiệp (procurement – phối hợp Trung tâm Phân tích)",
            "Hoàn tất thẩm định giá, giải ngân 1,25 tỷ đồng cho gói thiết bị phòng thử nghiệm; gói 2 đang đấu thầu.",
            "On-going"),
           ("Khen thưởng, bảo vệ người tố giác vi phạm về TĐC",
            "Trong kỳ không phát sinh.",
            "N/A"),
           ],
          ["Tiến độ procurement phụ thuộc kết quả đấu thầu qua mạng, một số gói phải tổ chức lại."],
          ["Đề nghị Chi cục gửi sớm danh mục thiết bị đề xuất năm 2027 để Văn phòng tổng hợp dự toán."],
          ("CHÁNH VĂN PHÒNG", "Tạ Thị Kim Oanh"),
          [("II.2.đ", "completed", {}, "Internal audit 14 phòng, đơn vị; 9 NC closed. Done.", "table 2 row 2"),
           ("II.2.h", "in_progress", {}, "KPI đúng hạn 98,7%; đang hoàn thiện biểu mẫu điện tử. On-going.", "table 2 row 3"),
           ("II.4.a", "in_progress", {"budget_spent_vnd": 1250000000}, "Giải ngân 1,25 tỷ đồng. On-going.", "table 2 row 4"),
           ("II.5.d", "not_applicable", {}, "Không phát sinh. N/A.", "table 2 row 5")])

    build("SDL_CT38_report_2026.docx", "UBND Thành phố Hồ Chí Minh", "Sở Du lịch", "SO-DL", "Sở Du lịch",
          "2207/BC-SDL", "2026-11-03", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
          "Sở Du lịch báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (lĩnh vực standards & quality trong dịch vụ du lịch):",
          [("Tuyên truyền về tiêu chuẩn, chất lượng dịch vụ du lịch",
            "Đăng 08 bài trên website và fanpage của Sở; tổ chức 01 workshop \"Quality & Standards in Tourism Services\" với 120 đại biểu doanh nghiệp lữ hành, lưu trú.",
            "Done"),
           ("Hướng dẫn cơ sở lưu trú áp dụng tiêu chuẩn (TCVN 4391:2015, ISO 22000, ASEAN Homestay Standard)",
            "Hướng dẫn, tư vấn 18 cơ sở lưu trú du lịch áp dụng tiêu chuẩn; 05 cơ sở đã được công nhận hạng sao lại trong năm.",
            "On-going"),
           ("Cử công chức dự tập huấn nghiệp vụ TĐC",
            "02 công chức Phòng Quản lý lữ hành và lưu trú tham dự lớp tập huấn của Chi cục TĐC.",
            "Done"),
           ],
          ["Nhiều cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn do chi phí tư vấn cao."],
          ["Đề nghị Sở Khoa học và Công nghệ đưa doanh nghiệp du lịch vào đối tượng hỗ trợ của Chương trình năng suất chất lượng."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lâm Quang Duy"),
          [("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 120},
            "08 bài; 01 workshop, 120 đại biểu. Done.", "table 2 row 2"),
           ("II.2.d", "in_progress", {"enterprises_supported": 18}, "Hướng dẫn, tư vấn 18 cơ sở lưu trú. On-going.", "table 2 row 3"),
           ("II.3.a", "completed", {"participants": 2}, "02 công chức tham dự tập huấn. Done.", "table 2 row 4")])


if __name__ == "__main__":
    main()
    write_keys()
