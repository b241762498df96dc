# -*- coding: utf-8 -*-
"""Three mistaken files: units that sent a report on another subject, in a form like the
real ones, with their own figures and words like "chất lượng", "kiểm tra", "tập huấn"."""
import os
from lib import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

def build_R1():
    fn = "DienHong_BC ATVSLD nam 2026.docx"
    d = new_doc(size=13, author="Dien Hong VHXH")
    header_block(d, [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG DIÊN HỒNG", True, False), ("Số: 318/BC-UBND", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("Diên Hồng, ngày 04 tháng 11 năm 2026", False, True)], size=12)
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, "Kết quả thực hiện công tác an toàn, vệ sinh lao động năm 2026", bold=True, align=CENTER)
    P(d, "Thực hiện Kế hoạch số 1120/KH-SNV của Sở Nội vụ về công tác an toàn, vệ sinh lao động và Tháng hành động về an toàn, vệ sinh lao động năm 2026, Ủy ban nhân dân Phường Diên Hồng báo cáo kết quả như sau:", indent=1, align=JUSTIFY)
    P(d, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    blocks = [
        ("Tổ chức tuyên truyền, huấn luyện về an toàn, vệ sinh lao động cho người lao động và người sử dụng lao động tại các doanh nghiệp, cơ sở sản xuất kinh doanh trên địa bàn.",
         "Phối hợp Liên đoàn Lao động tổ chức 03 lớp huấn luyện an toàn, vệ sinh lao động cho 215 người lao động; treo 40 băng rôn hưởng ứng Tháng hành động; nâng cao chất lượng công tác huấn luyện theo Nghị định 44/2016/NĐ-CP.", "Hoàn thành."),
        ("Kiểm tra việc chấp hành pháp luật về an toàn, vệ sinh lao động tại các doanh nghiệp, công trình xây dựng.",
         "Thành lập 02 đoàn kiểm tra liên ngành, kiểm tra 18 doanh nghiệp và 06 công trình xây dựng; phát hiện 05 đơn vị vi phạm (thiếu hồ sơ kiểm định thiết bị nâng, không trang bị phương tiện bảo vệ cá nhân), chuyển Thanh tra Sở Nội vụ xử phạt 42.000.000 đồng.", "Đang thực hiện."),
        ("Thống kê, báo cáo tai nạn lao động, điều tra các vụ tai nạn lao động thuộc thẩm quyền.",
         "Trong năm xảy ra 02 vụ tai nạn lao động nhẹ, không có trường hợp tử vong.", "Hoàn thành."),
    ]
    for i, (h, kq, td) in enumerate(blocks, 1):
        P(d, f"{i}. {h}", bold=True, italic=True, align=JUSTIFY)
        P(d, f"- Kết quả: {kq}", indent=1, align=JUSTIFY)
        P(d, f"- Tiến độ: {td}", indent=1)
    P(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    P(d, "- Nhiều cơ sở sản xuất nhỏ lẻ, hộ gia đình chưa chú trọng công tác an toàn lao động.", indent=1)
    P(d, "III. KIẾN NGHỊ", bold=True)
    P(d, "- Đề nghị Sở Nội vụ tăng cường tập huấn nghiệp vụ an toàn, vệ sinh lao động cho công chức phường.", indent=1)
    P(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nĐặng Thị Thu Hà", bold=True, align=RIGHT)
    d.save(os.path.join(OUT, fn))
    rejected(fn)

def build_R2():
    fn = "DucNhuan_KQ chuyen doi so quy III.xlsx"
    thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "CDS Q3"
    wb.properties.creator = "Nguyen Thi Kim Loan"
    def c(r, col, v, bold=False, center=False, border=True, fmt=None):
        x = ws.cell(r, col, v); x.font = Font(name="Times New Roman", size=12, bold=bold)
        x.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else None)
        if border: x.border = BOX
        if fmt: x.number_format = fmt
    ws.merge_cells("A1:C1"); c(1, 1, "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐỨC NHUẬN", bold=True, center=True, border=False)
    ws.merge_cells("A2:C2"); c(2, 1, "Số: 295/BC-UBND", center=True, border=False)
    ws.merge_cells("D1:G1"); c(1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True, border=False)
    ws.merge_cells("D2:G2"); c(2, 4, "Đức Nhuận, ngày 10 tháng 10 năm 2026", center=True, border=False)
    ws.row_dimensions[1].height = 32
    ws.merge_cells("A4:G4"); c(4, 1, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III VÀ LŨY KẾ 9 THÁNG NĂM 2026", bold=True, center=True, border=False)
    heads = ["TT", "Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Lũy kế 9 tháng", "Tình hình thực hiện"]
    for j, h in enumerate(heads, 1):
        c(6, j, h, bold=True, center=True)
    rows = [
        ("1", "Hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình", 1240, 1385, 1512, "Đang thực hiện"),
        ("2", "Tỷ lệ hồ sơ được số hóa kết quả (%)", None, None, None, "Hoàn thành chỉ tiêu 100%"),
        ("3", "Lớp tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", 1, 2, 1, "Đang thực hiện"),
        ("4", "Lượt người dân được hướng dẫn cài đặt VNeID mức 2", 860, 1020, 745, "Đang thực hiện"),
        ("5", "Cuộc kiểm tra an toàn thông tin tại các bộ phận", 0, 1, 1, "Đang thực hiện"),
        ("6", "Khảo sát mức độ hài lòng về chất lượng dịch vụ công trực tuyến (phiếu)", 150, 200, 180, "Hoàn thành"),
    ]
    r = 6
    for tt, lab, q1, q2, q3, st in rows:
        r += 1
        c(r, 1, tt, center=True); c(r, 2, lab)
        for j, v in zip((3, 4, 5), (q1, q2, q3)):
            c(r, j, v, center=True, fmt="#,##0")
        c(r, 6, f"=SUM(C{r}:E{r})" if q1 is not None else "100%", center=True, bold=True, fmt="#,##0")
        c(r, 7, st)
    ws.merge_cells(f"A{r+2}:G{r+2}"); c(r + 2, 1, "Khó khăn: Đường truyền tại Trung tâm phục vụ hành chính công phường thường xuyên quá tải vào giờ cao điểm.", border=False)
    ws.merge_cells(f"A{r+3}:G{r+3}"); c(r + 3, 1, "Kiến nghị: Đề nghị Sở Khoa học và Công nghệ nâng cấp băng thông mạng truyền số liệu chuyên dùng cho phường.", border=False)
    for j, w in enumerate((5, 55, 9, 9, 9, 13, 24), 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fn))
    soffice_resave(os.path.join(OUT, fn))
    rejected(fn)

def build_R3():
    fn = "ThanhAn_so ket thi dua 2026.docx"
    d = new_doc(size=14, author="Xa Thanh An")
    header_block(d, [("ĐẢNG ỦY – UBND – UBMTTQ", False, False), ("XÃ THANH AN", True, False), ("Số: 64/BC-HĐTĐKT", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("Thanh An, ngày 30 tháng 10 năm 2026", False, True)], size=12)
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, "Sơ kết phong trào thi đua “Dân vận khéo” và phong trào thi đua yêu nước 10 tháng năm 2026", bold=True, align=CENTER)
    paras = [
        "Thực hiện Kế hoạch của Hội đồng Thi đua – Khen thưởng Thành phố, Hội đồng Thi đua – Khen thưởng Xã Thanh An sơ kết phong trào thi đua 10 tháng năm 2026 như sau:",
        "I. KẾT QUẢ TRIỂN KHAI PHONG TRÀO",
        "Trong 10 tháng, xã tổ chức hai hội nghị phát động thi đua với 320 đại biểu tham dự; 100% ấp, cơ quan, đơn vị đăng ký giao ước thi đua. Phong trào “Dân vận khéo” được triển khai sâu rộng, góp phần nâng cao chất lượng hoạt động của hệ thống chính trị cơ sở; đồng thời Hội đồng đã kiểm tra việc thực hiện phong trào tại 09 ấp và 05 cơ quan, đơn vị, qua đó kịp thời chấn chỉnh những hạn chế.",
        "Phong trào “Chung tay vì người nghèo” vận động được 1.250.000.000 đồng, xây dựng 06 căn nhà tình thương, trao 420 phần quà cho hộ nghèo, hộ cận nghèo; phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tiếp tục duy trì hiệu quả. Đã đề nghị khen thưởng 12 tập thể, 27 cá nhân có thành tích xuất sắc (hoàn thành).",
        "II. KHÓ KHĂN, HẠN CHẾ",
        "- Một số đơn vị đăng ký thi đua còn hình thức, chưa gắn với nhiệm vụ chính trị.",
        "III. PHƯƠNG HƯỚNG, ĐỀ XUẤT",
        "- Đề nghị cấp trên quan tâm khen thưởng kịp thời các điển hình tiên tiến ở cơ sở.",
    ]
    for x in paras:
        if x[:2] in ("I.", "II", "II."[:2]) or x.startswith("III"):
            P(d, x, bold=True)
        else:
            P(d, x, indent=1.27, align=JUSTIFY)
    P(d, "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG\nCHỦ TỊCH\n\n\n\nTrần Văn Mười", bold=True, align=RIGHT)
    d.save(os.path.join(OUT, fn))
    rejected(fn)

if __name__ == "__main__":
    for f in (build_R1, build_R2, build_R3):
        f()
    print("R done")
