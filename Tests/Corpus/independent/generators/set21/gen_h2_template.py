"""H2 - 'template filler': fills the Chi cục's Excel form but leaves its instruction row (1)..(6)
and the red 'VD' example row in; codes typed in the unit's own way ('5c', blank)."""
from common import *
import datetime, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def make(fname, unit_id, unit_name, unit_label, vb_so, date, rows, diffs, props, signer, via_lo=False, diff_none=False):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu 01"
    ws["F1"] = "Biểu mẫu số 01"; ws["F1"].font = Font(italic=True)
    ws.merge_cells("A2:F2"); ws["A2"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A2"].font = Font(bold=True, size=13); ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:F3"); ws["A3"] = "(Kèm theo Công văn số 2875/SKHCN-TĐC ngày 10/9/2026 của Sở Khoa học và Công nghệ)"
    ws["A3"].font = Font(italic=True); ws["A3"].alignment = Alignment(horizontal="center")
    ws["A5"] = "Đơn vị báo cáo:"; ws["C5"] = unit_label; ws["C5"].font = Font(bold=True)
    ws["A6"] = "Văn bản gửi kèm số:"; ws["C6"] = vb_so
    ws["A7"] = "Ngày báo cáo:"; ws["C7"] = datetime.datetime.strptime(date, "%Y-%m-%d"); ws["C7"].number_format = "dd/mm/yyyy"
    ws["C7"].alignment = Alignment(horizontal="left")
    hdr = ["STT", "Mã nhiệm vụ (theo KH)", "Nội dung nhiệm vụ", "Kết quả thực hiện (nêu rõ số liệu)", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(9, i, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    instr = ["(1)", "(2) Ghi mã mục theo Kế hoạch, VD: II.5.c", "(3)", "(4) Ghi cụ thể số lớp, số người, số cuộc, số cơ sở, số tiền...",
             "(5) Chọn: Hoàn thành / Đang thực hiện / Chưa thực hiện / Không phát sinh", "(6)"]
    for i, h in enumerate(instr, 1):
        c = ws.cell(10, i, h); c.font = Font(italic=True, color="FF0000", size=9); c.border = B
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ex = ["VD", "II.1.a", "Tổ chức tập huấn văn bản quy phạm pháp luật về TĐC", "Tổ chức 02 lớp, 150 lượt người tham dự", "Hoàn thành", "Dòng ví dụ - đơn vị xóa trước khi gửi"]
    for i, h in enumerate(ex, 1):
        c = ws.cell(11, i, h); c.font = Font(italic=True, color="808080"); c.border = B
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ents = []
    r = 12
    for n, (code_typed, task, content, result, st_word, note, status, ind) in enumerate(rows, 1):
        vals = [n, code_typed, content, result, st_word, note]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top")
        ents.append(entry(task, status, ind, result, f"xl/worksheets/sheet1.xml row {r}"))
        r += 1
    r += 1
    ws.cell(r, 1, "II. Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    if diff_none:
        ws.cell(r, 2, "Không có."); r += 1
    for x in diffs:
        ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "III. Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu").font = Font(bold=True)
    ws.cell(r, 5, signer[0]).font = Font(bold=True)
    ws.cell(r + 1, 5, signer[1]).font = Font(bold=True)
    ws.cell(r + 5, 2, signer[2]); ws.cell(r + 5, 5, signer[3])
    for col, w in zip("ABCDEF", [6, 14, 38, 46, 18, 22]): ws.column_dimensions[col].width = w
    out = os.path.join(ROOT, fname)
    wb.save(out)
    if via_lo:
        tmp = "/tmp/set21lo"; os.makedirs(tmp, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", 'xlsx:Calc MS Excel 2007 XML', "--outdir", tmp, out],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(fname)), out)
    key(fname, unit_id, unit_name, vb_so, date, ents, diffs, props)

make("25969-Bieu01-CT38-ThuanGiao.xlsx", "25969", "Phường Thuận Giao", "UBND Phường Thuận Giao", "356/UBND-KT", "2026-10-16",
     [("II.5.c", "II.5.c", "Phối hợp kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu trên địa bàn",
       "Phối hợp Chi cục TĐC kiểm tra 03 đợt; 31 cơ sở; 04 cơ sở vi phạm; phạt 12.000.000đ", "Đang thực hiện", "Đợt 4 dự kiến tháng 11", "in_progress",
       {"inspections": 3, "establishments_inspected": 31, "violations": 4, "fines_vnd": 12000000}),
      ("II.1.a", "II.1.a", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
       "Tổ chức 02 buổi cho hộ kinh doanh (tổng 110 người); đăng 06 tin bài trên fanpage phường", "Hoàn thành", "", "completed",
       {"training_courses": 2, "participants": 110, "communications": 6}),
      ("II.3.a", "II.3.a", "Cử công chức tham gia tập huấn nghiệp vụ TĐC", "04 lượt cán bộ", "Hoàn thành", "Lớp tháng 6 và tháng 8", "completed",
       {"participants": 4}),
      ("", "II.2.đ", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015", "Đã đánh giá nội bộ tháng 7/2026, cập nhật 14 quy trình", "Hoàn thành", "", "completed", {}),
      ("II.5.d", "II.5.d", "Tiếp nhận phản ánh, tố giác vi phạm về TĐC", "Không có", "Không phát sinh", "", "not_applicable", {})],
     ["Chưa có công chức chuyên trách; công chức Phòng Kinh tế kiêm nhiệm.",
      "Hộ kinh doanh nhỏ lẻ tại chợ thay đổi thường xuyên, khó quản lý cân đối chứng."],
     ["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền mẫu (tờ gấp, video ngắn) để phường phát hành."],
     ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Lê Thị Mỹ Duyên", "Nguyễn Văn Thạnh"))

make("26545-bieu-mau-01-LongSon.xlsx", "26545", "Xã Long Sơn", "UBND xã Long Sơn", "1187/UBND-VP", "2026-10-09",
     [("5c", "II.5.c", "Phối hợp kiểm tra cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG)",
       "01 cuộc / 06 cơ sở; lấy 06 mẫu xăng kiểm tra nhanh; 01 cơ sở vi phạm (chai LPG không có nhãn) - chuyển Chi cục xử lý", "Hoàn thành", "", "completed",
       {"inspections": 1, "establishments_inspected": 6, "samples_tested": 6, "violations": 1}),
      ("1a", "II.1.a", "Tuyên truyền pháp luật về TĐC cho hộ kinh doanh, ngư dân", "Phát 300 tờ rơi về ghi nhãn, cân đong", "Đang thực hiện", "Tiếp tục đến tháng 12", "in_progress",
       {"communications": 300}),
      ("3a", "II.3.a", "Tập huấn nghiệp vụ cho công chức xã", "Chưa cử", "Chưa thực hiện", "Chờ lịch của Chi cục", "not_started", {}),
      ("2đ", "II.2.đ", "ISO 9001 trong hoạt động UBND xã", "Đang chuyển đổi sang ISO điện tử trên Hệ thống thông tin giải quyết TTHC", "Đang thực hiện", "", "in_progress", {})],
     ["Xã đảo, cơ sở kinh doanh LPG phân tán; chưa có thiết bị kiểm tra nhanh chất lượng xăng dầu."],
     ["Kiến nghị Sở KHCN xem xét trang bị 01 bộ thiết bị kiểm tra nhanh xăng dầu dùng chung cho các xã ven biển."],
     ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Trần Văn Đức", "Võ Thị Hương"), via_lo=True)

make("SoTP-bieu01-ct38.xlsx", "SO-TP", "Sở Tư pháp", "Sở Tư pháp Thành phố Hồ Chí Minh", "4125/STP-XDKTVB", "2026-10-27",
     [("II.2.e", "II.2.e", "Tham gia xây dựng, thẩm định quy chuẩn kỹ thuật địa phương",
       "Thẩm định 01 dự thảo Quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sinh hoạt", "Hoàn thành", "Văn bản thẩm định ngày 12/8/2026", "completed",
       {"standards_reviewed": 1}),
      ("II.2.đ", "II.2.đ", "Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Sở", "Đã công bố lại HTQLCL ngày 20/5/2026", "Hoàn thành", "", "completed", {}),
      ("II.3.a", "II.3.a", "Cử công chức dự tập huấn về TĐC", "02 công chức", "Hoàn thành", "", "completed", {"participants": 2}),
      ("", "II.1.a", "Lồng ghép phổ biến pháp luật về TĐC trong Kế hoạch phổ biến, giáo dục pháp luật",
       "Đưa Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) vào Kế hoạch PBGDPL 2026; đăng 03 tin bài trên Cổng PBGDPL", "Hoàn thành", "", "completed",
       {"communications": 3})],
     [], ["Đề nghị Chi cục TĐC gửi sớm danh mục quy chuẩn kỹ thuật địa phương dự kiến xây dựng năm 2027 để Sở chủ động bố trí thẩm định."],
     ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Minh Khoa", "Trương Hoài Nam"), diff_none=True)

write_keys()
print("H2 done")
