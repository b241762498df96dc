"""H5 - 'outline blocks' hand: one Excel sheet where each task is a block: a bold shaded header row
(task in own words + plan ref in brackets, status in column 'Đánh giá'), then grouped (outline level 1,
collapsible) indicator rows 'Số ... (unit)' | value, and a 'Diễn giải' row."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def make(fname, unit_id, unit_name, org1, org2, so, date_txt, date_iso, title, blocks, diffs, props, sign, mistaken=None, collapse_one=False):
    wb = Workbook(); ws = wb.active; ws.title = "BC"
    ws["A1"] = org1; ws["A2"] = org2; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + so
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(bold=True)
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(bold=True)
    ws["C3"] = date_txt; ws["C3"].font = Font(italic=True)
    ws.merge_cells("A5:C5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[5].height = 36
    for i, h in enumerate(["Nội dung", "Số liệu", "Đánh giá"], 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
    r = 8; ents = []
    for bi, (head, stword, task, status, ind, rows, dien_giai) in enumerate(blocks):
        for i, v in enumerate([head, None, stword], 1):
            c = ws.cell(r, i, v); c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="FFF2CC")
            c.alignment = Alignment(wrap_text=True, vertical="top")
        hr = r; r += 1
        for lab, val, fmt in rows:
            ws.cell(r, 1, "    " + lab).border = B
            c = ws.cell(r, 2, val); c.border = B
            if fmt: c.number_format = fmt
            ws.cell(r, 3).border = B
            ws.row_dimensions[r].outlineLevel = 1
            if collapse_one and bi == 0: ws.row_dimensions[r].hidden = True
            r += 1
        if dien_giai:
            ws.cell(r, 1, "    Diễn giải: " + dien_giai).alignment = Alignment(wrap_text=True)
            ws.cell(r, 1).font = Font(italic=True); ws.row_dimensions[r].outlineLevel = 1
            if collapse_one and bi == 0: ws.row_dimensions[r].hidden = True
            r += 1
        if task:
            ents.append(entry(task, status, ind, head + " — " + stword, f"xl/worksheets/sheet1.xml rows {hr}-{r-1}"))
    r += 1
    ws.cell(r, 1, "KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 1, "- " + x).alignment = Alignment(wrap_text=True); r += 1
    ws.cell(r, 1, "ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 1, "- " + x).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    for i, x in enumerate(sign):
        ws.cell(r + i + (3 if i == len(sign) - 1 else 0), 3, x).font = Font(bold=True)
    ws.column_dimensions["A"].width = 78; ws.column_dimensions["B"].width = 16; ws.column_dimensions["C"].width = 34
    ws.sheet_properties.outlinePr.summaryBelow = False
    wb.save(os.path.join(ROOT, fname))
    if mistaken: rejected(fname, mistaken)
    else: key(fname, unit_id, unit_name, so, date_iso, ents, diffs, props)

T = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)"
M = "#,##0"
make("XuyenMoc-BC214-CT38.xlsx", "26632", "Xã Xuyên Mộc", "ỦY BAN NHÂN DÂN", "XÃ XUYÊN MỘC", "214/BC-UBND",
     "Xuyên Mộc, ngày 30 tháng 9 năm 2026", "2026-09-30", T,
     [("1. Phối hợp Chi cục TĐC quản lý đo lường, chất lượng trên địa bàn [KH mục 5.c]", "Đang triển khai", "II.5.c", "in_progress",
       {"inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 3500000},
       [("Số cuộc kiểm tra (cuộc)", 2, None), ("Số cơ sở được kiểm tra (cơ sở)", 19, None), ("Số cơ sở vi phạm (cơ sở)", 1, None), ("Số tiền xử phạt (đồng)", 3500000, M)],
       "kiểm tra cân tại chợ Xuyên Mộc, chợ Bàu Lâm và 03 cửa hàng xăng dầu; đợt Quý IV đang chuẩn bị."),
      ("2. Tuyên truyền pháp luật về TĐC cho hộ kinh doanh [KH mục 1.a]", "Đã hoàn thành", "II.1.a", "completed",
       {"training_courses": 3, "participants": 145},
       [("Số buổi tuyên truyền (buổi)", 3, None), ("Số người tham dự (người)", 145, None)], None),
      ("3. Cử công chức dự tập huấn nghiệp vụ [KH mục 3.a]", "Chưa triển khai", "II.3.a", "not_started", {},
       [("Số lượt công chức (lượt)", "-", None)], "Chưa có lớp phù hợp lịch công tác của xã."),
      ("4. Duy trì HTQLCL theo TCVN ISO 9001:2015 [KH mục 2.đ]", "Đã hoàn thành", "II.2.đ", "completed", {}, [], "Đã công bố lại ngày 08/7/2026.")],
     ["Công chức phụ trách kiêm nhiệm, địa bàn xã rộng sau sáp nhập."],
     ["Đề nghị Chi cục tổ chức lớp tập huấn tại cụm xã phía Đông để công chức các xã thuận tiện tham dự."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Lộc"], collapse_one=True)

make("P.BinhDuong_bao-cao-KH38_2026.xlsx", "25760", "Phường Bình Dương", "ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH DƯƠNG", "531/BC-UBND",
     "Bình Dương, ngày 07 tháng 10 năm 2026", "2026-10-07", T,
     [("1. Kiểm tra theo nội dung phân quyền (đo lường, nhãn hàng hóa) [KH 5.c]", "Đang triển khai", "II.5.c", "in_progress",
       {"inspections": 4, "establishments_inspected": 36, "violations": 7, "fines_vnd": 21000000},
       [("Số cuộc kiểm tra (cuộc)", 4, None), ("Số cơ sở được kiểm tra (cơ sở)", 36, None), ("Số cơ sở vi phạm (cơ sở)", 7, None), ("Số tiền xử phạt (đồng)", 21000000, M)], None),
      ("2. Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy, ghi nhãn [KH 2.d]", "Đang triển khai", "II.2.d", "in_progress", {"enterprises_supported": 12},
       [("Số doanh nghiệp được hướng dẫn (DN)", 12, None)], "phối hợp Trung tâm hỗ trợ doanh nghiệp phường."),
      ("3. Tuyên truyền, phổ biến pháp luật TĐC [KH 1.a]", "Đã hoàn thành", "II.1.a", "completed", {"training_courses": 2, "participants": 130, "communications": 5},
       [("Số buổi (buổi)", 2, None), ("Số người tham dự (người)", 130, None), ("Số tin, bài (tin)", 5, None)], None),
      ("4. Cử cán bộ tập huấn [KH 3.a]", "Đã hoàn thành", "II.3.a", "completed", {"participants": 3}, [("Số lượt cán bộ (lượt)", 3, None)], None)],
     ["Số lượng cơ sở kinh doanh nhiều, lực lượng kiểm tra của phường còn hạn chế."],
     ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu, LPG trên địa bàn phường để phối hợp quản lý.",
      "Đề nghị Sở KHCN có văn bản hướng dẫn thống nhất mẫu biên bản kiểm tra đo lường cấp phường."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Minh Hải"])

make("SoNNMT_BC_CT38_nam2026.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "9917/BC-SNNMT",
     "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", "2026-11-03", T,
     [("1. Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật thuộc lĩnh vực nông nghiệp, môi trường [KH 2.e]", "Đang triển khai", "II.2.e", "in_progress", {"standards_reviewed": 4},
       [("Số TCVN, QCVN đã góp ý (văn bản)", 4, None)], "đang xây dựng dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước thải chăn nuôi."),
      ("2. Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi [KH 5.a]", "Đang triển khai", "II.5.a", "in_progress",
       {"inspections": 6, "establishments_inspected": 58, "violations": 11, "fines_vnd": 142000000},
       [("Số cuộc kiểm tra (cuộc)", 6, None), ("Số cơ sở được kiểm tra (cơ sở)", 58, None), ("Số cơ sở vi phạm (cơ sở)", 11, None), ("Số tiền xử phạt (đồng)", 142000000, M)], None),
      ("3. Lấy mẫu khảo sát chất lượng vật tư nông nghiệp [KH 5.b]", "Đã hoàn thành", "II.5.b", "completed", {"samples_tested": 40},
       [("Số mẫu lấy thử nghiệm (mẫu)", 40, None)], "07 mẫu không đạt chỉ tiêu hàm lượng đã chuyển xử lý."),
      ("4. Hỗ trợ cơ sở, HTX áp dụng truy xuất nguồn gốc nông sản [KH 2.a - Đề án 100]", "Đang triển khai", "II.2.a", "in_progress", {"enterprises_supported": 25},
       [("Số cơ sở, HTX được hỗ trợ (cơ sở)", 25, None)], None),
      ("5. Duy trì ISO 9001:2015 tại Sở [KH 2.đ]", "Đã hoàn thành", "II.2.đ", "completed", {}, [], None)],
     ["Kinh phí lấy mẫu thử nghiệm vật tư nông nghiệp năm 2026 được bố trí thấp so với nhu cầu."],
     ["Đề nghị Sở Khoa học và Công nghệ phối hợp hướng dẫn các hợp tác xã kết nối dữ liệu truy xuất nguồn gốc với Cổng truy xuất nguồn gốc quốc gia."],
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Võ Thị Thanh Thảo"])

# mistaken: same block layout, about karaoke / dance-hall inspections
make("SoVHTT_bieu-kiem-tra-quy-III.xlsx", None, None, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO", "4471/BC-SVHTT",
     "Thành phố Hồ Chí Minh, ngày 14 tháng 10 năm 2026", "2026-10-14",
     "BÁO CÁO KẾT QUẢ KIỂM TRA HOẠT ĐỘNG KINH DOANH KARAOKE, VŨ TRƯỜNG QUÝ III NĂM 2026",
     [("1. Kiểm tra cơ sở kinh doanh dịch vụ karaoke", "Đã hoàn thành", None, None, None,
       [("Số cuộc kiểm tra (cuộc)", 9, None), ("Số cơ sở được kiểm tra (cơ sở)", 64, None), ("Số cơ sở vi phạm (cơ sở)", 13, None), ("Số tiền xử phạt (đồng)", 187500000, M)], None),
      ("2. Kiểm tra vũ trường, quán bar", "Đang triển khai", None, None, None,
       [("Số cuộc kiểm tra (cuộc)", 3, None), ("Số cơ sở được kiểm tra (cơ sở)", 11, None)], "phối hợp Công an Thành phố.")],
     ["Nhiều cơ sở karaoke thay đổi chủ sở hữu nhưng chưa làm thủ tục điều chỉnh giấy phép."],
     ["Đề nghị UBND các phường, xã tăng cường hậu kiểm sau cấp phép."],
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Ánh Hoa"],
     mistaken="Báo cáo kết quả kiểm tra hoạt động kinh doanh karaoke, vũ trường của Sở Văn hóa và Thể thao, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng; gửi nhầm.")

write_keys()
print("H5 done")
