import Consolidation
import Foundation
import Ledger
import Plan

/// What a run's summary shows, small enough to store on the run row: a rerun with nothing
/// new prints it again without rebuilding the state.
public struct RunDigest: Sendable, Codable, Equatable {
    public var asOf: PlanDate
    public var current: Int
    public var superseded: Int
    public var reporters: [ReporterStatus]
    public var reviewCount: Int
    /// Review findings by kind: conflicts, validation, unknown unit, extraction.
    public var reviewByKind: [String: Int]
    /// Messages a person must see in the summary itself (conflicts, unknown units).
    public var notable: [String]
    public var refused: [RefusedFile]
    /// Files written into the outbox (names).
    public var outbox: [String]
    /// Current submissions read against another catalogue version than the pipeline's now
    /// (their extraction predates a change of catalogue.yaml, the overlay or vocabulary.yaml).
    public var staleCatalogue: Int?

    public init(state: LedgerState, outbox: [String], catalogueVersion: String? = nil) {
        let input = state.input
        asOf = input.asOf
        current = input.current.count
        superseded = input.superseded.count
        reporters = input.reporters
        reviewCount = input.review.count
        var byKind: [String: Int] = [:]
        for r in input.review {
            let c = r.finding.code
            let key = c == "conflict" ? "conflicts" : c.hasPrefix("rule:") ? "validation" : c == "unknown-unit" ? "unknown unit"
                : c == "decision-stale" ? "decisions to review" : "extraction"
            byKind[key, default: 0] += 1
        }
        reviewByKind = byKind
        notable = input.review.filter { ["conflict", "unknown-unit", "decision-stale"].contains($0.finding.code) }.map(\.finding.message)
        // Open refused files: not those whose unit sent a readable report since (listed in the
        // report for the record, REVIEW27 #14, but nothing to ask for).
        refused = input.refused.filter { $0.answered != true }
        self.outbox = outbox
        if let v = catalogueVersion {
            let ids = Set(input.current.map(\.id))
            staleCatalogue = state.catalogueVersions.filter { ids.contains($0.key) && $0.value != v }.count
        }
    }

    /// 0 nothing to review, 1 items need review.
    public var exitCode: Int { reviewCount == 0 && refused.isEmpty ? 0 : 1 }

    public func json() -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Dates as the exact Double: the digest read back equals the digest written.
        e.dateEncodingStrategy = .deferredToDate
        return String(decoding: (try? e.encode(self)) ?? Data(), as: UTF8.self)
    }

    public static func from(json: String) -> RunDigest? {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .deferredToDate
        return try? d.decode(RunDigest.self, from: Data(json.utf8))
    }
}

/// The closing summary of a run and the body of `tonghop status` (operator-facing: English
/// labels, the officers' Vietnamese where it is theirs: unit names, reasons).
public enum SummaryText {
    public static func render(state: LedgerState, summary: RunSummary?, runID: Int64, seconds: Double?, outbox: [URL],
                              verbose: Bool = false) -> String {
        render(digest: RunDigest(state: state, outbox: outbox.map(\.lastPathComponent)), summary: summary, runID: runID, seconds: seconds,
               outbox: outbox, verbose: verbose)
    }

    public static func render(digest d: RunDigest, summary: RunSummary?, runID: Int64, seconds: Double?, outbox: [URL],
                              reusedFrom: Int64? = nil, verbose: Bool = false) -> String {
        var out: [String] = []
        var head = "tonghop run \(runID) — as of \(d.asOf.displayText)"
        if let seconds { head += String(format: " — %.2f s", seconds) }
        out.append(head)
        if let s = summary {
            let unreadable = d.refused.filter { $0.kind == "io" }.count
            out.append("Files:        \(s.filesSeen) in the inbox: \(s.filesNew) new, \(s.filesUnchanged) unchanged, \(s.filesDuplicate) duplicate, \(s.filesRefused) refused" + (unreadable > 0 ? ", \(unreadable) unreadable" : ""))
        }
        if let reusedFrom { out.append("Nothing new since run \(reusedFrom): the ledger's state and the outbox are unchanged.") }
        out.append("Submissions:  \(d.current) current, \(d.superseded) superseded")
        let on = d.reporters.filter { $0.state == .onTime }, late = d.reporters.filter { $0.state == .late },
            missing = d.reporters.filter { $0.state == .missing }, unreadableOnly = d.reporters.filter { $0.state == .unreadable }
        out.append("Reporters:    \(on.count) on time, \(late.count) late, " + (unreadableOnly.isEmpty ? "" : "\(unreadableOnly.count) sent only unreadable files, ")
                   + "\(missing.count) not reported (of \(d.reporters.count) expected)")
        out.append("Review:       \(d.reviewCount) findings" + (d.reviewByKind.isEmpty ? "" : " (" + d.reviewByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"))
        for m in d.notable.prefix(verbose ? d.notable.count : 10) { out.append("  ! \(m)") }
        if !verbose, d.notable.count > 10 { out.append("  … and \(d.notable.count - 10) more (--verbose, or the outbox)") }
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
        if !d.refused.isEmpty {
            // Every refused file is listed, every run, until it is replaced.
            out.append("Refused files not yet replaced (\(d.refused.count)):")
            for f in d.refused { out.append("  - \(f.path): \(f.reason)") }
        }
        if let n = d.staleCatalogue, n > 0 {
            out.append("Note: \(n) current submissions were read against an earlier catalogue or vocabulary; they are not read again automatically.")
        }
        for u in outbox { out.append("Outbox:       \(u.path)") }
        return out.joined(separator: "\n")
    }
}

/// What the operator must correct in the pipeline's files, said in every run's log (the review
/// page says it to the officers): English, with the documents' own words quoted.
public enum PipelineWarnings {
    public static func lines(_ p: PipelineDefinition) -> [String] {
        var out: [String] = []
        // pipeline.yaml dates the plan before a document its own tasks cite: the date may not be
        // the plan's. The report states it as given; the văn thư checks it before signing.
        if let c = Consolidator.planDateContradiction(p), let d = p.plan.date {
            out.append("pipeline.yaml plan.date \(d.displayText) is earlier than the document the plan's tasks cite "
                       + "(số \(c.text) of \(c.date.displayText)); the report states that date as given. "
                       + "Check it against the văn thư's register and correct plan.date if it is wrong.")
        }
        return out
    }

    /// The warnings as the run's and status's summary print them, under the summary's labels.
    public static func summaryLines(_ p: PipelineDefinition) -> [String] {
        lines(p).map { "Warning:      " + $0 }
    }
}

extension RunSummary {
    /// The numbers a run's digest carries: the same for a run that computed its state and for
    /// one that found it unchanged.
    mutating func take(_ digest: RunDigest) {
        submissionsCurrent = digest.current
        reviewItems = digest.reviewCount
        reportersOnTime = digest.reporters.filter { $0.state == .onTime }.count
        reportersLate = digest.reporters.filter { $0.state == .late }.count
        reportersMissing = digest.reporters.filter { $0.state == .missing }.count
        refusedOpen = digest.refused.count
        exitCode = digest.exitCode
        outbox = digest.outbox.joined(separator: ", ")
    }
}
