"""Hand D — a commune economic officer whose status words are always his own set phrases:
"Đã triển khai xong" (completed), "Đang tiếp tục" (in_progress), "Chưa có kinh phí nên chưa
thực hiện" (not_started), "Không có phát sinh" (not_applicable). Mostly an Excel 'bảng theo
dõi tiến độ' with the letterhead typed in merged cells (STT | Công việc | Tình hình thực hiện |
Kết quả cụ thể | Ghi chú), figures as 'x cuộc / y cơ sở' with slashes; once a Word version of
the same thing."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from common import *

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build_xlsx(fname, upper, place, number, day, month, title, rows, kk, dx, signer, sheet="BC tien do", kinhgui="Kính gửi: Sở Khoa học và Công nghệ (Chi cục TĐC)"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = {"A": 6, "B": 42, "C": 26, "D": 38, "E": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    def m(rng, val, bold=False, italic=False, center=True, size=12):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = val
        c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size)
        c.alignment = Alignment(horizontal="center" if center else "left", vertical="center", wrap_text=True)
    m("A1:B1", "ỦY BAN NHÂN DÂN")
    m("C1:E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    m("A2:B2", upper, bold=True)
    m("C2:E2", "Độc lập - Tự do - Hạnh phúc", bold=True)
    m("A3:B3", "Số: " + number)
    m("C3:E3", f"{place}, ngày {day} tháng {month} năm 2026", italic=True)
    m("A5:E5", "BÁO CÁO", bold=True, size=13)
    m("A6:E6", title, bold=True, size=13)
    ws.row_dimensions[6].height = 34
    m("A7:E7", kinhgui)
    hdr = ["STT", "Công việc", "Tình hình thực hiện", "Kết quả cụ thể", "Ghi chú"]
    r = 9
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(name="Times New Roman", bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font = Font(name="Times New Roman")
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j == 1 else "left")
            c.border = BOX
    r += 2
    m(f"A{r}:E{r}", "Khó khăn:", bold=True, center=False)
    for k in kk:
        r += 1
        m(f"A{r}:E{r}", "- " + k, center=False)
    r += 1
    m(f"A{r}:E{r}", "Đề xuất:", bold=True, center=False)
    for k in dx:
        r += 1
        m(f"A{r}:E{r}", "- " + k, center=False)
    r += 2
    m(f"D{r}:E{r}", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True)
    ws.row_dimensions[r].height = 32
    m(f"D{r+4}:E{r+4}", signer, bold=True)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(ROOT, fname))


def d1():
    fname = "LongHai_tiendo_CT38_T10-2026.xlsx"
    rows = [
        ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, ngư dân", "Đã triển khai xong", "08 tin trên loa / 01 hội nghị / 52 người dự", ""),
        ("Hướng dẫn cơ sở chế biến hải sản ghi nhãn, tự công bố sản phẩm", "Đang tiếp tục", "06 cơ sở", "Phối hợp Chi cục"),
        ("Kiểm tra cân tại chợ Long Hải, cửa hàng xăng dầu (nội dung phân quyền)", "Đang tiếp tục", "02 cuộc / 15 cơ sở / 02 vi phạm / phạt 3.000.000đ", ""),
        ("Cử công chức dự tập huấn nghiệp vụ TĐC", "Đã triển khai xong", "01 người", "Lớp tháng 8/2026"),
        ("Duy trì ISO 9001:2015 tại UBND xã", "Đang tiếp tục", "", ""),
        ("Tiếp nhận, xử lý tố giác vi phạm", "Không có phát sinh", "", ""),
    ]
    kk = ["Xã chưa được bố trí kinh phí cho công tác tiêu chuẩn, đo lường, chất lượng năm 2026."]
    dx = ["Đề nghị Sở hỗ trợ kinh phí in tài liệu tuyên truyền và trang bị cân đối chứng cho chợ Long Hải."]
    build_xlsx(fname, "XÃ LONG HẢI", "Long Hải", "176/BC-UBND", 23, 10,
               "Tiến độ thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", rows, kk, dx, "Bùi Văn Hậu")
    E = [
        dict(task="II.1.a", status="completed", ind={"communications": 8, "training_courses": 1, "participants": 52}, text=" | ".join(rows[0]), source="BC tien do!B10:E10"),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 6}, text=" | ".join(rows[1]), source="BC tien do!B11:E11"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3000000}, text=" | ".join(rows[2]), source="BC tien do!B12:E12"),
        dict(task="II.3.a", status="completed", ind={"participants": 1}, text=" | ".join(rows[3]), source="BC tien do!B13:E13"),
        dict(task="II.2.đ", status="in_progress", ind={}, text=" | ".join(rows[4]), source="BC tien do!B14:E14"),
        dict(task="II.5.d", status="not_applicable", ind={}, text=" | ".join(rows[5]), source="BC tien do!B15:E15"),
    ]
    write_key(fname, "26662", "Xã Long Hải", "176/BC-UBND", "2026-10-23", E, kk, dx)


def d2():
    fname = "BinhGia-BC CT38 (9 thang).xlsx"
    rows = [
        ("Tuyên truyền qua loa truyền thanh, nhóm Zalo các ấp", "Đang tiếp tục", "09 tin", ""),
        ("Tổ chức hội nghị tuyên truyền cho hộ kinh doanh phân bón, thuốc bảo vệ thực vật", "Chưa có kinh phí nên chưa thực hiện", "", "Dự kiến Quý IV nếu được bổ sung kinh phí"),
        ("Hỗ trợ HTX cà phê, hồ tiêu áp dụng truy xuất nguồn gốc (Đề án 100)", "Đang tiếp tục", "02 HTX", ""),
        ("Kiểm tra theo phân quyền (phân bón, xăng dầu, chợ)", "Đã triển khai xong đợt 1, đang tiếp tục đợt 2", "01 cuộc / 07 cơ sở / 01 vi phạm / phạt 2.000.000đ", ""),
        ("Phối hợp lấy mẫu phân bón khảo sát chất lượng", "Đã triển khai xong", "03 mẫu", "Chi cục lấy mẫu"),
    ]
    kk = ["Chưa có kinh phí tổ chức hội nghị tuyên truyền.",
          "Hộ kinh doanh vật tư nông nghiệp nhỏ lẻ, phân tán ở các ấp."]
    dx = ["Đề nghị Sở, Chi cục phối hợp tổ chức hội nghị tuyên truyền tại xã (Chi cục hỗ trợ báo cáo viên, tài liệu)."]
    build_xlsx(fname, "XÃ BÌNH GIÃ", "Bình Giã", "133/BC-UBND", 29, 9,
               "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW 9 tháng đầu năm 2026", rows, kk, dx, "Lâm Thị Hồng", sheet="Sheet1")
    E = [
        dict(task="II.1.a", status="in_progress", ind={"communications": 9}, text=" | ".join(rows[0]) + " ; " + " | ".join(rows[1]), source="Sheet1!B10:E11"),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 2}, text=" | ".join(rows[2]), source="Sheet1!B12:E12"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 1, "establishments_inspected": 7, "violations": 1, "fines_vnd": 2000000}, text=" | ".join(rows[3]), source="Sheet1!B13:E13"),
        dict(task="II.5.b", status="completed", ind={"samples_tested": 3}, text=" | ".join(rows[4]), source="Sheet1!B14:E14"),
    ]
    write_key(fname, "26590", "Xã Bình Giã", "133/BC-UBND", "2026-09-29", E, kk, dx)


def d3():
    fname = "ChauDuc_BC TDC_2026.docx"
    d = base_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", "XÃ CHÂU ĐỨC", "241/BC-UBND", "Châu Đức, ngày 04 tháng 11 năm 2026")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Tiến độ thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, center=True)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (Chi cục TĐC)", center=True)
    para(d, "UBND xã Châu Đức báo cáo tiến độ thực hiện các công việc như sau:")
    items = [
        ("Tuyên truyền pháp luật về TĐC", "Đã triển khai xong", "10 tin, bài / 02 hội nghị / 130 người dự; kinh phí 5.000.000đ"),
        ("Hướng dẫn doanh nghiệp áp dụng tiêu chuẩn, công bố hợp quy, công bố chất lượng", "Đang tiếp tục", "03 doanh nghiệp"),
        ("Kiểm tra đo lường, chất lượng theo phân quyền", "Đang tiếp tục", "02 cuộc / 12 cơ sở / 01 vi phạm / phạt 1.000.000đ"),
        ("Mở lớp bồi dưỡng nghiệp vụ TĐC cho công chức xã, cán bộ ấp", "Chưa có kinh phí nên chưa thực hiện", ""),
        ("Công bố lại HTQLCL theo TCVN ISO 9001:2015", "Đã triển khai xong", ""),
    ]
    for i, (cv, st, kq) in enumerate(items, 1):
        p = d.add_paragraph()
        r = p.add_run(f"{i}. {cv}")
        r.bold = True
        para(d, "Tình hình thực hiện: " + st)
        if kq:
            para(d, "Kết quả cụ thể: " + kq)
    kk = ["Ngân sách xã năm 2026 không bố trí kinh phí cho lớp bồi dưỡng nghiệp vụ.",
          "Công chức phụ trách mới, chưa nắm vững quy định xử phạt về đo lường."]
    dx = ["Đề nghị Chi cục mở lớp tập huấn tại cụm xã Châu Đức, Ngãi Giao, Bình Giã."]
    para(d, "Khó khăn:", bold=True, indent=False)
    for k in kk:
        para(d, "- " + k)
    para(d, "Đề xuất:", bold=True, indent=False)
    for k in dx:
        para(d, "- " + k)
    signature(d, ["- Như trên;", "- Lưu: VT, KT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Ngô Thanh Hải")
    d.save(os.path.join(ROOT, fname))
    E = [
        dict(task="II.1.a", status="completed", ind={"communications": 10, "training_courses": 2, "participants": 130, "budget_spent_vnd": 5000000}, text=" | ".join(items[0]), source="word/document.xml item 1"),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 3}, text=" | ".join(items[1]), source="word/document.xml item 2"),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 12, "violations": 1, "fines_vnd": 1000000}, text=" | ".join(items[2]), source="word/document.xml item 3"),
        dict(task="II.3.a", status="not_started", ind={}, text=" | ".join(items[3]), source="word/document.xml item 4"),
        dict(task="II.2.đ", status="completed", ind={}, text=" | ".join(items[4]), source="word/document.xml item 5"),
    ]
    write_key(fname, "26596", "Xã Châu Đức", "241/BC-UBND", "2026-11-04", E, kk, dx)


def d4():
    fname = "PhuocHai_tiendo_T10.xlsx"
    rows = [
        ("Cấp căn cước, thu nhận hồ sơ định danh điện tử mức 2", "Đang tiếp tục", "1.245 hồ sơ", "Công an xã"),
        ("Làm sạch dữ liệu dân cư (đúng, đủ, sạch, sống)", "Đã triển khai xong", "Khớp 98%", ""),
        ("Chi trả an sinh xã hội không dùng tiền mặt", "Đang tiếp tục", "312/340 đối tượng", ""),
        ("Trang bị máy quét, camera cho bộ phận một cửa", "Chưa có kinh phí nên chưa thực hiện", "", ""),
        ("Số hóa hồ sơ, kết quả giải quyết TTHC", "Đang tiếp tục", "86%", ""),
    ]
    kk = ["Thiết bị tại bộ phận một cửa cũ, đường truyền không ổn định."]
    dx = ["Đề nghị bổ sung kinh phí mua sắm thiết bị phục vụ Đề án 06."]
    build_xlsx(fname, "XÃ PHƯỚC HẢI", "Phước Hải", "158/BC-UBND", 21, 10,
               "Tiến độ triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử tháng 10/2026",
               rows, kk, dx, "Trần Minh Nhựt", kinhgui="Kính gửi: Công an Thành phố Hồ Chí Minh")
    write_key(fname, "26686", "Xã Phước Hải", "158/BC-UBND", "2026-10-21", [], [], [], status="rejected",
              reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: bảng tiến độ triển khai Đề án 06 (dữ liệu dân cư, định danh điện tử) gửi Công an Thành phố, gửi nhầm.")


if __name__ == "__main__":
    d1(); d2(); d3(); d4()
