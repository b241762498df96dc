@testable import Consolidation
import Extraction
import Foundation
import Plan
import ReportWriters
import Testing

/// The rules the sixteenth blind review asked for (docs/reviews/review-16.md), each in words
/// other than the dev corpus's: a lead's "chưa thực hiện" on a passage it wrote word for word
/// under another task raised as a likely copy error; a held-back attendance taking its classes
/// with it, so sums of classes and of attendances cover the same units.
@Suite struct Review16Tests {
    /// The lead's own "not started" on a task whose passage is word for word its passage on
    /// another task: the state stands as written, one finding asks the officer to confirm it,
    /// raised under the task the passage says least about (REVIEW16 #3.3).
    @Test func aLeadsPassageCopiedUnderAnotherTaskIsRaised() throws {
        var input = JudgementTests.input
        let chiCuc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" }!
        let passage = "Chi cục đang hoàn thiện quy trình phối hợp kiểm tra nhãn hàng hóa đồ chơi trẻ em, dự kiến áp dụng từ Quý I năm sau."
        input.current[chiCuc].submission.entries += [
            Entry(task: "II.5.b", status: .notStarted, text: passage),
            Entry(task: "II.6.b", status: .inProgress, text: passage),
        ]
        let r = Fixtures.report(input)
        let raised = r.review.filter { $0.code == "lead-passage-copied" }
        let leads = Set(r.tasks.filter { ["II.5.b", "II.6.b"].contains($0.code) }.compactMap { $0.leadStatus?.unitID })
        try #require(leads == ["SKHCN-CCTDC"], "the fixture's catalogue makes the Chi cục lead both tasks")
        #expect(raised.count == 1, "\(raised)")
        let finding = try #require(raised.first)
        #expect(Set([finding.params?["code"], finding.params?["other"]]) == ["II.5.b", "II.6.b"])
        let message = VietnameseRenderer(r, definition: Fixtures.definition).reviewMessage(finding)
        #expect(message.contains("trùng nguyên văn") && message.contains("xác nhận với đơn vị"), "\(message)")
        // A short status line written twice ("Đang thực hiện.") is no copied passage.
        var short = JudgementTests.input
        short.current[chiCuc].submission.entries += [
            Entry(task: "II.5.b", status: .notStarted, text: "Chưa thực hiện trong kỳ."),
            Entry(task: "II.6.b", status: .inProgress, text: "Chưa thực hiện trong kỳ."),
        ]
        #expect(!Fixtures.report(short).review.contains { $0.code == "lead-passage-copied" })
        // Nor the same passage under two tasks the lead reports under way.
        var both = JudgementTests.input
        both.current[chiCuc].submission.entries += [
            Entry(task: "II.5.b", status: .inProgress, text: passage),
            Entry(task: "II.6.b", status: .inProgress, text: passage),
        ]
        #expect(!Fixtures.report(both).review.contains { $0.code == "lead-passage-copied" })
    }

    /// A unit whose attendance is held back has its classes held back with it: a sentence
    /// stating a sum of classes and a sum of attendances covers the same units, and the unit's
    /// own sentence says what it did without either figure (REVIEW16 #1, #3.4).
    @Test func aHeldBackAttendanceTakesItsClassesWithIt() throws {
        var input = JudgementTests.input
        let dept = input.current.firstIndex { $0.submission.unit?.id == "SO-TC" }!
        input.current[dept].submission.entries.append(
            Entry(task: "II.3.a", status: .completed,
                  indicators: [IndicatorID("training_courses"): Fixtures.figure(2, "word/document.xml paragraph 9", "02 lớp"),
                               IndicatorID("participants"): Fixtures.figure(1_900, "word/document.xml paragraph 9", "1.900")],
                  text: "Sở đã mở 02 lớp bồi dưỡng về đo lường trong thương mại bán lẻ với 1.900 học viên.", sources: ["word/document.xml paragraph 9"]))
        let r = Fixtures.report(input)
        let a = try #require(r.tasks.first { $0.code == "II.3.a" })
        #expect(a.notCounted.contains { $0.unitID == "SO-TC" && $0.indicator == "participants" && $0.reason == .unverified })
        #expect(a.notCounted.contains { $0.unitID == "SO-TC" && $0.indicator == "training_courses" && $0.value == 2 && $0.reason == .unverified })
        let classes = try #require(a.figures.first { $0.indicator == "training_courses" })
        let people = try #require(a.figures.first { $0.indicator == "participants" })
        let counted = { (f: ConsolidatedReport.FigureTotal) in Set(f.contributions.filter { c in c.value != 0 && !a.notCounted.contains { $0.unitID == c.unitID && $0.indicator == f.indicator } }.map(\.unitID)) }
        #expect(!counted(classes).contains("SO-TC") && !counted(people).contains("SO-TC"))
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let body = v.body().map(\.text).joined(separator: "\n")
        #expect(!body.contains("1.900") && !body.contains("xác minh"), "\(body)")
        #expect(r.review.filter { $0.code == "figure-unverified" && $0.unitID == "SO-TC" }.count == 1)
    }
}
