import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Session 42: a sheet laid out as the unit's own outline under "Mục | Nội dung | Số liệu | Ghi
// chú" — "1 | Kết quả thực hiện", "1.1 | <work> [status]", "a) | <what is counted> | <figure>",
// "1.2 | <work> …". The works, wards and figures here are this file's own.

@Suite struct Outline42Tests {
    nonisolated(unsafe) static let head: [[Any?]] = [
        ["UBND PHƯỜNG SÀI GÒN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 318/BC-UBND", nil, "Độc lập - Tự do - Hạnh phúc"],
        [nil, nil, "Sài Gòn, ngày 07 tháng 11 năm 2026"],
        [],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
        [],
    ]

    static func statuses(_ s: Submission) -> [String: TaskStatus] {
        Dictionary(s.entries.map { ($0.task, $0.status) }, uniquingKeysWith: { a, _ in a })
    }

    /// "Mục" numbers the rows: each "1.n" row is a work of its own, its lettered rows below it
    /// are what it counted (letters first seen under "1.1" stand deeper than "1.1" in this
    /// outline), and "1 | Kết quả thực hiện" heads the part, no task. Before, "Mục" had no role,
    /// every row after the first work was read as part of it and the part's heading was a
    /// task the unit had not named.
    @Test func anOutlineNumberedInItsOwnColumn() {
        let rows = Self.head + [
            ["Mục", "Nội dung", "Số liệu", "Ghi chú"],
            ["1", "Kết quả thực hiện"],
            ["1.1", "Tuyên truyền Chỉ thị 38 tới hộ kinh doanh [Đã xong]", nil, "Loa truyền thanh, tờ rơi"],
            ["a)", "Tin, bài tuyên truyền", "14 tin"],
            ["1.2", "Phối hợp kiểm tra đo lường cân tại chợ [Đang làm]", nil, "Cùng Chi cục TĐC"],
            ["a)", "Số cuộc kiểm tra", "02 cuộc"],
            ["b)", "Số cơ sở được kiểm tra", "19 hộ"],
            ["1.3", "Công chức phường dự tập huấn nghiệp vụ [Chưa làm]", nil, "Chưa được mời"],
            ["2", "Khó khăn, vướng mắc"],
            ["2.1", "Công chức phụ trách còn kiêm nhiệm nhiều việc."],
        ]
        let s = extract(workbook(rows, name: "BC CT38"), fileName: "bc-ct38.xlsx")
        #expect(Self.statuses(s) == ["II.1.a": .completed, "II.5.c": .inProgress, "II.3.a": .notStarted])
        #expect(s.value("II.1.a", "communications") == 14)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(!s.findings.contains { $0.message.contains("Kết quả thực hiện") })
    }

    /// A "Mục" column whose numbers repeat ("1.1 | Số cuộc kiểm tra", "1.1 | Số cơ sở …", "1.2 |
    /// …") names the report's item each figure row belongs to, not an outline: no sequence role,
    /// the rows are read by their labels. Numbers that do not repeat are the outline.
    @Test func anItemReferenceColumnIsNoOutline() {
        func layout(_ codes: [String]) -> GridLayout? {
            let labels = ["Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Hộ kinh doanh được hướng dẫn"]
            let grids = GridSegmenter.grids(of: workbook([["Mục", "Nội dung số liệu", "Đơn vị tính", "Số liệu"]]
                + zip(codes, labels).map { [$0.0, $0.1, "cơ sở", 5] }, name: "Phu luc"))
            return extractor.gridRecognisers!.layout(of: grids[0])
        }
        #expect(layout(["1.1", "1.1", "1.2"])?.column(.sequence) == nil)
        #expect(layout(["1.1", "1.2", "1.3"])?.column(.sequence) == 0)
    }
}
