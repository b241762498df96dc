import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of what session 33 reads in the reports of leads and partners: a row whose code
// cell names several tasks at once ("5.a; 5.b", "2.h + 2.i"; grids.yaml `code_joins`). The
// words are this file's own.

@Suite struct Partners33Tests {
    /// Each task the code cell names takes the row's status; each figure goes to the named task
    /// that reports its kind, among several to the one its own clause names ("lấy 14 mẫu … khảo
    /// sát" is II.5.b's), else to the first named.
    @Test func aRowNamingTwoTasksReportsOnBoth() {
        let s = extract(workbook([
            ["SỞ XÂY DỰNG"],
            ["Số: 812/BC-SXD", nil, nil, nil, "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Mã NV", "Nội dung", "Kết quả", "Tình trạng"],
            [1, "5.a; 5.b", "Phối hợp kiểm tra vật liệu xây dựng", "Cùng Chi cục kiểm tra 04 cuộc tại 22 cơ sở; lấy 14 mẫu thép để khảo sát", "Đang làm"],
            [2, "2.h + 2.i", "Kết nối dữ liệu thủ tục hành chính", "Đã cấu hình kết nối, cấp tài khoản cho cán bộ", "Xong"],
        ]), fileName: "sxd-ct38.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.h", "II.2.i", "II.5.a", "II.5.b"])
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.5.b")?.status == .inProgress)
        #expect(s.entry("II.2.i")?.status == .completed)
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 22)
        #expect(s.value("II.5.b", "samples_tested") == 14)
        #expect(s.value("II.5.a", "samples_tested") == nil)
        let r = extractor.gridRecognisers!
        #expect(r.taskCodes(inCodeCell: "1a và 3a") == ["II.1.a", "II.3.a"])
        #expect(r.taskCodes(inCodeCell: "KH38/5c").isEmpty)
        #expect(r.taskCodes(inCodeCell: "2.g").isEmpty)
    }

    /// A commune's sheet headed by the plan's work and who worked with it ("Việc theo KH | Xã đã
    /// làm | Con số | Đơn vị cùng làm | Xong chưa?"): the first column names each row's task
    /// (its short code "5c"), the partner column is no result, the question's answer the status.
    @Test func aSheetHeadedByThePlansWorkNamesEachRowsTask() {
        let s = extract(workbook([
            ["UBND XÃ NHUẬN ĐỨC"],
            ["Số: 77/BC-UBND"],
            ["Nhuận Đức, ngày 05 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
            ["Việc theo KH", "Xã đã làm", "Con số", "Đơn vị cùng làm", "Xong chưa?"],
            ["5c", "Kiểm tra cân tại chợ trên địa bàn xã", "03 cuộc kiểm tra tại 17 cơ sở", "Chi cục TĐC", "Chưa xong"],
            ["2đ", "Duy trì ISO 9001 tại UBND xã", "Đã công bố lại", nil, "Xong"],
        ]), fileName: "nhuan-duc-ct38.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.đ", "II.5.c"])
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
    }
}
