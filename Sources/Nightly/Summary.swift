import Consolidation
import Foundation
import Ledger
import Plan

/// The closing summary of a run and the body of `tonghop status` (operator-facing: English
/// labels, the officers' Vietnamese where it is theirs: unit names, reasons).
public enum SummaryText {
    public static func render(state: LedgerState, summary: RunSummary?, runID: Int64, seconds: Double?, outbox: [URL],
                              unreadable: Int = 0, verbose: Bool = false) -> String {
        let input = state.input
        var out: [String] = []
        var head = "tonghop run \(runID) — as of \(input.asOf.displayText)"
        if let seconds { head += String(format: " — %.2f s", seconds) }
        out.append(head)
        if let s = summary {
            out.append("Files:        \(s.filesSeen) in the inbox: \(s.filesNew) new, \(s.filesUnchanged) unchanged, \(s.filesDuplicate) duplicate, \(s.filesRefused) refused" + (unreadable > 0 ? ", \(unreadable) unreadable" : ""))
        }
        out.append("Submissions:  \(input.current.count) current, \(input.superseded.count) superseded")
        let on = input.reporters.filter { $0.state == .onTime }, late = input.reporters.filter { $0.state == .late },
            missing = input.reporters.filter { $0.state == .missing }
        out.append("Reporters:    \(on.count) on time, \(late.count) late, \(missing.count) not reported (of \(input.reporters.count) expected)")
        var byOrigin: [String: Int] = [:]
        for r in input.review {
            let c = r.finding.code
            let key = c == "conflict" ? "conflicts" : c.hasPrefix("rule:") ? "validation" : c == "unknown-unit" ? "unknown unit" : "extraction"
            byOrigin[key, default: 0] += 1
        }
        out.append("Review:       \(input.review.count) findings" + (byOrigin.isEmpty ? "" : " (" + byOrigin.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"))
        for r in input.review where r.finding.code == "conflict" || r.finding.code == "unknown-unit" {
            out.append("  ! \(r.finding.message)")
        }
        if !late.isEmpty {
            out.append("Late (\(late.count)):")
            for r in late {
                out.append("  - \(r.unitName) (\(r.unitID)): \(r.documentDate.map { "văn bản ngày \($0.displayText)" } ?? r.receivedAt.map { "nhận ngày \(vietnamDate($0).displayText)" } ?? ""), hạn \(r.deadline?.displayText ?? "—")")
            }
        }
        if verbose, !missing.isEmpty {
            out.append("Not reported (\(missing.count)):")
            for r in missing { out.append("  - \(r.unitName) (\(r.unitID)), hạn \(r.deadline?.displayText ?? "—")") }
        }
        if !input.refused.isEmpty {
            out.append("Refused files not yet replaced (\(input.refused.count)):")
            for f in input.refused { out.append("  - \(f.path): \(f.reason)") }
        }
        for u in outbox { out.append("Outbox:       \(u.path)") }
        return out.joined(separator: "\n")
    }
}
