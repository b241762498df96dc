"""Hand H5 — an English-trained officer (international cooperation / trade promotion desk).
Vietnamese administrative header, then a body that mixes English terms: 'Executive summary',
'Key outputs', 'KPI', 'workshop', 'on track', 'pending', 'stakeholder'; each task is a block
'► Task 6.a (KH 38) — <own title>' followed by 'Output:' / 'Status:' / 'Next step:' lines.
Money in English digit grouping with 'VND' ("VND 180,000,000"); counts unpadded; a summary
line 'Overall: 2 completed / 1 on track'. Difficulties under 'Challenges (khó khăn)',
proposals under 'Recommendations (kiến nghị)'."""
import os
from common import *


def build(fname, unit, issuer, number, date_line, date_iso, summary, blocks, overall, diffs, props,
          signer, name, entries):
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", issuer, number, date_line)
    title(d, "BÁO CÁO", "Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(Progress report)")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(d, "1. Executive summary", bold=True, indent=False)
    para(d, summary, align="j")
    para(d, "2. Key outputs theo từng task", bold=True, indent=False)
    for b in blocks:
        para(d, "► " + b["head"], bold=True, indent=False)
        for k, v in b["lines"]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            p.add_run(k + ": ").italic = True
            p.add_run(v)
    para(d, overall, italic=True, align="j")
    para(d, "3. Challenges (khó khăn, vướng mắc)", bold=True, indent=False)
    for x in diffs:
        para(d, "• " + x, align="j")
    para(d, "4. Recommendations (đề xuất, kiến nghị)", bold=True, indent=False)
    for x in props:
        para(d, "• " + x, align="j")
    signature(d, ["- Như trên;", "- Lưu: VT, XTTM."], signer, name)
    d.save(os.path.join(ROOT, fname))
    write_key(fname, unit, number, date_iso, entries, diffs, props)


def f15():
    blocks = [
        dict(head="Task 6.a (KH 38) — Update FTA commitments & TBT notifications cho doanh nghiệp",
             lines=[("Output", "phát hành 14 bản tin cảnh báo TBT/SPS (EVFTA, CPTPP, RCEP) gửi qua mailing list; trả lời hỏi đáp cho 35 doanh nghiệp xuất khẩu về technical barriers"),
                    ("Status", "on track — nhiệm vụ thường xuyên, continue đến cuối năm"),
                    ("Next step", "tích hợp bản tin vào Cổng thông tin xúc tiến thương mại")]),
        dict(head="Task 6.b (KH 38) — Co-host APO productivity workshop",
             lines=[("Output", "1 workshop \"Productivity & Green Growth\" phối hợp Chi cục TĐC ngày 17/9/2026, 85 participants (doanh nghiệp, hiệp hội)"),
                    ("Status", "completed ✔"),
                    ("Next step", "follow-up survey với các stakeholder")]),
        dict(head="Task 2.d (KH 38) — Support SMEs áp dụng ISO 9001 / Lean / 5S",
             lines=[("Output", "coaching 12 SMEs ngành cơ khí, nhựa; budget đã giải ngân VND 180,000,000 (Chương trình khuyến công)"),
                    ("Status", "on track, dự kiến hoàn thành Q4/2026"),
                    ("Next step", "đánh giá KPI năng suất sau 6 tháng")]),
    ]
    summary = ("Trong kỳ báo cáo (01/2026 – 10/2026), Phòng Quản lý xuất nhập khẩu phối hợp Trung tâm Xúc tiến Thương mại và Đầu tư "
               "đã triển khai 3 task được giao theo Kế hoạch 38 của Sở KHCN. Focus năm 2026 là hỗ trợ doanh nghiệp đáp ứng rào cản kỹ thuật "
               "(TBT) tại các thị trường FTA.")
    overall = "Overall: 1 completed / 2 on track / 0 pending."
    diffs = ["Doanh nghiệp nhỏ thiếu nhân sự đọc hiểu thông báo TBT bằng tiếng Anh, cần bản dịch tóm tắt.",
             "Chưa có database chung về quy chuẩn của các thị trường xuất khẩu để chia sẻ giữa các sở."]
    props = ["Đề nghị Sở KHCN chia sẻ quyền truy cập hệ thống cảnh báo TBT của Văn phòng TBT Việt Nam cho Sở Công Thương.",
             "Đề nghị tổ chức thêm 1-2 workshop APO năm 2027 cho doanh nghiệp xuất khẩu."]
    entries = [
        ("II.6.a", "in_progress", {"communications": 14, "enterprises_supported": 35}, blocks[0]["lines"][0][1], "word/document.xml section 2, block 1"),
        ("II.6.b", "completed", {"training_courses": 1, "participants": 85}, blocks[1]["lines"][0][1], "word/document.xml section 2, block 2"),
        ("II.2.d", "in_progress", {"enterprises_supported": 12, "budget_spent_vnd": 180000000}, blocks[2]["lines"][0][1], "word/document.xml section 2, block 3"),
    ]
    build("SCT_XNK_progress-report_KH38.docx", "SO-CT", "SỞ CÔNG THƯƠNG", "3877/BC-SCT",
          "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", "2026-11-05", summary, blocks, overall,
          diffs, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Nguyên Phương", entries)


def f16():
    blocks = [
        dict(head="Task 1.a (KH 38) — Communication campaign về tiêu chuẩn, đo lường, chất lượng",
             lines=[("Output", "6 phóng sự trên HTV và 11 tin, bài trên báo in, fanpage của Sở — tổng 17 media outputs; reach ước tính khoảng 2 triệu lượt xem"),
                    ("Status", "completed ✔"),
                    ("Next step", "đo lường engagement trên social media")]),
        dict(head="Task 1.b (KH 38) — Hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             lines=[("Output", "hướng dẫn 3 doanh nghiệp ngành in ấn, quảng cáo chuẩn bị hồ sơ tham dự"),
                    ("Status", "done"),
                    ("Next step", "theo dõi kết quả xét giải")]),
        dict(head="Task 3.a (KH 38) — Cử cán bộ dự tập huấn TĐC",
             lines=[("Output", "—"),
                    ("Status", "N/A (không phát sinh trong kỳ)"),
                    ("Next step", "—")]),
    ]
    summary = ("Sở Văn hóa và Thể thao (Phòng Quản lý báo chí, xuất bản) đã lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng "
               "vào kế hoạch truyền thông năm 2026 và coordinate với các cơ quan báo chí của Thành phố.")
    overall = "Overall: 2 completed / 0 on track / 1 N/A."
    diffs = ["Nội dung tiêu chuẩn, đo lường, chất lượng khá chuyên sâu, phóng viên cần thêm briefing từ chuyên gia."]
    props = ["Đề nghị Chi cục TĐC cung cấp media kit (infographic, số liệu) theo từng quý để các cơ quan báo chí khai thác."]
    entries = [
        ("II.1.a", "completed", {"communications": 17}, blocks[0]["lines"][0][1], "word/document.xml section 2, block 1"),
        ("II.1.b", "completed", {"enterprises_supported": 3}, blocks[1]["lines"][0][1], "word/document.xml section 2, block 2"),
        ("II.3.a", "not_applicable", {}, "N/A (không phát sinh trong kỳ)", "word/document.xml section 2, block 3"),
    ]
    build("SVHTT-report-CT38-2026.docx", "SO-VHTT", "SỞ VĂN HÓA VÀ THỂ THAO", "2755/BC-SVHTT",
          "Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026", "2026-11-09", summary, blocks, overall,
          diffs, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Thế Thuận", entries)


if __name__ == "__main__":
    f15(); f16()
