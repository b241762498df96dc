import Extraction
import Foundation
import Plan

// The hand-off between the nightly run (ledger) and the consolidated report: everything the
// report needs, as of one run, and nothing about how the ledger stores it. The run builds a
// `ConsolidationInput` from the ledger; consolidation and the writers read only this.

/// A submission the ledger holds, with its receipt.
public struct ReceivedSubmission: Sendable, Codable, Equatable {
    /// Ledger id of the submission.
    public var id: Int64
    public var submission: Submission
    /// When tonghop first saw the file (the receipt time).
    public var receivedAt: Date
    /// Path of the file relative to the inbox, as the officer knows it.
    public var path: String
    /// Ids of earlier submissions of the same unit this one supersedes.
    public var supersedes: [Int64]

    public init(id: Int64, submission: Submission, receivedAt: Date, path: String, supersedes: [Int64] = []) {
        self.id = id
        self.submission = submission
        self.receivedAt = receivedAt
        self.path = path
        self.supersedes = supersedes
    }
}

/// Whether an expected reporter has reported, and on time.
public struct ReporterStatus: Sendable, Codable, Equatable {
    /// On time, late, sent only files that could not be read, or sent nothing.
    public enum State: String, Sendable, Codable { case onTime = "on_time", late, unreadable, missing }
    /// What timeliness was judged by: the report's own date, the month its date line names
    /// (no day), or the day the file arrived.
    public enum DateBasis: String, Sendable, Codable { case documentDate = "document_date", documentMonth = "document_month", received }

    public var unitID: String
    public var unitName: String
    public var deadline: PlanDate?
    public var state: State
    /// The report's own date, when it has one.
    public var documentDate: PlanDate?
    public var receivedAt: Date?
    /// Ledger id of the current submission.
    public var submissionID: Int64?
    /// The report timeliness was judged by (the unit's first): `documentDate`,
    /// `documentNumber` and `receivedAt` are all this submission's.
    public var judgedSubmissionID: Int64?
    /// The number of that report.
    public var documentNumber: String?
    public var judgedBy: DateBasis?
    /// The month a date line without a day names ("ngày   tháng 10 năm 2026"): "10/2026".
    public var documentMonth: String?

    public init(unitID: String, unitName: String, deadline: PlanDate?, state: State, documentDate: PlanDate? = nil,
                receivedAt: Date? = nil, submissionID: Int64? = nil) {
        self.unitID = unitID
        self.unitName = unitName
        self.deadline = deadline
        self.state = state
        self.documentDate = documentDate
        self.receivedAt = receivedAt
        self.submissionID = submissionID
    }
}

/// A file that was refused (unreadable, not a report) and not yet replaced.
public struct RefusedFile: Sendable, Codable, Equatable {
    public var path: String
    public var sha256: String
    public var kind: String
    /// In Vietnamese.
    public var reason: String
    public var firstSeen: Date
    /// The unit the file's name names, when it names exactly one.
    public var unitID: String?
    /// The unit sent a readable report since (an attachment that could not be read, or a file
    /// sent again): listed so that every received file is accounted for (REVIEW27 #14), not
    /// counted as the unit's unreadable report.
    public var answered: Bool? = nil

    public init(path: String, sha256: String, kind: String, reason: String, firstSeen: Date) {
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.reason = reason
        self.firstSeen = firstSeen
    }
}

/// A finding that needs a person, tied to the submission (or file) it is about.
public struct ReviewItem: Sendable, Codable, Equatable {
    public var submissionID: Int64?
    public var path: String
    public var unitID: String?
    public var finding: Finding

    public init(submissionID: Int64?, path: String, unitID: String?, finding: Finding) {
        self.submissionID = submissionID
        self.path = path
        self.unitID = unitID
        self.finding = finding
    }
}

/// Everything the consolidated report is made from.
public struct ConsolidationInput: Sendable {
    public var pipeline: PipelineDefinition
    /// The report's date: the run's date.
    public var asOf: PlanDate
    public var runID: Int64
    /// The current (latest, not superseded) submission of each unit.
    public var current: [ReceivedSubmission]
    /// Superseded submissions, kept for traceability.
    public var superseded: [ReceivedSubmission]
    public var reporters: [ReporterStatus]
    public var refused: [RefusedFile]
    /// Findings on current submissions and files, including validation-rule violations and
    /// conflicts (two different reports claiming the same unit and number).
    public var review: [ReviewItem]
    /// The text of each current submission's document (submission id → its paragraphs and
    /// table rows, one string each) when the ledger kept it: what section I reads of the
    /// direction work the units report (Citations). Empty: section I as the pipeline says.
    public var texts: [Int64: [String]] = [:]
    /// The table and sheet rows of each current submission's document, cell by cell (grid or
    /// sheet column), by where they stand: "word/document.xml table 3 row 29", "'Bieu 01'!14".
    /// What a unit wrote in a row's "Ghi chú" beside its status is read from here (REVIEW36 #2:
    /// the extraction contract carries no note). Empty: no notes.
    public var rows: [Int64: [String: [String]]] = [:]
    /// The day the report is made (the run's own date in Viet Nam), when a run makes it: the
    /// month the report is signed in, which the data's cut-off may precede (REVIEW27 #8).
    public var madeOn: PlanDate? = nil

    public init(pipeline: PipelineDefinition, asOf: PlanDate, runID: Int64, current: [ReceivedSubmission],
                superseded: [ReceivedSubmission] = [], reporters: [ReporterStatus] = [], refused: [RefusedFile] = [],
                review: [ReviewItem] = []) {
        self.pipeline = pipeline
        self.asOf = asOf
        self.runID = runID
        self.current = current
        self.superseded = superseded
        self.reporters = reporters
        self.refused = refused
        self.review = review
    }
}
