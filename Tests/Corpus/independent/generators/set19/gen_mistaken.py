"""Two mistaken files: a department sends, by mistake, a report on another subject.
m1 — Sở Xây dựng (same office that writes H1-style tables) attaches its social-housing report.
m2 — Sở An toàn thực phẩm sends its monthly food-poisoning statistics workbook."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from common import *


def m1():
    fname = "SXD-BC-nha-o-xa-hoi-9thang-2026.docx"
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "1602/BC-SXD",
                 "Thành phố Hồ Chí Minh, ngày 09 tháng 10 năm 2026")
    title(d, "BÁO CÁO", "Tình hình thực hiện Đề án đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội\n9 tháng đầu năm 2026")
    para(d, "Kính gửi: Ủy ban nhân dân Thành phố.", align="c")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    para(d, "1. Dự án đã hoàn thành", bold=True, indent=False)
    para(d, "Trong 9 tháng đầu năm 2026, trên địa bàn Thành phố có 06 dự án nhà ở xã hội hoàn thành với 5.820 căn hộ; 11 dự án đang triển khai với 14.300 căn hộ.", align="j")
    rows = [["STT", "Tên dự án", "Địa điểm", "Số căn", "Tình trạng"],
            ["1", "Nhà ở xã hội Lê Thành", "Phường An Lạc", "1.240", "Hoàn thành"],
            ["2", "Nhà ở xã hội Thạnh Mỹ Lợi", "Phường Bình Trưng", "980", "Hoàn thành"],
            ["3", "Khu nhà ở công nhân Vĩnh Lộc", "Xã Vĩnh Lộc", "2.100", "Đang thi công"],
            ["4", "Nhà ở xã hội Long Bình", "Phường Long Bình", "1.600", "Đang thi công"]]
    grid_table(d, rows, size=11)
    para(d, "2. Công tác giải quyết thủ tục mua, thuê mua", bold=True, indent=False)
    para(d, "Tiếp nhận 3.412 hồ sơ đăng ký mua, thuê mua nhà ở xã hội; đã xét duyệt 2.876 hồ sơ.", align="j")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    para(d, "- Quỹ đất 20% dành cho nhà ở xã hội trong các dự án thương mại chậm bàn giao.", align="j")
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    para(d, "- Kiến nghị Ủy ban nhân dân Thành phố chỉ đạo rút ngắn thời gian thẩm định giá bán nhà ở xã hội.", align="j")
    signature(d, ["- Như trên;", "- Bộ Xây dựng;", "- Lưu: VT, QLN."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Minh Tâm")
    d.save(os.path.join(ROOT, fname))
    write_key(fname, "SO-XD", "1602/BC-SXD", "2026-10-09", [], status="rejected",
              reason="Không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo về nhà ở xã hội gửi nhầm")


def m2():
    fname = "SATTP_thong-ke-ngo-doc-T10-2026.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "T10"
    ws["A1"] = "SỞ AN TOÀN THỰC PHẨM"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: 1170/BC-SATTP"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026"
    ws.merge_cells("A4:F4")
    ws["A4"] = "BIỂU THỐNG KÊ CÁC VỤ NGỘ ĐỘC THỰC PHẨM THÁNG 10/2026"
    ws["A4"].font = Font(bold=True, size=13)
    ws["A4"].alignment = Alignment(horizontal="center")
    head = ["STT", "Ngày xảy ra", "Địa điểm", "Số người mắc", "Số người nhập viện", "Nguyên nhân"]
    for j, h in enumerate(head, 1):
        ws.cell(6, j, h).font = Font(bold=True)
    data = [[1, "03/10/2026", "Bếp ăn tập thể Công ty TNHH May Phú Sơn - Xã Bình Chánh", 42, 18, "Vi sinh vật (Salmonella)"],
            [2, "14/10/2026", "Tiệc cưới tại nhà hàng - Phường Gò Vấp", 27, 9, "Đang xác định"],
            [3, "26/10/2026", "Căng tin trường tiểu học - Phường Thủ Đức", 15, 4, "Thực phẩm chế biến sẵn không rõ nguồn gốc"]]
    for i, r in enumerate(data, 7):
        for j, v in enumerate(r, 1):
            ws.cell(i, j, v)
    ws.cell(10, 3, "Cộng").font = Font(bold=True)
    ws.cell(10, 4, "=SUM(D7:D9)")
    ws.cell(10, 5, "=SUM(E7:E9)")
    for c, w in zip("ABCDEF", [6, 14, 52, 14, 18, 36]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(ROOT, fname))
    write_key(fname, "SO-ATTP", "1170/BC-SATTP", "2026-11-02", [], status="rejected",
              reason="Không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: biểu thống kê ngộ độc thực phẩm gửi nhầm")


if __name__ == "__main__":
    m1(); m2()
