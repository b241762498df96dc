import DocumentModel
import Extraction
import Foundation
import Plan

/// A file taken in without the ledger: what `tonghop report --from-extract` and the tests
/// feed to `ConsolidationInput.direct`.
public struct TakenFile: Sendable {
    public var submission: Submission
    /// Path as the officer knows it.
    public var path: String
    public var receivedAt: Date

    public init(submission: Submission, path: String, receivedAt: Date) {
        self.submission = submission
        self.path = path
        self.receivedAt = receivedAt
    }
}

extension ConsolidationInput {
    /// A `ConsolidationInput` built straight from extracted files, without the ledger (additive;
    /// the nightly run builds its input from the ledger instead). Rules:
    /// - a rejected file is refused; a file whose unit is unknown goes to review;
    /// - per unit the current submission is the one with the latest document date (then the
    ///   latest receipt, then the path); the others are superseded by it;
    /// - every expected reporter is on time when its current report's date (or, without one,
    ///   its receipt day in Viet Nam) is on time under its reporter rule, late otherwise, and
    ///   missing when it sent nothing;
    /// - warnings and errors of current submissions go to review.
    public static func direct(pipeline: PipelineDefinition, asOf: PlanDate, runID: Int64 = 0, files: [TakenFile]) -> ConsolidationInput {
        var refused: [RefusedFile] = []
        var review: [ReviewItem] = []
        var byUnit: [String: [ReceivedSubmission]] = [:]
        for (i, f) in files.enumerated() {
            let id = Int64(i + 1)
            let s = f.submission
            if s.status == .rejected {
                refused.append(RefusedFile(path: f.path, sha256: s.sha256, kind: s.rejectionKind ?? "rejected",
                                           reason: s.reason ?? "Tệp không đọc được.", firstSeen: f.receivedAt))
                continue
            }
            guard let unit = s.unit else {
                review.append(ReviewItem(submissionID: id, path: f.path, unitID: nil, finding: Finding(
                    severity: .error, code: "unit-unknown",
                    message: "Không xác định được đơn vị gửi báo cáo; báo cáo chưa được tổng hợp.", source: nil)))
                continue
            }
            byUnit[unit.id, default: []].append(ReceivedSubmission(id: id, submission: s, receivedAt: f.receivedAt, path: f.path))
        }
        var current: [ReceivedSubmission] = []
        var superseded: [ReceivedSubmission] = []
        for (_, list) in byUnit.sorted(by: { $0.key < $1.key }) {
            let sorted = list.sorted { a, b in
                let da = a.submission.document.date ?? "", db = b.submission.document.date ?? ""
                if da != db { return da > db }
                if a.receivedAt != b.receivedAt { return a.receivedAt > b.receivedAt }
                return a.path > b.path
            }
            var latest = sorted[0]
            latest.supersedes = sorted.dropFirst().map(\.id)
            current.append(latest)
            superseded += sorted.dropFirst()
        }
        current.sort { $0.id < $1.id }
        for c in current {
            for f in c.submission.findings where f.severity >= .warning {
                review.append(ReviewItem(submissionID: c.id, path: c.path, unitID: c.submission.unit?.id, finding: f))
            }
        }
        let byUnitID = Dictionary(current.compactMap { c in c.submission.unit.map { ($0.id, c) } }, uniquingKeysWith: { a, _ in a })
        var reporters: [ReporterStatus] = []
        for unit in pipeline.expectedReporters {
            guard let rule = pipeline.reporterRule(for: unit) else { continue }
            guard let c = byUnitID[unit.id] else {
                reporters.append(ReporterStatus(unitID: unit.id, unitName: unit.name, deadline: rule.deadline, state: .missing))
                continue
            }
            let docDate = c.submission.document.date.flatMap { PlanDate(iso: $0) }
            let day = docDate ?? VietFormat.civilDate(c.receivedAt)
            reporters.append(ReporterStatus(
                unitID: unit.id, unitName: unit.name, deadline: rule.deadline, state: rule.isLate(day) ? .late : .onTime,
                documentDate: docDate, receivedAt: c.receivedAt, submissionID: c.id))
        }
        return ConsolidationInput(pipeline: pipeline, asOf: asOf, runID: runID, current: current, superseded: superseded,
                                  reporters: reporters, refused: refused, review: review)
    }
}
