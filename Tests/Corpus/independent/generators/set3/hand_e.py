"""Hand E - the Word "báo cáo" person who pastes a long results table into the report.

A BÁO CÁO (not a công văn): I. Công tác chỉ đạo (prose with distractor figures),
II. Kết quả thực hiện = a long table TT | Nội dung công việc | ĐVT | Số lượng | Tiến độ | Ghi chú
(bold group rows, "-" sub-rows, numbers typed as text with Vietnamese separators),
III. Khó khăn, vướng mắc and IV. Đề xuất, kiến nghị as typed "1.", "2." or "a)", "b)" items.
Row format is the same as hand A's.
"""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import OUT, Key, status_of, vn_dec

REPORTS = [
    dict(
        file="BC Tan Binh - CT38 2026.docx", unit=("27004", "Phường Tân Bình"), head="PHƯỜNG TÂN BÌNH",
        number="512/BC-UBND", date=(2026, 10, 29), place="Tân Bình", marker="num",
        lead="Ủy ban nhân dân phường đã ban hành Kế hoạch số 88/KH-UBND ngày 05/02/2026 triển khai thực hiện; giao Phòng Kinh tế, Hạ tầng và Đô thị làm đầu mối. Trên địa bàn phường hiện có 1.742 doanh nghiệp và 3.905 hộ kinh doanh đang hoạt động.",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN, TẬP HUẤN"),
            ("T", "1", "Tập huấn văn bản pháp luật về đo lường, chất lượng cho hộ kinh doanh chợ Tân Bình, chợ Phạm Văn Hai",
             "Lớp", "02", "Hoàn thành", "", "II.1.a", {"training_courses": 2}),
            ("S", "-", "Người tham dự", "Người", "174", "", {"participants": 174}),
            ("S", "-", "Kinh phí", "Đồng", "9.800.000", "Ngân sách phường", {"budget_spent_vnd": 9800000}),
            ("T", "2", "Vận động, hướng dẫn doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", "Doanh nghiệp", "04",
             "Hoàn thành", "01 DN nộp hồ sơ", "II.1.b", {"enterprises_supported": 4}),
            ("G", "II", "QUẢN LÝ NHÀ NƯỚC"),
            ("T", "3", "Duy trì HTQLCL TCVN ISO 9001:2015", "", "", "Đang thực hiện", "", "II.2.đ", {}),
            ("G", "III", "KIỂM TRA"),
            ("T", "4", "Kiểm tra đo lường tại chợ, cửa hàng vàng bạc", "Cuộc", "03", "Hoàn thành", "", "II.5.a", {"inspections": 3}),
            ("S", "-", "Số cơ sở được kiểm tra", "Cơ sở", "29", "", {"establishments_inspected": 29}),
            ("S", "-", "Số cơ sở vi phạm", "Cơ sở", "04", "", {"violations": 4}),
            ("S", "-", "Số tiền phạt", "Triệu đồng", "14,5", "", {"fines_vnd": 14500000}),
            ("T", "5", "Khen thưởng, bảo vệ người tố giác", "", "", "Không phát sinh", "", "II.5.d", {}),
        ],
        difficulties=["Chợ Tân Bình có trên 1.000 sạp, lực lượng kiểm tra của phường còn mỏng.",
                      "Chưa có kinh phí trang bị cân đối chứng cho các chợ."],
        proposals=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ 02 bộ cân đối chứng cho chợ Tân Bình và chợ Phạm Văn Hai."],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Công Lý"),
    ),
    dict(
        file="Binh Tan_BC thuc hien CT38-CT-TW.docx", unit=("27442", "Phường Bình Tân"), head="PHƯỜNG BÌNH TÂN",
        number="1907/BC-UBND", date=(2026, 11, 2), place="Bình Tân", marker="abc",
        lead="Phường có 2 khu công nghiệp với khoảng 410 doanh nghiệp sản xuất; trong năm đã ban hành 04 văn bản chỉ đạo về công tác tiêu chuẩn, đo lường, chất lượng.",
        rows=[
            ("G", "A", "HỖ TRỢ DOANH NGHIỆP"),
            ("T", "1", "Hỗ trợ doanh nghiệp khu công nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến (ISO 9001, ISO 14001)", "Doanh nghiệp", "12",
             "Đang thực hiện", "Phối hợp Chi cục TĐC", "II.2.d", {"enterprises_supported": 12}),
            ("T", "2", "Hội thảo giới thiệu mô hình năng suất xanh cho doanh nghiệp", "Hội thảo", "01", "Hoàn thành", "", "II.2.a", {"training_courses": 1}),
            ("S", "-", "Đại biểu tham dự", "Người", "88", "", {"participants": 88}),
            ("G", "B", "KIỂM TRA, KHẢO SÁT"),
            ("T", "3", "Kiểm tra chất lượng thép, dây cáp điện tại cửa hàng vật liệu xây dựng", "Cuộc", "04", "Hoàn thành", "", "II.5.a", {"inspections": 4}),
            ("S", "-", "Cơ sở kiểm tra", "Cơ sở", "33", "", {"establishments_inspected": 33}),
            ("S", "-", "Cơ sở vi phạm", "Cơ sở", "05", "", {"violations": 5}),
            ("S", "-", "Tiền phạt", "Đồng", "36.000.000", "", {"fines_vnd": 36000000}),
            ("T", "4", "Lấy mẫu thép xây dựng khảo sát chất lượng", "Mẫu", "16", "Đang thực hiện", "Chờ kết quả 6 mẫu", "II.5.b", {"samples_tested": 16}),
            ("T", "5", "Phối hợp thực hiện nội dung được phân quyền", "", "", "Thường xuyên", "", "II.5.c", {}),
        ],
        difficulties=["Doanh nghiệp trong khu công nghiệp thuộc nhiều cơ quan quản lý, khó nắm số liệu áp dụng hệ thống quản lý."],
        proposals=["Đề nghị Chi cục TĐC chia sẻ danh sách doanh nghiệp đã được hỗ trợ trên địa bàn phường.",
                   "Đề nghị tổ chức hội nghị chuyên đề về năng suất xanh trong năm 2027."],
        signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Lợi"),
    ),
    dict(
        file="UBND xa Binh Chanh - bao cao TDC.docx", unit=("27637", "Xã Bình Chánh"), head="XÃ BÌNH CHÁNH",
        number="233/BC-UBND", date=(2026, 10, 21), place="Bình Chánh", marker="num",
        lead="Xã có 06 chợ, 11 cửa hàng xăng dầu và 27 hợp tác xã nông nghiệp.",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN"),
            ("T", "1", "Phổ biến văn bản pháp luật về đo lường cho tiểu thương chợ Bình Chánh", "Buổi", "01", "Hoàn thành", "", "II.1.a", {"training_courses": 1}),
            ("S", "-", "Tài liệu tuyên truyền phát ra", "Tờ", "600", "", {"communications": 600}),
            ("G", "II", "TRUY XUẤT NGUỒN GỐC"),
            ("T", "2", "Hướng dẫn hợp tác xã áp dụng truy xuất nguồn gốc rau, nấm", "Hợp tác xã", "09", "Đang thực hiện", "", "II.2.a", {"enterprises_supported": 9}),
            ("G", "III", "KIỂM TRA"),
            ("T", "3", "Phối hợp kiểm tra cửa hàng xăng dầu", "Cuộc", "01", "Hoàn thành", "", "II.5.a", {"inspections": 1}),
            ("S", "-", "Cửa hàng được kiểm tra", "Cơ sở", "11", "", {"establishments_inspected": 11}),
            ("S", "-", "Vi phạm", "Cơ sở", "0", "", {"violations": 0}),
            ("T", "4", "Phối hợp kiểm định cân tại chợ", "Chiếc", "418", "Hoàn thành", "", "II.5.c", {"instruments_verified": 418}),
            ("T", "5", "Lấy mẫu khảo sát chất lượng", "", "", "Chưa thực hiện", "", "II.5.b", {}),
        ],
        difficulties=["Công chức phụ trách mới được phân công, chưa qua tập huấn."],
        proposals=["Đề nghị Chi cục TĐC mở lớp tập huấn cho công chức xã trong quý I/2027."],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Thị Kiều"),
    ),
    dict(
        file="Thuan An - KQ KH38 nam 2026.docx", unit=("25978", "Phường Thuận An"), head="PHƯỜNG THUẬN AN",
        number="640/BC-UBND", date=(2026, 11, 9), place="Thuận An", marker="abc",
        lead="Ủy ban nhân dân phường đã chỉ đạo lồng ghép nhiệm vụ vào Kế hoạch phát triển kinh tế - xã hội năm 2026.",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN, ĐÀO TẠO"),
            ("T", "1", "Tọa đàm với doanh nghiệp nhập khẩu máy móc, thiết bị về kiểm tra chất lượng hàng nhập khẩu", "Buổi", "01",
             "Hoàn thành", "", "II.1.a", {"training_courses": 1}),
            ("S", "-", "Doanh nghiệp, đại biểu dự", "Người", "63", "", {"participants": 63}),
            ("T", "2", "Bồi dưỡng cho học sinh Trường Trung cấp Kinh tế - Kỹ thuật về tiêu chuẩn, nhãn hàng hóa", "Lớp", "02",
             "Hoàn thành", "", "II.3.d", {"training_courses": 2}),
            ("S", "-", "Học sinh", "Người", "175", "", {"participants": 175}),
            ("G", "II", "QUẢN LÝ, HỖ TRỢ"),
            ("T", "3", "Hỗ trợ doanh nghiệp công bố hợp chuẩn, hợp quy", "Doanh nghiệp", "19", "Hoàn thành", "", "II.2.d", {"enterprises_supported": 19}),
            ("T", "4", "Góp ý dự thảo quy chuẩn kỹ thuật địa phương", "Quy chuẩn", "01", "Hoàn thành", "", "II.2.e", {"standards_reviewed": 1}),
            ("G", "III", "KIỂM TRA"),
            ("T", "5", "Kiểm tra hàng hóa lưu thông (đồ điện, đồ chơi trẻ em)", "Cuộc", "05", "Hoàn thành", "", "II.5.a", {"inspections": 5}),
            ("S", "-", "Cơ sở", "Cơ sở", "44", "", {"establishments_inspected": 44}),
            ("S", "-", "Vi phạm", "Cơ sở", "06", "", {"violations": 6}),
            ("S", "-", "Phạt tiền", "Đồng", "52.500.000", "", {"fines_vnd": 52500000}),
            ("T", "6", "Cập nhật thỏa thuận quốc tế cho doanh nghiệp xuất khẩu", "", "", "Không có nhiệm vụ", "", "II.6.a", {}),
        ],
        difficulties=["Số doanh nghiệp có vốn đầu tư nước ngoài lớn, tài liệu hướng dẫn chưa có bản tiếng Anh.",
                      "Thời gian tổ chức kiểm tra trùng với cao điểm thu ngân sách cuối năm."],
        proposals=["Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu hướng dẫn song ngữ Việt - Anh."],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tạ Minh Châu"),
    ),
    dict(
        file="Ba Ria_BC 6 thang CT38.docx", unit=("26560", "Phường Bà Rịa"), head="PHƯỜNG BÀ RỊA",
        number="145/BC-UBND", date=(2026, 6, 25), place="Bà Rịa", marker="num",
        lead="Báo cáo sơ kết 6 tháng đầu năm 2026. Số liệu tính đến ngày 20/6/2026.",
        rows=[
            ("G", "I", "TUYÊN TRUYỀN"),
            ("T", "1", "Đưa tin về tiêu chuẩn, đo lường, chất lượng, Giải thưởng Chất lượng Quốc gia trên Trang thông tin phường", "Tin/bài", "05",
             "Đang thực hiện", "", "II.1.b", {"communications": 5}),
            ("T", "2", "Lớp tập huấn văn bản pháp luật về TĐC", "Lớp", "", "Chưa thực hiện", "Dự kiến quý III", "II.1.a", {}),
            ("G", "II", "KIỂM TRA"),
            ("T", "3", "Kiểm tra đo lường xăng dầu", "Cuộc", "01", "Hoàn thành", "", "II.5.a", {"inspections": 1}),
            ("S", "-", "Cửa hàng", "Cơ sở", "07", "", {"establishments_inspected": 7}),
            ("S", "-", "Vi phạm", "Cơ sở", "01", "", {"violations": 1}),
            ("S", "-", "Tiền phạt", "Đồng", "7.500.000", "", {"fines_vnd": 7500000}),
            ("T", "4", "Áp dụng ISO 9001:2015", "", "", "Đang thực hiện", "", "II.2.đ", {}),
        ],
        difficulties=["Bộ máy phường mới sắp xếp, công chức chưa ổn định vị trí việc làm."],
        proposals=["Đề nghị Chi cục hỗ trợ báo cáo viên cho lớp tập huấn quý III/2026."],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Xuân Trường"),
    ),
    dict(
        file="Hoc Mon - BC ket qua TDC 2026.docx", unit=("27559", "Xã Hóc Môn"), head="XÃ HÓC MÔN",
        number="318/BC-UBND", date=(2026, 11, 4), place="Hóc Môn", marker="abc",
        lead="Xã có 3 chợ truyền thống và 1 chợ đầu mối, 14 cửa hàng xăng dầu.",
        rows=[
            ("G", "I", "TẬP HUẤN"),
            ("T", "1", "Tập huấn ghi nhãn, truy xuất nguồn gốc cho thương nhân chợ đầu mối", "Lớp", "03", "Hoàn thành", "", "II.2.a", {"training_courses": 3}),
            ("S", "-", "Lượt người tham dự", "Lượt", "265", "", {"participants": 265}),
            ("S", "-", "Kinh phí đã chi", "Triệu đồng", "21,3", "", {"budget_spent_vnd": 21300000}),
            ("G", "II", "KIỂM TRA, KHẢO SÁT"),
            ("T", "2", "Kiểm tra đo lường, chất lượng xăng dầu", "Cuộc", "02", "Hoàn thành", "", "II.5.a", {"inspections": 2}),
            ("S", "-", "Cửa hàng", "Cơ sở", "14", "", {"establishments_inspected": 14}),
            ("S", "-", "Vi phạm", "Cơ sở", "02", "", {"violations": 2}),
            ("S", "-", "Tiền phạt", "Đồng", "15.000.000", "", {"fines_vnd": 15000000}),
            ("T", "3", "Lấy mẫu xăng dầu khảo sát", "Mẫu", "14", "Hoàn thành", "", "II.5.b", {"samples_tested": 14}),
            ("T", "4", "Kiểm định cân tại chợ (phối hợp)", "Chiếc", ""+"1.056", "Hoàn thành", "", "II.5.c", {"instruments_verified": 1056}),
            ("T", "5", "Khen thưởng người tố giác", "", "", "Không phát sinh", "", "II.5.d", {}),
        ],
        difficulties=["Chợ đầu mối hoạt động ban đêm nên việc kiểm tra gặp khó khăn."],
        proposals=["Đề nghị phối hợp kiểm tra ban đêm tại chợ đầu mối Hóc Môn.",
                   "Đề nghị hỗ trợ kinh phí lấy mẫu khảo sát chất lượng năm 2027."],
        signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Cao Văn Nghĩa"),
    ),
    dict(
        file="TanThuan_baocao_CT38.docx", unit=("27478", "Phường Tân Thuận"), head="PHƯỜNG TÂN THUẬN",
        number="77/BC-UBND", date=(2026, 10, 31), place="Tân Thuận", marker="num",
        lead="Trên địa bàn có Khu chế xuất Tân Thuận với 178 doanh nghiệp; Ủy ban nhân dân phường phối hợp Ban quản lý triển khai nhiệm vụ.",
        rows=[
            ("G", "I", "NĂNG SUẤT, CHẤT LƯỢNG"),
            ("T", "1", "Khóa bồi dưỡng chuyên sâu về năng suất cho cán bộ doanh nghiệp khu chế xuất", "Khóa", "01", "Hoàn thành", "", "II.3.b", {"training_courses": 1}),
            ("S", "-", "Học viên", "Người", "45", "", {"participants": 45}),
            ("T", "2", "Hỗ trợ doanh nghiệp áp dụng công cụ Lean, 5S theo Chương trình 1322", "Doanh nghiệp", "07", "", "", "II.2.a", {"enterprises_supported": 7}),
            ("G", "II", "QUẢN LÝ NHÀ NƯỚC"),
            ("T", "3", "Duy trì HTQLCL ISO 9001:2015", "", "", "Hoàn thành", "", "II.2.đ", {}),
            ("T", "4", "Kiểm tra hàng đóng gói sẵn tại siêu thị, cửa hàng tiện lợi", "Cuộc", "02", "Hoàn thành", "", "II.5.a", {"inspections": 2}),
            ("S", "-", "Cơ sở", "Cơ sở", "18", "", {"establishments_inspected": 18}),
            ("S", "-", "Vi phạm", "Cơ sở", "02", "", {"violations": 2}),
            ("S", "-", "Phạt tiền", "Đồng", "8.000.000", "", {"fines_vnd": 8000000}),
        ],
        difficulties=["Doanh nghiệp khu chế xuất chủ yếu có vốn nước ngoài, ít quan tâm các chương trình hỗ trợ."],
        proposals=["Đề nghị Sở phối hợp Ban quản lý các khu chế xuất và công nghiệp tổ chức chương trình năng suất riêng cho khu chế xuất."],
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Ánh Tuyết"),
    ),
]


def no_borders(table):
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    table._tbl.tblPr.append(b)


def p_(doc, text, bold=False, italic=False, center=False, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def build(rep):
    y, m, d = rep["date"]
    key = Key(rep["file"], rep["unit"][0], rep["unit"][1], rep["number"], f"{y:04d}-{m:02d}-{d:02d}")
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    ht = doc.add_table(rows=1, cols=2)
    no_borders(ht)
    l, r = ht.rows[0].cells
    l.text = ""; r.text = ""
    lp = l.paragraphs[0]; lp.add_run("ỦY BAN NHÂN DÂN\n").font.size = Pt(12)
    rr = lp.add_run(rep["head"]); rr.bold = True
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = l.add_paragraph("Số: " + rep["number"]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = r.paragraphs[0]; a = rp.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); a.bold = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = r.add_paragraph(); q.add_run("Độc lập - Tự do - Hạnh phúc").bold = True; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = r.add_paragraph(); q.add_run(f"{rep['place']}, ngày {d} tháng {m} năm {y}").italic = True
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p_(doc, "")
    p_(doc, "BÁO CÁO", bold=True, center=True)
    p_(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026",
       bold=True, center=True)
    p_(doc, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    p_(doc, rep["lead"], indent=True)
    p_(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    p_(doc, "Kết quả thực hiện các nhiệm vụ cụ thể như sau:", indent=True)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    W = (Cm(1.1), Cm(7.4), Cm(2.2), Cm(1.9), Cm(2.6), Cm(2.8))
    for c, h, w in zip(t.rows[0].cells, ("TT", "Nội dung công việc", "ĐVT", "Số lượng", "Tiến độ", "Ghi chú"), W):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True; c.width = w
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cur = None
    for row in rep["rows"]:
        cells = t.add_row().cells
        if row[0] == "G":
            cells[0].text = ""; cells[0].paragraphs[0].add_run(row[1]).bold = True
            mc = cells[1].merge(cells[5]); mc.text = ""; mc.paragraphs[0].add_run(row[2]).bold = True
            continue
        if row[0] == "T":
            _, tt, text, dvt, qty, tiendo, note, task, ind = row
            cur = task
            key.task(task, status_of(tiendo), **ind)
            vals = (tt, text, dvt, qty, tiendo, note)
        else:
            _, tt, text, dvt, qty, note, ind = row
            key.task(cur, None, **ind)
            vals = (tt, text, dvt, qty, "", note)
        for c, v, w in zip(cells, vals, W):
            c.text = v or ""; c.width = w
            if row[0] == "S" and v == text:
                for run in c.paragraphs[0].runs:
                    run.italic = True
        for i in (0, 2, 3, 4):
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p_(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    mk = (lambda i: f"{i}. ") if rep["marker"] == "num" else (lambda i: "abcdefg"[i - 1] + ") ")
    for i, it in enumerate(rep["difficulties"], 1):
        p_(doc, mk(i) + it, indent=True); key.difficulties.append(it)
    p_(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for i, it in enumerate(rep["proposals"], 1):
        p_(doc, mk(i) + it, indent=True); key.proposals.append(it)
    p_(doc, "Trên đây là báo cáo của Ủy ban nhân dân " + rep["unit"][1][0].lower() + rep["unit"][1][1:] + "./.", indent=True)
    st = doc.add_table(rows=1, cols=2)
    no_borders(st)
    a, b = st.rows[0].cells
    a.text = "Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT, KT."
    b.text = ""
    bp = b.paragraphs[0]; bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bp.add_run(rep["signer"][0] + "\n" + rep["signer"][1] + "\n\n\n\n" + rep["signer"][2]).bold = True
    doc.save(os.path.join(OUT, rep["file"]))
    return key


def main():
    return [build(r) for r in REPORTS]
