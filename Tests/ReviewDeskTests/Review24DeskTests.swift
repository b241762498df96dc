import Consolidation
import Foundation
import Testing
@testable import ReviewDesk

/// REVIEW24: the review desk counts completeness and the headline figures from the one
/// consolidation the report is written from, never on its own (the page and the report could
/// not then disagree).
@Suite("Review desk reads the report's figures", .serialized, .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct Review24DeskTests {
    @Test func theDeskShowsTheConsolidationsCompletenessAndHeadline() throws {
        let ws = try DeskWorkspace()
        let desk = try ws.desk()
        let snapshot = try desk.snapshot()
        let report = try desk.renderer().report
        #expect(snapshot.headline == report.headline)
        #expect(snapshot.groups.map(\.expected) == report.completeness.byGroup.map(\.expected))
        #expect(snapshot.groups.map(\.late) == report.completeness.byGroup.map(\.late))
        #expect(snapshot.groups.map(\.missing) == report.completeness.byGroup.map(\.missing))
        #expect(snapshot.groups.map { $0.onTime + $0.late } == report.completeness.byGroup.map(\.received))
        // The overview states the headline's reporting count as the report does.
        let lines = Pages.headlineLines(report.headline)
        #expect(lines.first?.contains("\(report.headline.reporting.received)/\(report.headline.reporting.expected)") == true, "\(lines)")
    }
}
