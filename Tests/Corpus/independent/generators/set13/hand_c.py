"""Hand C — ward office assistant who sends a short narrative (one numbered paragraph per
work item, status in parentheses at the end), then the event list copied from the ward's
activity log (Ngày | Hoạt động | Số người — 'số người' is whoever was there: attendees at a
hội nghị, but the team members for an inspection), then a 'HÌNH ẢNH HOẠT ĐỘNG' page of pasted
photos with captions 'Ảnh 1: ...'."""
import io, os
from common import *
from docx.shared import Pt, Cm


def build(fname, upper, lower, place, number, day, month, items, events, photos, kk, dx, signer):
    d = base_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", upper, number, f"{place}, ngày {day} tháng {month} năm 2026")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)", bold=True, center=True)
    para(d, f"Ủy ban nhân dân {lower} báo cáo tình hình thực hiện như sau:")
    para(d, "I. KẾT QUẢ", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        para(d, f"{i}. {it}")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for k in kk:
        para(d, "- " + k)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for k in dx:
        para(d, "- " + k)
    para(d, "(Đính kèm danh sách hoạt động và hình ảnh)", italic=True)
    signature(d, ["- Sở KH&CN (Chi cục TĐC);", "- Lưu: VP."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.add_page_break()
    para(d, "DANH SÁCH CÁC HOẠT ĐỘNG ĐÃ TỔ CHỨC", bold=True, center=True)
    t = d.add_table(rows=1, cols=3)
    grid(t)
    for i, h in enumerate(["Ngày", "Hoạt động", "Số người"]):
        cell_text(t.cell(0, i), h, bold=True, center=True)
    for ev in events:
        c = t.add_row().cells
        cell_text(c[0], ev[0], center=True)
        cell_text(c[1], ev[1])
        cell_text(c[2], ev[2], center=True)
    for row in t.rows:
        row.cells[0].width = Cm(2.8); row.cells[1].width = Cm(10.5); row.cells[2].width = Cm(2.5)
    d.add_page_break()
    para(d, "HÌNH ẢNH HOẠT ĐỘNG", bold=True, center=True)
    colors = [(150, 180, 120), (200, 160, 120), (120, 150, 200), (180, 180, 180)]
    for i, cap in enumerate(photos):
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run().add_picture(io.BytesIO(tiny_png(rgb=colors[i % 4])), width=Cm(9))
        c = d.add_paragraph()
        c.alignment = 1
        r = c.add_run(f"Ảnh {i+1}: {cap}")
        r.italic = True
        r.font.size = Pt(11)
    d.save(os.path.join(ROOT, fname))


def c1():
    fname = "PhuLoi_BC_TDC_kem hinh anh.docx"
    items = [
        "Tuyên truyền: Phường tổ chức 03 buổi hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng với tổng cộng 215 lượt người tham dự; đăng 11 tin, bài trên Fanpage và Zalo OA của phường (đã hoàn thành).",
        "Kiểm tra theo phân quyền: Tổ chức 02 đợt kiểm tra tại 14 cơ sở (tiểu thương chợ Phú Lợi, cửa hàng vàng bạc), phát hiện 02 cơ sở vi phạm, xử phạt 5.000.000 đồng (đang thực hiện).",
        "Cử 03 cán bộ dự Hội nghị hưởng ứng Ngày Tiêu chuẩn Thế giới 14/10/2026 do Sở Khoa học và Công nghệ tổ chức (đã hoàn thành).",
        "Duy trì áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường (đang thực hiện).",
    ]
    events = [
        ("12/3/2026", "Hội nghị tuyên truyền tại Khu phố 1", "80"),
        ("08/4/2026", "Kiểm tra cân tại chợ Phú Lợi (đoàn kiểm tra phường)", "6"),
        ("15/5/2026", "Hội nghị tuyên truyền cho tiểu thương chợ Phú Lợi", "70"),
        ("20/8/2026", "Hội nghị tuyên truyền cho hộ kinh doanh Khu phố 4, 5", "65"),
        ("19/9/2026", "Kiểm tra cửa hàng kinh doanh vàng bạc", "5"),
        ("14/10/2026", "Dự Hội nghị Ngày Tiêu chuẩn Thế giới", "3"),
    ]
    photos = ["Hội nghị tuyên truyền tại Khu phố 1 ngày 12/3/2026",
              "Đoàn kiểm tra phường kiểm tra cân tại chợ Phú Lợi",
              "Tiểu thương tham dự hội nghị ngày 15/5/2026"]
    kk = ["Tiểu thương chưa chủ động kiểm định cân, còn sử dụng cân không rõ nguồn gốc."]
    dx = ["Đề nghị Chi cục tổ chức đợt kiểm định cân miễn phí tại chợ Phú Lợi."]
    build(fname, "PHƯỜNG PHÚ LỢI", "phường Phú Lợi", "Phú Lợi", "389/BC-UBND", 16, 10, items, events, photos, kk, dx, "Nguyễn Thị Kim Loan")
    E = [
        dict(task="II.1.a", status="completed", ind={"training_courses": 3, "participants": 215, "communications": 11}, text=items[0], source="word/document.xml paragraph I.1"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 14, "violations": 2, "fines_vnd": 5000000}, text=items[1], source="word/document.xml paragraph I.2"),
        dict(task="II.3.a", status="completed", ind={"participants": 3}, text=items[2], source="word/document.xml paragraph I.3"),
        dict(task="II.2.đ", status="in_progress", ind={}, text=items[3], source="word/document.xml paragraph I.4"),
    ]
    write_key(fname, "25750", "Phường Phú Lợi", "389/BC-UBND", "2026-10-16", E, kk, dx)


def c2():
    fname = "binh co - bao cao ct38.docx"
    items = [
        "Tuyên truyền: tổ chức 02 hội nghị tuyên truyền, 140 lượt người tham dự; đăng 06 tin, bài trên Trang thông tin điện tử phường; làm 02 pa-nô tuyên truyền tại chợ, kinh phí 4.800.000 đồng (đã hoàn thành).",
        "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 04 doanh nghiệp sản xuất gốm sứ đăng ký mã số mã vạch, áp dụng truy xuất nguồn gốc theo Đề án 100 (đang thực hiện).",
        "Kiểm tra: 01 cuộc kiểm tra tại 05 cửa hàng xăng dầu, không phát hiện vi phạm; phối hợp kiểm định 18 cột đo xăng dầu (đang thực hiện).",
        "Phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: không phát sinh.",
    ]
    events = [
        ("26/3/2026", "Hội nghị tuyên truyền cho hộ kinh doanh chợ Bình Cơ", "75"),
        ("24/6/2026", "Làm việc, hướng dẫn doanh nghiệp gốm sứ về mã số mã vạch, truy xuất nguồn gốc", "-"),
        ("17/7/2026", "Kiểm tra cửa hàng xăng dầu trên ĐT 746", "7"),
        ("09/9/2026", "Hội nghị tuyên truyền tại Khu phố Bình Cơ 2", "65"),
    ]
    photos = ["Hội nghị tuyên truyền ngày 26/3/2026", "Pa-nô tuyên truyền tại chợ Bình Cơ",
              "Buổi làm việc với doanh nghiệp gốm sứ ngày 24/6/2026", "Kiểm tra cột đo xăng dầu ngày 17/7/2026"]
    kk = ["Doanh nghiệp nhỏ, hộ sản xuất gốm chưa quan tâm đến truy xuất nguồn gốc do chi phí."]
    dx = ["Đề nghị Sở có chính sách hỗ trợ kinh phí cấp mã số mã vạch cho doanh nghiệp nhỏ và vừa.",
          "Đề nghị cung cấp tài liệu tuyên truyền mẫu để phường in ấn, phát hành."]
    build(fname, "PHƯỜNG BÌNH CƠ", "phường Bình Cơ", "Bình Cơ", "214/BC-UBND", 27, 10, items, events, photos, kk, dx, "Trương Công Danh")
    E = [
        dict(task="II.1.a", status="completed", ind={"training_courses": 2, "participants": 140, "communications": 6, "budget_spent_vnd": 4800000}, text=items[0], source="word/document.xml paragraph I.1"),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 4}, text=items[1], source="word/document.xml paragraph I.2"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 1, "establishments_inspected": 5, "instruments_verified": 18}, text=items[2], source="word/document.xml paragraph I.3"),
        dict(task="II.5.d", status="not_applicable", ind={}, text=items[3], source="word/document.xml paragraph I.4"),
    ]
    write_key(fname, "25915", "Phường Bình Cơ", "214/BC-UBND", "2026-10-27", E, kk, dx)


def c3():
    fname = "VungTau-BaoCao-TDC-2026-hinhanh.docx"
    items = [
        "Tuyên truyền: 02 hội nghị tuyên truyền cho tiểu thương, hộ kinh doanh với 150 lượt người; 14 tin, bài trên Trang thông tin điện tử và loa truyền thanh phường (đã hoàn thành).",
        "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 08 mẫu nước mắm, hải sản khô để khảo sát chất lượng, nhãn hàng hóa (đã hoàn thành).",
        "Kiểm tra theo nội dung phân quyền: 03 cuộc kiểm tra, 26 cơ sở được kiểm tra, 05 cơ sở vi phạm, tổng tiền xử phạt 9.750.000 đồng (đang thực hiện).",
        "Cử 02 công chức tham gia 01 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức (đã hoàn thành).",
        "Công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp (đã hoàn thành).",
    ]
    events = [
        ("21/4/2026", "Hội nghị tuyên truyền tại chợ Xóm Lưới", "90"),
        ("12/5/2026", "Kiểm tra cân, nhãn hàng hóa tại chợ Xóm Lưới", "7"),
        ("11/7/2026", "Phối hợp Chi cục lấy mẫu nước mắm, hải sản khô", "4"),
        ("06/8/2026", "Kiểm tra cơ sở kinh doanh vàng bạc đường Ba Cu", "6"),
        ("27/8/2026", "Tập huấn nghiệp vụ TĐC (Chi cục tổ chức)", "2"),
        ("15/9/2026", "Hội nghị tuyên truyền tại Khu phố Thắng Tam", "60"),
        ("08/10/2026", "Kiểm tra cửa hàng xăng dầu, gas", "6"),
    ]
    photos = ["Hội nghị tuyên truyền tại chợ Xóm Lưới ngày 21/4/2026", "Lấy mẫu nước mắm tại cơ sở ngày 11/7/2026",
              "Đoàn kiểm tra làm việc tại cửa hàng vàng bạc"]
    kk = ["Nhiều hộ kinh doanh hải sản khô theo mùa vụ, khó quản lý nhãn hàng hóa.",
          "Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    dx = ["Đề nghị Chi cục tăng cường khảo sát chất lượng nước mắm, hải sản khô trước mùa du lịch."]
    build(fname, "PHƯỜNG VŨNG TÀU", "phường Vũng Tàu", "Vũng Tàu", "502/BC-UBND", "09", 11, items, events, photos, kk, dx, "Phan Quốc Bảo")
    E = [
        dict(task="II.1.a", status="completed", ind={"training_courses": 2, "participants": 150, "communications": 14}, text=items[0], source="word/document.xml paragraph I.1"),
        dict(task="II.5.b", status="completed", ind={"samples_tested": 8}, text=items[1], source="word/document.xml paragraph I.2"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 26, "violations": 5, "fines_vnd": 9750000}, text=items[2], source="word/document.xml paragraph I.3"),
        dict(task="II.3.a", status="completed", ind={"training_courses": 1, "participants": 2}, text=items[3], source="word/document.xml paragraph I.4"),
        dict(task="II.2.đ", status="completed", ind={}, text=items[4], source="word/document.xml paragraph I.5"),
    ]
    write_key(fname, "26506", "Phường Vũng Tàu", "502/BC-UBND", "2026-11-09", E, kk, dx)


if __name__ == "__main__":
    c1(); c2(); c3()
