@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW23 (blind review of the report made from the dev corpus, 5/10): the JSON and the
/// review page stated other headline figures than the DOCX (units reporting, task states,
/// late reports, totals summed over unrelated lines). One computation now
/// (`ConsolidatedReport.headline`), read by every writer; these tests fail when two outputs
/// disagree on a headline figure. In data of no corpus.
@Suite struct Review23Tests {
    struct Outputs {
        var report: ConsolidatedReport
        var renderer: VietnameseRenderer
        var body: String
        var html: String
        var json: ConsolidatedReport
        var appendixI: [String]
    }

    static func outputs(_ input: ConsolidationInput) throws -> Outputs {
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let body = v.body().map(\.text).joined(separator: "\n")
        let html = HTMLReviewWriter().html(v)
        let json = try JSONReportReader.read(JSONReportWriter().data(r))
        let tasks = AppendixTables.taskProgress(v)
        var cells: [String] = []
        for row in tasks.rows { for c in row.cells { if case .text(let s) = c { cells.append(s) } } }
        return Outputs(report: r, renderer: v, body: body, html: html, json: json, appendixI: cells)
    }

    /// Every headline figure the body states is the one the review page and the JSON state.
    static func expectOneSetOfFigures(_ o: Outputs, _ label: String) {
        let h = o.report.headline
        let w = Fixtures.definition.wording
        func n(_ x: Int) -> String { VietFormat.count(x) }
        func card(_ x: Int) -> String { HTMLReviewWriter.count(x) }
        // The JSON carries the same headline, and its lists are the headline's.
        #expect(o.json.headline == h, "\(label)")
        #expect(o.json.overdueTasks == h.overdue, "\(label)")
        #expect(h.overdue == o.report.tasks.filter { $0.phase == .overdue }.map(\.code), "\(label)")
        // Units reporting: the body's coverage, the page's card, Phụ lục II's rows.
        let coverage = "\(n(h.reporting.received))/\(n(h.reporting.expected))"
        #expect(o.body.contains(coverage), "\(label): the body does not state \(coverage)\n\(o.body)")
        #expect(o.html.contains("<b>\(card(h.reporting.received))/\(card(h.reporting.expected))</b>"), "\(label): the review page does not state \(coverage)")
        let own = Set(Fixtures.definition.rules.ownGroups)
        let outside = o.report.reporters.filter { !own.contains($0.group ?? "") }
        #expect(outside.count == h.reporting.expected, "\(label)")
        #expect(outside.filter { [.onTime, .late].contains($0.state) }.count == h.reporting.received, "\(label)")
        // Late reports: the body says them when there are, the page's card gives the same count.
        if h.reporting.late > 0 {
            #expect(o.body.contains(w("assessment.late", ["n": n(h.reporting.late)])), "\(label): late count")
        }
        #expect(o.html.contains("<b>\(card(h.reporting.late + h.ownReporting.late))</b>\(w("page.late"))"), "\(label): late card")
        #expect(o.html.contains("<b>\(card(h.reporting.laterAfterDeadline + h.ownReporting.laterAfterDeadline))</b>\(w("page.laterAfterDeadline"))"), "\(label)")
        // Tasks: the dated tasks completed, as the body and the page count them.
        let done = h.dated[ConsolidatedReport.Phase.completed.rawValue] ?? 0
        if h.datedTasks > 0 {
            let sentence = w("assessment.completedDated", ["n": n(done), "dated": n(h.datedTasks),
                                                           "percent": VietFormat.percent(done, of: h.datedTasks)])
            #expect(o.body.contains(sentence), "\(label): \(sentence)\n\(o.body)")
        }
        #expect(o.html.contains("<b>\(card(done))/\(card(h.datedTasks))</b>\(w("page.datedDone"))"), "\(label)")
        #expect(o.html.contains("<b>\(card(h.overdue.count))</b>\(w("page.overdue"))"), "\(label)")
        if !h.overdue.isEmpty {
            #expect(o.body.contains(w("labels.progress.overdue", ["n": n(h.overdue.count)])), "\(label): overdue count in the body")
            #expect(o.appendixI.filter { $0 == o.renderer.taskStateLabel(o.report.tasks.first { $0.code == h.overdue[0] }!) }.count >= 1, "\(label)")
        }
        // Totals: every figure the body's highlights state is the page's total of it.
        for t in h.totals where !t.isMoney {
            let value = VietFormat.count(t.value)
            let stated = w.highlights.contains { $0.groups.isEmpty && ReportWording.placeholders($0.text).contains(t.indicator) }
            guard stated else { continue }
            #expect(o.body.contains(value), "\(label): body lacks \(t.indicator) \(value)")
            #expect(o.html.contains(">" + o.renderer.pageText("page.total", ["label": o.renderer.indicatorLabel(t.indicator), "total": VietFormat.number(t.value),
                                                                            "units": VietFormat.count(t.units)])),
                    "\(label): page total of \(t.indicator)")
        }
        // The page never adds money spent over unrelated lines into one figure.
        #expect(!h.totals.contains { $0.indicator == Consolidator.budgetIndicator }, "\(label)")
    }

    @Test func everyOutputStatesTheHeadlineOfTheFixture() throws {
        Self.expectOneSetOfFigures(try Self.outputs(Fixtures.input()), "fixture")
        Self.expectOneSetOfFigures(try Self.outputs(JudgementTests.input), "judgements")
    }

    /// A unit outside the Department reporting late, another whose figures come partly from
    /// work others held (not counted): the page and the JSON count as the body does.
    @Test func lateReportsAndWorkCountedOnceAgreeEverywhere() throws {
        var input = JudgementTests.input
        input.asOf = PlanDate(iso: "2026-11-30")!
        let ward = try #require(input.reporters.firstIndex { $0.unitID == "25771" })
        input.reporters[ward].state = .late
        let o = try Self.outputs(input)
        Self.expectOneSetOfFigures(o, "late ward")
        // The page's totals are the counted ones (each piece of work once), not raw sums.
        for t in o.report.headline.totals {
            let counted = o.report.groups.flatMap(\.figures).filter { $0.indicator == t.indicator }.map(\.counted).reduce(0, +)
            #expect(t.value == counted)
        }
    }

    /// The headline's reporting scope is the body's: the Department's own units apart.
    @Test func theOwnUnitsAreAScopeOfTheirOwn() throws {
        let o = try Self.outputs(Fixtures.input())
        let h = o.report.headline
        #expect(h.reporting.scope == "outside" && h.ownReporting.scope == "own")
        #expect(h.reporting.expected + h.ownReporting.expected == o.report.completeness.expected)
        #expect(h.reporting.received + h.ownReporting.received == o.report.completeness.received)
    }
}
