@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW51's remaining findings (#6, #8, #11 (a)), answered in the report layer by general
/// rules (report.yaml wording and rules, the renderer's judgements), checked on the report
/// made from the dev corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review51bTests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review51bTests.report, definition: Fixtures.definition) }
    var text: String { body(v) }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    /// Every text of the appendices' tables and notes.
    func appendixText(_ v: VietnameseRenderer) -> String {
        AppendixTables.all(v).map { t in
            (t.rows.map { $0.cells.map(\.display).joined(separator: " | ") } + t.notes).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// #11 (a): no sentence of the body or the appendices says "toàn Thành phố" of figures that
    /// are only those of the units that reported; III.1's inspections are said as the units'
    /// ("các cơ quan, đơn vị, địa phương đã tổ chức 138 cuộc kiểm tra …") with their count.
    @Test func noFigureIsSaidOfTheWholeCity() throws {
        #expect(!text.lowercased().contains("toàn thành phố"), "\(text)")
        let appendices = appendixText(v)
        #expect(!appendices.lowercased().contains("toàn thành phố"), "\(appendices)")
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        let inspections = try #require(Review51bTests.report.headline.totals.first { $0.indicator == "inspections" })
        let said = "các cơ quan, đơn vị, địa phương đã tổ chức \(VietFormat.count(inspections.value)) cuộc kiểm tra tại "
        let at = try #require(achieved.range(of: said), "\(achieved)")
        #expect(achieved[at.upperBound...].contains("(theo báo cáo của "), "\(achieved)")
    }
}
