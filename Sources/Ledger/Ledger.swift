import Extraction
import Foundation
import GRDB

/// The ledger: one SQLite file holding every run, every file seen in the inbox, every
/// submission read from them (with its entries, figures and their provenance, findings),
/// and the review findings each run computed. Nothing is ever deleted: a superseded
/// submission stays, marked with the submission that supersedes it.
///
/// Every write that takes in one file is one transaction, so a run killed at any point
/// leaves whole files or nothing; a run row without `finished_at` is a run that did not end.
public final class Ledger: Sendable {
    public let url: URL
    let db: DatabaseQueue

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Opens (creating the folder and the file if needed) and migrates the ledger.
    public init(url: URL) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // WAL: readers (`tonghop status`) never block the run; synchronous=NORMAL is still
            // crash-safe for the database (a power loss may lose the last commits, never corrupt).
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        db = try DatabaseQueue(path: url.path, configuration: config)
        try Ledger.migrator.migrate(db)
    }

    /// Opens an existing ledger without writing to it (nil when there is none yet).
    public init?(readOnlyAt url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        self.url = url
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        db = try DatabaseQueue(path: url.path, configuration: config)
        let applied = try db.read { try Ledger.migrator.appliedMigrations($0) }
        let known = Ledger.migrator.migrations
        guard Set(applied) == Set(known) else {
            throw Failure(message: "the ledger at \(url.path) has schema \(applied.last ?? "none"); this tonghop expects \(known.last ?? "") — run `tonghop run` once to migrate it")
        }
    }

    // MARK: - Schema

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME,
                    as_of TEXT NOT NULL,
                    pipeline TEXT NOT NULL,
                    catalogue_version TEXT NOT NULL,
                    inbox TEXT NOT NULL,
                    files_seen INTEGER, files_new INTEGER, files_unchanged INTEGER, files_duplicate INTEGER,
                    files_refused INTEGER, submissions_new INTEGER, submissions_current INTEGER,
                    review_items INTEGER, reporters_on_time INTEGER, reporters_late INTEGER, reporters_missing INTEGER,
                    refused_open INTEGER, exit_code INTEGER, outbox TEXT
                );
                CREATE TABLE submission (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    unit_id TEXT,
                    unit_name TEXT,
                    document_number TEXT,
                    document_date TEXT,
                    rejection_kind TEXT,
                    reason TEXT,
                    path TEXT NOT NULL,
                    received_at DATETIME NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    catalogue_version TEXT NOT NULL,
                    superseded_by INTEGER REFERENCES submission(id),
                    json TEXT NOT NULL
                );
                CREATE INDEX submission_unit ON submission(unit_id);
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime DOUBLE NOT NULL,
                    first_seen DATETIME NOT NULL,
                    last_seen DATETIME NOT NULL,
                    first_run_id INTEGER NOT NULL REFERENCES run(id),
                    last_run_id INTEGER NOT NULL REFERENCES run(id),
                    outcome TEXT NOT NULL,
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    UNIQUE(path, sha256)
                );
                CREATE INDEX file_submission ON file(submission_id);
                CREATE TABLE entry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    ordinal INTEGER NOT NULL,
                    task TEXT NOT NULL,
                    status TEXT NOT NULL,
                    status_source TEXT,
                    text TEXT NOT NULL,
                    sources TEXT NOT NULL
                );
                CREATE INDEX entry_submission ON entry(submission_id);
                CREATE TABLE figure (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    entry_id INTEGER NOT NULL REFERENCES entry(id),
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    task TEXT NOT NULL,
                    indicator TEXT NOT NULL,
                    value DOUBLE NOT NULL
                );
                CREATE INDEX figure_submission ON figure(submission_id);
                CREATE INDEX figure_task_indicator ON figure(task, indicator);
                CREATE TABLE figure_source (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    figure_id INTEGER NOT NULL REFERENCES figure(id),
                    ordinal INTEGER NOT NULL,
                    location TEXT NOT NULL,
                    text TEXT NOT NULL,
                    value DOUBLE NOT NULL
                );
                CREATE INDEX figure_source_figure ON figure_source(figure_id);
                CREATE TABLE finding (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submission_id INTEGER REFERENCES submission(id),
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    origin TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    code TEXT NOT NULL,
                    message TEXT NOT NULL,
                    source TEXT,
                    path TEXT
                );
                CREATE INDEX finding_submission ON finding(submission_id);
                CREATE INDEX finding_run ON finding(run_id, origin);
                """)
        }
        m.registerMigration("v2-run-state") { db in
            // What a run's state was made from (to skip rebuilding it when nothing changed), and
            // the digest its summary prints.
            try db.execute(sql: "ALTER TABLE run ADD COLUMN state_key TEXT")
            try db.execute(sql: "ALTER TABLE run ADD COLUMN digest TEXT")
        }
        return m
    }

    /// The schema version (last migration applied).
    public func schemaVersion() throws -> String? {
        try db.read { try Ledger.migrator.appliedMigrations($0).last }
    }
}

// MARK: - Rows

/// One version of one inbox file: a path with a content hash.
public struct FileRecord: Sendable, Equatable {
    public enum Outcome: String, Sendable { case new, duplicate, refused }
    public var id: Int64
    public var path: String
    public var sha256: String
    public var size: Int64
    public var mtime: Double
    public var firstSeen: Date
    public var lastSeen: Date
    public var firstRunID: Int64
    public var lastRunID: Int64
    public var outcome: Outcome
    public var submissionID: Int64

    init(row: Row) {
        id = row["id"]; path = row["path"]; sha256 = row["sha256"]; size = row["size"]; mtime = row["mtime"]
        firstSeen = row["first_seen"]; lastSeen = row["last_seen"]; firstRunID = row["first_run_id"]; lastRunID = row["last_run_id"]
        outcome = Outcome(rawValue: row["outcome"]) ?? .new; submissionID = row["submission_id"]
    }
}

/// A submission as the ledger holds it: the extraction (full, from its JSON) and its receipt.
public struct StoredSubmission: Sendable, Equatable {
    public var id: Int64
    public var submission: Submission
    public var path: String
    public var receivedAt: Date
    public var runID: Int64
    public var catalogueVersion: String
    public var supersededBy: Int64?

    public init(id: Int64, submission: Submission, path: String, receivedAt: Date, runID: Int64, catalogueVersion: String, supersededBy: Int64? = nil) {
        self.id = id; self.submission = submission; self.path = path; self.receivedAt = receivedAt
        self.runID = runID; self.catalogueVersion = catalogueVersion; self.supersededBy = supersededBy
    }
}

public struct RunRecord: Sendable, Equatable {
    public var id: Int64
    public var startedAt: Date
    public var finishedAt: Date?
    public var asOf: String
    public var pipeline: String
    public var catalogueVersion: String
    public var inbox: String
    public var summary: RunSummary?
}

/// The numbers of a run, stored on its row when it finishes.
public struct RunSummary: Sendable, Equatable, Codable {
    public var filesSeen = 0
    public var filesNew = 0
    public var filesUnchanged = 0
    public var filesDuplicate = 0
    public var filesRefused = 0
    public var submissionsNew = 0
    public var submissionsCurrent = 0
    public var reviewItems = 0
    public var reportersOnTime = 0
    public var reportersLate = 0
    public var reportersMissing = 0
    public var refusedOpen = 0
    public var exitCode = 0
    public var outbox: String?
    public init() {}
}

/// A review finding computed by a run (validation rules, conflicts), kept per run.
public struct ReviewFindingRecord: Sendable, Equatable {
    public var submissionID: Int64?
    public var path: String
    public var origin: String
    public var finding: Finding
    public init(submissionID: Int64?, path: String, origin: String, finding: Finding) {
        self.submissionID = submissionID; self.path = path; self.origin = origin; self.finding = finding
    }
}

// MARK: - Runs

extension Ledger {
    public func beginRun(asOf: String, pipeline: String, catalogueVersion: String, inbox: String, at date: Date) throws -> Int64 {
        try db.write { db in
            try db.execute(sql: "INSERT INTO run (started_at, as_of, pipeline, catalogue_version, inbox) VALUES (?, ?, ?, ?, ?)",
                           arguments: [date, asOf, pipeline, catalogueVersion, inbox])
            return db.lastInsertedRowID
        }
    }

    /// Marks a run finished: the last write of a run.
    public func finishRun(_ id: Int64, summary s: RunSummary, stateKey: String? = nil, digest: String? = nil, at date: Date) throws {
        try db.write { db in
            try db.execute(sql: """
                UPDATE run SET finished_at = ?, files_seen = ?, files_new = ?, files_unchanged = ?, files_duplicate = ?,
                  files_refused = ?, submissions_new = ?, submissions_current = ?, review_items = ?, reporters_on_time = ?,
                  reporters_late = ?, reporters_missing = ?, refused_open = ?, exit_code = ?, outbox = ?, state_key = ?, digest = ?
                WHERE id = ?
                """, arguments: [date, s.filesSeen, s.filesNew, s.filesUnchanged, s.filesDuplicate, s.filesRefused, s.submissionsNew,
                                 s.submissionsCurrent, s.reviewItems, s.reportersOnTime, s.reportersLate, s.reportersMissing,
                                 s.refusedOpen, s.exitCode, s.outbox, stateKey, digest, id])
        }
    }

    /// The state key and digest of the last finished run.
    public func lastFinishedState() throws -> (runID: Int64, stateKey: String?, digest: String?)? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT id, state_key, digest FROM run WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1").map {
                (runID: $0["id"], stateKey: $0["state_key"], digest: $0["digest"])
            }
        }
    }

    /// What a run's state is made from: the files it saw and the submissions there are.
    public func stateInputs(runID: Int64) throws -> String {
        try db.read { db in
            let files = try Int64.fetchAll(db, sql: "SELECT id FROM file WHERE last_run_id = ? ORDER BY id", arguments: [runID])
            let subs = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, MAX(id) AS m FROM submission")
            let n: Int = subs?["n"] ?? 0
            let m: Int64 = subs?["m"] ?? 0
            return "files:" + files.map(String.init).joined(separator: ",") + ";submissions:\(n)/\(m)"
        }
    }

    /// Runs, newest first.
    public func runs(limit: Int = 20) throws -> [RunRecord] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                var summary: RunSummary? = nil
                if (row["finished_at"] as Date?) != nil {
                    var s = RunSummary()
                    s.filesSeen = row["files_seen"] ?? 0; s.filesNew = row["files_new"] ?? 0
                    s.filesUnchanged = row["files_unchanged"] ?? 0; s.filesDuplicate = row["files_duplicate"] ?? 0
                    s.filesRefused = row["files_refused"] ?? 0; s.submissionsNew = row["submissions_new"] ?? 0
                    s.submissionsCurrent = row["submissions_current"] ?? 0; s.reviewItems = row["review_items"] ?? 0
                    s.reportersOnTime = row["reporters_on_time"] ?? 0; s.reportersLate = row["reporters_late"] ?? 0
                    s.reportersMissing = row["reporters_missing"] ?? 0; s.refusedOpen = row["refused_open"] ?? 0
                    s.exitCode = row["exit_code"] ?? 0; s.outbox = row["outbox"]
                    summary = s
                }
                return RunRecord(id: row["id"], startedAt: row["started_at"], finishedAt: row["finished_at"], asOf: row["as_of"],
                                 pipeline: row["pipeline"], catalogueVersion: row["catalogue_version"], inbox: row["inbox"], summary: summary)
            }
        }
    }
}

// MARK: - Files and intake

/// What recording one file did.
public enum IntakeOutcome: Sendable, Equatable {
    /// A new submission (extracted or refused).
    case newSubmission(Int64)
    /// Content already in the ledger under another name (or re-added): the same submission.
    case duplicate(of: Int64)
}

extension Ledger {
    /// Every file version, for the scan's pre-check (path, size, mtime → hash).
    public func files() throws -> [FileRecord] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM file ORDER BY id").map(FileRecord.init) }
    }

    /// The submission with this content, if any.
    public func submissionID(sha256: String) throws -> Int64? {
        try db.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM submission WHERE sha256 = ?", arguments: [sha256]) }
    }

    /// Records a file whose content is new to this path: when its hash is already a
    /// submission, a file row pointing at it; otherwise the submission with its entries,
    /// figures and findings. One transaction.
    public func record(file path: String, sha256: String, size: Int64, mtime: Double, runID: Int64, at date: Date,
                       catalogueVersion: String, submission: () -> Submission) throws -> IntakeOutcome {
        try db.write { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM submission WHERE sha256 = ?", arguments: [sha256]) {
                let status = try String.fetchOne(db, sql: "SELECT status FROM submission WHERE id = ?", arguments: [existing])
                try Ledger.upsertFile(db, path: path, sha256: sha256, size: size, mtime: mtime, runID: runID, at: date,
                                      outcome: status == Submission.Status.rejected.rawValue ? .refused : .duplicate, submissionID: existing)
                return .duplicate(of: existing)
            }
            var s = submission()
            s.sha256 = sha256
            let id = try Ledger.insertSubmission(db, s, path: path, runID: runID, at: date, catalogueVersion: catalogueVersion)
            try Ledger.upsertFile(db, path: path, sha256: sha256, size: size, mtime: mtime, runID: runID, at: date,
                                  outcome: s.status == .rejected ? .refused : .new, submissionID: id)
            return .newSubmission(id)
        }
    }

    /// Marks files as seen again by this run (nothing else about them changed).
    public func touch(fileIDs: [Int64], runID: Int64, at date: Date) throws {
        guard !fileIDs.isEmpty else { return }
        try db.write { db in
            for chunk in stride(from: 0, to: fileIDs.count, by: 500).map({ Array(fileIDs[$0..<min($0 + 500, fileIDs.count)]) }) {
                let marks = databaseQuestionMarks(count: chunk.count)
                try db.execute(sql: "UPDATE file SET last_seen = ?, last_run_id = ? WHERE id IN (\(marks))",
                               arguments: StatementArguments([date, runID] as [any DatabaseValueConvertible]) + StatementArguments(chunk))
            }
        }
    }

    /// A file seen again with a new size or mtime but the same content.
    public func updateStat(fileID: Int64, size: Int64, mtime: Double, runID: Int64, at date: Date) throws {
        try db.write { db in
            try db.execute(sql: "UPDATE file SET size = ?, mtime = ?, last_seen = ?, last_run_id = ? WHERE id = ?",
                           arguments: [size, mtime, date, runID, fileID])
        }
    }

    static func upsertFile(_ db: Database, path: String, sha256: String, size: Int64, mtime: Double, runID: Int64, at date: Date,
                           outcome: FileRecord.Outcome, submissionID: Int64) throws {
        try db.execute(sql: """
            INSERT INTO file (path, sha256, size, mtime, first_seen, last_seen, first_run_id, last_run_id, outcome, submission_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path, sha256) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
              last_seen = excluded.last_seen, last_run_id = excluded.last_run_id
            """, arguments: [path, sha256, size, mtime, date, date, runID, runID, outcome.rawValue, submissionID])
    }

    static func insertSubmission(_ db: Database, _ s: Submission, path: String, runID: Int64, at date: Date, catalogueVersion: String) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(s), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO submission (sha256, status, unit_id, unit_name, document_number, document_date, rejection_kind, reason,
              path, received_at, run_id, catalogue_version, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [s.sha256, s.status.rawValue, s.unit?.id, s.unit?.name, s.document.number, s.document.date,
                             s.rejectionKind, s.reason, path, date, runID, catalogueVersion, json])
        let sid = db.lastInsertedRowID
        for (i, e) in s.entries.enumerated() {
            let sources = String(decoding: try encoder.encode(e.sources), as: UTF8.self)
            try db.execute(sql: "INSERT INTO entry (submission_id, ordinal, task, status, status_source, text, sources) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [sid, i, e.task, e.status.rawValue, e.statusSource, e.text, sources])
            let eid = db.lastInsertedRowID
            for (indicator, figure) in e.indicators.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO figure (entry_id, submission_id, task, indicator, value) VALUES (?, ?, ?, ?, ?)",
                               arguments: [eid, sid, e.task, indicator.rawValue, figure.value])
                let fid = db.lastInsertedRowID
                for (j, src) in figure.sources.enumerated() {
                    try db.execute(sql: "INSERT INTO figure_source (figure_id, ordinal, location, text, value) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [fid, j, src.location, src.text, src.value])
                }
            }
        }
        for f in s.findings {
            try db.execute(sql: "INSERT INTO finding (submission_id, run_id, origin, severity, code, message, source, path) VALUES (?, ?, 'extraction', ?, ?, ?, ?, ?)",
                           arguments: [sid, runID, f.severity.rawValue, f.code, f.message, f.source, path])
        }
        return sid
    }
}

// MARK: - Submissions, supersession, review findings

extension Ledger {
    /// Every submission, oldest first, decoded from its stored JSON.
    public func submissions() throws -> [StoredSubmission] {
        let decoder = JSONDecoder()
        return try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, received_at, run_id, catalogue_version, superseded_by, json FROM submission ORDER BY id").map { row in
                let json: String = row["json"]
                return StoredSubmission(
                    id: row["id"], submission: try decoder.decode(Submission.self, from: Data(json.utf8)), path: row["path"],
                    receivedAt: row["received_at"], runID: row["run_id"], catalogueVersion: row["catalogue_version"],
                    supersededBy: row["superseded_by"])
            }
        }
    }

    /// Sets which submission supersedes which (nil: current); only changed rows are written.
    public func applySupersession(_ supersededBy: [Int64: Int64?]) throws {
        try db.write { db in
            for (id, by) in supersededBy {
                try db.execute(sql: "UPDATE submission SET superseded_by = ? WHERE id = ? AND superseded_by IS NOT ?", arguments: [by, id, by])
            }
        }
    }

    /// Stores the review findings a run computed (validation, conflicts).
    public func recordReviewFindings(_ items: [ReviewFindingRecord], runID: Int64) throws {
        try db.write { db in
            for r in items {
                try db.execute(sql: "INSERT INTO finding (submission_id, run_id, origin, severity, code, message, source, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [r.submissionID, runID, r.origin, r.finding.severity.rawValue, r.finding.code, r.finding.message, r.finding.source, r.path])
            }
        }
    }

    /// Totals of every indicator over the given submissions, by task: what the report sums.
    public func figureTotals(submissionIDs: [Int64]) throws -> [String: [IndicatorID: Double]] {
        guard !submissionIDs.isEmpty else { return [:] }
        return try db.read { db in
            var out: [String: [IndicatorID: Double]] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT task, indicator, SUM(value) AS total FROM figure WHERE submission_id IN (\(databaseQuestionMarks(count: submissionIDs.count)))
                GROUP BY task, indicator
                """, arguments: StatementArguments(submissionIDs))
            for r in rows { out[r["task"], default: [:]][IndicatorID(r["indicator"] as String)] = r["total"] }
            return out
        }
    }

    /// Row counts per table (for status and tests).
    public func counts() throws -> [String: Int] {
        try db.read { db in
            var out: [String: Int] = [:]
            for t in ["run", "file", "submission", "entry", "figure", "figure_source", "finding"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)") ?? 0
            }
            return out
        }
    }

    /// Runs a read-only SQL query (tests, diagnostics).
    public func query(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> [[String: String]] {
        try db.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var d: [String: String] = [:]
                for (k, v) in row { d[k] = v.isNull ? "NULL" : (String.fromDatabaseValue(v) ?? v.description) }
                return d
            }
        }
    }
}
