# Hand D: WPS Spreadsheets user: rich-text runs in cells, shared formulas (with cached values),
# frozen header, status + results + note in one cell separated by line breaks.
import os, re, zipfile, shutil
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from common import E, key, ROOT

thin = Side(style='thin'); BD = Border(left=thin, right=thin, top=thin, bottom=thin)
ST_COLOR = {"Đã xong": "00B050", "Đang làm": "0070C0", "Chưa làm": "FF0000", "Không có phát sinh": "7F7F7F"}

def rich(status, body, note):
    parts = [TextBlock(InlineFont(rFont="Times New Roman", sz=12, b=True, color=ST_COLOR[status]), status)]
    if body:
        parts.append(TextBlock(InlineFont(rFont="Times New Roman", sz=12), "\n" + body))
    if note:
        parts.append(TextBlock(InlineFont(rFont="Times New Roman", sz=11, i=True), "\nGhi chú: " + note))
    return CellRichText(parts)

def patch(path, col, rows, first_formula, values):
    tmp = path + ".tmp"
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            ref = "%s%d:%s%d" % (col, rows[0], col, rows[-1])
            for k, (r, v) in enumerate(zip(rows, values)):
                pat = re.compile(r'<c r="%s%d"([^>]*)><f>(.*?)</f><v\s*/>|<c r="%s%d"([^>]*)><f>(.*?)</f><v>\s*</v>' % (col, r, col, r))
                m = pat.search(s)
                attrs = (m.group(1) or m.group(3) or "")
                attrs = re.sub(r'\s*t="[^"]*"', '', attrs)
                if v == "":
                    vv = '<v></v>'; tattr = ' t="str"'
                else:
                    vv = '<v>%s</v>' % repr(v) if isinstance(v, float) else '<v>%s</v>' % v; tattr = ''
                if k == 0:
                    new = '<c r="%s%d"%s%s><f t="shared" ref="%s" si="0">%s</f>%s' % (col, r, attrs, tattr, ref, first_formula.replace('"', '&quot;'), vv)
                else:
                    new = '<c r="%s%d"%s%s><f t="shared" si="0"/>%s' % (col, r, attrs, tattr, vv)
                s = s[:m.start()] + new + s[m.end():]
            data = s.encode("utf-8")
        elif item.filename == "docProps/app.xml":
            data = re.sub(rb'<Application>.*?</Application>', b'<Application>WPS Spreadsheets</Application>', data)
        zout.writestr(item, data)
    zout.close(); zin.close()
    shutil.move(tmp, path)

def dbook(fname, org, number, place_date, title, subtitle, rows, diffs, props, signer, sheet="BC CT38", hdr=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    F = lambda **k: Font(name="Times New Roman", size=k.pop('size', 12), **k)
    ws.merge_cells("A1:C1"); ws["A1"] = org; ws["A1"].font = F(bold=True)
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + number; ws["A2"].font = F()
    ws.merge_cells("E1:H1"); ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = F(bold=True)
    ws.merge_cells("E2:H2"); ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = F(bold=True, underline="single")
    ws.merge_cells("E3:H3"); ws["E3"] = place_date; ws["E3"].font = F(italic=True)
    for c in ("A1", "A2", "E1", "E2", "E3"): ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A4:H4"); ws["A4"] = title; ws["A4"].font = F(bold=True, size=13); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells("A5:H5"); ws["A5"] = subtitle; ws["A5"].font = F(italic=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[4].height = 34
    hdr = hdr or ["STT", "Nội dung nhiệm vụ", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Kết quả – ghi chú", "Đơn vị phối hợp"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = F(bold=True); c.border = BD
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.fill = PatternFill("solid", fgColor="FFF2CC")
    ws.freeze_panes = "C7"
    r0 = 7; vals = []
    for k, (nd, dvt, kh, th, st, body, note, ph) in enumerate(rows):
        r = r0 + k
        ws.cell(row=r, column=1, value=k + 1)
        ws.cell(row=r, column=2, value=nd)
        ws.cell(row=r, column=3, value=dvt)
        ws.cell(row=r, column=4, value=kh)
        ws.cell(row=r, column=5, value=th)
        ws.cell(row=r, column=6, value='=IF(N(D%d)>0,ROUND(E%d/D%d*100,1),"")' % (r, r, r))
        ws.cell(row=r, column=7, value=rich(st, body, note))
        ws.cell(row=r, column=8, value=ph)
        for c in range(1, 9):
            cell = ws.cell(row=r, column=c); cell.border = BD
            if c != 7: cell.font = F()
            cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if c in (1, 3, 4, 5, 6) else None)
        ws.cell(row=r, column=6).number_format = "0.0"
        vals.append(round(th / kh * 100, 1) if isinstance(kh, (int, float)) and kh and isinstance(th, (int, float)) else "")
        ws.row_dimensions[r].height = 15 * (1 + body.count("\n") + 2 + len(body) // 45)
    rl = r0 + len(rows) + 1
    ws.cell(row=rl, column=2, value="Khó khăn, vướng mắc:").font = F(bold=True)
    ws.merge_cells(start_row=rl, start_column=3, end_row=rl, end_column=8)
    c = ws.cell(row=rl, column=3, value="\n".join("%d. %s" % (i + 1, d) for i, d in enumerate(diffs)) if diffs else "Không")
    c.alignment = Alignment(wrap_text=True, vertical="top"); c.font = F()
    ws.row_dimensions[rl].height = 18 * max(1, len(diffs)) + 10
    ws.cell(row=rl + 1, column=2, value="Đề xuất, kiến nghị:").font = F(bold=True)
    ws.merge_cells(start_row=rl + 1, start_column=3, end_row=rl + 1, end_column=8)
    c = ws.cell(row=rl + 1, column=3, value="\n".join("%d. %s" % (i + 1, d) for i, d in enumerate(props)) if props else "Không")
    c.alignment = Alignment(wrap_text=True, vertical="top"); c.font = F()
    ws.row_dimensions[rl + 1].height = 18 * max(1, len(props)) + 10
    for i, s in enumerate(signer):
        ws.merge_cells(start_row=rl + 3 + i + (3 if i == len(signer) - 1 else 0), start_column=6, end_row=rl + 3 + i + (3 if i == len(signer) - 1 else 0), end_column=8)
        c = ws.cell(row=rl + 3 + i + (3 if i == len(signer) - 1 else 0), column=6, value=s); c.font = F(bold=True); c.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFGH", [5, 38, 9, 9, 9, 8, 52, 18]):
        ws.column_dimensions[col].width = w
    p = os.path.join(ROOT, fname)
    wb.save(p)
    rows_idx = list(range(r0, r0 + len(rows)))
    patch(p, "F", rows_idx, 'IF(N(D%d)>0,ROUND(E%d/D%d*100,1),"")' % (r0, r0, r0), vals)

def build():
    f = "d1-p-chanh-hung-bieu-ct38.xlsx"
    rows = [
        ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "tin, bài", 10, 12, "Đã xong",
         "Đăng 12 tin, bài trên trang thông tin điện tử và fanpage phường.", "vượt kế hoạch", "VH-XH"),
        ("Cử công chức tham gia tập huấn nghiệp vụ TĐC", "người", 4, 3, "Đã xong",
         "03 công chức dự lớp tập huấn do Chi cục tổ chức ngày 14/8/2026.", "01 người nghỉ phép", "Phòng Kinh tế"),
        ("Kiểm tra theo nội dung được phân quyền (đo lường, chất lượng hàng hóa)", "cơ sở", 30, 26, "Đang làm",
         "03 cuộc kiểm tra, 26 cơ sở; 04 cơ sở vi phạm, xử phạt 12.000.000 đ.", "còn 01 đợt tháng 11/2026", "Công an phường"),
        ("Hướng dẫn doanh nghiệp, hộ kinh doanh công bố chất lượng, ghi nhãn", "DN, hộ KD", 15, 9, "Đang làm",
         "Hướng dẫn 09 hộ kinh doanh thực phẩm chế biến về ghi nhãn, công bố.", "", "Bộ phận một cửa"),
    ]
    diffs = ["Chưa có cán bộ chuyên trách; công chức Phòng Kinh tế kiêm nhiệm.", "Hộ kinh doanh ít quan tâm đến việc công bố chất lượng."]
    props = ["Đề nghị Chi cục cung cấp mẫu biên bản kiểm tra đo lường áp dụng cho cấp phường."]
    dbook(f, "UBND PHƯỜNG CHÁNH HƯNG", "301/BC-UBND", "Chánh Hưng, ngày 21 tháng 10 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
          "(Số liệu đến ngày 30/9/2026)", rows, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Thị Ngọc Hân"])
    key(f, "27418", "Phường Chánh Hưng", "301/BC-UBND", "2026-10-21", [
        E("II.1.a", "completed", {"communications": 12}, "Đã xong / Đăng 12 tin, bài", "BC CT38!A7:H7"),
        E("II.3.a", "completed", {"participants": 3}, "Đã xong / 03 công chức dự lớp tập huấn", "BC CT38!A8:H8"),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 4, "fines_vnd": 12000000}, "Đang làm / 03 cuộc kiểm tra, 26 cơ sở; 04 cơ sở vi phạm, 12.000.000 đ", "BC CT38!A9:H9"),
        E("II.2.d", "in_progress", {"enterprises_supported": 9}, "Đang làm / Hướng dẫn 09 hộ kinh doanh", "BC CT38!A10:H10"),
    ], diffs, props)

    f = "d2-xa-long-hai-bieu-ct38.xlsx"
    rows = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "tin, bài", 4, 5, "Đã xong",
         "05 tin, bài phát trên Đài truyền thanh xã.", "", "VH-XH"),
        ("Kiểm tra phân quyền: cơ sở chế biến hải sản khô, cửa hàng xăng dầu cho tàu cá", "cuộc", 3, 2, "Đang làm",
         "02 cuộc kiểm tra tại 15 cơ sở; 02 cơ sở vi phạm ghi nhãn, phạt 4.500.000 đ.", "đợt 3 dự kiến tháng 12", "Đồn Biên phòng"),
        ("Cử cán bộ dự tập huấn nghiệp vụ", "người", 2, None, "Chưa làm",
         "", "chưa nhận được giấy mời lớp tập huấn", ""),
        ("Hướng dẫn công bố chất lượng sản phẩm OCOP, hải sản khô", "cơ sở", None, None, "Không có phát sinh",
         "", "không có cơ sở đề nghị", ""),
    ]
    diffs = ["Nhiều cơ sở chế biến hải sản khô là hộ gia đình, không có nhãn hàng hóa."]
    props = ["Đề nghị Chi cục mời xã tham gia lớp tập huấn gần nhất.", "Đề nghị hỗ trợ in nhãn mẫu cho các hộ sản xuất hải sản khô."]
    dbook(f, "UBND XÃ LONG HẢI", "77/BC-UBND", "Long Hải, ngày 15 tháng 10 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
          "(Kèm theo báo cáo của UBND xã Long Hải)", rows, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thành Lợi"])
    key(f, "26662", "Xã Long Hải", "77/BC-UBND", "2026-10-15", [
        E("II.1.a", "completed", {"communications": 5}, "Đã xong / 05 tin, bài", "BC CT38!A7:H7"),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 4500000}, "Đang làm / 02 cuộc kiểm tra tại 15 cơ sở; 02 ... 4.500.000 đ", "BC CT38!A8:H8"),
        E("II.3.a", "not_started", {}, "Chưa làm", "BC CT38!A9:H9"),
        E("II.2.d", "not_applicable", {}, "Không có phát sinh", "BC CT38!A10:H10"),
    ], diffs, props)

    f = "d3-so-nnmt-bieu-ct38.xlsx"
    rows = [
        ("Truy xuất nguồn gốc nông sản, thủy sản (Đề án 100)", "cơ sở", 100, 86, "Đang làm",
         "Hỗ trợ 86 cơ sở, hợp tác xã được cấp mã truy xuất nguồn gốc.\n03 lớp tập huấn, 240 lượt người tham dự.", "tiếp tục đến hết Quý IV", "Chi cục TĐC"),
        ("Góp ý dự thảo QCVN lĩnh vực nông nghiệp, môi trường", "dự thảo", 5, 5, "Đã xong",
         "Góp ý 05 dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải.", "", ""),
        ("Kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường", "cuộc", 12, 14, "Đã xong",
         "14 cuộc kiểm tra tại 210 cơ sở; 17 cơ sở vi phạm, xử phạt 356.500.000 đ.\nLấy 95 mẫu phân bón, thuốc bảo vệ thực vật để thử nghiệm.", "vượt KH 02 cuộc", "Công an TP"),
    ]
    diffs = ["Chi phí duy trì mã truy xuất nguồn gốc là gánh nặng đối với hợp tác xã nhỏ."]
    props = ["Đề nghị Sở Khoa học và Công nghệ kết nối dữ liệu truy xuất nguồn gốc của ngành nông nghiệp với Cổng truy xuất nguồn gốc Thành phố."]
    dbook(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "5862/BC-SNNMT", "TP. Hồ Chí Minh, ngày 04 tháng 11 năm 2026",
          "BIỂU TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
          "(Số liệu từ 01/01/2026 đến 31/10/2026)", rows, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tôn Nữ Bích Thủy"])
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "5862/BC-SNNMT", "2026-11-04", [
        E("II.2.a", "in_progress", {"enterprises_supported": 86, "training_courses": 3, "participants": 240}, "Hỗ trợ 86 cơ sở ... 03 lớp tập huấn, 240 lượt", "BC CT38!A7:H7"),
        E("II.2.e", "completed", {"standards_reviewed": 5}, "Góp ý 05 dự thảo QCVN", "BC CT38!A8:H8"),
        E("II.5.a", "completed", {"inspections": 14, "establishments_inspected": 210, "violations": 17, "fines_vnd": 356500000, "samples_tested": 95}, "14 cuộc ... 210 cơ sở; 17 ... 356.500.000 đ; 95 mẫu", "BC CT38!A9:H9"),
    ], diffs, props)

    f = "d4-chi-cuc-tdc-bieu-ct38.xlsx"
    rows = [
        ("Tập huấn VBQPPL về TĐC; tọa đàm với doanh nghiệp nhập khẩu", "lớp/buổi", 6, 6, "Đã xong",
         "05 lớp tập huấn và 01 buổi tọa đàm doanh nghiệp nhập khẩu; 512 lượt người tham dự.", "", "Các phòng thuộc Sở"),
        ("Tuyên truyền, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia", "DN", 20, 23, "Đã xong",
         "Hướng dẫn 23 doanh nghiệp đăng ký tham dự GTCLQG 2026.", "", ""),
        ("Kế hoạch năng suất chất lượng, Đề án 996, Đề án 100", "DN", 30, 18, "Đang làm",
         "Hỗ trợ 18 doanh nghiệp; kinh phí đã giải ngân 96.400.000 đ.", "hồ sơ đợt 2 đang thẩm định", "TT PTTN"),
        ("Hoạt động GTCLQG theo kế hoạch của Ủy ban TĐC Quốc gia", "hồ sơ", 10, 7, "Đang làm",
         "Hội đồng sơ tuyển đã đánh giá 07 hồ sơ.", "chờ Hội đồng quốc gia", ""),
        ("Hỗ trợ DN áp dụng HTQL tiên tiến, công bố chất lượng", "DN", 40, 44, "Đang làm",
         "Hướng dẫn, tư vấn 44 doanh nghiệp.", "nhiệm vụ thường xuyên", ""),
        ("Xây dựng, góp ý TCVN, QCVN, QCĐP", "dự thảo", 6, 8, "Đã xong",
         "Góp ý 08 dự thảo TCVN, QCVN.", "", "Các sở ngành"),
        ("Tập huấn nghiệp vụ TĐC cho công chức sở ngành, phường xã, đặc khu", "lớp", 3, 2, "Đang làm",
         "02 lớp, 318 lượt công chức tham dự.", "lớp 3 tổ chức tháng 11/2026", ""),
        ("Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng", "khóa", 2, 2, "Đã xong",
         "02 khóa, 96 học viên.", "", ""),
        ("Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ", "phương tiện", 25, 25, "Đã xong",
         "Kiểm định, hiệu chuẩn 25 phương tiện.", "", "Phòng KT-PC"),
        ("Kiểm tra về TĐC hàng hóa lưu thông", "cuộc", 20, 17, "Đang làm",
         "17 cuộc kiểm tra, 204 cơ sở; 29 cơ sở vi phạm, phạt 286.750.000 đ.", "còn 03 cuộc Quý IV", "Phòng KT-PC"),
        ("Khảo sát chất lượng sản phẩm, hàng hóa", "mẫu", 150, 162, "Đã xong",
         "Khảo sát 162 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em).", "", ""),
        ("Phối hợp APO thúc đẩy năng suất khu vực công", "", None, None, "Không có phát sinh",
         "", "chưa có yêu cầu từ Ủy ban TĐC Quốc gia", ""),
    ]
    diffs = ["Biên chế Chi cục giảm sau sắp xếp trong khi số phường, xã, đặc khu cần hướng dẫn tăng (168 đơn vị).",
             "Kinh phí năm 2026 giao muộn (tháng 3/2026) làm chậm các lớp tập huấn Quý I."]
    props = ["Đề nghị Sở giao dự toán năm 2027 trước ngày 31/01/2027.", "Đề nghị Sở kiến nghị UBND Thành phố bổ sung biên chế cho Chi cục."]
    dbook(f, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "845/BC-CCTĐC", "TP. Hồ Chí Minh, ngày 06 tháng 11 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          "(Phần nhiệm vụ Chi cục chủ trì; số liệu đến 31/10/2026)", rows, diffs, props, ["CHI CỤC TRƯỞNG", "Hồ Văn Lực"])
    key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "845/BC-CCTĐC", "2026-11-06", [
        E("II.1.a", "completed", {"training_courses": 6, "participants": 512}, "05 lớp tập huấn và 01 buổi tọa đàm; 512 lượt", "BC CT38!A7:H7"),
        E("II.1.b", "completed", {"enterprises_supported": 23}, "Hướng dẫn 23 doanh nghiệp", "BC CT38!A8:H8"),
        E("II.2.a", "in_progress", {"enterprises_supported": 18, "budget_spent_vnd": 96400000}, "Hỗ trợ 18 doanh nghiệp; 96.400.000 đ", "BC CT38!A9:H9"),
        E("II.2.b", "in_progress", {}, "Hội đồng sơ tuyển đã đánh giá 07 hồ sơ", "BC CT38!A10:H10"),
        E("II.2.d", "in_progress", {"enterprises_supported": 44}, "Hướng dẫn, tư vấn 44 doanh nghiệp", "BC CT38!A11:H11"),
        E("II.2.e", "completed", {"standards_reviewed": 8}, "Góp ý 08 dự thảo TCVN, QCVN", "BC CT38!A12:H12"),
        E("II.3.a", "in_progress", {"training_courses": 2, "participants": 318}, "02 lớp, 318 lượt", "BC CT38!A13:H13"),
        E("II.3.b", "completed", {"training_courses": 2, "participants": 96}, "02 khóa, 96 học viên", "BC CT38!A14:H14"),
        E("II.4.b", "completed", {"instruments_verified": 25}, "Kiểm định, hiệu chuẩn 25 phương tiện", "BC CT38!A15:H15"),
        E("II.5.a", "in_progress", {"inspections": 17, "establishments_inspected": 204, "violations": 29, "fines_vnd": 286750000}, "17 cuộc ... 204 cơ sở; 29 ... 286.750.000 đ", "BC CT38!A16:H16"),
        E("II.5.b", "completed", {"samples_tested": 162}, "Khảo sát 162 mẫu", "BC CT38!A17:H17"),
        E("II.6.b", "not_applicable", {}, "Không có phát sinh", "BC CT38!A18:H18"),
    ], diffs, props)

    # mistaken: same WPS hand, Đề án 06 / VNeID statistics
    f = "d5-p-chanh-hung-bieu-de-an-06-quy3.xlsx"
    rows = [
        ("Cấp tài khoản định danh điện tử mức 2 cho công dân", "tài khoản", 5000, 4620, "Đang làm", "Đã kích hoạt 4.620 tài khoản mức 2.", "tổ công tác Đề án 06 khu phố", "Công an phường"),
        ("Thanh toán không dùng tiền mặt tại chợ", "tiểu thương", 300, 312, "Đã xong", "312 tiểu thương có mã QR thanh toán.", "", "Ban quản lý chợ"),
        ("Hồ sơ thủ tục hành chính nộp trực tuyến", "hồ sơ", 2000, 1785, "Đang làm", "1.785 hồ sơ nộp trực tuyến toàn trình.", "", "Bộ phận một cửa"),
    ]
    dbook(f, "UBND PHƯỜNG CHÁNH HƯNG", "318/BC-UBND", "Chánh Hưng, ngày 05 tháng 10 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06 VÀ CHUYỂN ĐỔI SỐ QUÝ III/2026", "(Số liệu đến ngày 30/9/2026)",
          rows, ["Người cao tuổi chưa sử dụng điện thoại thông minh."], ["Đề nghị hỗ trợ thiết bị đọc căn cước cho bộ phận một cửa."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Thị Ngọc Hân"], sheet="DA06 Q3")
    key(f, "27418", "Phường Chánh Hưng", "318/BC-UBND", "2026-10-05", [], rejected="Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: biểu kết quả Đề án 06 và chuyển đổi số Quý III/2026 (gửi nhầm).")
