import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 42: how far a unit's work came, as its sheet shows it — a percentage-formatted
// "Mức độ hoàn thành" cell (stored 0.5, shown "50%"), a "Mức đạt" column of shares of the
// unit's own plan, a "Rồi chưa?" column answered "Rồi". The wards, works and figures here are
// this file's own.

@Suite struct Status42Tests {
    nonisolated(unsafe) static let head: [[Any?]] = [
        ["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN"],
        ["Số: 211/BC-UBND", nil, nil, "Sài Gòn, ngày 06 tháng 11 năm 2026"],
        ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
        [],
    ]

    static func statuses(_ s: Submission) -> [String: TaskStatus] {
        Dictionary(s.entries.map { ($0.task, $0.status) }, uniquingKeysWith: { a, _ in a })
    }

    static func percent(_ d: Double) -> SheetCell { SheetCell(column: 0, value: .number(d), percentage: true) }

    /// A number shown by its format as a percentage reads as the share it shows, a share of
    /// the work done: 100% done, 0% not begun, anything between under way. Before, the stored
    /// 0.5, 1 and 0 were read as bare numbers and every status was unknown.
    @Test func aPercentageFormattedCompletionColumn() {
        let rows = Self.head + [
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Mức độ hoàn thành"],
            [1, "Kiểm tra đo lường cân tại chợ theo phân cấp", "Kiểm tra 03 cuộc tại 14 cơ sở", Self.percent(0.5)],
            [2, "Tuyên truyền trên loa truyền thanh khu phố", "Phát 09 tin về đo lường, chất lượng", Self.percent(1)],
            [3, "Cử công chức dự lớp tập huấn nghiệp vụ", "Chưa có lớp phù hợp", Self.percent(0)],
        ]
        let s = extract(workbook(rows, name: "Theo doi"), fileName: "theo-doi.xlsx")
        #expect(Self.statuses(s) == ["II.5.c": .inProgress, "II.1.a": .completed, "II.3.a": .notStarted])
        #expect(s.value("II.5.c", "inspections") == 3)
        // The share is no count: no figure of 0.5 or 1 anywhere.
        #expect(!s.entries.contains { $0.indicators.values.contains { $0.value == 0.5 } })
    }

    /// The cell shows what Excel shows: "50%", "12,5%" (Vietnamese decimal comma); other
    /// numbers as before.
    @Test func aPercentageCellShowsItsShare() {
        #expect(Self.percent(0.5).shownText == "50%")
        #expect(Self.percent(0.125).shownText == "12,5%")
        #expect(Self.percent(0.0725).shownText == "7,25%")
        #expect(Self.percent(1).shownText == "100%")
        #expect(SheetCell(column: 1, value: .number(0.5)).shownText == "0.5")
        #expect(SheetCell(column: 1, value: .number(135), formatText: "mẫu").shownText == "135 mẫu")
    }

    /// "Mức đạt" heads a status column: "đạt 100%" done, "đạt 75% kế hoạch" under way,
    /// "Không phát sinh" did not arise. Before, the column had no role and no status was read.
    @Test func aLevelReachedColumn() {
        let rows = Self.head + [
            ["Cách ghi cột \"Mức đạt\": tỷ lệ % so với kế hoạch năm 2026 do đơn vị tự đề ra."],
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Mức đạt", "Ghi chú"],
            [1, "Tuyên truyền, phổ biến pháp luật về đo lường cho hộ kinh doanh", "Đăng 05 tin, bài", "đạt 100%"],
            [2, "Kiểm tra đo lường tại cửa hàng xăng dầu theo phân cấp", "02 cuộc/08 cơ sở", "đạt 75% kế hoạch"],
            [3, "Tiếp nhận, xử lý tố giác vi phạm về đo lường", "Không có", "Không phát sinh"],
        ]
        let s = extract(workbook(rows, name: "Bao cao"), fileName: "bieu.xlsx")
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress, "II.5.d": .notApplicable])
    }

    /// "Rồi chưa?" (done yet?) asks whether the work is done: "Rồi" is yes, done.
    @Test func aDoneYetColumnAnsweredInOneWord() {
        let rows = Self.head + [
            ["TT", "Việc được giao", "Đã làm gì", "Số liệu", "Rồi chưa?"],
            [1, "Tuyên truyền Chỉ thị 38 trên trang thông tin phường", "Đăng trang TTĐT", "tin bài=7", "Rồi"],
            [2, "Kiểm tra đo lường cân tại chợ", "Kiểm tra theo kế hoạch", "cuộc=2; cơ sở=11", "Đang làm"],
        ]
        let s = extract(workbook(rows, name: "TH"), fileName: "th.xlsx")
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress])
    }
}
