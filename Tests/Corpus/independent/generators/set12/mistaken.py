"""Two mistaken files: readable, but about another subject. Key: status rejected; unit and document
filled since they are readable (entries empty)."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side

REASON = "not a report of this plan"


def svhtt():
    fname = "SVHTT_BC_2026 (gui SKHCN).docx"
    d = new_doc()
    header(d, "UBND Thành phố Hồ Chí Minh", "Sở Văn hóa và Thể thao", "3011/BC-SVHTT",
           "Thành phố Hồ Chí Minh, ngày 14 tháng 10 năm 2026")
    center(d, "BÁO CÁO")
    center(d, "Kết quả tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026")
    para(d, "Thực hiện Kế hoạch của Ủy ban nhân dân Thành phố về tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam "
            "lần thứ 5 năm 2026, Sở Văn hóa và Thể thao báo cáo kết quả như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    para(d, "1. Tổ chức Đường sách Tết và Hội sách Thành phố: thu hút khoảng 1,2 triệu lượt khách tham quan; 65 nhà xuất bản, công ty sách tham gia; "
            "doanh thu đạt 38 tỷ đồng.")
    para(d, "2. Các thư viện tổ chức 146 buổi giới thiệu sách, 32 cuộc thi đại sứ văn hóa đọc với 18.400 lượt học sinh tham gia.")
    para(d, "3. Tuyên truyền trên các phương tiện thông tin đại chúng: 210 tin, bài; treo 1.500 băng rôn, 300 pano trên các tuyến đường.")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    para(d, "Kinh phí bổ sung sách cho thư viện cơ sở sau sắp xếp đơn vị hành chính còn hạn chế.")
    para(d, "III. ĐỀ XUẤT", bold=True, indent=False)
    para(d, "Đề nghị Ủy ban nhân dân Thành phố bố trí kinh phí phát triển văn hóa đọc năm 2027.")
    signature(d, ["- UBND Thành phố;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, PQLVH."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Thị Ngân")
    d.save(os.path.join(OUT, fname))
    key(fname, "SO-VHTT", "Sở Văn hóa và Thể thao", "3011/BC-SVHTT", "2026-10-14", [], status="rejected",
        reason=REASON + " (Ngày Sách và Văn hóa đọc Việt Nam 2026)")


def baria():
    fname = "Bieu KQ 9 thang - P.Ba Ria.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "9 thang"
    ws["A1"] = "UBND PHƯỜNG BÀ RỊA"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: 388/BC-UBND"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = "Bà Rịa, ngày 06 tháng 10 năm 2026"
    ws.merge_cells("A5:H5")
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2026"
    ws["A5"].font = Font(bold=True)
    hdr = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện kỳ", "Lũy kế", "So với KH (%)", "Ghi chú"]
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(hdr, 1):
        ws.cell(row=7, column=c, value=h).font = Font(bold=True); ws.cell(row=7, column=c).border = B
    rows = [("1", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 412000, 98500, 301200),
            ("2", "Chi ngân sách phường", "triệu đồng", 96000, 24100, 67900),
            ("3", "Số hộ kinh doanh cấp mới", "hộ", 450, 130, 372),
            ("4", "Tỷ lệ hộ gia đình văn hóa", "%", 95, None, 96),
            ("5", "Số lao động được giải quyết việc làm", "người", 1200, 310, 980),
            ("6", "Tỷ lệ người dân tham gia BHYT", "%", 95, None, 93.5),
            ("7", "Số vụ vi phạm trật tự đô thị được xử lý", "vụ", None, 42, 118)]
    r = 8
    for row in rows:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = B
        if isinstance(row[3], (int, float)) and row[3]:
            ws.cell(row=r, column=7, value=f"=ROUND(F{r}/D{r}*100,1)").border = B
        r += 1
    ws.cell(row=r + 1, column=6, value="TM. ỦY BAN NHÂN DÂN")
    ws.cell(row=r + 5, column=6, value="Lê Hữu Phước")
    for col, w in zip("ABCDEFGH", (5, 45, 12, 13, 13, 13, 13, 20)):
        ws.column_dimensions[col].width = w
    p = os.path.join(OUT, fname)
    wb.save(p)
    soffice_resave(p, "xlsx")
    key(fname, "26560", "Phường Bà Rịa", "388/BC-UBND", "2026-10-06", [], status="rejected",
        reason=REASON + " (biểu chỉ tiêu kinh tế - xã hội 9 tháng của phường)")


if __name__ == "__main__":
    svhtt(); baria()
    write_keys()
