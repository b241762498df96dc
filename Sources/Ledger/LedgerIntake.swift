import Extraction
import Foundation
import GRDB

// MARK: - Values handed out

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

    public init(id: Int64, path: String, sha256: String, size: Int64, mtime: Double, firstSeen: Date, lastSeen: Date,
                firstRunID: Int64, lastRunID: Int64, outcome: Outcome, submissionID: Int64) {
        self.id = id; self.path = path; self.sha256 = sha256; self.size = size; self.mtime = mtime
        self.firstSeen = firstSeen; self.lastSeen = lastSeen; self.firstRunID = firstRunID; self.lastRunID = lastRunID
        self.outcome = outcome; self.submissionID = submissionID
    }

    init(_ r: FileRow) {
        self.init(id: r.id!, path: r.path, sha256: r.sha256, size: r.size, mtime: r.mtime, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
                  firstRunID: r.firstRunId, lastRunID: r.lastRunId, outcome: Outcome(rawValue: r.outcome) ?? .new, submissionID: r.submissionId)
    }
}

/// A submission as the ledger holds it: the extraction (assembled from its rows) and its receipt.
public struct StoredSubmission: Sendable, Equatable {
    public var id: Int64
    public var submission: Submission
    public var path: String
    public var receivedAt: Date
    public var runID: Int64
    /// The pipeline version it was read against.
    public var catalogueVersion: String
    public var supersededBy: Int64?
    /// The program's extraction version it was read with (nil: before versions were recorded).
    public var extractionVersion: String?
    /// The later reading of the same content, when it was read again.
    public var rereadBy: Int64?

    public init(id: Int64, submission: Submission, path: String, receivedAt: Date, runID: Int64, catalogueVersion: String,
                supersededBy: Int64? = nil, extractionVersion: String? = nil, rereadBy: Int64? = nil) {
        self.id = id; self.submission = submission; self.path = path; self.receivedAt = receivedAt
        self.runID = runID; self.catalogueVersion = catalogueVersion; self.supersededBy = supersededBy
        self.extractionVersion = extractionVersion; self.rereadBy = rereadBy
    }
}

/// What recording one file did.
public enum IntakeOutcome: Sendable, Equatable {
    /// A new submission (extracted or refused).
    case newSubmission(Int64)
    /// Content already in the ledger under another name (or re-added): the same submission.
    case duplicate(of: Int64)
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

/// A reading made against an older pipeline or program version, with a file in the inbox now
/// that holds its content.
public struct StaleReading: Sendable, Equatable {
    public var submissionID: Int64
    public var sha256: String
    public var path: String
}

// MARK: - Files and intake

extension Ledger {
    /// Every file version, for the scan's pre-check (path, size, mtime → hash).
    public func files() throws -> [FileRecord] {
        try db.read { db in try FileRow.order(Column("id")).fetchAll(db).map(FileRecord.init) }
    }

    /// The latest reading of this content, if any.
    public func submissionID(sha256: String) throws -> Int64? {
        try db.read { db in try SubmissionRecord.all().withContent(sha256).latestReadings().fetchOne(db)?.id }
    }

    /// Records a file whose content is new to this path: when its content is already in the
    /// ledger, a file row pointing at its latest reading; otherwise the submission with its
    /// entries, figures, items and findings. One transaction.
    public func record(file path: String, sha256: String, size: Int64, mtime: Double, runID: Int64, at date: Date,
                       catalogueVersion: String, extractionVersion: String = "", text: DocumentText? = nil,
                       submission: () -> Submission) throws -> IntakeOutcome {
        try db.write { db in
            try Ledger.record(db, file: path, sha256: sha256, size: size, mtime: mtime, runID: runID, at: date,
                              pipelineVersion: catalogueVersion, extractionVersion: extractionVersion) { (submission(), text) }
        }
    }

    static func record(_ db: Database, file path: String, sha256: String, size: Int64, mtime: Double, runID: Int64, at date: Date,
                       pipelineVersion: String, extractionVersion: String,
                       submission: () -> (Submission, DocumentText?)) throws -> IntakeOutcome {
        // The latest reading of this content (`withContent(_:).latestReadings()`), as one cached
        // statement: the query interface builds its SQL again on every call, once per file.
        let latest = try db.cachedStatement(sql: "SELECT * FROM submission WHERE sha256 = ? AND reread_by IS NULL LIMIT 1")
        if let existing = try SubmissionRecord.fetchOne(latest, arguments: [sha256]), let id = existing.id {
            try Ledger.upsertFile(db, path: path, sha256: sha256, size: size, mtime: mtime, runID: runID, at: date,
                                  outcome: existing.status == .rejected ? .refused : .duplicate, submissionID: id)
            return .duplicate(of: id)
        }
        var (s, text) = submission()
        s.sha256 = sha256
        let id = try Ledger.insert(s, path: path, receivedAt: date, runID: runID, pipelineVersion: pipelineVersion,
                                   extractionVersion: extractionVersion, db: db)
        if let text { try Ledger.insertText(text, submissionID: id, db: db) }
        try Ledger.upsertFile(db, path: path, sha256: sha256, size: size, mtime: mtime, runID: runID, at: date,
                              outcome: s.status == .rejected ? .refused : .new, submissionID: id)
        return .newSubmission(id)
    }

    /// One write of the intake, for `write(_:…)`.
    public enum IntakeWrite: Sendable {
        /// A file whose content is new to its path (`submission` nil: extract it only if the
        /// content turns out not to be in the ledger), with its document's text when it was read.
        case record(path: String, sha256: String, size: Int64, mtime: Double, at: Date, submission: Submission?, text: DocumentText? = nil)
        /// A file seen again with the same content and a new size or mtime.
        case stat(fileID: Int64, size: Int64, mtime: Double, at: Date)
    }

    /// Several files' writes in one transaction (what one transaction per file costs, in WAL
    /// pages and commits, is paid once per batch). A run killed mid-batch loses the batch's
    /// rows, never part of a file: its files are read again by the next run. Returns each
    /// record's outcome (nil for a stat update); `extract(i)` gives write `i`'s submission when
    /// it carried none and its content is new.
    public func write(_ batch: [IntakeWrite], runID: Int64, pipelineVersion: String, extractionVersion: String,
                      extract: (Int) -> Submission) throws -> [IntakeOutcome?] {
        try write(batch, runID: runID, pipelineVersion: pipelineVersion, extractionVersion: extractionVersion) { (extract($0), nil) }
    }

    /// As `write(_:runID:pipelineVersion:extractionVersion:extract:)`, the extraction giving
    /// the document's text too.
    public func write(_ batch: [IntakeWrite], runID: Int64, pipelineVersion: String, extractionVersion: String,
                      extract: (Int) -> (Submission, DocumentText?)) throws -> [IntakeOutcome?] {
        try db.write { db in
            var out: [IntakeOutcome?] = []
            out.reserveCapacity(batch.count)
            for (i, w) in batch.enumerated() {
                switch w {
                case .record(let path, let sha, let size, let mtime, let at, let submission, let text):
                    out.append(try Ledger.record(db, file: path, sha256: sha, size: size, mtime: mtime, runID: runID, at: at,
                                                 pipelineVersion: pipelineVersion, extractionVersion: extractionVersion) {
                        if let submission { return (submission, text) }
                        return extract(i)
                    })
                case .stat(let fileID, let size, let mtime, let at):
                    try FileRow.filter(key: fileID).updateAll(db, Column("size").set(to: size), Column("mtime").set(to: mtime),
                                                              Column("last_seen").set(to: at), Column("last_run_id").set(to: runID))
                    out.append(nil)
                }
            }
            return out
        }
    }

    /// Latest readings made against another pipeline or extraction version whose content a
    /// file seen by `runID` holds (one path per content).
    public func staleReadings(pipelineVersion: String, extractionVersion: String, runID: Int64) throws -> [StaleReading] {
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id AS id, s.sha256 AS sha256, MIN(f.path) AS path FROM submission s JOIN file f ON f.sha256 = s.sha256
                WHERE s.reread_by IS NULL AND f.last_run_id = ?
                  AND (s.pipeline_version IS NOT ? OR s.extraction_version IS NOT ?)
                GROUP BY s.id ORDER BY s.id
                """, arguments: [runID, pipelineVersion, extractionVersion])
            return rows.map { StaleReading(submissionID: $0["id"], sha256: $0["sha256"], path: $0["path"]) }
        }
    }

    /// Records a new reading of a content already in the ledger. When it reads the same as
    /// the previous reading, the previous one is only stamped with the new versions (nothing
    /// to keep twice); otherwise the new reading is added (same receipt) and the previous one
    /// points at it. Returns the id of the reading that is now the latest.
    @discardableResult
    public func recordReading(of previousID: Int64, _ submission: Submission, text: DocumentText? = nil, runID: Int64,
                              pipelineVersion: String, extractionVersion: String) throws -> Int64 {
        try db.write { db in
            guard let prev = try SubmissionRecord.fetchOne(db, key: previousID) else { return previousID }
            let old = try Ledger.assemble([prev], db: db)[0].submission
            var s = submission
            s.sha256 = prev.sha256
            if old == s {
                try db.execute(sql: "UPDATE submission SET pipeline_version = ?, extraction_version = ? WHERE id = ?",
                               arguments: [pipelineVersion, extractionVersion, previousID])
                // A reading made before texts were kept gets its document's text now.
                if let text, try !Ledger.hasText(previousID, db: db) { try Ledger.insertText(text, submissionID: previousID, db: db) }
                return previousID
            }
            let id = try Ledger.insert(s, path: prev.path, receivedAt: prev.receivedAt, runID: runID, pipelineVersion: pipelineVersion,
                                       extractionVersion: extractionVersion, db: db)
            if let text { try Ledger.insertText(text, submissionID: id, db: db) }
            try db.execute(sql: "UPDATE submission SET reread_by = ? WHERE id = ?", arguments: [id, previousID])
            try db.execute(sql: "UPDATE file SET submission_id = ? WHERE submission_id = ?", arguments: [id, previousID])
            return id
        }
    }

    /// Marks files as seen again by this run (nothing else about them changed).
    public func touch(fileIDs: [Int64], runID: Int64, at date: Date) throws {
        guard !fileIDs.isEmpty else { return }
        try db.write { db in
            for chunk in stride(from: 0, to: fileIDs.count, by: 500).map({ Array(fileIDs[$0..<min($0 + 500, fileIDs.count)]) }) {
                try FileRow.filter(keys: chunk).updateAll(db, Column("last_seen").set(to: date), Column("last_run_id").set(to: runID))
            }
        }
    }

    /// A file seen again with a new size or mtime but the same content.
    public func updateStat(fileID: Int64, size: Int64, mtime: Double, runID: Int64, at date: Date) throws {
        // The count of rows updated is not needed: the file's row exists (its id came from it).
        _ = try db.write { db in
            try FileRow.filter(key: fileID).updateAll(db, Column("size").set(to: size), Column("mtime").set(to: mtime),
                                                      Column("last_seen").set(to: date), Column("last_run_id").set(to: runID))
        }
    }

    static func upsertFile(_ db: Database, path: String, sha256: String, size: Int64, mtime: Double, runID: Int64, at date: Date,
                           outcome: FileRecord.Outcome, submissionID: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO file (path, sha256, size, mtime, first_seen, last_seen, first_run_id, last_run_id, outcome, submission_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path, sha256) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
              last_seen = excluded.last_seen, last_run_id = excluded.last_run_id
            """).execute(arguments: [path, sha256, size, mtime, date, date, runID, runID, outcome.rawValue, submissionID])
    }
}

// MARK: - Submissions, supersession, review findings

extension Ledger {
    /// The latest reading of every content, oldest first, assembled from the tables.
    public func submissions() throws -> [StoredSubmission] {
        try db.read { db in try Ledger.assemble(SubmissionRecord.all().latestReadings().order(Column("id")).fetchAll(db), db: db) }
    }

    /// Every reading of every content, including readings later made again.
    public func allReadings() throws -> [StoredSubmission] {
        try db.read { db in try Ledger.assemble(SubmissionRecord.order(Column("id")).fetchAll(db), db: db) }
    }

    /// The current submissions as the last run reconciled them.
    public func currentSubmissions() throws -> [StoredSubmission] {
        try db.read { db in try Ledger.assemble(SubmissionRecord.all().currentSubmissions().order(Column("id")).fetchAll(db), db: db) }
    }

    /// One reading by id.
    public func submission(id: Int64) throws -> StoredSubmission? {
        try db.read { db in try SubmissionRecord.fetchOne(db, key: id).map { try Ledger.assemble([$0], db: db)[0] } }
    }

    /// Every reading of one content, oldest first (the latest last).
    public func readings(sha256: String) throws -> [StoredSubmission] {
        try db.read { db in try Ledger.assemble(SubmissionRecord.all().withContent(sha256).order(Column("id")).fetchAll(db), db: db) }
    }

    /// The inbox files (path versions) that hold a submission's content.
    public func files(of submissionID: Int64) throws -> [FileRecord] {
        try db.read { db in
            guard let s = try SubmissionRecord.fetchOne(db, key: submissionID) else { return [] }
            return try s.request(for: SubmissionRecord.files).order(Column("id")).fetchAll(db).map(FileRecord.init)
        }
    }

    /// The submission that supersedes `id` (nil: current, or unknown).
    public func supersededBy(_ id: Int64) throws -> Int64? {
        try db.read { db in try SubmissionRecord.fetchOne(db, key: id)?.supersededBy }
    }

    /// Sets which submission supersedes which (nil: current); only changed rows are written.
    public func applySupersession(_ supersededBy: [Int64: Int64?]) throws {
        try db.write { db in
            let stmt = try db.makeStatement(sql: "UPDATE submission SET superseded_by = ? WHERE id = ? AND superseded_by IS NOT ?")
            for (id, by) in supersededBy.sorted(by: { $0.key < $1.key }) { try stmt.execute(arguments: [by, id, by]) }
        }
    }

    /// Stores the review findings a run computed (validation, conflicts).
    public func recordReviewFindings(_ items: [ReviewFindingRecord], runID: Int64) throws {
        try db.write { db in
            for r in items {
                try FindingRecord(id: nil, submissionId: r.submissionID, runId: runID, origin: r.origin, severity: r.finding.severity,
                                  code: r.finding.code, message: r.finding.message, source: r.finding.source, path: r.path).insert(db)
            }
        }
    }

    /// The findings a run computed (validation, conflicts, unknown units), in order.
    public func reviewFindings(runID: Int64) throws -> [ReviewFindingRecord] {
        try db.read { db in
            try FindingRecord.filter(Column("run_id") == runID && Column("origin") != "extraction").order(Column("id")).fetchAll(db).map {
                ReviewFindingRecord(submissionID: $0.submissionId, path: $0.path ?? "", origin: $0.origin,
                                    finding: Finding(severity: $0.severity, code: $0.code, message: $0.message, source: $0.source))
            }
        }
    }

    /// Totals of every indicator over the given submissions, by task.
    public func figureTotals(submissionIDs: [Int64]) throws -> [String: [IndicatorID: Double]] {
        guard !submissionIDs.isEmpty else { return [:] }
        return try db.read { db in
            var out: [String: [IndicatorID: Double]] = [:]
            let totals = FigureRecord.filter(submissionIDs.contains(Column("submission_id")))
                .select(Column("task"), Column("indicator"), sum(Column("value")).forKey("total"))
                .group(Column("task"), Column("indicator")).asRequest(of: Row.self)
            for r in try totals.fetchAll(db) { out[r["task"], default: [:]][r["indicator"] as IndicatorID] = r["total"] }
            return out
        }
    }

    /// Row counts per table (for status and tests).
    public func counts() throws -> [String: Int] {
        try db.read { db in
            [
                "run": try RunRow.fetchCount(db), "file": try FileRow.fetchCount(db), "submission": try SubmissionRecord.fetchCount(db),
                "entry": try EntryRecord.fetchCount(db), "figure": try FigureRecord.fetchCount(db),
                "figure_source": try FigureSourceRecord.fetchCount(db), "finding": try FindingRecord.fetchCount(db),
                "submission_item": try SubmissionItemRecord.fetchCount(db), "entry_source": try EntrySourceRecord.fetchCount(db),
                "decision": try DecisionRow.fetchCount(db),
                "document_text": try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document_text") ?? 0,
            ]
        }
    }
}
