@testable import Consolidation
import Foundation
@testable import ReportWriters
import Testing

/// REVIEW37's open items answered in session 36 as general rules, on the dev corpus.
@Suite(.enabled(if: Paths.hasDevCorpus), .serialized)
struct Review37OpenItemsTests {
    /// III.1 counted 2.i (connection to the national database) among the recurring tasks not
    /// started, the lead's state, though its partner reports its part "Đã hoàn thành": a task a
    /// partner reports its part of is counted apart (labels.progress.recurring_part_done),
    /// never among those nobody started.
    /// REVIEW44 #1 (over this item): one rule for every task — the lead's stated status is the
    /// task's, so 2.i is counted with the recurring tasks not started; the partner's part done is
    /// told in III.2 (Review45Tests). The rule runs on a pipeline that keeps the wording apart.
    @Test func aTaskAPartnerDidItsPartOfIsNotAmongThoseNobodyStarted() throws {
        var d = Fixtures.tallyByKind52
        d.wording.texts["labels.progress.recurring_part_done"] = "{n} nhiệm vụ thường xuyên đơn vị phối hợp đã thực hiện phần việc, đơn vị chủ trì chưa triển khai"
        let report = OutboxWriters.consolidate(DevCorpusTests.input, d)
        let v = VietnameseRenderer(report, definition: d)
        let apart = report.tasks.filter { v.phase($0) == .notStarted && $0.recurring && v.notStartedApart($0) == "labels.progress.recurring_part_done" }
        #expect(!apart.isEmpty)
        let ct38 = VietnameseRenderer(Fixtures.report(DevCorpusTests.input), definition: Fixtures.tallyByKind52)
        #expect(!apart.contains { ct38.notStartedApart($0) != nil }, "ct38 counts the lead's state")
        let sentence = v.progressSentence()
        let notStarted = d.wording("labels.progress.recurring_not_started", ["n": ""]).trimmingCharacters(in: .whitespaces)
        let partDone = d.wording("labels.progress.recurring_part_done", ["n": ""]).trimmingCharacters(in: .whitespaces)
        #expect(sentence.contains(partDone), "\(sentence)")
        for t in apart {
            let name = v.lowerFirst(v.expanded(t.title))
            // Named after the part-done label, not after "chưa triển khai".
            if let r = sentence.range(of: notStarted) {
                let after = sentence[r.upperBound...].prefix(while: { $0 != ";" })
                #expect(!after.contains(name), "\(t.code) among the not started: \(after)")
            }
            #expect(sentence.range(of: partDone).map { sentence[$0.upperBound...].contains(name) } == true, "\(t.code): \(sentence)")
        }
    }

    /// REVIEW37 #8: Phòng QLKH's own 6.b result (an APO programme on green productivity) was
    /// dropped because Phụ lục I states one unit's sentence beside the figures: a Department's
    /// own partner's account of a task is said in the task's row too.
    @Test func anOwnPartnersAccountIsSaidInPhuLucI() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.tallyByKind52)
        let rows = AppendixTables.taskProgress(v).rows.filter { !$0.heading }
        var checked = 0
        for (t, row) in zip(report.tasks, rows) {
            let text = row.cells.map(\.display).joined(separator: " ")
            for s in t.statements where !s.isLead && v.isOwnUnit(s.unit.unitID) && !s.hasFigure && v.hasContent(s) && s.text.contains("APO") {
                #expect(text.contains(v.shortName(s.unit.unitName)), "\(t.code): \(text)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}
