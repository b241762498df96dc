@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW50's findings (a Phó Giám đốc's blind reading, 6/10, "sign after fixes"), answered by
/// general rules (report.yaml wording, the consolidation's and the renderer's judgements),
/// checked on the report made from the dev corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review50Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review50Tests.report, definition: Fixtures.definition) }
    var text: String { body(v) }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    /// #1: the budget holder's amounts on the plan's tasks, whose fund its report does not
    /// name, add up above the allocation. No source says they came from it: the body says
    /// each amount with its task — no total, no "vượt kinh phí được giao", no "chưa báo cáo
    /// nguồn" — and IV asks the holder for their source; Phụ lục III carries the amounts
    /// without a mark; the desk keeps the check.
    @Test func amountsAboveTheAllocationAreSaidAndTheirSourceAskedNotConcluded() throws {
        let text = self.text
        let budget = section(text, from: "Kinh phí thực hiện Kế hoạch\n", to: "III. ĐÁNH GIÁ CHUNG")
        #expect(budget.contains("là 349.000.000 đồng"), "\(budget)")
        #expect(budget.contains("265.000.000 đồng cho nhiệm vụ") && budget.contains("274.750.000 đồng cho nhiệm vụ"), "\(budget)")
        for finding in ["vượt kinh phí", "chênh lệch", "chưa báo cáo nguồn", "539.750.000"] {
            #expect(!budget.contains(finding), "\(finding): \(budget)")
        }
        let outlook = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ĐỀ XUẤT")
        #expect(outlook.contains("Chỉ đạo Chi cục báo cáo rõ nguồn kinh phí của các khoản đã chi cho các nhiệm vụ của Kế hoạch (cộng 539.750.000 đồng) và số đã sử dụng từ dự toán 349.000.000 đồng được giao."), "\(outlook)")
        #expect(!text.contains("vượt kinh phí được giao"), "\(text)")
        let rows = AppendixTables.figures(v).rows.map { $0.cells.map(\.display).joined(separator: " | ") }
        for amount in ["265.000.000", "274.750.000"] {
            let row = try #require(rows.first { $0.contains(amount) && $0.contains("Chi cục") }, "\(amount)")
            #expect(!row.contains("chưa báo cáo nguồn"), "\(row)")
        }
        #expect(Review50Tests.report.review.contains { $0.code == "budget-over-plan" })
    }
}
