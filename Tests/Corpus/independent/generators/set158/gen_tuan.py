# -*- coding: utf-8 -*-
"""Hand 2 - Đặng Minh Tuấn: Word report whose body is narrative under the unit's OWN
themes, statuses in words, and no figures in the body: each paragraph points to rows of
one big "BẢNG TỔNG HỢP SỐ LIỆU" at the end ("(số liệu: dòng 2–5, Bảng tổng hợp)"). The
table's "Nhiệm vụ (theo KH)" column holds only short paraphrases of the plan's task."""
import os
from docx.shared import Cm, Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import (OUT, new_doc, para, add_run, header_block, cell_text, set_col_widths,
                    write_truth, vn)


def build(fn, left, num, date_line, title2, kinh_gui, intro, sections, kk, kn, sign, rows,
          noi_nhan):
    d = new_doc(size=13)
    header_block(d, left + [("Số: " + num, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
                  ("", ""), (date_line, "i")])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(d, title2, bold=True, align="c", size=13)
    if kinh_gui:
        p = para(d, "", align="c")
        add_run(p, "Kính gửi: ")
        add_run(p, kinh_gui)
    para(d, intro, align="j", indent=1)
    for head, paras in sections:
        para(d, head, bold=True, align="j")
        for t in paras:
            para(d, t, align="j", indent=1)
    para(d, "KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True)
    para(d, "a) Khó khăn, vướng mắc", italic=True)
    for t in kk:
        para(d, "- " + t, align="j", indent=1)
    para(d, "b) Kiến nghị", italic=True)
    for t in kn:
        para(d, "- " + t, align="j", indent=1)
    para(d, "(Bảng tổng hợp số liệu kèm theo ở cuối báo cáo)", italic=True, size=12)
    # signature
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ""
    p = c0.paragraphs[0]
    add_run(p, "Nơi nhận:", bold=True, italic=True, size=11)
    for ln in noi_nhan:
        pp = c0.add_paragraph()
        add_run(pp, ln, size=11)
        pp.paragraph_format.space_after = Pt(0)
    c1.text = ""
    first = True
    for ln in sign:
        pp = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.space_after = Pt(0)
        add_run(pp, ln, bold=bool(ln) and not ln.startswith("("))
    para(d)
    para(d, "BẢNG TỔNG HỢP SỐ LIỆU", bold=True, align="c")
    para(d, "(kèm theo Báo cáo số " + num + ")", italic=True, align="c", size=12)
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(["Dòng", "Nhiệm vụ (theo KH)", "Nội dung số liệu", "Số lượng", "ĐVT", "Ghi chú"]):
        cell_text(tb.rows[0].cells[i], h, bold=True, align="c", size=11)
    for i, (task, label, val, dvt, note) in enumerate(rows, 1):
        cs = tb.add_row().cells
        cell_text(cs[0], str(i), align="c", size=11)
        cell_text(cs[1], task, size=11)
        cell_text(cs[2], label, size=11)
        cell_text(cs[3], vn(val) if isinstance(val, int) else val, align="r", size=11)
        cell_text(cs[4], dvt, align="c", size=11)
        cell_text(cs[5], note, italic=True, size=10)
    set_col_widths(tb, [1.2, 3.6, 6.0, 2.4, 1.6, 2.6])
    d.save(os.path.join(OUT, fn))


def vanphong():
    fn = "VP So - BC phoi hop KH CT38 nam 2026.docx"
    kk = ["Hồ sơ thanh toán gói thầu thiết bị phải chờ bổ sung giấy chứng nhận hiệu chuẩn của nhà cung cấp nên việc giải ngân còn chậm."]
    kn = ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm hoàn thiện hồ sơ nghiệm thu gói nâng cấp phòng hiệu chuẩn áp suất trước ngày 15/11/2026 để kịp giải ngân trong năm."]
    build(fn, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("VĂN PHÒNG SỞ", "b"), ("", "")],
          "318/BC-VP", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Văn phòng Sở báo cáo kết quả các phần việc được giao phối hợp như sau:",
          [("I. CÔNG TÁC HÀNH CHÍNH – HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
            ["Văn phòng đã phối hợp với Chi cục rà soát, cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; tổ chức lớp đào tạo nhận thức và đánh giá nội bộ cho công chức các phòng. Việc đánh giá nội bộ và họp xem xét của lãnh đạo đã làm xong trong tháng 9/2026 (số liệu: dòng 1–2, Bảng tổng hợp).",
             "Đối với việc kết nối liên thông Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ với Cổng thông tin một cửa quốc gia, Văn phòng đã phối hợp cập nhật danh mục thủ tục và cấu hình quy trình điện tử; phần việc này đã hoàn thành từ Quý I/2026."]),
           ("II. CÔNG TÁC TÀI CHÍNH – TÀI SẢN",
            ["Văn phòng phối hợp thẩm định dự toán, tổ chức lựa chọn nhà thầu và thanh toán các gói mua sắm, nâng cấp trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng. Gói nâng cấp phòng hiệu chuẩn áp suất đang thi công nên việc thanh toán vẫn đang tiếp tục (số liệu: dòng 3–4, Bảng tổng hợp)."]),
           ("III. CÔNG TÁC THI ĐUA – KHEN THƯỞNG",
            ["Trong kỳ báo cáo, Văn phòng không nhận được đề nghị khen thưởng tổ chức, cá nhân tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng; nội dung này không phát sinh."])],
          kk, kn, ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "", "Đặng Minh Tuấn"],
          [("ISO hành chính", "Lớp đào tạo nhận thức, đánh giá nội bộ ISO 9001:2015", 1, "lớp", ""),
           ("ISO hành chính", "Lượt công chức tham dự", 46, "lượt", ""),
           ("Đầu tư TTB Trung tâm", "Giá trị đã giải ngân các gói mua sắm, nâng cấp", 4974000000, "đồng", "lũy kế đến 20/10"),
           ("Đầu tư TTB Trung tâm", "Gói thầu đã thanh toán xong", 1, "gói", "còn 01 gói đang thi công")],
          ["- Như trên;", "- Lãnh đạo Sở (để b/c);", "- Lưu: VT, VP."])
    E = [("II.2.đ", "completed", {"training_courses": 1, "participants": 46}, "Văn phòng đã phối hợp với Chi cục rà soát, cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở"),
         ("II.2.h", "completed", {}, "kết nối liên thông Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ với Cổng thông tin một cửa quốc gia"),
         ("II.4.a", "in_progress", {"budget_spent_vnd": 4974000000}, "thanh toán các gói mua sắm, nâng cấp trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm"),
         ("II.5.d", "not_applicable", {}, "không nhận được đề nghị khen thưởng tổ chức, cá nhân tố giác hành vi vi phạm")]
    write_truth(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "318/BC-VP", "2026-10-28", E, kk, kn)


def congthuong():
    fn = "SCT_BC_CT38_2026.docx"
    kk = ["Lực lượng quản lý thị trường sau sắp xếp phải phân bổ cho nhiều địa bàn nên số đợt phối hợp kiểm tra xăng dầu còn hạn chế."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để Sở Công Thương phục vụ công tác quản lý."]
    build(fn, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ CÔNG THƯƠNG", "b")],
          "742/BC-SCT", "Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026",
          "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
          "Sở Khoa học và Công nghệ",
          "Theo đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo các nội dung có liên quan đến chức năng của ngành như sau:",
          [("1. Quản lý kinh doanh xăng dầu",
            ["Sở Công Thương phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và lực lượng quản lý thị trường kiểm tra việc chấp hành quy định về đo lường, chất lượng xăng dầu tại các cửa hàng bán lẻ; đợt kiểm tra cuối năm hiện đang triển khai (số liệu: dòng 1–4, Bảng tổng hợp). Thông tin chung về mạng lưới cửa hàng tại dòng 7."]),
           ("2. Xây dựng, góp ý quy chuẩn kỹ thuật thuộc lĩnh vực Công Thương",
            ["Sở đã có ý kiến đối với các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương gửi lấy ý kiến (an toàn điện, khí dầu mỏ hóa lỏng); đến nay đã gửi xong toàn bộ ý kiến góp ý (dòng 5)."]),
           ("3. Bồi dưỡng nghiệp vụ cho công chức",
            ["Sở đã cử công chức Phòng Quản lý thương mại và Phòng Kỹ thuật an toàn – Môi trường tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức; việc cử người đã thực hiện xong (dòng 6)."])],
          kk, kn, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Thanh Hòa"],
          [("Kiểm tra xăng dầu", "Số cuộc kiểm tra phối hợp", 6, "cuộc", ""),
           ("Kiểm tra xăng dầu", "Số cửa hàng được kiểm tra", 42, "cửa hàng", ""),
           ("Kiểm tra xăng dầu", "Số cửa hàng vi phạm", 5, "cửa hàng", ""),
           ("Kiểm tra xăng dầu", "Tiền xử phạt vi phạm hành chính", 85000000, "đồng", ""),
           ("Góp ý QCVN", "Dự thảo QCVN đã góp ý", 3, "dự thảo", ""),
           ("Tập huấn công chức", "Lượt công chức được cử tham dự", 6, "lượt", ""),
           ("(thông tin chung)", "Cửa hàng bán lẻ xăng dầu đang hoạt động trên địa bàn", 1214, "cửa hàng", "tham khảo, không thuộc KH")],
          ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLTM."])
    E = [("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 42, "violations": 5, "fines_vnd": 85000000}, "kiểm tra việc chấp hành quy định về đo lường, chất lượng xăng dầu tại các cửa hàng bán lẻ"),
         ("II.2.e", "completed", {"standards_reviewed": 3}, "Sở đã có ý kiến đối với các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương gửi lấy ý kiến"),
         ("II.3.a", "completed", {"participants": 6}, "Sở đã cử công chức ... tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng")]
    write_truth(fn, "SO-CT", "Sở Công Thương", "742/BC-SCT", "2026-11-09", E, kk, kn)


def benthanh():
    fn = "P Ben Thanh - bao cao CT38.docx"
    kk = ["Nhiều quầy sạp tại chợ Bến Thành kinh doanh theo giờ, khó bố trí thời điểm kiểm tra."]
    kn = ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn riêng cho công chức phường về kiểm tra cân, thước tại chợ."]
    build(fn, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG BẾN THÀNH", "b"), ("", "")],
          "1562/BC-UBND", "Phường Bến Thành, ngày 12 tháng 11 năm 2026",
          "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
          "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
          "Ủy ban nhân dân phường Bến Thành báo cáo kết quả thực hiện các nội dung về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường như sau:",
          [("1. Công tác tuyên truyền",
            ["Phường đã đăng tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố về quyền lợi người tiêu dùng khi mua bán bằng cân, về nhãn hàng hóa; nội dung tuyên truyền năm 2026 đã hoàn thành (dòng 1)."]),
           ("2. Kiểm tra đo lường tại chợ Bến Thành, chợ Thái Bình",
            ["Tổ công tác của phường phối hợp với Chi cục TĐC kiểm tra cân và phương tiện đo tại các quầy sạp, đã xử phạt các trường hợp vi phạm; việc kiểm tra vẫn đang tiếp tục trong các tháng cuối năm (dòng 2–5)."]),
           ("3. Bồi dưỡng công chức",
            ["Phường đã cử công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn do Sở tổ chức; đã tham gia đầy đủ (dòng 6)."])],
          kk, kn, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trương Thị Bích Liên"],
          [("Tuyên truyền PL TĐC", "Tin, bài đã đăng", 12, "tin, bài", "trang TTĐT + Zalo"),
           ("Kiểm tra theo phân cấp", "Số cuộc kiểm tra", 3, "cuộc", ""),
           ("Kiểm tra theo phân cấp", "Số quầy sạp, cơ sở được kiểm tra", 27, "cơ sở", ""),
           ("Kiểm tra theo phân cấp", "Số trường hợp vi phạm", 2, "trường hợp", ""),
           ("Kiểm tra theo phân cấp", "Tiền phạt", 4000000, "đồng", ""),
           ("Tập huấn công chức", "Lượt công chức tham dự", 2, "lượt", "")],
          ["- Như trên;", "- Đảng ủy phường;", "- Lưu: VT, KT."])
    E = [("II.1.a", "completed", {"communications": 12}, "Phường đã đăng tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố"),
         ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 4000000}, "Tổ công tác của phường phối hợp với Chi cục TĐC kiểm tra cân và phương tiện đo tại các quầy sạp"),
         ("II.3.a", "completed", {"participants": 2}, "Phường đã cử công chức ... tham dự lớp tập huấn do Sở tổ chức")]
    write_truth(fn, "26743", "Phường Bến Thành", "1562/BC-UBND", "2026-11-12", E, kk, kn)


def cuchi():
    fn = "Xa Cu Chi_BC ket qua KH38.docx"
    kk = ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    kn = ["Đề nghị Chi cục TĐC gửi tài liệu tuyên truyền in sẵn (tờ rơi, áp phích) để xã phát cho hộ kinh doanh."]
    build(fn, [("ỦY BAN NHÂN DÂN", ""), ("XÃ CỦ CHI", "b"), ("", "")],
          "241/BC-UBND", "Củ Chi, ngày 10 tháng 11 năm 2026",
          "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW)",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
          "Ủy ban nhân dân xã Củ Chi báo cáo kết quả thực hiện như sau:",
          [("1. Thông tin, tuyên truyền",
            ["Xã phát tin trên Đài truyền thanh xã về sử dụng cân đúng, mua bán xăng dầu đúng lượng; nội dung này xã đã hoàn thành (dòng 1)."]),
           ("2. Kiểm tra cửa hàng xăng dầu và cân tại chợ",
            ["Xã phối hợp với Chi cục kiểm tra các cửa hàng xăng dầu và quầy sạp chợ Củ Chi; qua kiểm tra chưa phát hiện trường hợp vi phạm. Xã đang tiếp tục theo dõi, kiểm tra (dòng 2–3; thông tin mạng lưới tại dòng 4)."]),
           ("3. Tập huấn",
            ["Năm 2026 xã chưa cử được công chức tham dự lớp tập huấn nghiệp vụ do trùng lịch tiếp công dân; nội dung này chưa thực hiện."])],
          kk, kn, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Phan Văn Lộc"],
          [("Tuyên truyền", "Tin phát trên Đài truyền thanh xã", 8, "tin", ""),
           ("Kiểm tra theo phân cấp", "Số cuộc kiểm tra", 2, "cuộc", "phối hợp Chi cục"),
           ("Kiểm tra theo phân cấp", "Số cơ sở được kiểm tra", 15, "cơ sở", "9 CHXD, 6 quầy sạp"),
           ("(tham khảo)", "Cửa hàng xăng dầu trên địa bàn xã", 23, "cửa hàng", "")],
          ["- Như trên;", "- Lưu: VT."])
    E = [("II.1.a", "completed", {"communications": 8}, "Xã phát tin trên Đài truyền thanh xã về sử dụng cân đúng, mua bán xăng dầu đúng lượng"),
         ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15}, "Xã phối hợp với Chi cục kiểm tra các cửa hàng xăng dầu và quầy sạp chợ Củ Chi"),
         ("II.3.a", "not_started", {}, "Năm 2026 xã chưa cử được công chức tham dự lớp tập huấn nghiệp vụ")]
    write_truth(fn, "27553", "Xã Củ Chi", "241/BC-UBND", "2026-11-10", E, kk, kn)


def run():
    vanphong()
    congthuong()
    benthanh()
    cuchi()


if __name__ == "__main__":
    run()
