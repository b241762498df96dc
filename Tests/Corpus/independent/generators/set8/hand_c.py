"""Hand C - Bùi Thị Mỹ Hạnh (chuyên viên văn phòng một sở chỉ là đơn vị phối hợp).
Habits: header as tab-separated paragraphs (no table); tasks cited as "điểm x khoản y Mục II"
in a Word-numbered list (List Number); most items say "không được giao chủ trì", "không phát
sinh", "không có"; a few real results; "Khó khăn: Không có." sections; report signed KT. GIÁM ĐỐC."""
import os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *

CODE = {c: (g, l, t) for c, g, l, t, *_ in PLAN}


def build(fname, unit_id, unit_name, unit_upper, number, date, date_words, items, difficulties,
          proposals, signer):
    d = new_doc(size=13)
    p = para(d); runs(p, [("UBND THÀNH PHỐ HỒ CHÍ MINH\t", ""), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")])
    p = para(d); runs(p, [(f"{unit_upper}\t", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")])
    p = para(d); runs(p, [(f"Số: {number}\t", ""), (f"Thành phố Hồ Chí Minh, {date_words}", "i")])
    p = para(d); runs(p, [("V/v báo cáo kết quả thực hiện Kế hoạch\ntriển khai Chỉ thị số 38-CT/TW năm 2026", "")])
    for q in d.paragraphs:
        q.paragraph_format.tab_stops.add_tab_stop(Cm(7.2))
        for r in q.runs:
            r.font.size = Pt(12)
    for sec in d.sections:
        sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    para(d)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
    para(d, f"Phúc đáp Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch "
            f"triển khai Chỉ thị số 38-CT/TW năm 2026, {unit_name} báo cáo như sau:", align="j", indent=1.27)
    para(d, "1. Kết quả thực hiện các nhiệm vụ có liên quan", bold=True)
    entries = []
    for code, status, text, ind in items:
        g, l, t = CODE[code]
        p = para(d, style="List Number", align="j")
        runs(p, [(f"Nhiệm vụ tại điểm {l} khoản {g} Mục II Kế hoạch ({t[0].lower() + t[1:]}): ", "i"), (text, "")])
        entries.append(entry(code, status, ind, text, f"word/document.xml paragraph {body_index(d, p)}"))
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    if difficulties:
        for x in difficulties:
            para(d, f"- {x}", align="j", indent=1.27)
    else:
        para(d, "Không có.", indent=1.27)
    para(d, "3. Kiến nghị, đề xuất", bold=True)
    if proposals:
        for x in proposals:
            para(d, f"- {x}", align="j", indent=1.27)
    else:
        para(d, "Không có.", indent=1.27)
    para(d, f"{unit_name} kính báo cáo Sở Khoa học và Công nghệ tổng hợp./.", indent=1.27)
    p = para(d); runs(p, [("Nơi nhận:\t", "bi"), ("KT. GIÁM ĐỐC", "b")])
    p = para(d); runs(p, [("- Như trên;\t", ""), ("PHÓ GIÁM ĐỐC", "b")])
    para(d, "- Lưu: VT, VP.")
    para(d); para(d)
    p = para(d); runs(p, [("\t" + signer, "b")])
    for q in d.paragraphs[-6:]:
        q.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    d.save(os.path.join(ROOT, fname))
    key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals)


def main():
    build("SYT_CV bao cao CT38_2026.docx", "SO-YT", "Sở Y tế", "SỞ Y TẾ",
          "5821/SYT-VP", "2026-11-05", "ngày 05 tháng 11 năm 2026",
          [("II.1.a", "not_applicable", "Sở Y tế không được giao chủ trì; không phát sinh.", {}),
           ("II.2.c", "not_applicable", "Trong kỳ không phát sinh yêu cầu góp ý văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.", {}),
           ("II.2.đ", "completed", "Sở Y tế duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã hoàn thành đánh giá nội bộ và công bố lại hệ thống tháng 9/2026.", {}),
           ("II.2.e", "completed", "Đã phối hợp góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế và Sở Khoa học và Công nghệ.", {"standards_reviewed": 2}),
           ("II.3.a", "completed", "Đã cử 03 công chức, viên chức tham dự hội nghị tập huấn kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.", {"participants": 3}),
           ("II.5.a", "not_applicable", "Không có.", {}),
           ("II.5.d", "not_applicable", "Không phát sinh.", {})],
          [], [], "Nguyễn Văn Vĩnh")

    build("SCT - BC thuc hien CT38 nam 2026.docx", "SO-CT", "Sở Công Thương", "SỞ CÔNG THƯƠNG",
          "3904/SCT-VP", "2026-10-31", "ngày 31 tháng 10 năm 2026",
          [("II.1.a", "not_applicable", "Đơn vị không được giao chủ trì.", {}),
           ("II.2.c", "not_applicable", "Không phát sinh.", {}),
           ("II.2.e", "completed", "Phối hợp góp ý 01 dự thảo QCVN về xăng, nhiên liệu điêzen và nhiên liệu sinh học.", {"standards_reviewed": 1}),
           ("II.3.a", "not_started", "Chưa cử cán bộ tham gia do trùng lịch kiểm tra chuyên ngành.", {}),
           ("II.5.a", "completed", "Phối hợp Chi cục TĐC kiểm tra 02 cuộc về chất lượng, đo lường xăng dầu tại 14 cửa hàng bán lẻ; phát hiện 01 cửa hàng vi phạm, đã chuyển Chi cục xử lý theo thẩm quyền.", {"inspections": 2, "establishments_inspected": 14, "violations": 1}),
           ("II.5.d", "not_applicable", "Không phát sinh.", {})],
          ["Chưa có cơ chế chia sẻ kết quả kiểm tra chất lượng xăng dầu giữa Sở Công Thương và Chi cục TĐC."],
          ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp trao đổi thông tin kiểm tra chất lượng xăng dầu trên địa bàn Thành phố."],
          "Lê Hoàng Phúc")

    build("So GDDT - bao cao CT38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
          "4417/SGDĐT-VP", "2026-11-10", "ngày 10 tháng 11 năm 2026",
          [("II.1.a", "not_applicable", "Sở Giáo dục và Đào tạo không được giao chủ trì; không phát sinh.", {}),
           ("II.2.đ", "in_progress", "Đang chuyển đổi, cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi kiện toàn tổ chức bộ máy.", {}),
           ("II.3.a", "not_applicable", "Không có.", {}),
           ("II.3.d", "completed", "Đơn vị không được giao chủ trì. Tuy nhiên, Sở đã phối hợp Chi cục TĐC tổ chức 01 buổi tọa đàm về mã số, mã vạch và truy xuất nguồn gốc tại Trường Trung cấp Kinh tế - Kỹ thuật với 150 học sinh, sinh viên tham dự.", {"training_courses": 1, "participants": 150}),
           ("II.5.d", "not_applicable", "Không phát sinh.", {})],
          [], ["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền về mã số, mã vạch để các trường đưa vào hoạt động ngoại khóa năm học 2026-2027."],
          "Trần Thị Mai Lan")


if __name__ == "__main__":
    main()
