import Foundation
import GRDB

/// A run's row.
struct RunRow: LedgerRecord {
    static let databaseTableName = "run"
    var id: Int64?
    var startedAt: Date
    var finishedAt: Date?
    var asOf: String
    var pipeline: String
    var catalogueVersion: String
    var inbox: String
    var filesSeen: Int?
    var filesNew: Int?
    var filesUnchanged: Int?
    var filesDuplicate: Int?
    var filesRefused: Int?
    var submissionsNew: Int?
    var submissionsCurrent: Int?
    var reviewItems: Int?
    var reportersOnTime: Int?
    var reportersLate: Int?
    var reportersMissing: Int?
    var refusedOpen: Int?
    var exitCode: Int?
    var outbox: String?
    var stateKey: String?
    var digest: String?
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

extension Ledger {
    public func beginRun(asOf: String, pipeline: String, catalogueVersion: String, inbox: String, at date: Date) throws -> Int64 {
        try db.write { db in
            try RunRow(startedAt: date, asOf: asOf, pipeline: pipeline, catalogueVersion: catalogueVersion, inbox: inbox).insert(db)
            return db.lastInsertedRowID
        }
    }

    /// Marks a run finished: the last write of a run.
    public func finishRun(_ id: Int64, summary s: RunSummary, stateKey: String? = nil, digest: String? = nil, at date: Date) throws {
        try db.write { db in
            guard var r = try RunRow.fetchOne(db, key: id) else { return }
            r.finishedAt = date
            r.filesSeen = s.filesSeen; r.filesNew = s.filesNew; r.filesUnchanged = s.filesUnchanged; r.filesDuplicate = s.filesDuplicate
            r.filesRefused = s.filesRefused; r.submissionsNew = s.submissionsNew; r.submissionsCurrent = s.submissionsCurrent
            r.reviewItems = s.reviewItems; r.reportersOnTime = s.reportersOnTime; r.reportersLate = s.reportersLate
            r.reportersMissing = s.reportersMissing; r.refusedOpen = s.refusedOpen; r.exitCode = s.exitCode; r.outbox = s.outbox
            r.stateKey = stateKey; r.digest = digest
            try r.update(db)
        }
    }

    /// The state key and digest of the last finished run.
    public func lastFinishedState() throws -> (runID: Int64, stateKey: String?, digest: String?)? {
        try db.read { db in
            try RunRow.filter(Column("finished_at") != nil).order(Column("id").desc).fetchOne(db).map {
                (runID: $0.id!, stateKey: $0.stateKey, digest: $0.digest)
            }
        }
    }

    /// What a run's state is made from: the files it saw, the readings there are, the decisions.
    public func stateInputs(runID: Int64) throws -> String {
        try db.read { db in
            let files = try Int64.fetchAll(db, FileRow.select(Column("id")).filter(Column("last_run_id") == runID).order(Column("id")))
            let readings = try Int64.fetchAll(db, SubmissionRecord.select(Column("id")).filter(Column("reread_by") == nil).order(Column("id")))
            let decisions = try DecisionRow.fetchCount(db)
            let lastDecision = try Int64.fetchOne(db, DecisionRow.select(max(Column("id")))) ?? 0
            return "files:" + files.map(String.init).joined(separator: ",") + ";readings:" + readings.map(String.init).joined(separator: ",")
                + ";decisions:\(decisions)/\(lastDecision)"
        }
    }

    /// Runs, newest first.
    public func runs(limit: Int = 20) throws -> [RunRecord] {
        try db.read { db in
            try RunRow.order(Column("id").desc).limit(limit).fetchAll(db).map { row in
                var summary: RunSummary? = nil
                if row.finishedAt != nil {
                    var s = RunSummary()
                    s.filesSeen = row.filesSeen ?? 0; s.filesNew = row.filesNew ?? 0
                    s.filesUnchanged = row.filesUnchanged ?? 0; s.filesDuplicate = row.filesDuplicate ?? 0
                    s.filesRefused = row.filesRefused ?? 0; s.submissionsNew = row.submissionsNew ?? 0
                    s.submissionsCurrent = row.submissionsCurrent ?? 0; s.reviewItems = row.reviewItems ?? 0
                    s.reportersOnTime = row.reportersOnTime ?? 0; s.reportersLate = row.reportersLate ?? 0
                    s.reportersMissing = row.reportersMissing ?? 0; s.refusedOpen = row.refusedOpen ?? 0
                    s.exitCode = row.exitCode ?? 0; s.outbox = row.outbox
                    summary = s
                }
                return RunRecord(id: row.id!, startedAt: row.startedAt, finishedAt: row.finishedAt, asOf: row.asOf,
                                 pipeline: row.pipeline, catalogueVersion: row.catalogueVersion, inbox: row.inbox, summary: summary)
            }
        }
    }
}
