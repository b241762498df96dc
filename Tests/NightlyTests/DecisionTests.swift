import Consolidation
import DocumentModel
import Extraction
import Foundation
import Ledger
import Nightly
import Plan
import Testing

/// A ledger in memory with submissions recorded as the run records them.
private struct DecisionBench {
    let ledger: Ledger
    let runID: Int64
    let pipeline: Pipeline
    let received = ISO8601DateFormatter().date(from: "2026-11-10T02:00:00Z")!

    init() throws {
        ledger = try Ledger(inMemory: ())
        runID = try ledger.beginRun(asOf: "2026-11-20", pipeline: "ct38-2026", catalogueVersion: "v", inbox: "", at: Date())
        pipeline = try pipeline_()
    }

    @discardableResult
    func add(_ s: Submission, path: String, received at: Date? = nil) throws -> Int64 {
        let r = try ledger.record(file: path, sha256: s.sha256, size: 1, mtime: 1, runID: runID, at: at ?? received,
                                  catalogueVersion: "v") { s }
        guard case .newSubmission(let id) = r else { Issue.record("\(path) was not new"); return -1 }
        return id
    }

    func state() throws -> ConsolidatedState {
        try Reconciliation.reconcile(ledger: ledger, pipeline: pipeline, asOf: PlanDate(iso: "2026-11-20")!, runID: runID, presentRunID: runID)
    }
}

private func pipeline_() throws -> Pipeline { try pipeline() }

private func fig(_ v: Double, _ at: String = "word/document.xml table 1 row 2") -> Figure {
    Figure(value: v, sources: [FigureSource(location: at, text: "\(v)", value: v)])
}

private func ward(_ sha: String, date: String? = "2026-11-12", number: String? = "12/BC-UBND", entries: [Entry] = [],
                  findings: [Finding] = [], unit: String? = "25975") -> Submission {
    Submission(file: "\(sha).docx", sha256: sha, status: .extracted, unit: unit.map { UnitRef(id: $0, name: "Phường An Phú") },
               document: DocumentInfo(number: number, date: date), entries: entries, findings: findings)
}

@Suite("Officers' decisions in the reconciliation")
struct DecisionTests {
    @Test("Dismissing and resolving a finding take it off the review list; reverting brings it back")
    func dismissResolveRevert() throws {
        let b = try DecisionBench()
        let f1 = Finding(severity: .warning, code: "status-unknown", message: "Không rõ tình trạng.", source: "word/document.xml paragraph 7")
        let f2 = Finding(severity: .warning, code: "row-unmatched", message: "Dòng không khớp nhiệm vụ.", source: "xl/worksheets/sheet1.xml row 9")
        let id = try b.add(ward("a", findings: [f1, f2]), path: "a.docx")
        #expect(try b.state().input.review.map(\.finding.code).sorted() == ["row-unmatched", "status-unknown"])

        let dismissed = try b.ledger.decide(.dismissFinding, on: .finding(submissionID: id, code: f1.code, source: f1.source), by: "lan",
                                            note: "đơn vị đã giải thích qua điện thoại")
        try b.ledger.decide(.resolveFinding, on: .finding(submissionID: id, code: f2.code, source: f2.source), by: "lan")
        var s = try b.state()
        #expect(s.input.review.isEmpty)
        #expect(s.settled.map(\.finding.code).sorted() == ["row-unmatched", "status-unknown"])
        #expect(s.applied.count == 2)

        let revert = try b.ledger.revert(dismissed.id, by: "hung", note: "cần hỏi lại")
        s = try b.state()
        #expect(s.input.review.map(\.finding.code) == ["status-unknown"])
        // Reverting the revert restores the dismissal.
        try b.ledger.revert(revert.id, by: "lan")
        #expect(try b.state().input.review.isEmpty)
        // Everything stays on record, in order, with who and why.
        let all = try b.ledger.decisions()
        #expect(all.count == 4)
        #expect(all[0].officer == "lan" && all[0].note == "đơn vị đã giải thích qua điện thoại")
        #expect(all[2].action == .revert && all[2].target == .decision(dismissed.id))
    }

    @Test("Correcting a figure's value, indicator and task changes the sums and the validation")
    func correctFigure() throws {
        let b = try DecisionBench()
        let id = try b.add(ward("b", entries: [
            Entry(task: "II.3.a", status: .inProgress, indicators: [IndicatorID("participants"): fig(2), IndicatorID("training_courses"): fig(3)]),
            Entry(task: "II.5.a", status: .completed, indicators: [IndicatorID("fines_vnd"): fig(1_000_000)]),
        ]), path: "b.docx")
        var s = try b.state()
        #expect(s.input.review.contains { $0.finding.code == "rule:participants-at-least-courses" })

        try b.ledger.decide(.setFigureValue(200), on: .figure(submissionID: id, entry: 0, indicator: IndicatorID("participants")), by: "lan",
                            note: "số đúng theo danh sách ký tên", oldValue: "2")
        try b.ledger.decide(.setFigureIndicator(IndicatorID("budget_vnd")), on: .figure(submissionID: id, entry: 1, indicator: IndicatorID("fines_vnd")), by: "lan")
        try b.ledger.decide(.setFigureTask(TaskCode(rawValue: "II.3.b")!), on: .figure(submissionID: id, entry: 0, indicator: IndicatorID("training_courses")), by: "lan")
        s = try b.state()
        let entries = try #require(s.input.current.first).submission.entries
        #expect(entries[0].indicators[IndicatorID("participants")]?.value == 200)
        #expect(entries[0].indicators[IndicatorID("training_courses")] == nil)
        #expect(entries[1].indicators[IndicatorID("fines_vnd")] == nil)
        #expect(entries[1].indicators[IndicatorID("budget_vnd")]?.value == 1_000_000)
        let moved = try #require(entries.first { $0.task == "II.3.b" })
        #expect(moved.indicators[IndicatorID("training_courses")]?.value == 3)
        #expect(!s.input.review.contains { $0.finding.code == "rule:participants-at-least-courses" })
        #expect(s.applied.count == 3 && s.stale.isEmpty)
        // The correction is traceable: its source names the decision.
        #expect(entries[0].indicators[IndicatorID("participants")]!.sources.contains { $0.location.contains("quyết định") })
    }

    @Test("Correcting a status, and assigning passages to a task or to no task of the plan")
    func statusAndPassages() throws {
        let b = try DecisionBench()
        let id = try b.add(ward("c", entries: [
            Entry(task: "II.1.a", status: .unknown, text: "Đã tổ chức quán triệt."),
            Entry(task: "II.2.a", status: .inProgress, text: "Nội dung thuộc nhiệm vụ khác."),
            Entry(task: "II.4.a", status: .inProgress, text: "Công tác phòng cháy (không thuộc kế hoạch)."),
        ]), path: "c.docx")
        try b.ledger.decide(.setStatus(.completed), on: .entry(submissionID: id, entry: 0), by: "lan", oldValue: "unknown")
        try b.ledger.decide(.assignPassage(TaskCode(rawValue: "II.2.b")!), on: .entry(submissionID: id, entry: 1), by: "lan")
        try b.ledger.decide(.assignPassage(nil), on: .entry(submissionID: id, entry: 2), by: "lan")
        let entries = try #require(try b.state().input.current.first).submission.entries
        #expect(entries.map(\.task) == ["II.1.a", "II.2.b"])
        #expect(entries[0].status == .completed)
        // A later decision on the same target supersedes the earlier one, and wins.
        let second = try b.ledger.decide(.setStatus(.inProgress), on: .entry(submissionID: id, entry: 0), by: "hung")
        #expect(second.supersedes != nil)
        #expect(try b.state().input.current.first?.submission.entries[0].status == .inProgress)
    }

    @Test("Setting a submission's unit, date and number: identity, supersession and timeliness follow")
    func submissionFields() throws {
        let b = try DecisionBench()
        // Received 20/11 (after the 15/11 deadline), undated, unit unknown.
        let late = ISO8601DateFormatter().date(from: "2026-11-20T02:00:00Z")!
        let id = try b.add(ward("d", date: nil, number: nil, unit: nil), path: "khong-ro.docx", received: late)
        var s = try b.state()
        #expect(s.input.review.contains { $0.finding.code == "unknown-unit" })
        #expect(s.input.reporters.first { $0.unitID == "25975" }?.state == .missing)

        try b.ledger.decide(.setUnit("25975"), on: .submission(id), by: "lan", note: "đơn vị xác nhận qua thư điện tử")
        s = try b.state()
        #expect(!s.input.review.contains { $0.finding.code == "unknown-unit" })
        #expect(s.input.current.first?.submission.unit?.name == "Phường An Phú")
        #expect(s.input.reporters.first { $0.unitID == "25975" }?.state == .late)

        try b.ledger.decide(.setDate(PlanDate(iso: "2026-11-14")!), on: .submission(id), by: "lan", note: "ngày trên bản giấy")
        try b.ledger.decide(.setNumber("45/BC-UBND"), on: .submission(id), by: "lan")
        s = try b.state()
        let r = try #require(s.input.reporters.first { $0.unitID == "25975" })
        #expect(r.state == .onTime)
        #expect(r.documentDate == PlanDate(iso: "2026-11-14") && r.documentNumber == "45/BC-UBND" && r.judgedSubmissionID == id)

        // An unknown unit id does not apply: the decision is stale and shown for review.
        try b.ledger.decide(.setUnit("no-such-unit"), on: .submission(id), by: "lan")
        s = try b.state()
        #expect(s.stale.count == 1)
        #expect(s.input.review.contains { $0.finding.code == "decision-stale" })
    }

    @Test("A decision whose target is gone is stale, not applied and not dropped; wrong targets are refused")
    func staleAndRefused() throws {
        let b = try DecisionBench()
        let id = try b.add(ward("e", entries: [Entry(task: "II.1.a", status: .inProgress)]), path: "e.docx")
        try b.ledger.decide(.setStatus(.completed), on: .entry(submissionID: id, entry: 5), by: "lan")
        let s = try b.state()
        #expect(s.stale.count == 1 && s.applied.isEmpty)
        #expect(s.input.review.contains { $0.finding.code == "decision-stale" && $0.finding.message.contains("lan") })
        #expect(throws: Ledger.DecisionRefused.self) { try b.ledger.decide(.setStatus(.completed), on: .submission(id), by: "lan") }
        #expect(throws: Ledger.DecisionRefused.self) { try b.ledger.decide(.setUnit("25975"), on: .submission(9999), by: "lan") }
        #expect(throws: Ledger.DecisionRefused.self) { try b.ledger.decide(.setUnit("25975"), on: .submission(id), by: "  ") }
        #expect(throws: Ledger.DecisionRefused.self) { try b.ledger.revert(777, by: "lan") }
    }

    @Test("The nightly run applies decisions and reruns when one is added")
    func runAppliesDecisions() throws {
        guard corpusAvailable else { return }
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        let first = try ws.run()
        let current = try #require(first.state?.input.current.first)
        let finding = try #require(first.state?.input.review.first)
        try ws.ledger().decide(.dismissFinding, on: .finding(submissionID: finding.submissionID, code: finding.finding.code,
                                                            source: finding.finding.source), by: "lan")
        let second = try ws.run()
        #expect(second.reusedFrom == nil)   // a decision changes the state
        #expect(second.state?.input.review.count == first.state!.input.review.count - 1)
        #expect(second.state?.settled.count == 1)
        #expect(second.state?.input.current.first?.id == current.id)
    }
}
