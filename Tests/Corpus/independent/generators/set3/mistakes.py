"""Three files sent by mistake: reports on other subjects, in the same forms as hands A, B, D."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from common import OUT, RejectKey

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def m1():
    """Hand E's Word báo cáo with a long table, but a digital-transformation statistic of Phường Bình Thạnh."""
    fname = "BinhThanh_bao cao thong ke CDS Q3-2026.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"; doc.styles["Normal"].font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH THẠNH\nSố: 702/BC-UBND"
    t.rows[0].cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Thạnh, ngày 8 tháng 10 năm 2026"
    for txt in ("BÁO CÁO", "Thống kê kết quả thực hiện chuyển đổi số quý III năm 2026"):
        p = doc.add_paragraph(); p.add_run(txt).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI").runs[0].bold = True
    doc.add_paragraph("Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số, "
                      "Ủy ban nhân dân phường đã kiện toàn Ban Chỉ đạo chuyển đổi số và 38 Tổ công nghệ số cộng đồng.")
    doc.add_paragraph("II. KẾT QUẢ THỰC HIỆN").runs[0].bold = True
    tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("TT", "Nội dung công việc", "ĐVT", "Số lượng", "Tiến độ", "Ghi chú")):
        c.text = h
    for r in [("I", "CHÍNH QUYỀN SỐ", "", "", "", ""),
              ("1", "Hồ sơ thủ tục hành chính tiếp nhận trực tuyến", "Hồ sơ", "4.215", "Hoàn thành", ""),
              ("2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "86,4", "", "Chỉ tiêu 80%"),
              ("II", "KINH TẾ SỐ, XÃ HỘI SỐ", "", "", "", ""),
              ("3", "Tổ chức lớp tập huấn kỹ năng số cho người dân", "Lớp", "06", "Hoàn thành", "Bình dân học vụ số"),
              ("-", "Số người tham dự", "Người", "420", "", ""),
              ("4", "Tin, bài tuyên truyền về chuyển đổi số", "Tin/bài", "25", "Hoàn thành", ""),
              ("5", "Hộ kinh doanh thanh toán không dùng tiền mặt", "Hộ", "1.530", "Đang thực hiện", ""),
              ("6", "Kiểm tra an toàn thông tin tại các bộ phận", "Cuộc", "02", "Hoàn thành", "")]:
        for c, v in zip(tb.add_row().cells, r):
            c.text = v
    doc.add_paragraph("III. KHÓ KHĂN, VƯỚNG MẮC").runs[0].bold = True
    doc.add_paragraph("1. Người cao tuổi còn ngại sử dụng dịch vụ công trực tuyến.")
    doc.add_paragraph("IV. ĐỀ XUẤT, KIẾN NGHỊ").runs[0].bold = True
    doc.add_paragraph("1. Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho Tổ công nghệ số cộng đồng.")
    doc.save(os.path.join(OUT, fname))
    return RejectKey(fname)


def m2():
    """Hand D's letter, but a disaster-prevention report of Xã Bình Khánh."""
    fname = "Binh Khanh - BC PCTT 9 thang 2026.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"; doc.styles["Normal"].font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "ỦY BAN NHÂN DÂN\nXÃ BÌNH KHÁNH\nSố: 208/BC-UBND"
    t.rows[0].cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Khánh, ngày 02 tháng 10 năm 2026"
    for txt, b in [("BÁO CÁO", True),
                   ("Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026", True)]:
        p = doc.add_paragraph(); p.add_run(txt).bold = b; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.")
    doc.add_paragraph("Thực hiện Kế hoạch số 55/KH-BCH ngày 12/02/2026 về công tác phòng, chống thiên tai năm 2026, "
                      "Ủy ban nhân dân xã Bình Khánh báo cáo kết quả thực hiện 9 tháng đầu năm như sau (chi tiết tại bảng đính kèm):")
    doc.add_paragraph("1. Khó khăn, vướng mắc").runs[0].bold = True
    doc.add_paragraph("- Hệ thống đê bao ven sông Lòng Tàu xuống cấp, nhiều đoạn sạt lở.")
    doc.add_paragraph("2. Đề xuất, kiến nghị").runs[0].bold = True
    doc.add_paragraph("- Đề nghị Thành phố bố trí kinh phí gia cố 1,2 km bờ bao ấp An Nghĩa.")
    tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("STT", "Nội dung", "Kết quả thực hiện", "Tình hình thực hiện")):
        c.text = h
    for r in [("1", "Tuyên truyền kiến thức phòng, chống thiên tai", "Đăng 12 tin, bài; phát 800 tờ rơi đến hộ dân ven sông.", "Hoàn thành"),
              ("2", "Tập huấn, diễn tập ứng phó bão, triều cường", "Tổ chức 01 cuộc diễn tập với 150 người tham gia.", "Hoàn thành"),
              ("3", "Kiểm tra đê bao, công trình thủy lợi", "Kiểm tra 03 cuộc, 14 tuyến đê bao; phát hiện 04 điểm sạt lở.", "Hoàn thành"),
              ("4", "Di dời dân khỏi vùng nguy hiểm", "Di dời 37 hộ, 126 nhân khẩu khi có triều cường.", "Không phát sinh thêm"),
              ("5", "Kinh phí phòng, chống thiên tai", "Đã sử dụng 85 triệu đồng từ Quỹ phòng, chống thiên tai.", "Đang thực hiện")]:
        cells = tb.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.save(os.path.join(OUT, fname))
    return RejectKey(fname)


def m3():
    """Hand B's wide table, but an administrative-reform report of Sở Tư pháp."""
    fname = "STP_KQ CCHC 2026 (bieu).xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Bieu CCHC"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = "SỞ TƯ PHÁP"; ws["A3"] = "Số: 6120/BC-STP"
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["H3"] = "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026"
    ws.merge_cells("A5:K5"); ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    for rng, v in [("A7:A8", "TT"), ("B7:B8", "Nội dung cải cách"), ("C7:D7", "Tập huấn"), ("E7:F7", "Kiểm tra CCHC"),
                   ("G7:G8", "Số TTHC rà soát, đơn giản hóa"), ("H7:H8", "Kinh phí (triệu đồng)"), ("I7:I8", "Kết quả thực hiện"),
                   ("J7:J8", "Ghi chú")]:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = v
    ws["C8"] = "Số lớp"; ws["D8"] = "Số người"; ws["E8"] = "Số cuộc"; ws["F8"] = "Số cơ quan được kiểm tra"
    rows = [
        (1, "Cải cách thể chế: rà soát văn bản QPPL", None, None, None, None, None, 45.0, "Hoàn thành", "Rà soát 312 văn bản"),
        (2, "Cải cách thủ tục hành chính", 2, 240, None, None, 18, 30.5, "Hoàn thành", None),
        (3, "Kiểm tra công tác cải cách hành chính tại phòng công chứng, cơ quan thi hành án", None, None, 4, 11, None, None, "Hoàn thành", None),
        (4, "Hiện đại hóa hành chính, áp dụng ISO 9001:2015", None, None, None, None, None, None, "Đang thực hiện", None),
        (5, "Tuyên truyền cải cách hành chính", 1, 85, None, None, None, 12.0, "Hoàn thành", "16 tin, bài"),
    ]
    for i, row in enumerate(rows, 9):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v).border = BOX
    ws["B14"] = "Tổng cộng"; ws["C14"] = 3; ws["D14"] = 325; ws["E14"] = 4; ws["F14"] = 11; ws["G14"] = 18; ws["H14"] = 87.5
    ws.column_dimensions["B"].width = 50
    ws["A16"] = "Khó khăn, vướng mắc:"; ws["A17"] = "1. Nhiều TTHC phụ thuộc quy định của Trung ương, khó đơn giản hóa."
    ws["A18"] = "Đề xuất, kiến nghị:"; ws["A19"] = "1. Đề nghị UBND Thành phố bổ sung kinh phí số hóa hồ sơ lý lịch tư pháp."
    wb.save(os.path.join(OUT, fname))
    return RejectKey(fname)


def main():
    return [m1(), m2(), m3()]
