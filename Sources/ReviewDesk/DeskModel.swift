import Consolidation
import Foundation

/// What the review desk shows and what it can do, independent of HTTP: the pages read a
/// `DeskBackend`, and every action an officer takes goes through it as a `DeskAction`, which
/// the backend records as a decision in the ledger. The desk itself holds no state of the
/// plan or the reports.
public protocol DeskBackend: Sendable {
    /// The state the pages show, as of now (recomputed by the one reconciliation).
    func snapshot() throws -> DeskSnapshot
    /// The passage or table row a finding comes from, from the document the ledger holds.
    func context(ofFinding id: String) throws -> DeskPassage?
    /// The passage at a place of a submission's file (where a figure was read).
    func passage(submissionID: Int64, at location: String) throws -> DeskPassage?
    /// Records an officer's action as a decision and returns what it changed.
    func apply(_ action: DeskAction, by officer: String) throws -> DeskReceipt
    /// Writes the report into the Outbox with the same writers as the nightly run.
    func buildReport(by officer: String) throws -> DeskReceipt
    /// The reminder letter (công văn đôn đốc) to late and missing units, as DOCX bytes.
    func reminderLetter() throws -> (fileName: String, bytes: [UInt8])
    /// Every decision, newest first.
    func decisions() throws -> [DeskDecision]
    /// What a teaching changed across files (the page shown after "teach"), nil when no such teaching.
    func teaching(_ id: String) throws -> DeskTeaching?
    /// The report's body as it would be written now, paragraph by paragraph.
    func reportPreview() throws -> [String]
    /// Where "Lập báo cáo" writes (the outbox folder), for the officer.
    var outboxDescription: String { get }
    /// Every number the row or passage of a finding holds, for the assign form.
    func numbers(ofFinding id: String) throws -> [DeskNumber]
}

extension DeskBackend {
    /// A backend that cannot read the document offers no numbers (the form falls back to
    /// the finding's quoted words).
    public func numbers(ofFinding id: String) throws -> [DeskNumber] { [] }
}

/// Where an officer's account is kept (hashed passwords only).
public protocol DeskAccounts: Sendable {
    /// Whether any account exists (a non-loopback bind requires one).
    func hasAccounts() throws -> Bool
    /// The bcrypt hash stored for an account, nil when there is no such account.
    func passwordHash(of name: String) throws -> String?
}

public enum DeskSeverity: String, Sendable, CaseIterable, Codable {
    /// Keeps the report from being signed as it stands.
    case blocking
    /// Needs a person's look, but the report can go out.
    case review
    /// Informative only.
    case info
}

public enum DeskFindingState: String, Sendable, CaseIterable, Codable {
    case open, resolved, dismissed
}

public struct DeskFinding: Sendable, Equatable {
    public var id: String
    public var unitID: String?
    public var unitName: String
    public var task: String?
    /// The finding's kind as extraction and reconciliation name it ("figure-unrecognized").
    public var kind: String
    /// The kind in Vietnamese for the officer ("Số liệu chưa đọc được").
    public var kindLabel: String
    public var severity: DeskSeverity
    public var message: String
    /// The words the finding is about ("12 hộ", "Đạt yêu cầu"), when it quotes some.
    public var quote: String?
    /// Where it stands ("word/document.xml table 2 row 4", "BC!D17").
    public var place: String?
    public var file: String?
    public var submissionID: Int64?
    public var state: DeskFindingState
    public var note: String?

    public init(id: String, unitID: String?, unitName: String, task: String?, kind: String, kindLabel: String,
                severity: DeskSeverity, message: String, quote: String? = nil, place: String? = nil, file: String? = nil,
                submissionID: Int64? = nil, state: DeskFindingState = .open, note: String? = nil) {
        self.id = id; self.unitID = unitID; self.unitName = unitName; self.task = task; self.kind = kind
        self.kindLabel = kindLabel
        self.severity = severity; self.message = message; self.quote = quote; self.place = place; self.file = file
        self.submissionID = submissionID; self.state = state; self.note = note
    }
}

/// A passage or table row as the document has it, with what a finding is about marked.
public struct DeskPassage: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var highlighted: Bool
        /// The words of `text` the finding is about (its number, its phrase), marked inside it.
        public var words: String?
        public init(text: String, highlighted: Bool, words: String? = nil) {
            self.text = text; self.highlighted = highlighted; self.words = words
        }
    }
    public var file: String
    public var place: String
    /// Rows of cells (a paragraph is one row of one cell); the finding's row is among them.
    public var rows: [[Cell]]
    /// False when the ledger keeps no text of the document (a ledger made before texts were
    /// kept, until the file is read again): `rows` is empty.
    public var kept: Bool
    public init(file: String, place: String, rows: [[Cell]], kept: Bool = true) {
        self.file = file; self.place = place; self.rows = rows; self.kept = kept
    }
}

public struct DeskFigure: Sendable, Equatable {
    /// The entry of the submission as read that holds the figure (nil: moved here by a decision).
    public var entry: Int?
    public var task: String
    public var indicator: String
    public var indicatorLabel: String
    public var value: Double
    public var place: String?
    public var corrected: Bool
    public init(entry: Int?, task: String, indicator: String, indicatorLabel: String, value: Double, place: String?, corrected: Bool) {
        self.entry = entry; self.task = task; self.indicator = indicator; self.indicatorLabel = indicatorLabel; self.value = value
        self.place = place; self.corrected = corrected
    }
}

public struct DeskEntry: Sendable, Equatable {
    /// The entry's position in the submission as read (nil: made by a decision).
    public var ordinal: Int?
    public var task: String
    public var taskTitle: String
    public var status: String
    public var statusCorrected: Bool
    public var figures: [DeskFigure]
    public init(ordinal: Int?, task: String, taskTitle: String, status: String, statusCorrected: Bool, figures: [DeskFigure]) {
        self.ordinal = ordinal; self.task = task; self.taskTitle = taskTitle; self.status = status; self.statusCorrected = statusCorrected
        self.figures = figures
    }
}

public struct DeskSubmission: Sendable, Equatable {
    public var id: Int64
    public var file: String
    public var receivedAt: String
    public var number: String?
    public var date: String?
    public var current: Bool
    public var refusedReason: String?
    public init(id: Int64, file: String, receivedAt: String, number: String?, date: String?, current: Bool, refusedReason: String? = nil) {
        self.id = id; self.file = file; self.receivedAt = receivedAt; self.number = number; self.date = date
        self.current = current; self.refusedReason = refusedReason
    }
}

public struct DeskUnit: Sendable, Equatable {
    public var id: String
    public var name: String
    /// "đúng hạn", "trễ hạn", "chỉ gửi tệp không đọc được", "chưa gửi".
    public var reporting: String
    public var reportingKind: ReportingKind
    public var phone: String?
    public var email: String?
    public var group: String
    public var submissions: [DeskSubmission]
    public var entries: [DeskEntry]

    public enum ReportingKind: String, Sendable, Equatable { case onTime, late, unreadable, missing, notExpected }

    public init(id: String, name: String, reporting: String, reportingKind: ReportingKind, phone: String?, email: String?,
                group: String, submissions: [DeskSubmission], entries: [DeskEntry]) {
        self.id = id; self.name = name; self.reporting = reporting; self.reportingKind = reportingKind
        self.phone = phone; self.email = email; self.group = group; self.submissions = submissions; self.entries = entries
    }
}

public struct DeskGroupCompleteness: Sendable, Equatable {
    public var label: String
    public var expected: Int
    public var onTime: Int
    public var late: Int
    public var unreadable: Int
    public var missing: Int
    public init(label: String, expected: Int, onTime: Int, late: Int, unreadable: Int, missing: Int) {
        self.label = label; self.expected = expected; self.onTime = onTime; self.late = late
        self.unreadable = unreadable; self.missing = missing
    }
}

public struct DeskRefusedFile: Sendable, Equatable {
    public var submissionID: Int64?
    public var file: String
    public var reason: String
    public var suggestedUnit: String?
    public init(submissionID: Int64?, file: String, reason: String, suggestedUnit: String?) {
        self.submissionID = submissionID; self.file = file; self.reason = reason; self.suggestedUnit = suggestedUnit
    }
}

public struct DeskSnapshot: Sendable, Equatable {
    public var planTitle: String
    public var asOf: String
    public var groups: [DeskGroupCompleteness]
    public var units: [DeskUnit]
    public var findings: [DeskFinding]
    public var refused: [DeskRefusedFile]
    /// What changed since the previous run, one line each, in Vietnamese.
    public var changes: [String]
    /// Tasks for the pickers: code and title.
    public var tasks: [(code: String, title: String)]
    /// Indicators for the pickers: id and Vietnamese label.
    public var indicators: [(id: String, label: String)]
    /// Statuses for the pickers: id and Vietnamese label.
    public var statuses: [(id: String, label: String)]
    /// The report's headline figures, as the consolidation computed them (never recounted here).
    public var headline: ConsolidatedReport.Headline? = nil

    public init(planTitle: String, asOf: String, groups: [DeskGroupCompleteness], units: [DeskUnit], findings: [DeskFinding],
                refused: [DeskRefusedFile], changes: [String], tasks: [(code: String, title: String)],
                indicators: [(id: String, label: String)], statuses: [(id: String, label: String)]) {
        self.planTitle = planTitle; self.asOf = asOf; self.groups = groups; self.units = units; self.findings = findings
        self.refused = refused; self.changes = changes; self.tasks = tasks; self.indicators = indicators; self.statuses = statuses
    }

    public static func == (a: DeskSnapshot, b: DeskSnapshot) -> Bool {
        a.planTitle == b.planTitle && a.asOf == b.asOf && a.groups == b.groups && a.units == b.units
            && a.findings == b.findings && a.refused == b.refused && a.changes == b.changes
            && a.tasks.map(\.code) == b.tasks.map(\.code)
    }
}

/// One thing an officer does at the desk. Each becomes one append-only decision.
public enum DeskAction: Sendable, Equatable {
    case resolveFinding(id: String, note: String)
    case dismissFinding(id: String, note: String)
    /// A figure of an entry (its position in the submission as read): its value, the
    /// indicator it counts, or the task it belongs to.
    case correctFigure(submissionID: Int64, entry: Int, indicator: String, value: Double?, newIndicator: String?, newTask: String?, note: String)
    case correctStatus(submissionID: Int64, entry: Int, status: String, note: String)
    case correctSubmission(submissionID: Int64, unitID: String?, date: String?, number: String?, note: String)
    /// A passage read as an entry given to another task, or to nothing ("not this plan").
    case assignEntry(submissionID: Int64, entry: Int, task: String?, note: String)
    /// What a finding says extraction could not place (a row, a passage, a number) given to a
    /// task — with every number of it the officer chose, each with its indicator, and a
    /// status when one is stated — or to nothing in this plan (`task` nil). One decision.
    case assignFinding(id: String, task: String?, figures: [DeskPlacedFigure], status: String?, note: String)
    /// Teaching: a phrase that means a status, a row label that counts an indicator, an alias of a unit.
    case teachStatus(phrase: String, status: String, note: String)
    case teachIndicator(label: String, indicator: String, note: String)
    case teachAlias(alias: String, unitID: String, note: String)
    /// A refused file read by hand: its unit, its date (ISO) when the paper shows one, and
    /// the status and figures the officer typed in.
    case acceptByHand(submissionID: Int64, unitID: String, date: String?, task: String, status: String, figures: [String: Double], note: String)
    /// Undoes a decision ("d12": a decision in the ledger's table; "e3": a teaching, a file
    /// read by hand or a report built at the desk).
    case revert(decisionID: String, note: String)
}

public struct DeskReceipt: Sendable, Equatable {
    public var decisionID: String?
    /// What the action changed, in Vietnamese, one line each.
    public var changes: [String]
    /// The page to show next instead of the one the officer came from ("/taught/e3").
    public var next: String?
    public init(decisionID: String?, changes: [String], next: String? = nil) {
        self.decisionID = decisionID; self.changes = changes; self.next = next
    }
}

/// A number an officer places: the indicator it counts and its value.
public struct DeskPlacedFigure: Sendable, Equatable {
    public var indicator: String
    public var value: Double
    public init(indicator: String, value: Double) { self.indicator = indicator; self.value = value }
}

/// A number the row or passage of a finding holds, as the assign form offers it.
public struct DeskNumber: Sendable, Equatable {
    /// The number as written ("06", "15,5 triệu đồng").
    public var number: String
    /// Where it stands, to read it: the words around it, or the column it is under.
    public var context: String
    public var value: Double
    /// The indicator the vocabulary suggests (the words after it, the column or its unit); nil: none.
    public var indicator: String?
    /// Offered ticked: what the finding is about and the vocabulary can name.
    public var chosen: Bool
    /// The indicator (its label) this number already counts as, read by extraction from the
    /// same place: ticking it counts it a second time.
    public var countedAs: String?
    public init(number: String, context: String, value: Double, indicator: String?, chosen: Bool, countedAs: String? = nil) {
        self.number = number; self.context = context; self.value = value; self.indicator = indicator; self.chosen = chosen
        self.countedAs = countedAs
    }
}

/// What a teaching changed: the phrase, what it means, and each file read again.
public struct DeskTeaching: Sendable, Equatable {
    public var id: String
    public var what: String
    public var officer: String
    public var at: String
    /// One line per change ("Phường Sài Gòn, nhiệm vụ II.5.c: tiến độ “Chưa nêu rõ” → “Hoàn thành”").
    public var changes: [String]
    /// Files read again with the new vocabulary.
    public var filesReread: Int
    public init(id: String, what: String, officer: String, at: String, changes: [String], filesReread: Int) {
        self.id = id; self.what = what; self.officer = officer; self.at = at; self.changes = changes; self.filesReread = filesReread
    }
}

public struct DeskDecision: Sendable, Equatable {
    public var id: String
    public var officer: String
    public var at: String
    public var what: String
    public var oldValue: String?
    public var newValue: String?
    public var note: String
    public var reverted: Bool
    /// The decision's target changed since (the unit resent its report): shown for review.
    public var stale: Bool
    /// Whether it can be undone (a revert or a report built cannot).
    public var revertible: Bool
    public init(id: String, officer: String, at: String, what: String, oldValue: String?, newValue: String?, note: String,
                reverted: Bool, stale: Bool, revertible: Bool = true) {
        self.id = id; self.officer = officer; self.at = at; self.what = what; self.oldValue = oldValue
        self.newValue = newValue; self.note = note; self.reverted = reverted; self.stale = stale; self.revertible = revertible
    }
}

/// A refusal the desk shows as it is (an unknown id, a value that is not a number).
public struct DeskError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case notFound, invalid }
    public var kind: Kind
    public var message: String
    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
    public var description: String { message }
}
