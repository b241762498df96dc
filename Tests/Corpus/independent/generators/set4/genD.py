# -*- coding: utf-8 -*-
"""Hand D — a deputy head who writes flowing narrative: several tasks share one paragraph,
some figures in words ("hai lớp"), English/Vietnamese mix (training, workshop, go-live),
abbreviations (TĐC, ĐLCL, NSCL, TXNG, KT, GTCLQG, QCĐP).  5 DOCX + 1 XLSX."""
import os
from lib import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

def head(d, org_top, org, number, place_date):
    header_block(d, [(org_top, False, False), (org, True, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (place_date, False, True)], size=12)
    P(d, "")

def body(d, title, paras, diffs, props, signer, diff_label="III. KHÓ KHĂN, VƯỚNG MẮC", prop_label="IV. KIẾN NGHỊ, ĐỀ XUẤT", diff_style="-"):
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0, size=14)
    P(d, title, bold=True, align=CENTER, space_after=8)
    for x in paras:
        if x.startswith("#"):
            P(d, x[1:].strip(), bold=True, align=JUSTIFY, space_after=3)
        else:
            P(d, x, indent=1.27, align=JUSTIFY, space_after=6)
    P(d, diff_label, bold=True)
    for i, x in enumerate(diffs, 1):
        P(d, (f"{i}. " if diff_style == "1." else "- ") + x, indent=1.27, align=JUSTIFY)
    P(d, prop_label, bold=True)
    for i, x in enumerate(props, 1):
        P(d, (f"{i}. " if diff_style == "1." else "- ") + x, indent=1.27, align=JUSTIFY)
    P(d, "")
    for i, ln in enumerate(signer):
        if i == len(signer) - 1:
            for _ in range(3): P(d, "", space_after=0)
        P(d, ln, bold=True, align=RIGHT, space_after=0)

# ---------------- D1 Trung tâm Dịch vụ Phân tích thí nghiệm ----------------
def build_D1():
    fn = "TTPTTN_BaoCao_CT38_2026_final.docx"
    d = new_doc(size=13, author="Dang Quoc Viet")
    head(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
         "245/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026")
    paras = [
        "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (sau đây gọi là Trung tâm) báo cáo kết quả như sau:",
        "# I. KẾT QUẢ THỰC HIỆN",
        "Về đầu tư cơ sở vật chất và hiện đại hóa trang thiết bị, năm 2026 Trung tâm đã hoàn tất mua sắm, lắp đặt hệ thống sắc ký khí ghép khối phổ (GC-MS/MS) và 02 tủ vi khí hậu phục vụ thử nghiệm, tổng kinh phí đã giải ngân 2,35 tỷ đồng (đạt 78% dự toán); hạng mục này đang triển khai, dự kiến nghiệm thu trong tháng 12/2026. Song song, Trung tâm phối hợp với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia duy trì liên kết chuẩn, gửi hiệu chuẩn 14 chuẩn đo lường chính lên chuẩn quốc gia tại Viện Đo lường Việt Nam (VMI) – nội dung này đã hoàn thành trong Quý III/2026.",
        "Đối với hoạt động dịch vụ kỹ thuật TĐC, Trung tâm tiếp tục mở rộng phạm vi được công nhận theo ISO/IEC 17025:2017 thêm 23 phép thử (lĩnh vực điện – điện tử, logistics lạnh); trong 10 tháng đã kiểm định, hiệu chuẩn, thử nghiệm 12.640 phương tiện đo các loại (cân, cột đo xăng dầu, đồng hồ nước, taximeter) phục vụ người dân, doanh nghiệp và công tác quản lý nhà nước; đây là nhiệm vụ thường xuyên, đang tiếp tục thực hiện. Bên cạnh đó, Trung tâm thực hiện bảo trì, bảo dưỡng và hiệu chuẩn 38 phương tiện, thiết bị kỹ thuật nghiệp vụ (máy đo tỷ trọng vàng, bình chuẩn kim loại, thiết bị đo nhanh chất lượng xăng dầu) cho Chi cục TĐC phục vụ kiểm tra, phát hiện vi phạm hành chính theo Nghị định 135/2021/NĐ-CP; đang thực hiện.",
        "Trong chương trình khảo sát chất lượng sản phẩm, hàng hóa năm 2026 do Chi cục TĐC chủ trì, Trung tâm đã thử nghiệm 215 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) và gửi đầy đủ kết quả cho Chi cục (hoàn thành). Về nhân lực, Trung tâm cử sáu viên chức tham gia training chuyên sâu về ước lượng độ không đảm bảo đo (measurement uncertainty) và đánh giá nội bộ phòng thí nghiệm do APMP tổ chức theo hình thức trực tuyến; đã hoàn thành.",
    ]
    diffs = ["Giá chất chuẩn (CRM) và vật tư nhập khẩu tăng cao, thời gian mua sắm theo quy trình đấu thầu kéo dài.",
             "Nhân lực có chứng chỉ kiểm định viên đo lường còn thiếu so với nhu cầu mở rộng lĩnh vực dịch vụ."]
    props = ["Đề nghị Sở bố trí vốn đối ứng năm 2027 cho dự án nâng cấp phòng thí nghiệm hóa lý.",
             "Đề nghị Sở có cơ chế giữ chân kiểm định viên, thử nghiệm viên có trình độ cao."]
    body(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", paras, diffs, props,
         ["GIÁM ĐỐC", "Trương Công Định"], diff_label="II. KHÓ KHĂN, VƯỚNG MẮC", prop_label="III. ĐỀ XUẤT, KIẾN NGHỊ")
    d.save(os.path.join(OUT, fn))
    truth(fn, "SKHCN-TTPTTN", "245/BC-TTPTTN", "2026-10-30", [
        E("II.4.a", "in_progress", budget_spent_vnd=2350000000),
        E("II.4.c", "completed", instruments_verified=14),
        E("II.2.g", "in_progress", instruments_verified=12640),
        E("II.4.b", "in_progress", instruments_verified=38),
        E("II.5.b", "completed", samples_tested=215),
        E("II.3.a", "completed", participants=6),
    ], diffs, props)

# ---------------- D2 Phòng Kiểm tra – Pháp chế ----------------
def build_D2():
    fn = "P.KTPC - BC thuc hien CT38 nam 2026.docx"
    d = new_doc(size=13, author="KTPC")
    head(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "58/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026")
    paras = [
        "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ được phân công phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
        "# I. KẾT QUẢ THỰC HIỆN",
        "Trong năm, Phòng phối hợp với Chi cục TĐC xây dựng kế hoạch KT liên ngành và đã tham gia 09 đoàn kiểm tra về TĐC đối với hàng hóa lưu thông trên thị trường (mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện – điện tử), kiểm tra 57 cơ sở, phát hiện mười một cơ sở vi phạm, tham mưu Giám đốc Sở ban hành quyết định xử phạt vi phạm hành chính tổng cộng 236,4 triệu đồng – nhiệm vụ thường xuyên, đang thực hiện; đồng thời phối hợp Chi cục hướng dẫn UBND các phường, xã, đặc khu thực hiện các nội dung được phân quyền trong quản lý nhà nước về ĐLCL, tổ chức hai hội nghị tập huấn nghiệp vụ KT cho 168 công chức phường, xã, đặc khu (đã hoàn thành).",
        "Về công tác xây dựng thể chế, Phòng đã phối hợp góp ý 04 dự thảo Nghị định, Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) theo đề nghị của Bộ KH&CN; việc góp ý đã hoàn thành đúng thời hạn. Đối với việc rà soát đầu tư, bảo trì phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, Phòng đã cùng Chi cục lập danh mục đề xuất nhưng chưa triển khai mua sắm bổ sung do chưa được giao dự toán.",
        "Về khen thưởng, bảo vệ người tố giác vi phạm pháp luật về TĐC: năm 2026 không phát sinh đơn, thư tố giác.",
    ]
    diffs = ["Lực lượng thanh tra, kiểm tra chuyên ngành mỏng trong khi địa bàn Thành phố mở rộng sau hợp nhất.",
             "Một số quy định xử phạt tại Nghị định 119/2017/NĐ-CP chưa theo kịp thực tiễn thương mại điện tử."]
    props = ["Đề nghị Lãnh đạo Sở bố trí dự toán mua sắm phương tiện, thiết bị kỹ thuật nghiệp vụ năm 2027.",
             "Đề nghị Chi cục TĐC xây dựng cơ sở dữ liệu dùng chung về kết quả kiểm tra của phường, xã."]
    body(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", paras, diffs, props,
         ["TRƯỞNG PHÒNG", "Lê Hoàng Nam"], diff_label="II. KHÓ KHĂN, VƯỚNG MẮC", prop_label="III. KIẾN NGHỊ", diff_style="1.")
    d.save(os.path.join(OUT, fn))
    truth(fn, "SKHCN-KTPC", "58/BC-KTPC", "2026-10-28", [
        E("II.5.a", "in_progress", inspections=9, establishments_inspected=57, violations=11, fines_vnd=236400000),
        E("II.5.c", "completed", training_courses=2, participants=168),
        E("II.2.c", "completed"),
        E("II.4.b", "not_started"),
        E("II.5.d", "not_applicable"),
    ], diffs, props)

# ---------------- D3 Phòng Chuyển đổi số ----------------
def build_D3():
    fn = "CDS_bc_CT38.docx"
    d = new_doc(size=13, author="cds.skhcn")
    head(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ", "91/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026")
    paras = [
        "Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
        "Phòng đã phối hợp Chi cục TĐC và Văn phòng Sở rà soát, đề xuất 07 nội dung cải tiến trên Hệ thống thông tin giải quyết TTHC của Bộ KH&CN về TĐC theo phân cấp và hoàn thành kết nối liên thông với Cổng thông tin một cửa quốc gia (National Single Window – NSW) đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu, go-live từ ngày 15/3/2026 (hoàn thành). Song song, Phòng đang phối hợp Trung tâm CNTT và Địa không gian xây dựng API kết nối, đồng bộ dữ liệu với hệ thống CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng, hiện đã xong môi trường test (UAT), dự kiến vận hành chính thức Quý I/2027 – nội dung này đang triển khai.",
        "Về nhân lực, Phòng cử 03 công chức tham dự workshop “Digital transformation in metrology and quality infrastructure” do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia phối hợp PTB (Đức) tổ chức; đã hoàn thành.",
    ]
    diffs = ["Chuẩn dữ liệu (data schema) của CSDL quốc gia về TĐC chưa được Bộ công bố chính thức, gây khó khăn cho việc xây dựng API."]
    props = ["Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban TĐC Quốc gia cung cấp tài liệu đặc tả kỹ thuật kết nối CSDL quốc gia."]
    body(d, "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026", paras, diffs, props,
         ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Bùi Đức Thắng"], diff_label="Khó khăn, vướng mắc:", prop_label="Kiến nghị:")
    d.save(os.path.join(OUT, fn))
    truth(fn, "SKHCN-CDS", "91/BC-CĐS", "2026-10-31", [
        E("II.2.h", "completed"),
        E("II.2.i", "in_progress"),
        E("II.3.a", "completed", participants=3),
    ], diffs, props)

# ---------------- D4 Sở Giáo dục và Đào tạo ----------------
def build_D4():
    fn = "SGDDT_3312_BC_CT38.docx"
    d = new_doc(size=14, author="Vo Thanh Hai")
    head(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3312/BC-SGDĐT", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026")
    paras = [
        "Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo như sau:",
        "# 1. Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, chất lượng trong các trường",
        "Sau buổi kick-off với Chi cục TĐC vào tháng 4/2026, Sở đã phối hợp tổ chức ba buổi tọa đàm “TCVN, QCVN, mã số mã vạch và TXNG” cho sinh viên, viên chức của 05 trường cao đẳng, trung cấp với 640 sinh viên, viên chức tham dự; đồng thời đưa chuyên đề NSCL vào chương trình ngoại khóa. Nhiệm vụ đang triển khai, sẽ tiếp tục tại các trường còn lại trong tháng 12/2026.",
        "# 2. Kiểm tra chất lượng đồ dùng học tập, thiết bị dạy học và áp dụng ISO",
        "Trước năm học 2026 – 2027, Sở phối hợp Chi cục TĐC kiểm tra chất lượng, nhãn hàng hóa đồ dùng học tập, thiết bị dạy học tại 26 cơ sở (nhà sách, cửa hàng văn phòng phẩm, nhà cung cấp thiết bị); các sản phẩm đều có dấu hợp quy CR và nhãn phù hợp (đã hoàn thành). Cùng với đó, cơ quan Sở tiếp tục duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015, đã thực hiện audit nội bộ tháng 9/2026 – hoàn thành.",
    ]
    diffs = ["Các trường cao đẳng, trung cấp mới chuyển về Sở quản lý nên chưa bố trí được thời lượng chính khóa cho nội dung tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục TĐC biên soạn bộ tài liệu, bài giảng mẫu về tiêu chuẩn, đo lường, chất lượng dành cho sinh viên."]
    body(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", paras, diffs, props,
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Bảo Quốc"], diff_label="3. Khó khăn, vướng mắc", prop_label="4. Đề xuất, kiến nghị")
    d.save(os.path.join(OUT, fn))
    truth(fn, "SO-GDDT", "3312/BC-SGDĐT", "2026-11-02", [
        E("II.3.d", "in_progress", training_courses=3, participants=640),
        E("II.5.a", "completed", establishments_inspected=26),
        E("II.2.đ", "completed"),
    ], diffs, props)

# ---------------- D6 Phường Cầu Ông Lãnh ----------------
def build_D6():
    fn = "CauOngLanh_276_BC-UBND_CT38.docx"
    d = new_doc(size=14, author="Le Thi Hong Nhung")
    head(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG CẦU ÔNG LÃNH", "276/BC-UBND", "Cầu Ông Lãnh, ngày 05 tháng 11 năm 2026")
    paras = [
        "Ủy ban nhân dân Phường Cầu Ông Lãnh báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường như sau:",
        "# I. KẾT QUẢ",
        "Năm 2026, UBND phường phối hợp Chi cục TĐC tổ chức hai lớp tập huấn về nhãn hàng hóa, đo lường trong kinh doanh vàng bạc, xăng dầu cho 96 hộ kinh doanh (đã hoàn thành), đồng thời thành lập 03 đoàn KT liên ngành kiểm tra 12 cơ sở kinh doanh vàng trang sức, xăng dầu trên các tuyến đường Trần Hưng Đạo, Nguyễn Thái Học; phát hiện 02 cơ sở vi phạm về ĐLCL, xử phạt 9,5 triệu đồng – nhiệm vụ phối hợp theo phân quyền này đang tiếp tục thực hiện đến cuối năm. Công tác truyền thông được đẩy mạnh với 10 tin, bài đăng trên trang thông tin điện tử phường và fanpage “Cầu Ông Lãnh ngày mới”.",
        "Về áp dụng ISO trong hành chính công, phường đã hoàn thành xây dựng và công bố HTQLCL theo TCVN ISO 9001:2015 ngày 21/7/2026; riêng việc tuyên truyền, vận động doanh nghiệp tham dự GTCLQG thì chưa triển khai do chưa nhận được kế hoạch của Chi cục.",
    ]
    diffs = ["Các cơ sở kinh doanh vàng bạc nhỏ lẻ thường đóng cửa khi có đoàn kiểm tra.",
             "Phường chưa có kinh phí in ấn tài liệu tuyên truyền về NSCL."]
    props = ["Kiến nghị Chi cục TĐC gửi sớm kế hoạch GTCLQG năm 2027 để phường chủ động vận động doanh nghiệp."]
    body(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", paras, diffs, props,
         ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quốc Huy"], diff_label="II. KHÓ KHĂN, VƯỚNG MẮC", prop_label="III. KIẾN NGHỊ")
    d.save(os.path.join(OUT, fn))
    truth(fn, "26758", "276/BC-UBND", "2026-11-05", [
        E("II.1.a", "completed", training_courses=2, participants=96, communications=10),
        E("II.5.c", "in_progress", inspections=3, establishments_inspected=12, violations=2, fines_vnd=9500000),
        E("II.2.đ", "completed"),
        E("II.1.b", "not_started"),
    ], diffs, props)

# ---------------- D5 Sở Xây dựng (xlsx, narrative cells by plan group) ----------------
def build_D5():
    fn = "SXD - tong hop ket qua CT38.xlsx"
    thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tong hop"
    wb.properties.creator = "Ngo Tuan Kiet"
    def c(ref, v, bold=False, center=False, border=False, italic=False):
        x = ws[ref]; x.value = v; x.font = Font(name="Times New Roman", size=12, bold=bold, italic=italic)
        x.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if center else None)
        if border: x.border = BOX
    ws.merge_cells("A1:B1"); c("A1", "UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG", bold=True, center=True)
    ws.merge_cells("A2:B2"); c("A2", "Số: 7815/BC-SXD", center=True)
    ws.merge_cells("C1:D1"); c("C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True)
    ws.merge_cells("C2:D2"); c("C2", "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026", center=True, italic=True)
    ws.row_dimensions[1].height = 32
    ws.merge_cells("A4:D4"); c("A4", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, center=True)
    for ref, v in zip(("A6", "B6", "C6", "D6"), ("TT", "Nhóm nhiệm vụ (Mục II Kế hoạch)", "Kết quả thực hiện", "Ghi chú")):
        c(ref, v, bold=True, center=True, border=True)
    rows = [
        ("2", "Công tác quản lý nhà nước; hoàn thiện hệ thống văn bản, quy chuẩn (khoản 2)",
         "Sở đã góp ý 06 dự thảo TCVN, QCVN về vật liệu xây dựng (VLXD) theo đề nghị của Bộ Xây dựng và Bộ KH&CN; việc xây dựng quy chuẩn kỹ thuật địa phương (QCĐP) về gạch không nung đang triển khai. Cùng với đó, cơ quan Sở duy trì HTQLCL theo TCVN ISO 9001:2015, đã cập nhật quy trình sau hợp nhất – hoàn thành.",
         "QCĐP dự kiến trình UBND TP Quý II/2027"),
        ("5", "Kiểm tra, giám sát về TĐC (khoản 5)",
         "Phối hợp Chi cục TĐC kiểm tra chất lượng VLXD (xi măng, thép, kính xây dựng) tại 18 cơ sở sản xuất, kinh doanh; lấy 27 mẫu gửi thử nghiệm; phát hiện 03 cơ sở vi phạm, đã chuyển Thanh tra Sở xử lý theo thẩm quyền. Nhiệm vụ thường xuyên, đang thực hiện.",
         ""),
    ]
    r = 7
    for row in rows:
        for ref, v in zip(("A", "B", "C", "D"), row):
            c(f"{ref}{r}", v, border=True, center=(ref == "A"))
        ws.row_dimensions[r].height = 120
        r += 1
    diffs = ["Chưa có phòng thử nghiệm VLXD được chỉ định đủ năng lực đối với một số chỉ tiêu của kính xây dựng."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp hướng dẫn quy trình xây dựng quy chuẩn kỹ thuật địa phương."]
    ws.merge_cells(f"A{r+1}:D{r+1}"); c(f"A{r+1}", "Khó khăn, vướng mắc: " + diffs[0])
    ws.merge_cells(f"A{r+2}:D{r+2}"); c(f"A{r+2}", "Kiến nghị: " + props[0])
    ws.row_dimensions[r + 1].height = ws.row_dimensions[r + 2].height = 32
    for col, w in zip("ABCD", (5, 32, 70, 24)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    truth(fn, "SO-XD", "7815/BC-SXD", "2026-11-04", [
        E("II.2.e", "in_progress", standards_reviewed=6),
        E("II.2.đ", "completed"),
        E("II.5.a", "in_progress", establishments_inspected=18, samples_tested=27, violations=3),
    ], diffs, props)

if __name__ == "__main__":
    for f in (build_D1, build_D2, build_D3, build_D4, build_D5, build_D6):
        f()
    print("D done")
