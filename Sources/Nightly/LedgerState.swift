import Consolidation
import DocumentModel
import Extraction
import Foundation
import Ledger
import Plan

/// The ledger's state as of a date, computed in memory: which submission of each unit is
/// current, which are superseded, conflicts, validation findings, who has reported and when,
/// which refused files are still open. `tonghop run` persists the supersession and the
/// review findings; `tonghop status` only shows them.
public struct LedgerState: Sendable {
    public var input: ConsolidationInput
    /// submission id → the id superseding it (nil: current). Extracted submissions only.
    public var supersededBy: [Int64: Int64?]
    /// Review findings computed now (validation rules, conflicts, unknown units), to store.
    public var computedFindings: [ReviewFindingRecord]
    /// submission id → the catalogue version it was read against.
    public var catalogueVersions: [Int64: String] = [:]

    /// - Parameters:
    ///   - presentRunID: the run whose scan tells which files are in the inbox now (files not
    ///     seen by it are gone from the inbox); nil: the last run that saw any file.
    public static func build(ledger: Ledger, pipeline: PipelineDefinition, rules: ValidationRules, asOf: PlanDate,
                             runID: Int64, presentRunID: Int64?) throws -> LedgerState {
        let stored = try ledger.submissions()
        let files = try ledger.files()
        return build(stored: stored, files: files, pipeline: pipeline, rules: rules, asOf: asOf, runID: runID, presentRunID: presentRunID)
    }

    public static func build(stored: [StoredSubmission], files: [FileRecord], pipeline: PipelineDefinition, rules: ValidationRules,
                             asOf: PlanDate, runID: Int64, presentRunID: Int64?) -> LedgerState {
        let extracted = stored.filter { $0.submission.status == .extracted }

        // Supersession: per unit, the latest by document date (receipt date when undated),
        // then receipt, then ledger id.
        var byUnit: [String: [StoredSubmission]] = [:]
        var unknownUnit: [StoredSubmission] = []
        for s in extracted {
            if let u = s.submission.unit?.id { byUnit[u, default: []].append(s) } else { unknownUnit.append(s) }
        }
        var supersededBy: [Int64: Int64?] = [:]
        var current: [StoredSubmission] = []
        var superseded: [StoredSubmission] = []
        var supersedes: [Int64: [Int64]] = [:]
        for (unit, list) in byUnit {
            let ordered = list.sorted(by: supersessionOrder)
            byUnit[unit] = ordered
            let latest = ordered.last!
            current.append(latest)
            supersededBy[latest.id] = .some(nil)
            for s in ordered.dropLast() {
                supersededBy[s.id] = .some(latest.id)
                superseded.append(s)
                supersedes[latest.id, default: []].append(s.id)
            }
        }
        for s in unknownUnit {
            current.append(s)
            supersededBy[s.id] = .some(nil)
        }
        current.sort { $0.id < $1.id }
        superseded.sort { $0.id < $1.id }

        // Review: extraction findings of current submissions, unknown units, conflicts,
        // validation rules.
        var review: [ReviewItem] = []
        var computed: [ReviewFindingRecord] = []
        for s in current {
            for f in s.submission.findings where f.severity >= .warning {
                review.append(ReviewItem(submissionID: s.id, path: s.path, unitID: s.submission.unit?.id, finding: f))
            }
            if s.submission.unit == nil {
                let f = Finding(severity: .error, code: "unknown-unit",
                                message: "Không xác định được đơn vị gửi báo cáo “\(s.path)”; báo cáo được giữ riêng, chưa tính vào đơn vị nào.",
                                source: s.path)
                review.append(ReviewItem(submissionID: s.id, path: s.path, unitID: nil, finding: f))
                computed.append(ReviewFindingRecord(submissionID: s.id, path: s.path, origin: "unknown-unit", finding: f))
            }
        }
        // Conflicts: per unit and document number, a report is a rival when an earlier one
        // with the same number came under another name and it does not declare itself a
        // replacement ("thay thế", "bổ sung", …). One finding per unit and number.
        for (unit, ordered) in byUnit.sorted(by: { $0.key < $1.key }) {
            var groups: [String: [StoredSubmission]] = [:]
            var keys: [String] = []
            for s in ordered {
                guard let k = numberKey(s.submission.document.number) else { continue }
                if groups[k] == nil { keys.append(k) }
                groups[k, default: []].append(s)
            }
            for k in keys {
                let group = groups[k]!
                guard group.count > 1 else { continue }
                let rivals = group.enumerated().filter { i, b in
                    i > 0 && !rules.declaresReplacement(path: b.path) && group[..<i].contains { $0.path != b.path }
                }
                guard !rivals.isEmpty else { continue }
                let target = group.last { supersededBy[$0.id] == .some(nil) } ?? group.last!
                let names = group.map { "“\($0.path)”" }
                let listed = names.count > 5 ? names.prefix(5).joined(separator: ", ") + " và \(names.count - 5) tệp khác" : names.joined(separator: ", ")
                let unitName = target.submission.unit?.name ?? unit
                let number = target.submission.document.number ?? ""
                let f = Finding(severity: .error, code: "conflict",
                                message: "\(group.count) báo cáo khác nhau của \(unitName) cùng mang số \(number): \(listed). Cần xác định bản nào là bản chính thức; hiện đang dùng “\(target.path)” (theo ngày văn bản, rồi thời điểm nhận).",
                                source: target.path)
                review.append(ReviewItem(submissionID: target.id, path: target.path, unitID: unit, finding: f))
                computed.append(ReviewFindingRecord(submissionID: target.id, path: target.path, origin: "conflict", finding: f))
            }
        }
        for v in rules.check(current.map(\.submission)) {
            let s = current[v.index]
            review.append(ReviewItem(submissionID: s.id, path: s.path, unitID: s.submission.unit?.id, finding: v.finding))
            computed.append(ReviewFindingRecord(submissionID: s.id, path: s.path, origin: "validation", finding: v.finding))
        }

        // Completeness and timeliness: timeliness is judged by the unit's first report (first in
        // supersession order); a later supplement does not make an on-time unit late.
        var reporters: [ReporterStatus] = []
        for unit in pipeline.expectedReporters {
            guard let rule = pipeline.reporterRule(for: unit) else { continue }
            guard let list = byUnit[unit.id], let cur = current.first(where: { $0.submission.unit?.id == unit.id }) else {
                reporters.append(ReporterStatus(unitID: unit.id, unitName: unit.name, deadline: rule.deadline, state: .missing))
                continue
            }
            let first = list[0]
            let docDate = first.submission.document.date.flatMap(PlanDate.init(iso:))
            let late = rule.isLate(docDate ?? vietnamDate(first.receivedAt))
            reporters.append(ReporterStatus(unitID: unit.id, unitName: unit.name, deadline: rule.deadline, state: late ? .late : .onTime,
                                            documentDate: docDate, receivedAt: first.receivedAt, submissionID: cur.id))
        }

        // Refused files still open: present in the inbox, not replaced by a readable file of
        // the same path or of the unit its name names, received since.
        let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        let present = presentRunID ?? files.map(\.lastRunID).max()
        var refused: [RefusedFile] = []
        var seenRefused = Set<String>()
        for f in files where f.outcome == .refused {
            if let p = present, f.lastRunID != p { continue }
            guard let s = byID[f.submissionID], s.submission.status == .rejected else { continue }
            let replacedAtPath = files.contains { g in
                g.path == f.path && g.id != f.id && g.firstSeen >= f.firstSeen && byID[g.submissionID]?.submission.status == .extracted
            }
            if replacedAtPath { continue }
            let name = (f.path as NSString).lastPathComponent
            let named = Set(pipeline.units.mentions(in: (name as NSString).deletingPathExtension).compactMap { $0.units.count == 1 ? $0.units[0].id : nil })
            if named.count == 1, let u = named.first, let list = byUnit[u], list.contains(where: { $0.receivedAt >= f.firstSeen }) { continue }
            guard seenRefused.insert(f.path + "\u{0}" + f.sha256).inserted else { continue }
            refused.append(RefusedFile(path: f.path, sha256: f.sha256, kind: s.submission.rejectionKind ?? "refused",
                                       reason: s.submission.reason ?? "", firstSeen: f.firstSeen))
        }

        func received(_ s: StoredSubmission) -> ReceivedSubmission {
            ReceivedSubmission(id: s.id, submission: s.submission, receivedAt: s.receivedAt, path: s.path,
                               supersedes: (supersedes[s.id] ?? []).sorted())
        }
        let input = ConsolidationInput(pipeline: pipeline, asOf: asOf, runID: runID, current: current.map(received),
                                       superseded: superseded.map(received), reporters: reporters, refused: refused, review: review)
        var state = LedgerState(input: input, supersededBy: supersededBy, computedFindings: computed)
        state.catalogueVersions = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0.catalogueVersion) })
        return state
    }

    /// Earlier first: by document date (receipt date when undated), then receipt, then path
    /// (files of one scan share its receipt time), then id.
    static func supersessionOrder(_ a: StoredSubmission, _ b: StoredSubmission) -> Bool {
        let da = effectiveDate(a), db = effectiveDate(b)
        if da != db { return da < db }
        if a.receivedAt != b.receivedAt { return a.receivedAt < b.receivedAt }
        if a.path != b.path { return a.path < b.path }
        return a.id < b.id
    }

    /// The date a submission is ordered by: its own date, or the day it was received.
    static func effectiveDate(_ s: StoredSubmission) -> PlanDate {
        s.submission.document.date.flatMap(PlanDate.init(iso:)) ?? vietnamDate(s.receivedAt)
    }

    /// "125/BC-UBND" and "125 / bc-ubnd" are the same number.
    static func numberKey(_ n: String?) -> String? {
        guard let n else { return nil }
        let k = n.lowercased().filter { !$0.isWhitespace }
        return k.isEmpty ? nil : k
    }
}

/// Viet Nam's time zone (UTC+7, no daylight saving time).
public let vietnamTimeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!

/// The civil date in Viet Nam of an instant.
public func vietnamDate(_ date: Date) -> PlanDate {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = vietnamTimeZone
    let c = cal.dateComponents([.year, .month, .day], from: date)
    return PlanDate(year: c.year!, month: c.month!, day: c.day!)!
}
