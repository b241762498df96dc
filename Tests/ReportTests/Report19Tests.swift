@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// The report round of session 19 (issue #13, REVIEW22's still open items): estimates kept
/// out of the totals and said whose; joint work said to be joint, counted once and never
/// dropped; money a unit marks as from other sources never read as the plan's allocation
/// spent; an undated report's timeliness says what it rests on. In words of no corpus.
@Suite struct Report19Tests {
    static func estimate(_ v: Double, _ at: String, _ text: String) -> Figure {
        Figure(value: v, sources: [FigureSource(location: at, text: text, value: v, marks: [FigureSource.estimateMark])])
    }

    /// The fixture with a ward's classes on II.3.a, given as an estimate to the year's end or not.
    static func withWardClasses(estimated: Bool) -> ConsolidationInput {
        var input = JudgementTests.input
        let ward = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        let f = { (v: Double, at: String, text: String) in estimated ? Self.estimate(v, at, text) : Fixtures.figure(v, at, text) }
        input.current[ward].submission.entries.append(
            Entry(task: "II.3.a", status: .inProgress,
                  indicators: [IndicatorID("training_courses"): f(2, "xl/worksheets/sheet1.xml C9", "2"),
                               IndicatorID("participants"): f(60, "xl/worksheets/sheet1.xml D9", "60")],
                  text: "Phường tổ chức 02 lớp tập huấn nghiệp vụ cho 60 lượt công chức (số liệu ước cả năm).",
                  sources: ["xl/worksheets/sheet1.xml row 9"]))
        return input
    }

    /// A ward whose classes are an estimate to the year's end: listed, in no total, and the
    /// opening says whose figures are left out; every other figure unchanged.
    @Test func anEstimateIsInNoTotalAndTheOpeningSaysWhose() throws {
        let base = Fixtures.report(Self.withWardClasses(estimated: false))
        let r = Fixtures.report(Self.withWardClasses(estimated: true))
        let t = try #require(r.tasks.first { $0.code == "II.3.a" })
        #expect(t.notCounted.contains { $0.unitID == "25771" && $0.reason == .estimate && $0.indicator == "participants" && $0.value == 60 })
        #expect(t.notCounted.contains { $0.unitID == "25771" && $0.reason == .estimate && $0.indicator == "training_courses" && $0.value == 2 })
        // The group's counted figures lose exactly the estimate; the raw sums keep it (Phụ lục III lists it).
        let g0 = try #require(base.groups.first { $0.number == 3 }), g1 = try #require(r.groups.first { $0.number == 3 })
        let p0 = try #require(g0.figures.first { $0.indicator == "participants" }), p1 = try #require(g1.figures.first { $0.indicator == "participants" })
        #expect(p1.total == p0.total)
        #expect(p1.counted == p0.counted - 60)
        #expect(!p1.byKind.flatMap(\.units).contains("25771"))
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let through = VietFormat.date(r.headline.reportsThrough ?? r.asOf)
        let opening = v.body().map(\.text).first { $0.contains(through) } ?? ""
        #expect(opening.contains(Fixtures.definition.wording("opening.cutoffEstimates", ["asOf": VietFormat.date(r.asOf), "who": v.whoCounted(v.estimateUnits), "through": through])), "\(opening)")
        // Whose estimates are left out is Phụ lục III's legend, not the opening's (REVIEW26 §4
        // asks it, reversing this test's earlier "the opening says whose").
        #expect(!opening.contains("Chánh Hiệp") && !opening.contains("không tính số liệu ước"), "\(opening)")
        // Phụ lục III lists the figure with its mark and says what the mark means.
        let table = AppendixTables.figures(v)
        let cells = table.rows.flatMap(\.cells).compactMap { c -> String? in if case .text(let s) = c { return s } else { return nil } }
        let mark = Fixtures.definition.wording("appendix.notCounted.estimate")
        #expect(cells.contains { $0.contains("Chánh Hiệp") && $0.contains(mark) }, "\(cells)")
        #expect(table.notes.contains { $0.contains(mark) })
        // Without an estimate the opening is as before.
        let plain = VietnameseRenderer(base, definition: Fixtures.definition).body().map(\.text).joined(separator: "\n")
        #expect(!plain.contains("không tính số liệu ước"))
    }

    /// A unit's share of the city-wide inspections that it told as done with the lead is said
    /// to be joint, with whom.
    @Test func aPartnersJointShareIsSaidJoint() throws {
        var input = JudgementTests.input
        let k = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-KTPC" }!
        let e = input.current[k].submission.entries.firstIndex { $0.task == "II.5.a" }!
        input.current[k].submission.entries[e].text = "Phòng đã phối hợp với Chi cục tham gia 03 cuộc kiểm tra liên ngành tại 45 cơ sở kinh doanh xăng dầu."
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let g = try #require(r.groups.first { $0.number == 5 })
        let total = try #require(v.cityWide(g))
        let who = v.shortName("Phòng Kiểm tra – Pháp chế")
        let task = try #require(r.tasks.first { $0.code == "II.5.a" })
        let lead = v.leadName(task)
        let share = try #require(g.figures.first { $0.indicator == "inspections" }?.byKind.first { $0.units == ["SKHCN-KTPC"] })
        let n = VietFormat.count(share.value) + " cuộc"
        #expect(total.contains(Fixtures.definition.wording("results.cityShareJoint", ["who": who, "lead": lead, "n": n])), "\(total)")
        // Without the lead named, the share is the unit's own.
        var plain = JudgementTests.input
        plain.current[k].submission.entries[e].text = "Phòng đã tổ chức 03 cuộc kiểm tra liên ngành tại 45 cơ sở kinh doanh xăng dầu."
        let r0 = Fixtures.report(plain)
        let g0 = try #require(r0.groups.first { $0.number == 5 })
        let total0 = try #require(VietnameseRenderer(r0, definition: Fixtures.definition).cityWide(g0))
        #expect(!total0.contains(Fixtures.definition.wording("results.cityShareJoint", ["who": who, "lead": lead, "n": n])), "\(total0)")
    }

    /// Money a unit's row marks as from other sources ("Lồng ghép") is said to be so, and is
    /// never measured against the plan's allocation.
    @Test func moneyFromOtherSourcesIsNotTheAllocationSpent() throws {
        var input = JudgementTests.input
        let chiCuc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" }!
        let e = input.current[chiCuc].submission.entries.firstIndex { $0.task == "II.4.a" }!
        input.current[chiCuc].submission.entries[e].indicators[IndicatorID("budget_spent_vnd")] =
            Figure(value: 150_000_000, sources: [FigureSource(location: "word/document.xml table 1 row 24 cell 3", text: "150 triệu đồng", value: 150_000_000,
                                                             marks: [FigureSource.otherFundingMark])])
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let paragraph = v.budgetParagraph()
        #expect(paragraph.contains(Fixtures.definition.wording("results.otherFundingSource")), "\(paragraph)")
        #expect(!paragraph.contains("dự toán"), "\(paragraph)")
        #expect(!paragraph.contains("từ nguồn kinh phí này"), "\(paragraph)")
    }

    /// Phụ lục II: a day-less report shows the month it names; a report with no date judged by
    /// the day it was received says so, with that day.
    @Test func anUndatedReportSaysWhatItsTimelinessRestsOn() throws {
        var r = Fixtures.report(Fixtures.input())
        let i = try #require(r.reporters.firstIndex { $0.state == .onTime && $0.deadline != nil })
        r.reporters[i].documentDate = nil
        r.reporters[i].documentMonth = "10/2026"
        r.reporters[i].judgedBy = ReporterStatus.DateBasis.documentMonth.rawValue
        var v = VietnameseRenderer(r, definition: Fixtures.definition)
        #expect(v.documentDateCell(r.reporters[i]) == Fixtures.definition.wording("appendix.noDay", ["month": "10/2026"]))
        #expect(v.documentDateCell(r.reporters[i]).contains("10/2026"))
        r.reporters[i].documentMonth = nil
        r.reporters[i].judgedBy = ReporterStatus.DateBasis.received.rawValue
        r.reporters[i].receivedAt = Fixtures.date("2026-11-10")
        v = VietnameseRenderer(r, definition: Fixtures.definition)
        #expect(v.documentDateCell(r.reporters[i]) == Fixtures.definition.wording("appendix.noDate"))
        let label = v.reportingLabel(r.reporters[i])
        #expect(label == Fixtures.definition.wording("labels.reporting.onTimeByReceipt", ["date": "10/11/2026"]), "\(label)")
        r.reporters[i].state = .late
        v = VietnameseRenderer(r, definition: Fixtures.definition)
        #expect(v.reportingLabel(r.reporters[i]) == Fixtures.definition.wording("labels.reporting.lateByReceipt", ["date": "10/11/2026"]))
    }
}
