"""Hand E — an officer who keeps a quarterly tally: a one-page portrait cover text, then a
landscape section with a Word table whose columns are the quarters (Quý I | Quý II | Quý III |
Quý IV (đến ngày ...) | Cả năm | Đánh giá). Each task is a bold row carrying the status in
'Đánh giá'; indicator sub-rows ('- Số cuộc kiểm tra') give per-quarter figures and the year
total. Empty quarters shown as '-'. Money in the table in đồng with dots."""
import os
from common import *
from docx.shared import Pt, Cm


def fmt(v):
    if v is None:
        return "-"
    if isinstance(v, int) and v >= 1000:
        return f"{v:,}".replace(",", ".")
    return f"{v:02d}" if isinstance(v, int) and v < 10 and v > 0 else str(v)


def build(fname, top, unit_upper, number, place_date, kinhgui, intro, q4label, tasks, kk, dx, sign, signer, noinhan):
    d = base_doc(size=13)
    header_block(d, top, unit_upper, number, place_date)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu theo quý)", bold=True, center=True)
    para(d, kinhgui, center=True)
    for t in intro:
        para(d, t)
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for k in kk:
        para(d, "- " + k)
    para(d, "Đề xuất, kiến nghị:", bold=True, indent=False)
    for k in dx:
        para(d, "- " + k)
    signature(d, noinhan, sign, signer)
    set_landscape_section(d)
    para(d, "BẢNG SỐ LIỆU KẾT QUẢ THỰC HIỆN THEO QUÝ NĂM 2026", bold=True, center=True)
    hdr = ["STT", "Nội dung", "Quý I", "Quý II", "Quý III", q4label, "Cả năm", "Đánh giá"]
    t = d.add_table(rows=1, cols=len(hdr))
    grid(t)
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True, center=True, size=12)
        shade(t.cell(0, i), "DEEAF6")
    for n, (title, status, subs) in enumerate(tasks, 1):
        c = t.add_row().cells
        cell_text(c[0], str(n), bold=True, center=True, size=12)
        cell_text(c[1], title, bold=True, size=12)
        m = c[2].merge(c[6])
        cell_text(m, "", size=12)
        cell_text(c[7], status, center=True, size=12)
        for lab, qs, total in subs:
            c = t.add_row().cells
            cell_text(c[1], "- " + lab, size=12)
            for j, v in enumerate(qs):
                cell_text(c[2 + j], fmt(v), center=True, size=12)
            cell_text(c[6], fmt(total), bold=True, center=True, size=12)
    widths = [1.2, 8.5, 2.3, 2.3, 2.3, 3.0, 2.6, 3.5]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    d.save(os.path.join(ROOT, fname))


def e1():
    fname = "TanKhanh_BC CT38_theo quy.docx"
    tasks = [
        ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "Hoàn thành", [
            ("Tin, bài", [3, 4, 2, 1], 10), ("Hội nghị tuyên truyền", [1, None, 1, None], 2), ("Lượt người tham dự", [60, None, 75, None], 135)]),
        ("Kiểm tra theo nội dung được phân quyền", "Đang thực hiện", [
            ("Số cuộc kiểm tra", [1, 1, 1, None], 3), ("Cơ sở được kiểm tra", [5, 6, 4, None], 15),
            ("Cơ sở vi phạm", [None, 1, 1, None], 2), ("Tiền xử phạt (đồng)", [None, 1500000, 2000000, None], 3500000)]),
        ("Hướng dẫn cơ sở ghi nhãn, công bố chất lượng sản phẩm", "Đang thực hiện", [
            ("Cơ sở được hướng dẫn", [2, 1, 3, 1], 7)]),
        ("Cử công chức tham gia tập huấn nghiệp vụ", "Hoàn thành", [("Lượt công chức", [None, 2, None, None], 2)]),
        ("Duy trì HTQLCL theo TCVN ISO 9001:2015", "Đang thực hiện", []),
    ]
    intro = ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tân Khánh báo cáo kết quả thực hiện từ ngày 01/01/2026 đến ngày 25/10/2026; số liệu chi tiết theo từng quý tại bảng đính kèm."]
    kk = ["Số liệu một số nội dung (tuyên truyền lồng ghép tại khu phố) chưa được thống kê đầy đủ."]
    dx = ["Đề nghị Chi cục ban hành mẫu biểu thống kê thống nhất cho cấp phường, xã."]
    build(fname, "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN KHÁNH", "367/BC-UBND", "Tân Khánh, ngày 26 tháng 10 năm 2026",
          "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", intro, "Quý IV\n(đến 25/10)", tasks, kk, dx,
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đặng Thị Thu Hà", ["- Như trên;", "- Lưu: VT."])
    E = [
        dict(task="II.1.a", status="completed", ind={"communications": 10, "training_courses": 2, "participants": 135}, text=tasks[0][0], source="word/document.xml table 3 rows 2-5"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3500000}, text=tasks[1][0], source="word/document.xml table 3 rows 6-10"),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 7}, text=tasks[2][0], source="word/document.xml table 3 rows 11-12"),
        dict(task="II.3.a", status="completed", ind={"participants": 2}, text=tasks[3][0], source="word/document.xml table 3 rows 13-14"),
        dict(task="II.2.đ", status="in_progress", ind={}, text=tasks[4][0], source="word/document.xml table 3 row 15"),
    ]
    write_key(fname, "25891", "Phường Tân Khánh", "367/BC-UBND", "2026-10-26", E, kk, dx)


def e2():
    fname = "BacTanUyen_solieu_quy_CT38.docx"
    tasks = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện", [
            ("Tin, bài", [2, 2, 3, None], 7), ("Hội nghị", [None, 1, None, None], 1), ("Người tham dự", [None, 55, None, None], 55),
            ("Kinh phí đã chi (đồng)", [None, 2500000, None, None], 2500000)]),
        ("Kiểm tra đo lường, chất lượng theo phân quyền", "Đang thực hiện", [
            ("Cuộc kiểm tra", [None, 1, 1, None], 2), ("Cơ sở được kiểm tra", [None, 4, 5, None], 9),
            ("Cơ sở vi phạm", [None, None, 1, None], 1), ("Tiền phạt (đồng)", [None, None, 750000, None], 750000),
            ("Cân được kiểm định (phối hợp)", [None, None, 35, None], 35)]),
        ("Phối hợp lấy mẫu khảo sát chất lượng phân bón", "Hoàn thành", [("Mẫu", [None, None, 4, None], 4)]),
        ("Phản ánh, tố giác vi phạm về TĐC", "Không phát sinh", []),
    ]
    intro = ["Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Bắc Tân Uyên báo cáo kết quả thực hiện đến ngày 31/10/2026 (chi tiết theo quý tại bảng kèm theo)."]
    kk = ["Địa bàn xã rộng, nhiều cơ sở kinh doanh vật tư nông nghiệp nhỏ lẻ.",
          "Chưa có công chức được đào tạo chuyên ngành đo lường."]
    dx = ["Đề nghị Chi cục hỗ trợ xã tổ chức kiểm định cân định kỳ tại chợ Tân Thành."]
    build(fname, "ỦY BAN NHÂN DÂN", "XÃ BẮC TÂN UYÊN", "119/BC-UBND", "Bắc Tân Uyên, ngày 02 tháng 11 năm 2026",
          "Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)", intro, "Quý IV\n(đến 31/10)", tasks, kk, dx,
          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hồ Văn Lực", ["- Như trên;", "- Lưu: VT, KT."])
    E = [
        dict(task="II.1.a", status="in_progress", ind={"communications": 7, "training_courses": 1, "participants": 55, "budget_spent_vnd": 2500000}, text=tasks[0][0], source="word/document.xml table 3 rows 2-6"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 750000, "instruments_verified": 35}, text=tasks[1][0], source="word/document.xml table 3 rows 7-12"),
        dict(task="II.5.b", status="completed", ind={"samples_tested": 4}, text=tasks[2][0], source="word/document.xml table 3 rows 13-14"),
        dict(task="II.5.d", status="not_applicable", ind={}, text=tasks[3][0], source="word/document.xml table 3 row 15"),
    ]
    write_key(fname, "25906", "Xã Bắc Tân Uyên", "119/BC-UBND", "2026-11-02", E, kk, dx)


def e3():
    fname = "KTPC_BC ket qua CT38 nam 2026_theo quy.docx"
    tasks = [
        ("Phối hợp kiểm tra, giám sát chất lượng sản phẩm, hàng hóa (II.5.a)", "Đang thực hiện", [
            ("Cuộc kiểm tra", [2, 3, 3, 1], 9), ("Cơ sở được kiểm tra", [14, 20, 18, 6], 58),
            ("Cơ sở vi phạm", [2, 4, 3, 1], 10), ("Tiền xử phạt (đồng)", [18000000, 31500000, 22000000, 7500000], 79000000)]),
        ("Phối hợp khảo sát chất lượng sản phẩm, hàng hóa (II.5.b)", "Đang thực hiện", [("Mẫu khảo sát", [None, 20, 25, None], 45)]),
        ("Góp ý dự thảo văn bản quy phạm pháp luật về TĐC (II.2.c)", "Hoàn thành", [("Văn bản góp ý", [1, None, 2, None], 3)]),
        ("Phối hợp hướng dẫn UBND phường, xã, đặc khu thực hiện nội dung phân quyền (II.5.c)", "Đang thực hiện", [
            ("Hội nghị hướng dẫn", [None, 1, None, 1], 2), ("Lượt công chức tham dự", [None, 85, None, 92], 177)]),
        ("Phối hợp rà soát, kiểm định phương tiện kỹ thuật nghiệp vụ (II.4.b)", "Hoàn thành", [("Phương tiện được kiểm định, hiệu chuẩn", [None, None, 12, None], 12)]),
        ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm (II.5.d)", "Đang thực hiện", [("Đơn phản ánh đã xử lý", [1, None, 2, None], 3)]),
    ]
    intro = ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ được giao phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng từ ngày 01/01/2026 đến ngày 28/10/2026 (số liệu chi tiết theo quý tại bảng kèm theo)."]
    kk = ["Lực lượng kiểm tra của Phòng ít, đồng thời phải thực hiện nhiều cuộc thanh tra, kiểm tra chuyên ngành khác.",
          "Chi phí thử nghiệm mẫu khảo sát lớn so với dự toán được giao."]
    dx = ["Đề nghị Chi cục chủ động xây dựng kế hoạch kiểm tra liên ngành năm 2027 sớm để Phòng bố trí nhân sự phối hợp."]
    build(fname, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "45/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", intro, "Quý IV\n(đến 28/10)", tasks, kk, dx,
          ["TRƯỞNG PHÒNG"], "Nguyễn Văn Tâm", ["- Như trên;", "- Lãnh đạo Sở (để b/c);", "- Lưu: KTPC."])
    E = [
        dict(task="II.5.a", status="in_progress", ind={"inspections": 9, "establishments_inspected": 58, "violations": 10, "fines_vnd": 79000000}, text=tasks[0][0], source="word/document.xml table 3 rows 2-6"),
        dict(task="II.5.b", status="in_progress", ind={"samples_tested": 45}, text=tasks[1][0], source="word/document.xml table 3 rows 7-8"),
        dict(task="II.2.c", status="completed", ind={}, text=tasks[2][0], source="word/document.xml table 3 rows 9-10"),
        dict(task="II.5.c", status="in_progress", ind={"training_courses": 2, "participants": 177}, text=tasks[3][0], source="word/document.xml table 3 rows 11-13"),
        dict(task="II.4.b", status="completed", ind={"instruments_verified": 12}, text=tasks[4][0], source="word/document.xml table 3 rows 14-15"),
        dict(task="II.5.d", status="in_progress", ind={}, text=tasks[5][0], source="word/document.xml table 3 rows 16-17"),
    ]
    write_key(fname, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "45/BC-KTPC", "2026-10-30", E, kk, dx)


if __name__ == "__main__":
    e1(); e2(); e3()
