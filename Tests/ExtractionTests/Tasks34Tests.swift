import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of which task a row is about, session 34: a partner's sheet of one row per
// request to coordinate, headed "Đơn vị đề nghị | … | Đơn vị đã làm" (who asked, what the unit
// did: neither is a unit of measure). The words are this file's own.

@Suite struct Tasks34Tests {
    /// "Đơn vị đề nghị" names who asked for the work and "Đơn vị đã làm" what the unit did
    /// (grids.yaml: performer and quantity); read as units of measure ("đơn vị"), they left
    /// every row of the sheet without its task.
    @Test func aSheetOfRequestsToCoordinateNamesEachRowsTask() {
        let s = extract(workbook([
            ["Đơn vị báo cáo:", nil, "UBND phường Tân Định"],
            ["Số văn bản:", nil, "318/BC-UBND"],
            ["Ngày:", nil, "ngày 24/10/2026"],
            ["Nội dung:", nil, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"],
            [],
            ["STT", "Nội dung phối hợp", "Đơn vị đề nghị", "Văn bản đề nghị (số, ngày)", "Đơn vị đã làm", "Số liệu", "Tình trạng phối hợp"],
            [1, "Kiểm tra cân, đo lường tại chợ Tân Định và các cửa hàng xăng dầu", "Chi cục TĐC", "CV 517/TĐC-ĐL ngày 11/5/2026",
             "Phòng Kinh tế cử công chức cùng đoàn kiểm tra.", "03 cuộc; 21 cơ sở", "Đã phối hợp"],
            [2, "Phát tin về cân đúng, đo đủ trên loa truyền thanh khu phố", "Chi cục TĐC", "CV 402/TĐC-QLTC ngày 07/4/2026",
             "Phát tin trên loa các khu phố.", "10 tin", "Đang phối hợp"],
            [3, "Cử công chức dự lớp tập huấn nghiệp vụ đo lường cấp xã", "Chi cục TĐC", "CV 1211/TĐC-VP ngày 02/7/2026",
             "Cử công chức Phòng Kinh tế dự lớp.", "03 người", "Đã phối hợp"],
        ], name: "Theo doi"), fileName: "tan-dinh-phoi-hop.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.3.a", "II.5.c"])
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.value("II.1.a", "communications") == 10)
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(!s.findingCodes.contains("no-tasks"))
    }
}
