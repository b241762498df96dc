import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 42: a department's role split in a parenthesis that says it breaks the figure down,
// far after the figure in its clause. The department and figures here are this file's own.

@Suite struct Figures42Tests {
    /// "15 tin, bài trên Trang thông tin điện tử của Sở (trong đó: Sở chủ trì 09 …; phối hợp 06
    /// …)": the parenthesis breaks the 15 down, its counts are not added to it. Before, a
    /// parenthesis broke a figure down only within six words of it, and 15 + 09 + 06 = 30 was
    /// read.
    @Test func aBreakdownInBracketsFarAfterItsFigure() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG\nSố: 812/BC-SXD",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("- Đăng tải 14 tin, bài trên Cổng thông tin điện tử của Sở về vật liệu xây dựng hợp quy (trong đó: Sở chủ trì 08 tin, bài; phối hợp đăng lại 06 tin, bài của Chi cục TĐC)."),
            .p("Tiến độ chung: đã hoàn thành."),
        ]), fileName: "sxd-bc.docx")
        #expect(s.value("II.1.a", "communications") == 14)
    }

    /// A Word table of one column per goods line beside a "Cộng" column, one row a measure: the
    /// "Cộng" column is the result, the goods lines its parts, never added to it. Before, one
    /// part column ("Hàng đóng gói", by its unit noun) was read as the results and the whole
    /// was quoted as unread.
    @Test func goodsLineColumnsBesideTheirWhole() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Kiểm tra theo phân cấp quản lý"),
            .p("Phường kiểm tra theo nhóm hàng như sau:"),
            .table([["Nội dung", "Xăng dầu", "Vàng", "Hàng đóng gói", "Cân bán lẻ", "Cộng"],
                    ["Số cuộc kiểm tra", "02", "01", "01", "03", "07"],
                    ["Số cơ sở được kiểm tra", "06", "04", "03", "09", "22"],
                    ["Số cơ sở vi phạm", "01", "00", "01", "02", "04"]]),
            .p("Mức độ hoàn thành: 100%"),
        ]), fileName: "bc-nhom-hang.docx")
        #expect(s.value("II.5.c", "inspections") == 7)
        #expect(s.value("II.5.c", "establishments_inspected") == 22)
        #expect(s.value("II.5.c", "violations") == 4)
    }
}
