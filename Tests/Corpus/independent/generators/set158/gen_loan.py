# -*- coding: utf-8 -*-
"""Hand 3 - Nguyễn Thị Loan: the e-mail thread with the Chi cục copied into Word under a
normal header. Every exchange is a bracketed sender line "[Chi cục TĐC – Thu Hương,
12/10/2026 09:15]" + the question in grey italics, then "[<unit> – Loan, …]" + the
answer; some tasks have a follow-up question whose answer adds the figures. The status
is in the answer's casual wording ("xong rồi", "đang làm tiếp"). Difficulties and
proposals come as the answer to the last question, in "- Khó khăn: / - Kiến nghị:" lines."""
import os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import OUT, new_doc, para, add_run, header_block, write_truth

GREY = "595959"


def build(fn, left, num, date_line, vv, kinh_gui, title, intro, asker, answerer, thread, sign,
          closing=None):
    d = new_doc(size=13, font="Times New Roman")
    header_block(d, left + [("Số: " + num, "")] + ([("V/v " + vv, "i")] if vv else []),
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
                  ("", ""), (date_line, "i")])
    para(d)
    if kinh_gui:
        p = para(d, "", align="c")
        add_run(p, "Kính gửi: " + kinh_gui)
    if title:
        para(d, title, bold=True, align="c")
    para(d, intro, align="j", indent=1)
    n = 0
    for item in thread:
        n += 1
        for who, when, text in item:
            hdr = f"[{asker if who == 'Q' else answerer}, {when}]"
            p = para(d, "", space_after=0)
            add_run(p, hdr, bold=True, size=11, color="1F4E79" if who == "Q" else None)
            for ln in text.split("\n"):
                if who == "Q":
                    pp = para(d, ln, italic=True, color=GREY, align="j")
                    pp.paragraph_format.left_indent = Cm(0.8)
                else:
                    pp = para(d, ln, align="j")
                    pp.paragraph_format.left_indent = Cm(0.8)
        para(d, "—", align="c", color=GREY, space_after=2)
    if closing:
        para(d, closing, align="j", indent=1)
    t = d.add_table(rows=1, cols=2)
    c1 = t.rows[0].cells[1]
    c1.text = ""
    first = True
    for ln in sign:
        pp = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.space_after = Pt(0)
        add_run(pp, ln, bold=bool(ln))
    d.save(os.path.join(OUT, fn))


def qlkh():
    fn = "QLKH_traoDoi_CT38_2026.docx"
    kk = ["Quyết định số 05/2026/QĐ-UBND mới ban hành, chưa có hướng dẫn chi tiết về hồ sơ và mức hỗ trợ đối với chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    kn = ["Đề nghị Chi cục phối hợp với Phòng rà soát nhu cầu chuyên gia đo lường, thử nghiệm của các đơn vị thuộc Sở để đề xuất danh mục thu hút năm 2027."]
    thread = [
        [("Q", "12/10/2026 09:15", "Mục 3.c KH: Phòng cho Chi cục xin kết quả thu hút cán bộ trình độ cao, chuyên gia tư vấn, đánh giá lĩnh vực TĐC theo NQ 27/2023 và QĐ 05/2026 ạ."),
         ("A", "14/10/2026 16:40", "Phòng đã tham mưu Sở trình UBND Thành phố hồ sơ đề xuất thu hút 02 chuyên gia lĩnh vực đo lường – hiệu chuẩn. Hiện đang chờ Thành phố xem xét, phê duyệt nên việc này phòng vẫn đang thực hiện.")],
        [("Q", "12/10/2026 09:15", "Phòng có cử người dự các lớp tập huấn văn bản QPPL về TC-ĐL-CL do Chi cục tổ chức không chị?"),
         ("A", "14/10/2026 16:40", "Có em, phòng cử 04 lượt, dự đủ các lớp. Xong rồi nhé.")],
        [("Q", "12/10/2026 09:15", "Khóa bồi dưỡng chuyên sâu về năng suất (mục 3.b) phòng phối hợp tới đâu rồi ạ?"),
         ("A", "14/10/2026 16:40", "Phòng phối hợp với Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về năng suất chất lượng ngày 18–19/8/2026 tại Khu Công nghệ cao, đã tổ chức xong."),
         ("Q", "15/10/2026 08:02", "Chị cho em xin số học viên cụ thể để em điền biểu ạ."),
         ("A", "15/10/2026 10:31", "35 học viên là cán bộ doanh nghiệp nha em.")],
        [("Q", "12/10/2026 09:15", "Nội dung phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất (mục 6.b) có phát sinh không chị?"),
         ("A", "14/10/2026 16:40", "Năm nay phòng chưa nhận được yêu cầu nào từ APO hay Ủy ban TĐC Quốc gia, nên không phát sinh em ạ.")],
        [("Q", "12/10/2026 09:15", "Phòng có khó khăn, kiến nghị gì để Chi cục tổng hợp không ạ?"),
         ("A", "14/10/2026 16:40", "- Khó khăn: " + kk[0] + "\n- Kiến nghị: " + kn[0])],
    ]
    build(fn, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("PHÒNG QUẢN LÝ KHOA HỌC", "b")],
          "57/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 16 tháng 10 năm 2026", None,
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "BÁO CÁO\nKết quả phối hợp thực hiện Kế hoạch CT38 năm 2026 (tổng hợp từ trao đổi qua thư điện tử)",
          "Phòng Quản lý Khoa học gửi lại toàn bộ nội dung đã trao đổi qua thư điện tử với Chi cục Tiêu chuẩn Đo lường Chất lượng (từ ngày 12/10 đến ngày 15/10/2026) để Chi cục làm căn cứ tổng hợp, cụ thể như sau:",
          "Chi cục TĐC – Thu Hương", "Phòng QLKH – Loan", thread,
          ["TRƯỞNG PHÒNG", "", "", "", "Võ Minh Châu"])
    E = [("II.3.c", "in_progress", {}, "Phòng đã tham mưu Sở trình UBND Thành phố hồ sơ đề xuất thu hút 02 chuyên gia lĩnh vực đo lường – hiệu chuẩn"),
         ("II.1.a", "completed", {"participants": 4}, "Có em, phòng cử 04 lượt, dự đủ các lớp. Xong rồi nhé."),
         ("II.3.b", "completed", {"training_courses": 1, "participants": 35}, "Phòng phối hợp với Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về năng suất chất lượng"),
         ("II.6.b", "not_applicable", {}, "Năm nay phòng chưa nhận được yêu cầu nào từ APO hay Ủy ban TĐC Quốc gia, nên không phát sinh")]
    write_truth(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "57/BC-QLKH", "2026-10-16", E, kk, kn)


def soyte():
    fn = "SYT - phuc dap Chi cuc TDC ve KH CT38.docx"
    kk = ["Nhiều phương tiện đo đang dùng tại cơ sở y tế tư nhân chưa được đưa vào kế hoạch kiểm định định kỳ."]
    kn = ["Đề nghị Chi cục gửi danh sách tổ chức kiểm định được chỉ định đối với phương tiện đo dùng trong y tế để Sở Y tế thông báo đến các cơ sở."]
    thread = [
        [("Q", "20/10/2026 14:05", "Theo KH (mục 2.e), Sở Y tế là đơn vị phối hợp góp ý QCVN. Anh chị cho Chi cục xin kết quả góp ý năm 2026 ạ."),
         ("A", "22/10/2026 09:50", "Sở Y tế đã góp ý 04 dự thảo QCVN về trang thiết bị y tế và chất lượng nước sạch theo đề nghị của Bộ Y tế, Bộ KH&CN. Đã hoàn tất, đã gửi văn bản.")],
        [("Q", "20/10/2026 14:05", "Việc phối hợp kiểm tra phương tiện đo trong khám chữa bệnh năm nay thế nào ạ?"),
         ("A", "22/10/2026 09:50", "Trong Quý III, Sở phối hợp Chi cục kiểm tra phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 09 cơ sở khám bệnh, chữa bệnh tư nhân, chia làm 02 đợt. Phát hiện 01 cơ sở dùng huyết áp kế quá hạn kiểm định, đã lập biên bản nhắc nhở."),
         ("Q", "22/10/2026 10:12", "Có xử phạt không ạ, và phần này em ghi trạng thái gì ạ?"),
         ("A", "22/10/2026 11:03", "Chưa xử phạt, mới nhắc nhở. Quý IV còn 01 đợt nữa nên em ghi giúp là đang thực hiện.")],
        [("Q", "20/10/2026 14:05", "Sở có cử công chức tham dự lớp tập huấn nghiệp vụ TC-ĐL-CL cho Sở ngành không ạ?"),
         ("A", "22/10/2026 09:50", "Có, 03 người của Phòng Nghiệp vụ Y và Thanh tra Sở dự lớp ngày 22/7/2026. Xong.")],
        [("Q", "20/10/2026 14:05", "Khó khăn, kiến nghị (nếu có) ạ."),
         ("A", "22/10/2026 09:50", "- Khó khăn: " + kk[0] + "\n- Kiến nghị: " + kn[0])],
    ]
    build(fn, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ Y TẾ", "b")],
          "8214/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026",
          "phúc đáp nội dung trao đổi về Kế hoạch CT38 năm 2026",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", None,
          "Sở Y tế xác nhận các nội dung đã trao đổi qua thư điện tử giữa chuyên viên Phòng Nghiệp vụ Y và Chi cục Tiêu chuẩn Đo lường Chất lượng về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, như sau:",
          "Chi cục TĐC – Thu Hương", "Sở Y tế (P. NVY) – Loan", thread,
          ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Hoàng Anh Thư"],
          closing="Sở Y tế gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.")
    E = [("II.2.e", "completed", {"standards_reviewed": 4}, "Sở Y tế đã góp ý 04 dự thảo QCVN về trang thiết bị y tế và chất lượng nước sạch"),
         ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 9, "violations": 1}, "Sở phối hợp Chi cục kiểm tra phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 09 cơ sở khám bệnh, chữa bệnh tư nhân"),
         ("II.3.a", "completed", {"participants": 3}, "03 người của Phòng Nghiệp vụ Y và Thanh tra Sở dự lớp ngày 22/7/2026. Xong.")]
    write_truth(fn, "SO-YT", "Sở Y tế", "8214/SYT-NVY", "2026-11-06", E, kk, kn)


def longhuong():
    fn = "Long Huong - tra loi Chi cuc (CT38).docx"
    kk = ["Chợ Long Hương chưa có cân đối chứng; hộ kinh doanh chưa chủ động đem cân đi kiểm định."]
    kn = ["Đề nghị Chi cục hỗ trợ 02 cân đối chứng cho chợ Long Hương."]
    thread = [
        [("Q", "19/10/2026 15:20", "Phường cho Chi cục xin kết quả tuyên truyền pháp luật về TC-ĐL-CL năm 2026 ạ."),
         ("A", "21/10/2026 08:45", "Phường đăng 04 tin bài trên trang TTĐT phường và tổ chức 01 hội nghị phổ biến cho tiểu thương chợ Long Hương, có 70 người dự. Đã xong.")],
        [("Q", "19/10/2026 15:20", "Việc kiểm tra cân, phương tiện đo tại chợ theo phân cấp ạ?"),
         ("A", "21/10/2026 08:45", "Tháng 9 phường lập 01 đoàn kiểm tra cân tại chợ Long Hương, kiểm tra 22 hộ kinh doanh, có 03 hộ dùng cân sai số vượt mức cho phép; đã nhắc nhở, yêu cầu thay cân. Đang làm tiếp đợt cuối năm.")],
        [("Q", "19/10/2026 15:20", "Phường có cử công chức dự tập huấn không ạ?"),
         ("A", "21/10/2026 08:45", "01 công chức dự lớp ngày 22/7 – xong.")],
        [("Q", "19/10/2026 15:20", "Khó khăn, kiến nghị ạ?"),
         ("A", "21/10/2026 08:45", "- Khó khăn: " + kk[0] + "\n- Kiến nghị: " + kn[0])],
    ]
    build(fn, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG LONG HƯƠNG", "b")],
          "115/BC-UBND", "Long Hương, ngày 07 tháng 11 năm 2026", None,
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
          "Ủy ban nhân dân phường Long Hương gửi lại nội dung đã trả lời Chi cục qua thư điện tử, thay cho báo cáo kết quả năm 2026:",
          "Chi cục TĐC – Thu Hương", "UBND phường Long Hương – Loan (P. KT-HT-ĐT)", thread,
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hồ Văn Được"])
    E = [("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 70}, "Phường đăng 04 tin bài trên trang TTĐT phường và tổ chức 01 hội nghị phổ biến cho tiểu thương chợ Long Hương"),
         ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 22, "violations": 3}, "Tháng 9 phường lập 01 đoàn kiểm tra cân tại chợ Long Hương, kiểm tra 22 hộ kinh doanh"),
         ("II.3.a", "completed", {"participants": 1}, "01 công chức dự lớp ngày 22/7 – xong.")]
    write_truth(fn, "26566", "Phường Long Hương", "115/BC-UBND", "2026-11-07", E, kk, kn)


def binhchanh_mistaken():
    fn = "Binh Chanh - trao doi PCTT 2026.docx"
    thread = [
        [("Q", "08/10/2026 10:00", "Xã cho Chi cục xin số hộ dân khu vực ven sông có nguy cơ sạt lở đã được vận động di dời năm 2026 ạ."),
         ("A", "09/10/2026 14:30", "Xã đã vận động di dời 17 hộ khu vực ven rạch Cầu Ván, đã xong.")],
        [("Q", "08/10/2026 10:00", "Diễn tập phòng, chống thiên tai cấp xã năm nay tổ chức chưa ạ?"),
         ("A", "09/10/2026 14:30", "Xã tổ chức diễn tập ngày 26/9/2026 với 120 người tham gia (dân quân, tổ xung kích, người dân ấp 3). Đã hoàn thành.")],
        [("Q", "08/10/2026 10:00", "Vật tư, phương tiện dự trữ cho mùa mưa bão ạ?"),
         ("A", "09/10/2026 14:30", "Đã mua bổ sung 200 bao cát, 15 áo phao, 02 máy bơm; đang kiểm kê kho.")],
    ]
    build(fn, [("ỦY BAN NHÂN DÂN", ""), ("XÃ BÌNH CHÁNH", "b")],
          "198/BC-UBND", "Bình Chánh, ngày 04 tháng 11 năm 2026", None,
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "BÁO CÁO\nKết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 (tổng hợp trao đổi)",
          "Ủy ban nhân dân xã Bình Chánh gửi lại nội dung đã trao đổi qua thư điện tử với Chi cục Thủy lợi về công tác phòng, chống thiên tai năm 2026:",
          "Chi cục Thủy lợi – anh Khoa", "UBND xã Bình Chánh – Loan", thread,
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Hữu Nghĩa"])
    write_truth(fn, "27637", "Xã Bình Chánh", "198/BC-UBND", "2026-11-04", [], [], [],
                status="rejected",
                reason="Không phải báo cáo Kế hoạch CT38: nội dung về phòng, chống thiên tai và tìm kiếm cứu nạn (trao đổi với Chi cục Thủy lợi), gửi nhầm cho Chi cục TĐC.")


def run():
    qlkh()
    soyte()
    longhuong()
    binhchanh_mistaken()


if __name__ == "__main__":
    run()
