import Consolidation
import DocumentModel
import Extraction
import Foundation
import Intake
import Ledger
import Logging
import Nightly
import OOXML
import Outbox
import Plan
import ReportWriters
import VietText

/// The desk over a real ledger. Every page is the one reconciliation's state of the moment
/// (`Reconciliation.reconcile`, as the nightly run computes it); every officer's action is
/// one committed decision in the ledger (its `decision` table, or the desk's `desk_event`
/// table for teachings, files read by hand and reports built), recorded before the answer
/// goes back to the browser.
public final class LedgerDesk: DeskBackend, @unchecked Sendable {
    public struct Paths: Sendable {
        public var inbox: URL
        public var outbox: URL
        public var ledger: URL
        public init(inbox: URL, outbox: URL, ledger: URL) { self.inbox = inbox; self.outbox = outbox; self.ledger = ledger }
    }

    public struct OpenError: Error, CustomStringConvertible {
        public let description: String
    }

    let pipelineDirectory: URL
    let paths: Paths
    let fixedAsOf: PlanDate?
    let ledger: Ledger
    let log: DeskLog
    let kinds: FindingKinds
    let wording: ReminderLetterWriter.Wording
    let logger: Logger

    /// Serialises the actions that change the pipeline, read files again or write the
    /// outbox; decisions themselves are serialised by SQLite.
    let lock = NSLock()
    /// Guards the pipeline, loaded again after a teaching.
    private let pipelineLock = NSLock()
    private var loaded: Pipeline

    var loadedPipeline: Pipeline {
        get { pipelineLock.withLock { loaded } }
        set { pipelineLock.withLock { loaded = newValue } }
    }

    public init(pipelineDirectory: URL, paths: Paths, asOf: PlanDate? = nil, logger: Logger = Logger(label: "tonghop.review")) throws {
        self.pipelineDirectory = pipelineDirectory
        self.paths = paths
        self.fixedAsOf = asOf
        self.logger = logger
        do {
            loaded = try Pipeline.load(directory: pipelineDirectory)
            kinds = try FindingKinds.load(pipelineDirectory: pipelineDirectory)
            wording = try ReminderWording.load(pipelineDirectory: pipelineDirectory)
        } catch {
            throw OpenError(description: "\(error)")
        }
        guard FileManager.default.fileExists(atPath: paths.ledger.path) else {
            throw OpenError(description: "Chưa có sổ cái tại \(paths.ledger.path): hãy chạy `tonghop run` trước để đọc các báo cáo trong \(paths.inbox.path), rồi mở bàn rà soát.")
        }
        ledger = try Ledger(url: paths.ledger)
        log = try DeskLog(ledgerURL: paths.ledger)
        try carryLegacyHandReadings()
    }

    var pipeline: Pipeline { loadedPipeline }
    var definition: PipelineDefinition { pipeline.definition }
    var asOf: PlanDate { fixedAsOf ?? vietnamDate(Date()) }

    // MARK: - State

    /// The one reconciliation over the ledger as it is now.
    func state() throws -> ConsolidatedState {
        let runID = try ledger.runs(limit: 1).first?.id ?? 0
        return try Reconciliation.reconcile(ledger: ledger, pipeline: pipeline, asOf: asOf, runID: runID, presentRunID: nil)
    }

    static func findingID(submissionID: Int64?, code: String, source: String?) -> String {
        var d = SHA256Digest()
        d.update(Data("\(submissionID.map(String.init) ?? "-")|\(code)|\(source ?? "")".utf8))
        return "f" + d.finalizeHex().prefix(16)
    }

    /// The words a finding's message quotes (“…”), when it quotes some.
    static func quote(_ message: String) -> String? {
        guard let a = message.firstIndex(of: "“"), let b = message[message.index(after: a)...].firstIndex(of: "”") else { return nil }
        let q = String(message[message.index(after: a)..<b])
        return q.isEmpty ? nil : q
    }

    func groupLabel(_ g: UnitGroup) -> String {
        switch g {
        case .internalUnits: return "Các phòng, đơn vị trực thuộc Sở"
        case .departments: return "Các sở, ban, ngành"
        case .communes: return "Phường, xã, đặc khu"
        }
    }

    func reportingLabel(_ s: ReporterStatus.State) -> (String, DeskUnit.ReportingKind) {
        switch s {
        case .onTime: return ("Đúng hạn", .onTime)
        case .late: return ("Trễ hạn", .late)
        case .unreadable: return ("Tệp gửi đến không đọc được", .unreadable)
        case .missing: return ("Chưa gửi", .missing)
        }
    }

    func indicatorLabel(_ id: IndicatorID) -> String {
        guard let name = pipeline.validation.indicatorNames[id], let first = name.first else { return id.rawValue }
        return first.uppercased() + name.dropFirst()
    }

    func taskTitle(_ code: String) -> String {
        definition.catalogue.task(code).map { $0.shortTitle ?? String($0.text.prefix(90)) } ?? code
    }

    func unitName(_ id: String?) -> String {
        guard let id else { return "Chưa rõ đơn vị" }
        return definition.units.unit(id: id)?.name ?? id
    }

    public func snapshot() throws -> DeskSnapshot {
        let st = try state()
        let input = st.input
        let d = definition
        let decisions = try ledger.decisions()
        let live = DecisionLog(decisions).live

        // Findings: the review list, then what officers settled.
        var findings: [DeskFinding] = []
        func finding(_ item: ReviewItem, state: DeskFindingState, note: String?) -> DeskFinding {
            let k = kinds.kind(of: item.finding.code)
            return DeskFinding(id: Self.findingID(submissionID: item.submissionID, code: item.finding.code, source: item.finding.source),
                               unitID: item.unitID, unitName: unitName(item.unitID),
                               task: Self.task(of: item, in: input), kind: item.finding.code, kindLabel: k.label, severity: k.severity,
                               message: item.finding.message, quote: k.quotesDocument ? Self.quote(item.finding.message) : nil,
                               place: item.finding.source,
                               file: item.path, submissionID: item.submissionID, state: state, note: note)
        }
        for item in input.review { findings.append(finding(item, state: .open, note: nil)) }
        for item in st.settled {
            let settling = live.last { dd in
                if case .finding(let sid, let code, let source)? = st.targets[dd.id] {
                    return sid == item.submissionID && code == item.finding.code && source == item.finding.source
                }
                return false
            }
            findings.append(finding(item, state: settling?.action == .dismissFinding ? .dismissed : .resolved, note: settling?.note))
        }
        // Blocking first, then by unit and file.
        let order: [DeskSeverity: Int] = [.blocking: 0, .review: 1, .info: 2]
        findings.sort { (order[$0.severity]!, $0.unitName, $0.file ?? "", $0.id) < (order[$1.severity]!, $1.unitName, $1.file ?? "", $1.id) }

        // Units: every expected reporter and every unit something came from.
        let reporters = Dictionary(input.reporters.map { ($0.unitID, $0) }, uniquingKeysWith: { a, _ in a })
        var byUnit: [String: [DeskSubmission]] = [:]
        let files = try ledger.files()
        for r in input.current + input.superseded {
            guard let u = r.submission.unit?.id else { continue }
            byUnit[u, default: []].append(DeskSubmission(id: r.id, file: r.path, receivedAt: Self.iso(r.receivedAt), number: r.submission.document.number,
                                                         date: r.submission.document.date, current: st.supersededBy[r.id] == .some(nil)))
        }
        var refused: [DeskRefusedFile] = []
        for f in input.refused {
            let sid = files.last { $0.path == f.path && $0.sha256 == f.sha256 && !f.sha256.isEmpty }?.submissionID
            // Its unit sent a readable report since: in the unit's history, nothing to act on.
            if f.answered != true {
                refused.append(DeskRefusedFile(submissionID: sid, file: f.path, reason: f.reason, suggestedUnit: f.unitID.map(unitName)))
            }
            if let u = f.unitID {
                byUnit[u, default: []].append(DeskSubmission(id: sid ?? 0, file: f.path, receivedAt: Self.iso(f.firstSeen), number: nil,
                                                             date: nil, current: false, refusedReason: f.reason))
            }
        }
        let current = Dictionary(input.current.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The readings as read, fetched once for every unit's entries.
        let asRead = Dictionary(try ledger.submissions().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var units: [DeskUnit] = []
        var seen = Set<String>()
        let expected = d.expectedReporters
        for u in expected + d.units.units where seen.insert(u.id).inserted {
            let subs = (byUnit[u.id] ?? []).sorted { ($0.receivedAt, $0.id) > ($1.receivedAt, $1.id) }
            let r = reporters[u.id]
            guard r != nil || !subs.isEmpty else { continue }
            let (label, kind) = r.map { reportingLabel($0.state) } ?? ("Không thuộc diện phải báo cáo", .notExpected)
            var entries: [DeskEntry] = []
            if let cur = subs.first(where: \.current), let reconciled = current[cur.id] {
                entries = try deskEntries(reconciled, live: live, targets: st.targets, asRead: asRead[reconciled.id])
            }
            units.append(DeskUnit(id: u.id, name: u.name, reporting: label, reportingKind: kind, phone: u.phone, email: u.email,
                                  group: groupLabel(u.kind.group), submissions: subs, entries: entries))
        }
        // Reports of no known unit, under one heading each.
        for r in input.current where r.submission.unit == nil {
            let sub = DeskSubmission(id: r.id, file: r.path, receivedAt: Self.iso(r.receivedAt), number: r.submission.document.number,
                                     date: r.submission.document.date, current: true)
            units.append(DeskUnit(id: "s\(r.id)", name: "Chưa rõ đơn vị: \(r.path)", reporting: "Chưa rõ đơn vị gửi", reportingKind: .notExpected,
                                  phone: nil, email: nil, group: "Chưa rõ đơn vị", submissions: [sub], entries: try deskEntries(r, live: live, targets: st.targets, asRead: asRead[r.id])))
        }

        // Completeness and the headline figures from the one consolidation the report is written
        // from (REVIEW24: the desk counts nothing of its own, so it cannot disagree with the report).
        let consolidated = try renderer(input).report
        let groups = consolidated.completeness.byGroup.map { g in
            DeskGroupCompleteness(label: UnitGroup(rawValue: g.group).map(groupLabel) ?? g.group, expected: g.expected,
                                  onTime: g.received - g.late, late: g.late, unreadable: g.unreadable, missing: g.missing)
        }

        var snapshot = DeskSnapshot(planTitle: d.plan.title, asOf: asOf.description, groups: groups, units: units, findings: findings,
                            refused: refused, changes: try changesSinceLastRun(),
                            tasks: d.catalogue.tasks.map { (code: $0.code.rawValue, title: taskTitle($0.code.rawValue)) },
                            indicators: pipeline.vocabulary.indicatorIDs.map { (id: $0.rawValue, label: indicatorLabel($0)) },
                            statuses: [TaskStatus.completed, .inProgress, .notStarted, .notApplicable].map { (id: $0.rawValue, label: $0.label) })
        snapshot.headline = consolidated.headline
        return snapshot
    }

    static func iso(_ date: Date) -> String {
        let d = vietnamDate(date)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = vietnamTimeZone
        f.dateFormat = "HH:mm"
        return d.description + " " + f.string(from: date)
    }

    /// The task a finding is about: the entry whose place it names, or a task code it quotes.
    static func task(of item: ReviewItem, in input: ConsolidationInput) -> String? {
        guard let sid = item.submissionID, let s = input.current.first(where: { $0.id == sid }) else { return nil }
        if let src = item.finding.source {
            if let e = s.submission.entries.first(where: { $0.sources.contains(src) || $0.statusSource == src
                || $0.indicators.values.contains { $0.sources.contains { $0.location == src } } }) {
                return e.task
            }
        }
        let words = item.finding.message.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".;,:()“”")) }
        return words.first { w in s.submission.entries.contains { $0.task == w } }
    }

    /// A current submission's entries as reconciled, each with its position in the
    /// submission as read (what decisions name); entries made by decisions have none.
    func deskEntries(_ r: ReceivedSubmission, live: [Decision], targets: [Int64: DecisionTarget], asRead: StoredSubmission? = nil) throws -> [DeskEntry] {
        guard let read = try asRead ?? ledger.submission(id: r.id) else { return [] }
        let stored = Self.asDecided(read, live: live, targets: targets)
        var dropped = Set<Int>()
        for d in live {
            // Where the decision applies now (it may have been made on an earlier reading).
            if case .entry(let sid, let e)? = targets[d.id], sid == r.id, case .assignPassage(nil) = d.action { dropped.insert(e) }
        }
        // Reconciled entries follow the read ones in order, without those given to no task.
        var ordinals: [Int?] = []
        for i in stored.submission.entries.indices where !dropped.contains(i) { ordinals.append(i) }
        let corrected = Set(live.filter { targets[$0.id]?.submissionID == r.id }.map(\.id))
        return r.submission.entries.enumerated().map { j, e in
            let ordinal = j < ordinals.count ? ordinals[j] : nil
            let statusFromDecision = e.statusSource.map { s in corrected.contains { s == FigureSource.decision($0) } } ?? false
            let figures = e.indicators.sorted { $0.key < $1.key }.map { id, f in
                DeskFigure(entry: ordinal, task: e.task, indicator: id.rawValue, indicatorLabel: indicatorLabel(id), value: f.value,
                           place: f.sources.first?.location,
                           corrected: f.sources.contains { src in src.isOfficersDecision })
            }
            return DeskEntry(ordinal: ordinal, task: e.task, taskTitle: taskTitle(e.task), status: e.status.label,
                             statusCorrected: statusFromDecision, figures: figures)
        }
    }

    func changesSinceLastRun() throws -> [String] {
        let runs = try ledger.runs(limit: 5).filter { $0.finishedAt != nil }
        guard let last = runs.first, let s = last.summary else { return [] }
        var out = ["Lần chạy gần nhất: \(Self.display(last.finishedAt ?? last.startedAt)) (số liệu đến ngày \(PlanDate(iso: last.asOf)?.displayText ?? last.asOf))."]
        if s.filesNew > 0 { out.append("Nhận \(s.filesNew) tệp báo cáo mới.") }
        if s.filesRefused > 0 { out.append("\(s.filesRefused) tệp mới không đọc được.") }
        if s.filesDuplicate > 0 { out.append("\(s.filesDuplicate) tệp trùng nội dung với tệp đã nhận.") }
        if s.filesNew == 0 && s.filesRefused == 0 { out.append("Không có tệp mới.") }
        let since = try ledger.decisions().filter { $0.madeAt > (last.finishedAt ?? last.startedAt) }.count
            + (try log.events().filter { $0.madeAt > (last.finishedAt ?? last.startedAt) && $0.kind != "report" }.count)
        if since > 0 { out.append("Từ lần chạy đó đến nay: \(since) quyết định của cán bộ.") }
        return out
    }

    static func display(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = vietnamTimeZone
        f.dateFormat = "dd/MM/yyyy HH:mm"
        return f.string(from: date)
    }

    // MARK: - A finding in place

    public func context(ofFinding id: String) throws -> DeskPassage? {
        let st = try state()
        guard let item = (st.input.review + st.settled).first(where: {
            Self.findingID(submissionID: $0.submissionID, code: $0.finding.code, source: $0.finding.source) == id
        }) else { throw DeskError(.notFound, "Không có phát hiện mã \(id).") }
        guard let source = item.finding.source else { return nil }
        let quote = kinds.kind(of: item.finding.code).quotesDocument ? Self.quote(item.finding.message) : nil
        return try passage(path: item.path, submissionID: item.submissionID, at: source, quote: quote)
    }

    public func numbers(ofFinding id: String) throws -> [DeskNumber] {
        let st = try state()
        guard let item = (st.input.review + st.settled).first(where: {
            Self.findingID(submissionID: $0.submissionID, code: $0.finding.code, source: $0.finding.source) == id
        }) else { throw DeskError(.notFound, "Không có phát hiện mã \(id).") }
        let vocabulary = pipeline.vocabulary
        let quotes = Pages.quotes(item.finding.message)
        // A row or passage without a task is the finding's as a whole; otherwise only its number is.
        let wholeRow = item.finding.code.hasPrefix("task-")
        if let sid = item.submissionID, let source = item.finding.source, let text = try ledger.documentText(submissionID: sid),
           let subject = PassageFinder.subject(in: text, at: source) {
            // What a row says of its numbers outside their cells: a unit column ("lớp"), a row label naming an indicator.
            let rowUnit = subject.cells.lazy.compactMap { vocabulary.indicator(ofCountedNoun: $0) }.first
            let rowLabel = subject.cells.lazy.compactMap { vocabulary.indicator(ofLabel: $0) }.first
            // The numbers the finding quotes: a number it is about is offered ticked; the rest
            // of a cell already read (a figure extraction counted) is offered unticked.
            let quoted = Set(quotes.flatMap { vocabulary.writtenNumbers(in: $0).map(\.value) })
            // What extraction already counted from this row (the figures' places and values).
            let row = PassageFinder.place(source)
            let read: [(place: PassageFinder.Place, value: Double, indicator: IndicatorID)] =
                (st.input.current.first { $0.id == sid }?.submission.entries ?? []).flatMap { e in
                    // (By indicator: the first one read at a place with a value is the one named.)
                    e.indicators.sorted { $0.key < $1.key }.flatMap { id, f in f.sources.compactMap { src in PassageFinder.place(src.location).map { ($0, src.value, id) } } }
                }
            var out: [DeskNumber] = []
            for (k, cell) in subject.cells.enumerated() {
                let head = k < subject.head.count ? VietText.collapseWhitespace(subject.head[k]).trimmingCharacters(in: .whitespaces) : ""
                for n in vocabulary.writtenNumbers(in: cell) {
                    let suggested = n.indicator ?? Self.columnIndicator(head, vocabulary) ?? rowUnit ?? rowLabel
                    let counted = row.flatMap { r in read.first { PassageFinder.names($0.place, cell: k, ofRowAt: r) && $0.value == n.value } }
                    let own = (wholeRow || quoted.isEmpty || quoted.contains(n.value)) && counted == nil
                    let chosen = own && (suggested != nil || !wholeRow)
                    // The words around it say what it is; a bare number in its cell is told by its column.
                    let bare = n.phrase.trimmingCharacters(in: .whitespacesAndNewlines) == n.number
                    out.append(DeskNumber(number: n.number, context: bare && !head.isEmpty ? head : n.phrase, value: n.value,
                                          indicator: suggested?.rawValue, chosen: chosen, countedAs: counted.map { indicatorLabel($0.indicator) }))
                }
            }
            if !out.isEmpty { return out }
        }
        // No text kept, or the place holds no number: the numbers the finding quotes (a row's
        // label, quoted first, is not one).
        return quotes.dropFirst(wholeRow && quotes.count > 1 ? 1 : 0).flatMap { vocabulary.writtenNumbers(in: $0) }.map { n in
            DeskNumber(number: n.number, context: n.phrase, value: n.value, indicator: n.indicator?.rawValue, chosen: n.indicator != nil || !wholeRow)
        }
    }

    /// The indicator a column header names: as a whole ("Số lớp tập huấn"), without what it
    /// puts in brackets ("Số lớp (lớp)"), or by the unit in its brackets ("Số lượng (lớp)").
    static func columnIndicator(_ head: String, _ vocabulary: Vocabulary) -> IndicatorID? {
        guard !head.isEmpty else { return nil }
        if let i = vocabulary.indicator(ofLabel: head) { return i }
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let outside = (head[..<open] + head[head.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        if let i = vocabulary.indicator(ofLabel: outside) { return i }
        return vocabulary.indicator(ofCountedNoun: String(head[head.index(after: open)..<close]))
    }

    public func passage(submissionID: Int64, at location: String) throws -> DeskPassage? {
        guard let s = try ledger.submission(id: submissionID) else { throw DeskError(.notFound, "Không có báo cáo mã \(submissionID).") }
        return try passage(path: s.path, submissionID: submissionID, at: location, quote: nil)
    }

    /// The passage at `location` of the document a submission was read from, as the ledger
    /// keeps its text (the inbox file is not opened: it may be gone or changed).
    func passage(path: String, submissionID: Int64?, at location: String, quote: String?) throws -> DeskPassage? {
        guard let sid = submissionID, PassageFinder.place(location) != nil else { return nil }
        guard let text = try ledger.documentText(submissionID: sid) else {
            return DeskPassage(file: path, place: Pages.place(location), rows: [], kept: false)
        }
        return PassageFinder.passage(in: text, at: location, file: path, mark: quote)
    }

    // MARK: - Decisions

    public func apply(_ action: DeskAction, by officer: String) throws -> DeskReceipt {
        switch action {
        case .resolveFinding(let id, let note), .dismissFinding(let id, let note):
            let st = try state()
            guard let item = (st.input.review + st.settled).first(where: {
                Self.findingID(submissionID: $0.submissionID, code: $0.finding.code, source: $0.finding.source) == id
            }) else { throw DeskError(.notFound, "Không có phát hiện mã \(id).") }
            let resolve: Bool
            if case .resolveFinding = action { resolve = true } else { resolve = false }
            let d = try decide(resolve ? .resolveFinding : .dismissFinding,
                               on: .finding(submissionID: item.submissionID, code: item.finding.code, source: item.finding.source),
                               by: officer, note: note, old: item.finding.message)
            return DeskReceipt(decisionID: "d\(d.id)", changes: ["Đã ghi quyết định số \(d.id): phát hiện “\(kinds.kind(of: item.finding.code).label)” \(resolve ? "đã xử lý" : "được bỏ qua")."])

        case .correctFigure(let sid, let entry, let indicator, let value, let newIndicator, let newTask, let note):
            let (stored, current) = try entryContext(sid, entry)
            let id = IndicatorID(indicator)
            guard let readFigure = stored.submission.entries[entry].indicators[id] else {
                throw DeskError(.notFound, "Báo cáo không có số liệu “\(indicatorLabel(id))” ở mục này.")
            }
            let shown = current?.indicators[id]?.value ?? readFigure.value
            var lines: [String] = []
            var first: String?
            if let value {
                guard value.isFinite, value >= 0, value < 1e15 else { throw DeskError(.invalid, "Số liệu phải là số không âm.") }
                let d = try decide(.setFigureValue(value), on: .figure(submissionID: sid, entry: entry, indicator: id), by: officer, note: note,
                                   old: VietFormat.number(shown))
                first = first ?? "d\(d.id)"
                lines.append("Đã ghi quyết định số \(d.id): \(indicatorLabel(id)) của nhiệm vụ \(stored.submission.entries[entry].task) là \(VietFormat.number(value)) (trước: \(VietFormat.number(shown))).")
            }
            if let newIndicator, newIndicator != indicator {
                let to = IndicatorID(newIndicator)
                guard pipeline.vocabulary.indicatorIDs.contains(to) else { throw DeskError(.invalid, "Không có chỉ tiêu “\(newIndicator)”.") }
                let d = try decide(.setFigureIndicator(to), on: .figure(submissionID: sid, entry: entry, indicator: id), by: officer, note: note,
                                   old: indicatorLabel(id))
                first = first ?? "d\(d.id)"
                lines.append("Đã ghi quyết định số \(d.id): số liệu này được tính vào “\(indicatorLabel(to))”.")
            }
            if let newTask, newTask != stored.submission.entries[entry].task {
                guard let code = TaskCode(rawValue: newTask), definition.catalogue.task(code) != nil else {
                    throw DeskError(.invalid, "Không có nhiệm vụ “\(newTask)” trong Kế hoạch.")
                }
                let d = try decide(.setFigureTask(code), on: .figure(submissionID: sid, entry: entry, indicator: id), by: officer, note: note,
                                   old: stored.submission.entries[entry].task)
                first = first ?? "d\(d.id)"
                lines.append("Đã ghi quyết định số \(d.id): số liệu này thuộc nhiệm vụ \(newTask).")
            }
            guard !lines.isEmpty else { throw DeskError(.invalid, "Chưa nhập số đúng, chỉ tiêu hay nhiệm vụ mới.") }
            return DeskReceipt(decisionID: first, changes: lines)

        case .correctStatus(let sid, let entry, let status, let note):
            let (stored, current) = try entryContext(sid, entry)
            guard let s = TaskStatus(rawValue: status), s != .unknown else { throw DeskError(.invalid, "Không có tiến độ “\(status)”.") }
            let old = (current?.status ?? stored.submission.entries[entry].status).label
            let d = try decide(.setStatus(s), on: .entry(submissionID: sid, entry: entry), by: officer, note: note, old: old)
            return DeskReceipt(decisionID: "d\(d.id)", changes: ["Đã ghi quyết định số \(d.id): tiến độ nhiệm vụ \(stored.submission.entries[entry].task) là “\(s.label)” (trước: “\(old)”)."])

        case .correctSubmission(let sid, let unitID, let date, let number, let note):
            guard let stored = try ledger.submission(id: sid), stored.rereadBy == nil, stored.submission.status == .extracted else {
                throw DeskError(.notFound, "Không có báo cáo mã \(sid).")
            }
            var lines: [String] = []
            var first: String?
            if let unitID, unitID != stored.submission.unit?.id {
                guard let u = definition.units.unit(id: unitID) else { throw DeskError(.invalid, "Không có đơn vị mã “\(unitID)”.") }
                let d = try decide(.setUnit(u.id), on: .submission(sid), by: officer, note: note, old: stored.submission.unit?.name)
                first = first ?? "d\(d.id)"
                lines.append("Đã ghi quyết định số \(d.id): báo cáo “\(stored.path)” là của \(u.name).")
            }
            if let date, date != stored.submission.document.date {
                guard let pd = PlanDate(iso: date) else { throw DeskError(.invalid, "“\(date)” không phải là ngày hợp lệ.") }
                let d = try decide(.setDate(pd), on: .submission(sid), by: officer, note: note,
                                   old: stored.submission.document.date.flatMap(PlanDate.init(iso:))?.displayText)
                first = first ?? "d\(d.id)"
                lines.append("Đã ghi quyết định số \(d.id): ngày của báo cáo là \(pd.displayText).")
            }
            if let number, number != stored.submission.document.number {
                let d = try decide(.setNumber(number), on: .submission(sid), by: officer, note: note, old: stored.submission.document.number)
                first = first ?? "d\(d.id)"
                lines.append("Đã ghi quyết định số \(d.id): số của báo cáo là “\(number)”.")
            }
            guard !lines.isEmpty else { throw DeskError(.invalid, "Không có gì thay đổi so với báo cáo.") }
            return DeskReceipt(decisionID: first, changes: lines)

        case .assignEntry(let sid, let entry, let task, let note):
            let (stored, _) = try entryContext(sid, entry)
            var code: TaskCode? = nil
            if let task {
                guard let c = TaskCode(rawValue: task), definition.catalogue.task(c) != nil else {
                    throw DeskError(.invalid, "Không có nhiệm vụ “\(task)” trong Kế hoạch.")
                }
                code = c
            }
            let d = try decide(.assignPassage(code), on: .entry(submissionID: sid, entry: entry), by: officer, note: note,
                               old: stored.submission.entries[entry].task)
            return DeskReceipt(decisionID: "d\(d.id)", changes: ["Đã ghi quyết định số \(d.id): " + (task.map { "mục này thuộc nhiệm vụ \($0)." } ?? "mục này không thuộc Kế hoạch, không tổng hợp.")])

        case .assignFinding(let id, let task, let figures, let status, let note):
            let st = try state()
            guard let item = (st.input.review + st.settled).first(where: {
                Self.findingID(submissionID: $0.submissionID, code: $0.finding.code, source: $0.finding.source) == id
            }) else { throw DeskError(.notFound, "Không có phát hiện mã \(id).") }
            guard let sid = item.submissionID, Pages.assignableKinds.contains(item.finding.code) else {
                throw DeskError(.invalid, "Phát hiện này không phải là nội dung chưa gắn được với nhiệm vụ.")
            }
            var code: TaskCode? = nil
            if let task {
                guard let c = TaskCode(rawValue: task), definition.catalogue.task(c) != nil else {
                    throw DeskError(.invalid, "Không có nhiệm vụ “\(task)” trong Kế hoạch.")
                }
                code = c
            }
            var placed: [FindingAssignment.Placed] = []
            for f in figures {
                let i = IndicatorID(f.indicator)
                guard pipeline.vocabulary.indicatorIDs.contains(i) else { throw DeskError(.invalid, "Không có chỉ tiêu “\(f.indicator)”.") }
                guard f.value.isFinite, f.value >= 0, f.value < 1e15 else { throw DeskError(.invalid, "Số liệu phải là số không âm.") }
                // One decision counts each indicator once: two numbers of one indicator are two
                // readings of one figure, which the officer must choose between.
                guard !placed.contains(where: { $0.indicatorID == i }) else {
                    throw DeskError(.invalid, "Chỉ tiêu “\(indicatorLabel(i))” được chọn cho hai số; mỗi chỉ tiêu chỉ nhận một số.")
                }
                placed.append(FindingAssignment.Placed(indicator: i, value: f.value))
            }
            var st2: TaskStatus? = nil
            if let status {
                guard let s = TaskStatus(rawValue: status), s != .unknown else { throw DeskError(.invalid, "Không có tiến độ “\(status)”.") }
                st2 = s
            }
            if code == nil, !placed.isEmpty || st2 != nil {
                throw DeskError(.invalid, "Nội dung không thuộc Kế hoạch thì không tính số liệu hay tiến độ.")
            }
            let a = FindingAssignment(task: code, figures: placed, status: st2)
            let d = try decide(.assignFinding(a), on: .finding(submissionID: sid, code: item.finding.code, source: item.finding.source),
                               by: officer, note: note, old: Self.quote(item.finding.message))
            var line = "Đã ghi quyết định số \(d.id): "
            if let code {
                line += "nội dung này thuộc nhiệm vụ \(code.rawValue)"
                for p in placed { line += "; \(indicatorLabel(p.indicatorID)): \(VietFormat.number(p.value))" }
                if let st2 { line += "; tiến độ “\(st2.label)”" }
                line += "."
            } else {
                line += "nội dung này không thuộc Kế hoạch, không tổng hợp."
            }
            return DeskReceipt(decisionID: "d\(d.id)", changes: [line])

        case .teachStatus(let phrase, let status, let note):
            guard let s = TaskStatus(rawValue: status), s != .unknown else { throw DeskError(.invalid, "Không có tiến độ “\(status)”.") }
            return try teach(.status(phrase: Self.cleanPhrase(phrase), status: s), by: officer, note: note)
        case .teachIndicator(let label, let indicator, let note):
            let id = IndicatorID(indicator)
            guard pipeline.vocabulary.indicatorIDs.contains(id) else { throw DeskError(.invalid, "Không có chỉ tiêu “\(indicator)”.") }
            return try teach(.indicator(label: Self.cleanPhrase(label), indicator: id), by: officer, note: note)
        case .teachAlias(let alias, let unitID, let note):
            guard definition.units.unit(id: unitID) != nil else { throw DeskError(.invalid, "Không có đơn vị mã “\(unitID)”.") }
            return try teach(.alias(alias: Self.cleanPhrase(alias), unitID: unitID), by: officer, note: note)

        case .acceptByHand(let sid, let unitID, let date, let task, let status, let figures, let note):
            return try acceptByHand(submissionID: sid, unitID: unitID, date: date, task: task, status: status, figures: figures,
                                    by: officer, note: note)

        case .revert(let id, let note):
            return try revert(id, by: officer, note: note)
        }
    }

    /// An entry of a submission as read, and as reconciled now (nil when not current).
    func entryContext(_ sid: Int64, _ entry: Int) throws -> (StoredSubmission, Entry?) {
        guard let read = try ledger.submission(id: sid), read.rereadBy == nil else { throw DeskError(.notFound, "Không có báo cáo mã \(sid).") }
        let st = try state()
        let live = DecisionLog(try ledger.decisions()).live
        // A refused file read by hand: decisions are made on the officer's reading.
        let stored = Self.asDecided(read, live: live, targets: st.targets)
        guard stored.submission.status == .extracted else { throw DeskError(.notFound, "Không có báo cáo mã \(sid).") }
        guard stored.submission.entries.indices.contains(entry) else {
            throw DeskError(.notFound, "Báo cáo mã \(sid) không có mục số \(entry + 1).")
        }
        var current: Entry?
        if let r = st.input.current.first(where: { $0.id == sid }) {
            let entries = try deskEntries(r, live: live, targets: st.targets)
            if let j = entries.firstIndex(where: { $0.ordinal == entry }) { current = r.submission.entries[j] }
        }
        return (stored, current)
    }

    /// The reading decisions on a submission name: the file as read, or, when an officer read
    /// the refused file by hand, that reading (one entry, its task, status and figures), as the
    /// reconciliation puts it in place of the file's.
    static func asDecided(_ stored: StoredSubmission, live: [Decision], targets: [Int64: DecisionTarget]) -> StoredSubmission {
        let hand = live.last { d in
            if case .acceptByHand = d.action { return (targets[d.id] ?? d.target) == .submission(stored.id) }
            return false
        }
        guard let hand, case .acceptByHand(let h) = hand.action else { return stored }
        var s = stored
        s.submission.status = .extracted
        let figures = Dictionary(h.figures.map { (IndicatorID($0.key), Figure(value: $0.value, sources: [])) }, uniquingKeysWith: { a, _ in a })
        s.submission.entries = [Entry(task: h.task, status: TaskStatus(rawValue: h.status) ?? .unknown, indicators: figures, text: "", sources: [])]
        return s
    }

    func decide(_ action: DecisionAction, on target: DecisionTarget, by officer: String, note: String, old: String?) throws -> Decision {
        do {
            return try ledger.decide(action, on: target, by: officer, note: String(note.prefix(2000)), oldValue: old)
        } catch let e as Ledger.DecisionRefused {
            throw DeskError(.invalid, "Không ghi được quyết định: \(e.message).")
        }
    }

    static func cleanPhrase(_ s: String) -> String {
        VietText.collapseWhitespace(s.precomposedStringWithCanonicalMapping).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - The log

    public func decisions() throws -> [DeskDecision] {
        let all = try ledger.decisions()
        let log = DecisionLog(all)
        let liveIDs = Set(log.live.map(\.id))
        let stale = Set(try state().stale.map(\.id))
        let readings = Dictionary(try ledger.allReadings().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [(Date, DeskDecision)] = []
        for d in all {
            out.append((d.madeAt, DeskDecision(id: "d\(d.id)", officer: d.officer, at: Self.display(d.madeAt), what: describe(d, readings: readings),
                                               oldValue: d.oldValue, newValue: newValueText(d), note: d.note,
                                               reverted: d.action != .revert && !liveIDs.contains(d.id), stale: stale.contains(d.id),
                                               revertible: d.action != .revert)))
        }
        let events = try self.log.events()
        let (_, reverted) = DeskLog.live(events)
        for e in events {
            var shown = e.newValue
            if e.kind == "accept-by-hand", let json = e.newValue, let h = try? JSONDecoder().decode(LegacyHandReading.self, from: Data(json.utf8)) {
                let figs = h.figures.sorted { $0.key < $1.key }.map { "\(indicatorLabel(IndicatorID($0.key))): \(VietFormat.number($0.value))" }
                shown = ([unitName(h.unit), "nhiệm vụ \(h.task)", TaskStatus(rawValue: h.status)?.label ?? h.status] + figs).joined(separator: "; ")
            }
            out.append((e.madeAt, DeskDecision(id: "e\(e.id)", officer: e.officer, at: Self.display(e.madeAt), what: describe(e),
                                               oldValue: e.oldValue, newValue: shown, note: e.note,
                                               reverted: reverted.contains(e.id), stale: false,
                                               revertible: e.kind != "revert" && e.kind != "report")))
        }
        return out.sorted { ($0.0, $0.1.id) > ($1.0, $1.1.id) }.map(\.1)
    }

    func describe(_ d: Decision, readings: [Int64: StoredSubmission]) -> String {
        func sub(_ id: Int64) -> String {
            guard let s = readings[id] else { return "báo cáo mã \(id)" }
            return "\(s.submission.unit?.name ?? "chưa rõ đơn vị") (tệp “\(s.path)”)"
        }
        func task(_ id: Int64, _ e: Int) -> String {
            readings[id].flatMap { $0.submission.entries.indices.contains(e) ? $0.submission.entries[e].task : nil } ?? "mục \(e + 1)"
        }
        switch (d.target, d.action) {
        case (.finding(let sid, let code, _), .resolveFinding): return "Đã xử lý phát hiện “\(kinds.kind(of: code).label)” — \(sid.map(sub) ?? "")"
        case (.finding(let sid, let code, _), .dismissFinding): return "Bỏ qua phát hiện “\(kinds.kind(of: code).label)” — \(sid.map(sub) ?? "")"
        case (.figure(let sid, let e, let i), .setFigureValue): return "Sửa số liệu \(indicatorLabel(i)), nhiệm vụ \(task(sid, e)) — \(sub(sid))"
        case (.figure(let sid, let e, let i), .setFigureIndicator): return "Đổi chỉ tiêu của số liệu \(indicatorLabel(i)), nhiệm vụ \(task(sid, e)) — \(sub(sid))"
        case (.figure(let sid, let e, let i), .setFigureTask): return "Chuyển số liệu \(indicatorLabel(i)) của nhiệm vụ \(task(sid, e)) — \(sub(sid))"
        case (.entry(let sid, let e), .setStatus): return "Sửa tiến độ nhiệm vụ \(task(sid, e)) — \(sub(sid))"
        case (.entry(let sid, let e), .assignPassage): return "Gán lại mục “\(task(sid, e))” — \(sub(sid))"
        case (.submission(let sid), .setUnit): return "Sửa đơn vị gửi — \(sub(sid))"
        case (.submission(let sid), .setDate): return "Sửa ngày báo cáo — \(sub(sid))"
        case (.submission(let sid), .setNumber): return "Sửa số báo cáo — \(sub(sid))"
        case (.submission(let sid), .acceptByHand): return "Nhập tay tệp không đọc được — \(sub(sid))"
        case (.finding(let sid, let code, _), .assignFinding): return "Gán vào nhiệm vụ nội dung chưa xếp được (“\(kinds.kind(of: code).label)”) — \(sid.map(sub) ?? "")"
        case (.decision(let other), .revert): return "Hoàn tác quyết định d\(other)"
        default: return d.action.kind
        }
    }

    func newValueText(_ d: Decision) -> String? {
        switch d.action {
        case .setFigureValue(let v): return VietFormat.number(v)
        case .setFigureIndicator(let i): return indicatorLabel(i)
        case .setFigureTask(let t): return t.rawValue
        case .setStatus(let s): return s.label
        case .setUnit(let u): return unitName(u)
        case .setDate(let date): return date.displayText
        case .setNumber(let n): return n
        case .assignPassage(let t): return t?.rawValue ?? "Không thuộc Kế hoạch"
        case .assignFinding(let a):
            guard let t = a.task else { return "Không thuộc Kế hoạch" }
            var parts = ["nhiệm vụ \(t)"]
            for p in a.figures { parts.append("\(indicatorLabel(p.indicatorID)): \(VietFormat.number(p.value))") }
            if let st = a.taskStatus { parts.append(st.label) }
            return parts.joined(separator: "; ")
        case .acceptByHand(let h):
            let figs = h.figures.sorted { $0.key < $1.key }.map { "\(indicatorLabel(IndicatorID($0.key))): \(VietFormat.number($0.value))" }
            return ([unitName(h.unit), "nhiệm vụ \(h.task)", TaskStatus(rawValue: h.status)?.label ?? h.status] + figs).joined(separator: "; ")
        case .resolveFinding: return "Đã xử lý"
        case .dismissFinding: return "Bỏ qua"
        case .revert: return nil
        }
    }

    func describe(_ e: DeskLog.Event) -> String {
        switch e.kind {
        case "teach-status": return "Dạy cách viết tiến độ: “\(e.subject)”"
        case "teach-indicator": return "Dạy cách viết chỉ tiêu: “\(e.subject)”"
        case "teach-alias": return "Dạy tên gọi đơn vị: “\(e.subject)”"
        case "accept-by-hand": return "Nhập tay tệp không đọc được: “\(e.subject)”"
        case "report": return "Lập báo cáo"
        case "revert": return "Hoàn tác quyết định e\(e.reverts ?? 0)"
        default: return e.kind
        }
    }

    public func teaching(_ id: String) throws -> DeskTeaching? {
        guard id.hasPrefix("e"), let n = Int64(id.dropFirst()),
              let e = try log.events().first(where: { $0.id == n && $0.kind.hasPrefix("teach") }) else { return nil }
        let reread = Int(e.result.first { $0.hasPrefix("#reread ") }?.dropFirst(8) ?? "") ?? 0
        return DeskTeaching(id: id, what: describe(e) + (e.newValue.map { " → \($0)" } ?? ""), officer: e.officer, at: Self.display(e.madeAt),
                            changes: e.result.filter { !$0.hasPrefix("#") }, filesReread: reread)
    }

    // MARK: - Revert

    func revert(_ id: String, by officer: String, note: String) throws -> DeskReceipt {
        if id.hasPrefix("d"), let n = Int64(id.dropFirst()) {
            guard let target = try ledger.decisions().first(where: { $0.id == n }) else { throw DeskError(.notFound, "Không có quyết định mã \(id).") }
            guard DecisionLog(try ledger.decisions()).live.contains(where: { $0.id == n }) || target.action == .revert else {
                throw DeskError(.invalid, "Quyết định \(id) đã được hoàn tác.")
            }
            let d = try decide(.revert, on: .decision(n), by: officer, note: note, old: nil)
            return DeskReceipt(decisionID: "d\(d.id)", changes: ["Đã hoàn tác quyết định \(id) (quyết định số \(d.id))."])
        }
        guard id.hasPrefix("e"), let n = Int64(id.dropFirst()) else { throw DeskError(.notFound, "Không có quyết định mã \(id).") }
        return try lock.withLock {
            let events = try log.events()
            guard let e = events.first(where: { $0.id == n }) else { throw DeskError(.notFound, "Không có quyết định mã \(id).") }
            let (live, _) = DeskLog.live(events)
            guard live.contains(where: { $0.id == n }) else { throw DeskError(.invalid, "Quyết định \(id) đã được hoàn tác hoặc không hoàn tác được.") }
            switch e.kind {
            case "teach-status", "teach-indicator", "teach-alias":
                let before = try readingsByPath()
                let r = try log.record(kind: "revert", subject: e.subject, by: officer, note: note, reverts: n)
                try unwrite(e)
                let changes = try rereadAndCompare(before: before, officer: officer, because: "hoàn tác e\(n)")
                try log.setResult(r, changes.lines + ["#reread \(changes.reread)"])
                return DeskReceipt(decisionID: "e\(r)", changes: ["Đã hoàn tác e\(n): “\(e.subject)”; đọc lại \(changes.reread) tệp."] + changes.lines.prefix(20))
            default:
                throw DeskError(.invalid, "Quyết định \(id) không hoàn tác được.")
            }
        }
    }

    // MARK: - Outputs

    public func buildReport(by officer: String) throws -> DeskReceipt {
        try lock.withLock {
            let p = loadedPipeline
            let options = NightlyOptions(inbox: paths.inbox, outbox: paths.outbox, ledger: paths.ledger, asOf: asOf,
                                         writers: [ConsolidatedReportWriter(inbox: paths.inbox, outbox: paths.outbox), JSONInputWriter()])
            let result: RunResult
            do {
                result = try NightlyRun(pipeline: p, options: options, logger: logger).run()
            } catch let busy as RunLock.Busy {
                throw DeskError(.invalid, "Đang có một lượt chạy khác (\(busy.holder ?? "tonghop run")); thử lại sau ít phút.")
            }
            let files = result.outboxFiles.map(\.lastPathComponent)
            let e = try log.record(kind: "report", subject: "run \(result.runID)", by: officer,
                                   new: "lượt chạy \(result.runID), \(files.count) tệp", note: "")
            try log.setResult(e, files)
            return DeskReceipt(decisionID: "e\(e)", changes: ["Đã lập báo cáo (lượt chạy \(result.runID)), ghi vào \(paths.outbox.path):"] + files)
        }
    }

    public var outboxDescription: String { "thư mục \(paths.outbox.path)" }

    /// The report as the writers would render it now (report.yaml's wording).
    func renderer(_ input: ConsolidationInput? = nil) throws -> VietnameseRenderer {
        let definition: ReportDefinition
        do { definition = try ReportDefinition.load(directory: pipelineDirectory) } catch {
            throw DeskError(.invalid, "Không đọc được report.yaml: \(error)")
        }
        return VietnameseRenderer(OutboxWriters.consolidate(try input ?? state().input, definition), definition: definition)
    }

    public func reportPreview() throws -> [String] {
        let v = try renderer()
        return ["\(v.title) — \(v.subject)"] + v.body().map { b in
            if case .dash = b { return "- " + b.text }
            return b.text
        }
    }

    public func reminderLetter() throws -> (fileName: String, bytes: [UInt8]) {
        let st = try state()
        let v = try renderer(st.input)
        let d = definition
        var addressees: [ReminderLetterWriter.Addressee] = []
        var deadlines: [PlanDate] = []
        // Each refused file's own cause goes to its unit (the report upward says only that no
        // valid report was received).
        let rows = Dictionary(v.report.reporters.map { ($0.unitID, $0) }, uniquingKeysWith: { a, _ in a })
        for r in st.input.reporters where r.state == .missing || r.state == .unreadable {
            let u = d.units.unit(id: r.unitID)
            let reason = r.state == .missing ? wording.text("reasonMissing")
                : (rows[r.unitID].flatMap(v.refusalCause) ?? wording.text("reasonUnreadable"))
            addressees.append(.init(unitName: r.unitName, reason: reason, unreadable: r.state == .unreadable, phone: u?.phone, email: u?.email))
            if let dl = r.deadline { deadlines.append(dl) }
        }
        guard !addressees.isEmpty else { throw DeskError(.invalid, "Không có đơn vị nào chưa gửi hoặc cần gửi lại báo cáo.") }
        let data = try ReminderLetterWriter().data(header: v, wording: wording, asOf: asOf, deadlines: deadlines, addressees: addressees)
        return (wording.text("fileName", ["date": asOf.description]), Array(data))
    }
}
