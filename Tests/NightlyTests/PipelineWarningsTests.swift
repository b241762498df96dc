import Foundation
import Nightly
import Plan
import Testing

/// What the operator must correct in the pipeline's files is said in the run's own log, not
/// only on the review page.
@Suite("Pipeline warnings in the operator log")
struct PipelineWarningsTests {
    /// A plan dated before a document its tasks cite: the date is wrong, the log says so with
    /// both dates and the key to correct.
    @Test func aPlanDatedBeforeWhatItCitesIsWarned() throws {
        var p = try pipeline().definition
        p.plan.date = PlanDate(iso: "2026-01-03")
        p.catalogue.tasks[0].text = "Triển khai Thông tư số 12/2026/TT-BKHCN ngày 17 tháng 3 năm 2026 của Bộ về đo lường."
        let lines = PipelineWarnings.lines(p)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("plan.date 03/01/2026") == true)
        #expect(lines.first?.contains("12/2026/TT-BKHCN of 17/03/2026") == true)
        // Dated after every document its tasks cite: nothing to say.
        p.plan.date = PlanDate(iso: "2026-12-20")
        #expect(PipelineWarnings.lines(p).isEmpty)
        // No date at all: nothing to contradict.
        p.plan.date = nil
        #expect(PipelineWarnings.lines(p).isEmpty)
    }
}
