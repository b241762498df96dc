import Consolidation
import DocumentModel
import Extraction
import Intake
import Foundation
import Ledger
import Plan
import VietText

/// The current state of the reports as of a date: which submission of each unit is current,
/// which are superseded, conflicts, validation findings, who has reported and when, which
/// refused files are still open, and which officers' decisions took effect. What `run`,
/// `report --from-extract`, `status` and the review desk all show.
public struct ConsolidatedState: Sendable {
    public var input: ConsolidationInput
    /// submission id → the id superseding it (nil: current). Extracted submissions only.
    public var supersededBy: [Int64: Int64?]
    /// Review findings computed now (validation rules, conflicts, unknown units), to store.
    public var computedFindings: [ReviewFindingRecord]
    /// submission id → the pipeline version it was read against.
    public var catalogueVersions: [Int64: String] = [:]
    /// Decisions in force that took effect.
    public var applied: [Decision] = []
    /// Decisions in force whose target is no longer there (the unit resent its report, the
    /// place is gone from a new reading of the file): shown for review, neither applied nor dropped.
    public var stale: [Decision] = []
    /// decision id → what it applies to now: its target, or the same place in the reading
    /// that replaced the one it was made on (the file read again with a new pipeline or
    /// program version). Decisions in force only, stale ones included.
    public var targets: [Int64: DecisionTarget] = [:]
    /// Findings an officer dismissed or resolved (no longer in `input.review`).
    public var settled: [ReviewItem] = []
}

/// The name the nightly run used before the reconciliation was one function.
public typealias LedgerState = ConsolidatedState

/// The one reconciliation: from the ledger's submissions and files, the officers' decisions,
/// the pipeline and a date, to the consolidated state. Pure: the same arguments give the same
/// state, whatever command asks.
public enum Reconciliation {
    /// - Parameters:
    ///   - submissions: the latest reading of every content (extracted and refused).
    ///   - files: every file version the ledger knows (for refused files still open).
    ///   - decisions: every decision ever recorded (reverted ones are ignored here).
    ///   - presentRunID: the run whose scan tells which files are in the inbox now (files not
    ///     seen by it are gone); nil: the last run that saw any file.
    ///   - unreadable: files of the current scan that could not be read from disk at all.
    ///   - earlierReadings: readings later made again (`rereadBy` set): a decision made on one
    ///     applies to the same place of the reading that replaced it.
    public static func reconcile(submissions stored: [StoredSubmission], files: [FileRecord], decisions: [Decision],
                                 pipeline: Pipeline, asOf: PlanDate, runID: Int64, presentRunID: Int64? = nil,
                                 unreadable: [RefusedFile] = [], earlierReadings: [StoredSubmission] = []) -> ConsolidatedState {
        let definition = pipeline.definition
        let rules = pipeline.validation
        let live = DecisionLog(decisions).live

        // Officers' decisions first: every later rule sees the corrected submissions. A
        // decision made on a reading since read again follows it to the new reading when its
        // place is still there; otherwise it is stale.
        var applied: [Decision] = []
        var stale: [Decision] = []
        var corrected: [StoredSubmission] = []
        let (targets, lost, lostOn) = followRereads(live, latest: stored, earlier: earlierReadings)
        stale += lost
        var byTarget: [Int64: [Decision]] = [:]
        for d in live {
            guard let t = targets[d.id], let sid = t.submissionID else { continue }
            var moved = d
            moved.target = t
            byTarget[sid, default: []].append(moved)
        }
        let original = Dictionary(uniqueKeysWithValues: live.map { ($0.id, $0) })
        for var s in stored {
            if let ds = byTarget[s.id] {
                let r = apply(ds, to: &s.submission, submissionID: s.id, units: definition.units)
                applied += r.applied.map { original[$0.id]! }
                stale += r.stale.map { original[$0.id]! }
            }
            corrected.append(s)
        }
        stale.sort { $0.id < $1.id }
        applied.sort { $0.id < $1.id }

        let extracted = corrected.filter { $0.submission.status == .extracted }

        // Supersession: per unit, the latest by document date (the month it names, then the
        // receipt date, when undated), then receipt, then path, then ledger id.
        var byUnit: [String: [StoredSubmission]] = [:]
        var unknownUnit: [StoredSubmission] = []
        for s in extracted {
            if let u = s.submission.unit?.id { byUnit[u, default: []].append(s) } else { unknownUnit.append(s) }
        }
        var supersededBy: [Int64: Int64?] = [:]
        var current: [StoredSubmission] = []
        var superseded: [StoredSubmission] = []
        var supersedes: [Int64: [Int64]] = [:]
        for unit in byUnit.keys.sorted() {
            let ordered = byUnit[unit]!.sorted(by: supersessionOrder)
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

        // A decision about what a report says (a figure, a status, a passage, a finding) made
        // on a report the unit has since replaced by another file is shown for review: the
        // new file may say it differently. Decisions about the report itself (its unit, date,
        // number, a reading by hand) stand: they decide which report is current.
        let supersededIDs = Set(superseded.map(\.id))
        applied.removeAll { d in
            guard let t = targets[d.id], let sid = t.submissionID, supersededIDs.contains(sid) else { return false }
            if case .submission = t { return false }
            stale.append(d)
            return true
        }
        stale.sort { $0.id < $1.id }

        // Review: extraction findings of current submissions, unknown units, conflicts,
        // validation rules; then what officers settled is taken out.
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
        for unit in byUnit.keys.sorted() {
            let ordered = byUnit[unit]!
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
        var settled: [ReviewItem] = []
        let settling = live.filter { d in
            switch d.action {
            case .dismissFinding, .resolveFinding: return !stale.contains(d)
            case .assignFinding: return applied.contains(d)
            default: return false
            }
        }
        if !settling.isEmpty {
            review.removeAll { item in
                let hit = settling.first { d in
                    if case .finding(let sid, let code, let source)? = targets[d.id] {
                        return sid == item.submissionID && code == item.finding.code && source == item.finding.source
                    }
                    return false
                }
                if let hit {
                    settled.append(item)
                    if !applied.contains(hit) { applied.append(hit) }
                    return true
                }
                return false
            }
            applied.sort { $0.id < $1.id }
            // A dismissal whose finding is gone (the report was resent) is stale, not lost.
            for d in settling where !applied.contains(d) && !stale.contains(d) { stale.append(d) }
            stale.sort { $0.id < $1.id }
        }
        for d in stale {
            let f = Finding(severity: .warning, code: "decision-stale",
                            message: "Quyết định số \(d.id) của \(d.officer) (\(d.action.kind)) không còn áp dụng được vì báo cáo liên quan đã thay đổi; cần xem lại.",
                            source: nil)
            // Shown on the reading the report now uses when the file was read again.
            let sid = lostOn[d.id] ?? targets[d.id]?.submissionID ?? d.target.submissionID
            review.append(ReviewItem(submissionID: sid, path: stored.first { $0.id == sid }?.path ?? "", unitID: nil, finding: f))
        }

        // Refused files still open: present in the inbox, not replaced by a readable file of
        // the same path or of the unit its name names, received since.
        let byID = Dictionary(uniqueKeysWithValues: corrected.map { ($0.id, $0) })
        let latestRun = presentRunID ?? files.map(\.lastRunID).max()
        var refused: [RefusedFile] = []
        var seenRefused = Set<String>()
        var unreadableUnits = Set<String>()
        for f in files where f.outcome == .refused {
            if let p = latestRun, f.lastRunID != p { continue }
            guard let s = byID[f.submissionID], s.submission.status == .rejected else { continue }
            let replacedAtPath = files.contains { g in
                g.path == f.path && g.id != f.id && g.firstSeen >= f.firstSeen && byID[g.submissionID]?.submission.status == .extracted
            }
            if replacedAtPath { continue }
            // Named by the file's name, else by its own first words (REVIEW24 F11).
            let named = namedUnit(f.path, units: definition.units) ?? FileIntake.senderUnitID(s.submission)
            // A readable report of the unit received since answers it: the file is still
            // listed (every received file accounted for, REVIEW27 #14), the unit not unreadable.
            let answered = named.flatMap { byUnit[$0] }?.contains(where: { $0.receivedAt >= f.firstSeen }) ?? false
            guard seenRefused.insert(f.path + "\u{0}" + f.sha256).inserted else { continue }
            if let u = named, !answered { unreadableUnits.insert(u) }
            var r = RefusedFile(path: f.path, sha256: f.sha256, kind: s.submission.rejectionKind ?? "refused",
                                reason: s.submission.reason ?? "", firstSeen: f.firstSeen)
            r.unitID = named
            r.answered = answered ? true : nil
            refused.append(r)
        }
        for var u in unreadable {
            u.unitID = namedUnit(u.path, units: definition.units)
            if let id = u.unitID { unreadableUnits.insert(id) }
            refused.append(u)
        }

        // Completeness and timeliness: judged by the unit's first report (first in
        // supersession order), whose number, date and receipt are shown together; a later
        // supplement does not make an on-time unit late.
        var reporters: [ReporterStatus] = []
        for unit in definition.expectedReporters {
            guard let rule = definition.reporterRule(for: unit) else { continue }
            guard let list = byUnit[unit.id], let cur = list.last else {
                let state: ReporterStatus.State = unreadableUnits.contains(unit.id) ? .unreadable : .missing
                reporters.append(ReporterStatus(unitID: unit.id, unitName: unit.name, deadline: rule.deadline, state: state))
                continue
            }
            let first = list[0]
            let judged = timeliness(first, rule: rule)
            var status = ReporterStatus(unitID: unit.id, unitName: unit.name, deadline: rule.deadline, state: judged.late ? .late : .onTime,
                                        documentDate: first.submission.document.date.flatMap(PlanDate.init(iso:)),
                                        receivedAt: first.receivedAt, submissionID: cur.id)
            status.documentNumber = first.submission.document.number
            status.judgedSubmissionID = first.id
            status.judgedBy = judged.basis
            if status.documentDate == nil, let m = namedMonth(first.submission) { status.documentMonth = String(format: "%02d/%d", m.month, m.year) }
            reporters.append(status)
        }

        func received(_ s: StoredSubmission) -> ReceivedSubmission {
            ReceivedSubmission(id: s.id, submission: s.submission, receivedAt: s.receivedAt, path: s.path,
                               supersedes: (supersedes[s.id] ?? []).sorted())
        }
        let input = ConsolidationInput(pipeline: definition, asOf: asOf, runID: runID, current: current.map(received),
                                       superseded: superseded.map(received), reporters: reporters, refused: refused, review: review)
        var state = ConsolidatedState(input: input, supersededBy: supersededBy, computedFindings: computed)
        state.catalogueVersions = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0.catalogueVersion) })
        state.applied = applied
        state.stale = stale
        state.settled = settled
        state.targets = targets
        return state
    }

    /// The state of a ledger: its latest readings, files and decisions, reconciled.
    public static func reconcile(ledger: Ledger, pipeline: Pipeline, asOf: PlanDate, runID: Int64, presentRunID: Int64?,
                                 unreadable: [RefusedFile] = []) throws -> ConsolidatedState {
        let latest = try ledger.submissions()
        let decisions = try ledger.decisions()
        // The earlier readings decisions were made on, and the readings between them and the
        // latest (not every earlier reading: most have no decision).
        let latestIDs = Set(latest.map(\.id))
        var earlier: [Int64: StoredSubmission] = [:]
        for id in Set(decisions.compactMap(\.target.submissionID)).sorted() where !latestIDs.contains(id) {
            var next: Int64? = id
            while let n = next, !latestIDs.contains(n), earlier[n] == nil, let s = try ledger.submission(id: n) {
                earlier[n] = s
                next = s.rereadBy
            }
        }
        var state = reconcile(submissions: latest, files: try ledger.files(), decisions: decisions, pipeline: pipeline, asOf: asOf, runID: runID,
                              presentRunID: presentRunID, unreadable: unreadable, earlierReadings: earlier.values.sorted { $0.id < $1.id })
        // The current reports' text as the ledger kept it, for what section I reads of them.
        // The superseded reports' too: what a first report stated and the corrected one does not
        // contradict is kept (REVIEW29 #13: a ward's own plan cited only in its first report).
        for s in state.input.current + state.input.superseded {
            guard let text = try ledger.documentText(submissionID: s.id) else { continue }
            state.input.texts[s.id] = text.blocks.map { $0.cells.joined(separator: " ") }
            // Rows cell by cell, for a unit's note beside its status (REVIEW36 #2).
            var rows: [String: [String]] = [:]
            for b in text.blocks {
                switch b.kind {
                case .tableRow: rows["\(b.part) table \(b.number) row \(b.row)"] = b.cells
                case .sheetRow: rows["'\(b.part)'!\(b.row)"] = b.cells
                case .paragraph: break
                }
            }
            state.input.rows[s.id] = rows
        }
        return state
    }

    /// Where each decision in force applies now. A decision on a latest reading applies
    /// there; one on a reading since read again (same file, new pipeline or program
    /// version) applies to the same place of the latest reading in the chain: the same
    /// submission; the entry of the same task read from the same place; that entry's figure of
    /// the same indicator; the finding of the same code and place. When the place is gone,
    /// the decision is returned as lost (stale), with the latest reading of its file.
    static func followRereads(_ live: [Decision], latest: [StoredSubmission], earlier: [StoredSubmission])
        -> (targets: [Int64: DecisionTarget], lost: [Decision], lostOn: [Int64: Int64]) {
        let latestByID = Dictionary(latest.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let earlierByID = Dictionary(earlier.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func newest(_ id: Int64) -> StoredSubmission? {
            var id = id
            var seen = Set<Int64>()
            while let r = earlierByID[id], let next = r.rereadBy, seen.insert(id).inserted { id = next }
            return latestByID[id]
        }
        func entry(_ e: Int, of was: Submission, in now: Submission) -> Int? {
            guard was.entries.indices.contains(e) else { return nil }
            let old = was.entries[e]
            let same = now.entries.indices.filter { now.entries[$0].task == old.task }
            if let j = same.first(where: { !Set(now.entries[$0].sources).isDisjoint(with: old.sources) }) { return j }
            if same.contains(e) { return e }
            return same.count == 1 && old.sources.isEmpty ? same[0] : nil
        }
        var targets: [Int64: DecisionTarget] = [:]
        var lost: [Decision] = []
        var lostOn: [Int64: Int64] = [:]
        for d in live {
            guard let sid = d.target.submissionID else { targets[d.id] = d.target; continue }
            if latestByID[sid] != nil { targets[d.id] = d.target; continue }
            guard let was = earlierByID[sid], let now = newest(sid) else { lost.append(d); continue }
            let moved: DecisionTarget?
            switch d.target {
            case .submission: moved = .submission(now.id)
            case .entry(_, let e):
                moved = entry(e, of: was.submission, in: now.submission).map { .entry(submissionID: now.id, entry: $0) }
            case .figure(_, let e, let i):
                moved = entry(e, of: was.submission, in: now.submission).flatMap { j in
                    now.submission.entries[j].indicators[i] != nil ? .figure(submissionID: now.id, entry: j, indicator: i) : nil
                }
            case .finding(_, let code, let source):
                moved = .finding(submissionID: now.id, code: code, source: source)
            case .decision: moved = d.target
            }
            if let moved { targets[d.id] = moved } else { targets[d.id] = d.target; lost.append(d); lostOn[d.id] = now.id }
        }
        return (targets, lost, lostOn)
    }

    // MARK: - Decisions

    /// Applies the decisions in force on one submission (in the order they were made; targets
    /// name the submission as read). Returns which took effect and which no longer fit.
    static func apply(_ decisions: [Decision], to s: inout Submission, submissionID: Int64,
                      units: UnitRegistry) -> (applied: [Decision], stale: [Decision]) {
        var applied: [Decision] = []
        var stale: [Decision] = []
        var entries = s.entries
        var assignment: [Int: TaskCode?] = [:]
        var moves: [(task: TaskCode, indicator: IndicatorID, figure: Figure)] = []
        var removed: [Int: Set<IndicatorID>] = [:]
        var placed: [(task: TaskCode, assignment: FindingAssignment, finding: Finding, decision: Decision)] = []
        for d in decisions.sorted(by: { $0.id < $1.id }) {
            switch (d.target, d.action) {
            case (.submission, .acceptByHand(let h)):
                // The officer's reading replaces whatever the file reads as (refused, or read
                // again since): one task with its status and figures.
                guard let u = units.unit(id: h.unit), let status = TaskStatus(rawValue: h.status) else { stale.append(d); continue }
                let source = "nhập tay (quyết định số \(d.id), \(d.officer))"
                var indicators: [IndicatorID: Figure] = [:]
                for (k, v) in h.figures { indicators[IndicatorID(k)] = Figure(value: v, sources: [FigureSource(location: source, text: d.note, value: v)]) }
                s = Submission(file: s.file, sha256: s.sha256, status: .extracted, unit: UnitRef(id: u.id, name: u.name, source: source),
                               document: DocumentInfo(date: h.date, dateSource: h.date.map { _ in source }),
                               entries: [Entry(task: h.task, status: status, statusSource: source, indicators: indicators, text: d.note, sources: [source])])
                entries = s.entries
                assignment = [:]; moves = []; removed = [:]; placed = []
                // What was decided on the entries before this reading no longer stands on them.
                let overridden = applied.filter { if case .submission = $0.target { return false }; return true }
                applied.removeAll { a in overridden.contains { $0.id == a.id } }
                stale += overridden
            case (.submission, .setUnit(let id)):
                guard let u = units.unit(id: id) else { stale.append(d); continue }
                s.unit = UnitRef(id: u.id, name: u.name, source: FigureSource.decision(d.id))
                s.findings.removeAll { $0.code.hasPrefix("unit") }
            case (.submission, .setDate(let date)):
                s.document.date = date.description
                s.document.dateSource = FigureSource.decision(d.id)
            case (.submission, .setNumber(let n)):
                s.document.number = n
                s.document.numberSource = FigureSource.decision(d.id)
            case (.entry(_, let e), .setStatus(let status)):
                guard entries.indices.contains(e) else { stale.append(d); continue }
                entries[e].status = status
                entries[e].statusSource = FigureSource.decision(d.id)
            case (.entry(_, let e), .assignPassage(let task)):
                guard entries.indices.contains(e) else { stale.append(d); continue }
                assignment[e] = .some(task)
            case (.figure(_, let e, let id), .setFigureValue(let v)):
                guard entries.indices.contains(e), var f = entries[e].indicators[id] else { stale.append(d); continue }
                f.value = v
                f.sources.append(FigureSource(location: FigureSource.decision(d.id), text: d.note, value: v))
                entries[e].indicators[id] = f
            case (.figure(_, let e, let id), .setFigureIndicator(let to)):
                guard entries.indices.contains(e), let f = entries[e].indicators.removeValue(forKey: id) else { stale.append(d); continue }
                if var existing = entries[e].indicators[to] {
                    existing.value += f.value
                    existing.sources += f.sources
                    entries[e].indicators[to] = existing
                } else {
                    entries[e].indicators[to] = f
                }
            case (.figure(_, let e, let id), .setFigureTask(let task)):
                guard entries.indices.contains(e), let f = entries[e].indicators[id] else { stale.append(d); continue }
                if TaskCode(rawValue: entries[e].task) == task { applied.append(d); continue }
                removed[e, default: []].insert(id)
                moves.append((task, id, f))
            case (.finding(_, let code, let source), .assignFinding(let a)):
                guard let f = s.findings.first(where: { $0.code == code && $0.source == source }) else { stale.append(d); continue }
                if let task = a.taskCode { placed.append((task, a, f, d)) }  // nil: not this plan, settled on the review list
            case (.finding, .dismissFinding), (.finding, .resolveFinding):
                continue  // settled on the review list
            default:
                stale.append(d)
                continue
            }
            applied.append(d)
        }
        for (e, ids) in removed { for id in ids { entries[e].indicators.removeValue(forKey: id) } }
        var out: [Entry] = []
        for (i, var e) in entries.enumerated() {
            if let a = assignment[i] {
                guard let task = a else { continue }  // not this plan
                e.task = task.rawValue
            }
            out.append(e)
        }
        for m in moves {
            if let i = out.firstIndex(where: { TaskCode(rawValue: $0.task) == m.task }) {
                if var existing = out[i].indicators[m.indicator] {
                    existing.value += m.figure.value
                    existing.sources += m.figure.sources
                    out[i].indicators[m.indicator] = existing
                } else {
                    out[i].indicators[m.indicator] = m.figure
                }
            } else {
                out.append(Entry(task: m.task.rawValue, status: .unknown, indicators: [m.indicator: m.figure], text: "",
                                 sources: m.figure.sources.map(\.location)))
            }
        }
        // What an officer placed counts as if extracted there, its provenance the place it
        // was read from and the decision that placed it.
        for p in placed {
            let words = Finding.quotes(in: p.finding.message)
            let by = "do \(p.decision.officer) quyết định (quyết định số \(p.decision.id))"
            let place = p.finding.source ?? FigureSource.decision(p.decision.id)
            var i = out.firstIndex { TaskCode(rawValue: $0.task) == p.task }
            if i == nil {
                out.append(Entry(task: p.task.rawValue, status: .unknown, text: "", sources: [place]))
                i = out.count - 1
            }
            // Every number the decision placed (a row may hold several), each with the same provenance.
            for placed in p.assignment.figures {
                let id = placed.indicatorID, v = placed.value
                let src = FigureSource(location: place, text: (words.first.map { "“\($0)”, " } ?? "") + by, value: v)
                if var existing = out[i!].indicators[id] {
                    existing.value += v
                    existing.sources.append(src)
                    out[i!].indicators[id] = existing
                } else {
                    out[i!].indicators[id] = Figure(value: v, sources: [src])
                }
            }
            if let st = p.assignment.taskStatus, st != .unknown, out[i!].status == .unknown {
                out[i!].status = st
                out[i!].statusSource = FigureSource.decision(p.decision.id)
            }
            // A row or passage without a task (not a bare number): its words join the task's.
            if p.finding.code.hasPrefix("task-"), let line = words.first, !out[i!].text.contains(line) {
                out[i!].text = out[i!].text.isEmpty ? line : out[i!].text + "\n" + line
            }
            if !out[i!].sources.contains(place) { out[i!].sources.append(place) }
        }
        s.entries = out
        return (applied, stale)
    }

    // MARK: - Dates

    /// How a report's timeliness was judged.
    static func timeliness(_ s: StoredSubmission, rule: ReporterRule) -> (late: Bool, basis: ReporterStatus.DateBasis) {
        if let d = s.submission.document.date.flatMap(PlanDate.init(iso:)) { return (rule.isLate(d), .documentDate) }
        // A date line with a month and no day: on time when the whole month is, late when the
        // whole month is; otherwise the day the file arrived decides.
        if let m = namedMonth(s.submission),
           let firstDay = PlanDate(year: m.year, month: m.month, day: 1), let lastDay = PlanDate.endOfMonth(year: m.year, month: m.month) {
            if !rule.isLate(lastDay) { return (false, .documentMonth) }
            if rule.isLate(firstDay) { return (true, .documentMonth) }
        }
        return (rule.isLate(vietnamDate(s.receivedAt)), .received)
    }

    /// Earlier first: by document date (the month it names, then the receipt day, when
    /// undated), then receipt, then path (files of one scan share its receipt time), then id.
    static func supersessionOrder(_ a: StoredSubmission, _ b: StoredSubmission) -> Bool {
        let da = effectiveDate(a), db = effectiveDate(b)
        if da != db { return da < db }
        if a.receivedAt != b.receivedAt { return a.receivedAt < b.receivedAt }
        if a.path != b.path { return a.path < b.path }
        return a.id < b.id
    }

    /// The date a submission is ordered by: its own date; a day-less date's month (its last
    /// day, or the receipt day when that falls within the month); or the day it was received.
    static func effectiveDate(_ s: StoredSubmission) -> PlanDate {
        if let d = s.submission.document.date.flatMap(PlanDate.init(iso:)) { return d }
        let received = vietnamDate(s.receivedAt)
        if let m = namedMonth(s.submission), let last = PlanDate.endOfMonth(year: m.year, month: m.month),
           YearMonth(year: received.year, month: received.month) != m {
            return min(last, received)
        }
        return received
    }

    /// The month a date line names when it has no day ("ngày … tháng 10 năm 2026"): read from
    /// the words the extraction quoted in its `date-incomplete` finding.
    static func namedMonth(_ s: Submission) -> YearMonth? {
        guard s.document.date == nil, let f = s.findings.first(where: { $0.code == "date-incomplete" }) else { return nil }
        let words = VietText.fold(f.message).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let t = words.lastIndex(of: "thang"), t + 1 < words.count, let n = words[(t + 1)...].firstIndex(of: "nam") else { return nil }
        guard let month = Int(words[t + 1]), (1...12).contains(month), n + 1 < words.count,
              let year = Int(words[n + 1].prefix(4)), (1990...2100).contains(year) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// "125/BC-UBND" and "125 / bc-ubnd" are the same number.
    static func numberKey(_ n: String?) -> String? {
        guard let n else { return nil }
        let k = n.lowercased().filter { !$0.isWhitespace }
        return k.isEmpty ? nil : k
    }

    /// The one unit a file's name names, if exactly one.
    /// The unit a file's name names: by a name or alias of the registry, else by a run of
    /// digits that is exactly one unit's code in the registry ("27211_BC_CT38_2026.docx": the
    /// commune code of the unit that sent it, as units name their files). A file whose content
    /// cannot be read is still that unit's report: "sent an unreadable file", never "not sent".
    /// Nil when the name names none or several.
    public static func namedUnit(_ path: String, units: UnitRegistry) -> String? {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let named = Set(units.mentions(in: name).compactMap { $0.units.count == 1 ? $0.units[0].id : nil })
        if !named.isEmpty { return named.count == 1 ? named.first : nil }
        let codes = Set(name.split { !$0.isASCII || !$0.isNumber }.map(String.init).filter { $0.count >= 4 && units.unit(id: $0) != nil })
        return codes.count == 1 ? codes.first : nil
    }
}

/// Viet Nam's time zone (UTC+7, no daylight saving time).
public let vietnamTimeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!

/// The civil date in Viet Nam of an instant.
public func vietnamDate(_ date: Date) -> PlanDate { VietFormat.civilDate(date) }
