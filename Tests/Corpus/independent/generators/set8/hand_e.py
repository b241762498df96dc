"""Hand E - Trịnh Công Bằng (phó phòng, viết theo chỉ tiêu).
Habits: every task is "Nhiệm vụ n: <own wording> (<plan point>)" then "- Kết quả:" prose that states
figures against targets ("3/5 lớp theo kế hoạch", "120/150 người (đạt 80%)", "vượt 20% chỉ tiêu")
and "- Tiến độ:" with a percentage ("Hoàn thành 100%", "đạt 60%, đang tiếp tục thực hiện",
"chưa thực hiện", "không phát sinh"). Difficulties under "III. KHÓ KHĂN, HẠN CHẾ" as a), b);
proposals under "IV. KIẾN NGHỊ". Some files re-saved through LibreOffice."""
import os
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *


def build(fname, unit_id, unit_name, left_head, number, date, place_date, opening, tasks,
          difficulties, proposals, sign_title, signer, resave=False, off_subject=None, reason=None):
    d = new_doc(size=13)
    header_block(d, left_head + [("", False, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False), ("", False, False),
                  (place_date, False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, off_subject or ("Kết quả triển khai thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh "
                            "công tác tiêu chuẩn, đo lường, chất lượng năm 2026"), bold=True, align="c")
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True)
    para(d, opening, align="j", indent=1)
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    entries = []
    for n, t in enumerate(tasks, 1):
        p0 = para(d, align="j")
        runs(p0, [(f"Nhiệm vụ {n}: ", "b"), (t["name"], "b")])
        para(d, "- Kết quả: " + t["result"], align="j", indent=1)
        para(d, "- Tiến độ: " + t["progress"], align="j", indent=1)
        if "task" in t:
            entries.append(entry(t["task"], t["status"], t.get("ind"), t["result"],
                                 f"word/document.xml paragraph {body_index(d, p0)}"))
    para(d, "III. KHÓ KHĂN, HẠN CHẾ", bold=True)
    for i, x in enumerate(difficulties):
        para(d, f"{'abcdefg'[i]}) {x}", align="j", indent=1)
    para(d, "IV. KIẾN NGHỊ", bold=True)
    for i, x in enumerate(proposals):
        para(d, f"{'abcdefg'[i]}) {x}", align="j", indent=1)
    para(d, "Trân trọng báo cáo./.", indent=1)
    s = d.add_table(rows=1, cols=2)
    cell_text(s.cell(0, 0), "Nơi nhận:", bold=True, italic=True, size=12)
    for l in ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT."]:
        p = s.cell(0, 0).add_paragraph(); r = p.add_run(l); r.font.size = Pt(11)
    cell_text(s.cell(0, 1), sign_title, bold=True, align="c")
    for _ in range(3):
        s.cell(0, 1).add_paragraph()
    p = s.cell(0, 1).add_paragraph(); r = p.add_run(signer); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = os.path.join(ROOT, fname)
    d.save(path)
    if resave:
        lo_resave(path)
    if off_subject:
        key(fname, unit_id, unit_name, number, date, [], [], [], status="rejected", reason=reason)
    else:
        key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals)


UBND_SIGN = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def main():
    build("26884 - GoVap - BC ket qua CT38 nam 2026.docx", "26884", "Phường Gò Vấp",
          [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG GÒ VẤP", True, False)],
          "745/BC-UBND", "2026-11-09", "Gò Vấp, ngày 09 tháng 11 năm 2026",
          "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân "
          "phường đã ban hành Kế hoạch số 112/KH-UBND ngày 15/3/2026, giao Phòng Kinh tế chủ trì, phối hợp các "
          "khu phố và Đội Quản lý trật tự đô thị triển khai thực hiện.",
          [
           {"name": "Tuyên truyền, tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng (điểm a khoản 1)",
            "task": "II.1.a", "status": "in_progress",
            "result": "Tổ chức được 3/5 lớp tập huấn, tuyên truyền theo kế hoạch với 120/150 người tham dự (đạt 80%); đăng 36 tin, bài trên trang thông tin điện tử phường, vượt 20% chỉ tiêu (30 tin, bài).",
            "progress": "đạt 60%, đang tiếp tục thực hiện (02 lớp còn lại tổ chức trong tháng 11, 12/2026).",
            "ind": {"training_courses": 3, "participants": 120, "communications": 36}},
           {"name": "Duy trì hệ thống quản lý chất lượng tại UBND phường (điểm đ khoản 2)",
            "task": "II.2.đ", "status": "completed",
            "result": "Đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính; thực hiện đánh giá nội bộ tháng 8/2026.",
            "progress": "Hoàn thành 100%."},
           {"name": "Kiểm tra theo nội dung được phân quyền (điểm c khoản 5)",
            "task": "II.5.c", "status": "completed",
            "result": "Thực hiện 04 cuộc kiểm tra tại 18 cơ sở kinh doanh, vượt 20% chỉ tiêu (15 cơ sở); phát hiện 03 cơ sở vi phạm về đo lường và nhãn hàng hóa, xử phạt 12 triệu đồng.",
            "progress": "Hoàn thành 100%.",
            "ind": {"inspections": 4, "establishments_inspected": 18, "violations": 3, "fines_vnd": 12000000}},
           {"name": "Tham gia tập huấn nghiệp vụ cho công chức (điểm a khoản 3)",
            "task": "II.3.a", "status": "completed",
            "result": "Cử 05/05 công chức theo đăng ký tham gia lớp tập huấn của Chi cục TĐC (đạt 100%).",
            "progress": "Hoàn thành 100%.", "ind": {"participants": 5}},
          ],
          ["Kinh phí tổ chức lớp tập huấn chưa được bố trí riêng, phải lồng ghép với kinh phí phổ biến giáo dục pháp luật.",
           "Công chức phụ trách thay đổi sau sắp xếp nên việc theo dõi số liệu chưa liên tục."],
          ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ báo cáo viên cho 02 lớp tập huấn còn lại của phường.",
           "Đề nghị Chi cục TĐC ban hành mẫu báo cáo thống nhất để thuận tiện tổng hợp."],
          UBND_SIGN, "Vũ Đức Thịnh", resave=True)

    build("HocMon_BC_CT38.docx", "27559", "Xã Hóc Môn",
          [("ỦY BAN NHÂN DÂN", False, False), ("XÃ HÓC MÔN", True, False)],
          "233/BC-UBND", "2026-10-20", "Hóc Môn, ngày 20 tháng 10 năm 2026",
          "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân "
          "xã Hóc Môn đã chỉ đạo Phòng Kinh tế và các ấp triển khai thực hiện; kết quả đến ngày 15/10/2026 như sau.",
          [
           {"name": "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (điểm a khoản 1)",
            "task": "II.1.a", "status": "in_progress",
            "result": "Đăng 24 tin, bài trên Trang thông tin điện tử xã, đạt 120% chỉ tiêu (20 tin, bài); tổ chức 1/2 hội nghị tuyên truyền cho hộ sản xuất, kinh doanh với 85 người tham dự.",
            "progress": "đạt 50%, đang tiếp tục thực hiện.",
            "ind": {"communications": 24, "training_courses": 1, "participants": 85}},
           {"name": "Kiểm tra các nội dung được phân quyền (điểm c khoản 5)",
            "task": "II.5.c", "status": "in_progress",
            "result": "Thực hiện 2/4 đợt kiểm tra theo kế hoạch tại 11 cơ sở; chưa phát hiện vi phạm.",
            "progress": "đạt 50%, đang tiếp tục thực hiện.",
            "ind": {"inspections": 2, "establishments_inspected": 11}},
           {"name": "Cử công chức tham gia tập huấn (điểm a khoản 3)",
            "task": "II.3.a", "status": "completed",
            "result": "04/04 công chức được cử đã tham gia đầy đủ (đạt 100%).",
            "progress": "Hoàn thành 100%.", "ind": {"participants": 4}},
           {"name": "Tiếp nhận, xử lý tố giác vi phạm (điểm d khoản 5)",
            "task": "II.5.d", "status": "not_applicable",
            "result": "Không có đơn thư, tố giác.", "progress": "không phát sinh."},
          ],
          ["Lực lượng kiểm tra của xã mỏng, chưa có thiết bị kiểm tra nhanh chất lượng hàng hóa."],
          ["Đề nghị Chi cục TĐC hỗ trợ xã 01 bộ thiết bị kiểm tra nhanh và hướng dẫn sử dụng."],
          UBND_SIGN, "Nguyễn Thành Nhân")

    build("SNNMT-BC CT38-2026.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
          [("UBND THÀNH PHỐ HỒ CHÍ MINH", False, False), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False)],
          "8120/BC-SNNMT", "2026-11-12", "Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026",
          "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả phối hợp "
          "thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau.",
          [
           {"name": "Góp ý quy chuẩn kỹ thuật quốc gia (điểm e khoản 2)",
            "task": "II.2.e", "status": "completed",
            "result": "Đã góp ý 3/3 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, giống cây trồng, nước sạch do Bộ Nông nghiệp và Môi trường gửi lấy ý kiến (đạt 100%).",
            "progress": "Hoàn thành 100%.", "ind": {"standards_reviewed": 3}},
           {"name": "Hướng dẫn doanh nghiệp công bố hợp quy (điểm d khoản 2)",
            "task": "II.2.d", "status": "completed",
            "result": "Hướng dẫn 42 doanh nghiệp, hợp tác xã thực hiện công bố hợp quy phân bón, thức ăn chăn nuôi, vượt 40% chỉ tiêu (30 doanh nghiệp).",
            "progress": "Hoàn thành 100%.", "ind": {"enterprises_supported": 42}},
           {"name": "Khảo sát chất lượng vật tư nông nghiệp (điểm b khoản 5)",
            "task": "II.5.b", "status": "in_progress",
            "result": "Phối hợp Chi cục TĐC lấy 25/30 mẫu phân bón, thức ăn chăn nuôi để khảo sát chất lượng (đạt 83%).",
            "progress": "đạt 83%, đang tiếp tục thực hiện.", "ind": {"samples_tested": 25}},
           {"name": "Cử công chức tham gia tập huấn (điểm a khoản 3)",
            "task": "II.3.a", "status": "completed",
            "result": "Cử 05 công chức, viên chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng.",
            "progress": "Hoàn thành 100%.", "ind": {"participants": 5}},
          ],
          ["Kinh phí lấy mẫu, thử nghiệm vật tư nông nghiệp còn hạn chế nên chưa đạt chỉ tiêu số mẫu khảo sát."],
          ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa liên quan đến vật tư nông nghiệp để phối hợp quản lý."],
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Văn Lực")

    build("HocMon_BC kiem tra Trung thu.docx", "27559", "Xã Hóc Môn",
          [("ỦY BAN NHÂN DÂN", False, False), ("XÃ HÓC MÔN", True, False)],
          "219/BC-UBND", "2026-10-05", "Hóc Môn, ngày 05 tháng 10 năm 2026",
          "Thực hiện Kế hoạch bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026, Ủy ban nhân dân xã đã thành lập "
          "Đoàn kiểm tra liên ngành, kiểm tra các cơ sở sản xuất, kinh doanh bánh trung thu trên địa bàn.",
          [
           {"name": "Kiểm tra cơ sở sản xuất bánh trung thu", "status": "completed",
            "result": "Kiểm tra 05/05 cơ sở sản xuất theo kế hoạch; lấy 12 mẫu bánh test nhanh, kết quả đạt.",
            "progress": "Hoàn thành 100%."},
           {"name": "Kiểm tra cơ sở kinh doanh", "status": "completed",
            "result": "Kiểm tra 23 cơ sở kinh doanh, phát hiện 02 cơ sở kinh doanh bánh không rõ nguồn gốc, xử phạt 4 triệu đồng, tiêu hủy 150 bánh.",
            "progress": "Hoàn thành 100%."},
          ],
          ["Nhiều cơ sở sản xuất nhỏ lẻ, thời vụ, không đăng ký kinh doanh."],
          ["Đề nghị Sở An toàn thực phẩm hỗ trợ kinh phí test nhanh."],
          UBND_SIGN, "Nguyễn Thành Nhân",
          off_subject="Kết quả kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2026",
          reason="Báo cáo kiểm tra an toàn thực phẩm dịp Tết Trung thu, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW")


if __name__ == "__main__":
    main()
