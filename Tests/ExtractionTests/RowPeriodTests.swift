import DocumentModel
import Testing
@testable import Extraction

// Specification of a table that gives each row's period in a column of its own ("Kỳ"), a
// task's figure on a row per period: last year's same period and the plan's target compare,
// only the report's own period is its result. The words are this file's own.
@Suite struct RowPeriodTests {
    @Test func onlyTheReportsOwnPeriodsRowsAreResults() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
            ["Số: 131/BC-UBND", nil, nil, nil, "Sài Gòn, ngày 20 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["Kỳ", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Giá trị"],
            ["6T-2025", "Kiểm tra đo lường tại chợ trên địa bàn phường", "Số cuộc kiểm tra", "cuộc", 4],
            ["6T-2026", "Kiểm tra đo lường tại chợ trên địa bàn phường", "Số cuộc kiểm tra", "cuộc", 6],
            ["KH-2026", "Kiểm tra đo lường tại chợ trên địa bàn phường", "Số cuộc kiểm tra", "cuộc", 10],
            ["6T-2025", "Kiểm tra đo lường tại chợ trên địa bàn phường", "Số cơ sở được kiểm tra", "cơ sở", 30],
            ["6T-2026", "Kiểm tra đo lường tại chợ trên địa bàn phường", "Số cơ sở được kiểm tra", "cơ sở", 41],
        ]), fileName: "sai-gon-ct38.xlsx")
        #expect(s.value("II.5.c", "inspections") == 6)
        #expect(s.value("II.5.c", "establishments_inspected") == 41)
    }
}
