import Extraction
import Foundation
import DocumentModel
import GRDB
import Plan

// The ledger's rows as GRDB records. Column names are snake_case in SQL, camelCase in Swift;
// domain values (task status, indicator ids, task codes, dates) are stored by their own
// `DatabaseValueConvertible` conformance, so renaming a Swift property never changes what an
// existing ledger means.

extension TaskStatus: DatabaseValueConvertible {}
extension IndicatorID: DatabaseValueConvertible {}
extension Submission.Status: DatabaseValueConvertible {}
extension Diagnostic.Severity: DatabaseValueConvertible {}

extension TaskCode: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> TaskCode? {
        String.fromDatabaseValue(dbValue).flatMap(TaskCode.init(rawValue:))
    }
}

extension PlanDate: DatabaseValueConvertible {
    /// Stored as ISO text "2026-11-15".
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> PlanDate? {
        String.fromDatabaseValue(dbValue).flatMap(PlanDate.init(iso:))
    }
}

/// Snake-case columns for every record of the ledger.
public protocol LedgerRecord: Codable, FetchableRecord, PersistableRecord, TableRecord, Sendable {}
extension LedgerRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

/// One reading of one content received in the inbox.
public struct SubmissionRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "submission"
    public static let entries = hasMany(EntryRecord.self)
    public static let items = hasMany(SubmissionItemRecord.self)
    public static let comments = hasMany(SubmissionCommentRecord.self)
    public static let findings = hasMany(FindingRecord.self)
    public static let files = hasMany(FileRow.self)

    public var id: Int64?
    public var sha256: String
    public var status: Submission.Status
    /// The file name as given to the extraction.
    public var file: String
    public var unitId: String?
    public var unitName: String?
    public var unitSource: String?
    public var documentNumber: String?
    public var numberSource: String?
    public var documentDate: String?
    public var dateSource: String?
    public var rejectionKind: String?
    public var reason: String?
    /// The inbox path the content was first received under.
    public var path: String
    public var receivedAt: Date
    public var runId: Int64
    /// v1/v2: hash of catalogue and vocabulary; kept for old rows.
    public var catalogueVersion: String
    /// The pipeline's version (`Pipeline.version`) the content was read against.
    public var pipelineVersion: String
    /// The program's extraction version; nil for readings made before versions were recorded.
    public var extractionVersion: String?
    public var supersededBy: Int64?
    /// The next reading of the same content (a later pipeline or program version).
    public var rereadBy: Int64?

    public enum Columns {
        public static let id = Column("id"), sha256 = Column("sha256"), status = Column("status"), unitId = Column("unit_id")
        public static let supersededBy = Column("superseded_by"), rereadBy = Column("reread_by")
    }
}

extension DerivableRequest<SubmissionRecord> {
    /// The latest reading of each content (earlier readings stay, linked by `reread_by`).
    public func latestReadings() -> Self { filter(SubmissionRecord.Columns.rereadBy == nil) }
    /// Readings that were extracted (not refused).
    public func extracted() -> Self { filter(SubmissionRecord.Columns.status == Submission.Status.extracted) }
    /// The current submissions as the last run reconciled them: latest readings, extracted,
    /// not superseded.
    public func currentSubmissions() -> Self { latestReadings().extracted().filter(SubmissionRecord.Columns.supersededBy == nil) }
    public func withContent(_ sha256: String) -> Self { filter(SubmissionRecord.Columns.sha256 == sha256) }
}

public struct EntryRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "entry"
    public static let submission = belongsTo(SubmissionRecord.self)
    public static let figures = hasMany(FigureRecord.self)
    public static let sources = hasMany(EntrySourceRecord.self)
    public var id: Int64?
    public var submissionId: Int64
    public var ordinal: Int
    public var task: String
    public var status: TaskStatus
    public var statusSource: String?
    public var text: String
}

public struct EntrySourceRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "entry_source"
    public static let entry = belongsTo(EntryRecord.self)
    public var id: Int64?
    public var entryId: Int64
    public var ordinal: Int
    public var location: String
}

public struct FigureRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "figure"
    public static let entry = belongsTo(EntryRecord.self)
    public static let submission = belongsTo(SubmissionRecord.self)
    public static let sources = hasMany(FigureSourceRecord.self)
    public var id: Int64?
    public var entryId: Int64
    public var submissionId: Int64
    public var task: String
    public var indicator: IndicatorID
    public var value: Double
}

public struct FigureSourceRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "figure_source"
    public static let figure = belongsTo(FigureRecord.self)
    public var id: Int64?
    public var figureId: Int64
    public var ordinal: Int
    public var location: String
    public var text: String
    public var value: Double
    /// FigureSource.marks, comma-separated; nil when none.
    public var marks: String? = nil
}

/// A difficulty or a proposal a unit wrote.
public struct SubmissionItemRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "submission_item"
    public static let submission = belongsTo(SubmissionRecord.self)
    public enum Kind: String, Codable, Sendable, DatabaseValueConvertible { case difficulty, proposal }
    public var id: Int64?
    public var submissionId: Int64
    public var kind: Kind
    public var ordinal: Int
    public var text: String
    public var source: String
}

/// A comment a reviewer left in a unit's file (Word comments), in the file's order.
public struct SubmissionCommentRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "submission_comment"
    public static let submission = belongsTo(SubmissionRecord.self)
    public var id: Int64?
    public var submissionId: Int64
    public var ordinal: Int
    public var author: String?
    public var text: String
    public var source: String
}

/// A finding: from extraction (kept with its reading) or computed by a run (kept per run).
public struct FindingRecord: LedgerRecord, Equatable {
    public static let databaseTableName = "finding"
    public static let submission = belongsTo(SubmissionRecord.self)
    public var id: Int64?
    public var submissionId: Int64?
    public var runId: Int64
    /// "extraction", "validation", "conflict", "unknown-unit".
    public var origin: String
    public var severity: Diagnostic.Severity
    public var code: String
    public var message: String
    public var source: String?
    public var path: String?
}

/// One version of one inbox file, as stored.
public struct FileRow: LedgerRecord, Equatable {
    public static let databaseTableName = "file"
    public static let submission = belongsTo(SubmissionRecord.self)
    public var id: Int64?
    public var path: String
    public var sha256: String
    public var size: Int64
    public var mtime: Double
    public var firstSeen: Date
    public var lastSeen: Date
    public var firstRunId: Int64
    public var lastRunId: Int64
    public var outcome: String
    public var submissionId: Int64
}

// MARK: - Submissions as records

extension Ledger {
    /// Inserts one reading with its entries, figures and their sources, items and findings.
    static func insert(_ s: Submission, path: String, receivedAt: Date, runID: Int64, pipelineVersion: String,
                       extractionVersion: String, db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO submission (sha256, status, file, unit_id, unit_name, unit_source, document_number, number_source, document_date,
              date_source, rejection_kind, reason, path, received_at, run_id, catalogue_version, pipeline_version, extraction_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                s.sha256, s.status, s.file, s.unit?.id, s.unit?.name, s.unit?.source, s.document.number, s.document.numberSource,
                s.document.date, s.document.dateSource, s.rejectionKind, s.reason, path, receivedAt, runID, pipelineVersion,
                pipelineVersion, extractionVersion,
            ])
        let sid = db.lastInsertedRowID
        // Cached statements: one compile per connection, not per row.
        let entry = try db.cachedStatement(sql: "INSERT INTO entry (submission_id, ordinal, task, status, status_source, text) VALUES (?, ?, ?, ?, ?, ?)")
        let entrySource = try db.cachedStatement(sql: "INSERT INTO entry_source (entry_id, ordinal, location) VALUES (?, ?, ?)")
        let figure = try db.cachedStatement(sql: "INSERT INTO figure (entry_id, submission_id, task, indicator, value) VALUES (?, ?, ?, ?, ?)")
        let figureSource = try db.cachedStatement(sql: "INSERT INTO figure_source (figure_id, ordinal, location, text, value, marks) VALUES (?, ?, ?, ?, ?, ?)")
        let item = try db.cachedStatement(sql: "INSERT INTO submission_item (submission_id, kind, ordinal, text, source) VALUES (?, ?, ?, ?, ?)")
        let finding = try db.cachedStatement(sql: "INSERT INTO finding (submission_id, run_id, origin, severity, code, message, source, path) VALUES (?, ?, 'extraction', ?, ?, ?, ?, ?)")
        for (i, e) in s.entries.enumerated() {
            try entry.execute(arguments: [sid, i, e.task, e.status, e.statusSource, e.text])
            let eid = db.lastInsertedRowID
            for (j, l) in e.sources.enumerated() { try entrySource.execute(arguments: [eid, j, l]) }
            for (indicator, f) in e.indicators.sorted(by: { $0.key < $1.key }) {
                try figure.execute(arguments: [eid, sid, e.task, indicator, f.value])
                let fid = db.lastInsertedRowID
                for (j, src) in f.sources.enumerated() { try figureSource.execute(arguments: [fid, j, src.location, src.text, src.value, src.marks.map { $0.joined(separator: ",") }]) }
            }
        }
        for (i, d) in s.difficulties.enumerated() { try item.execute(arguments: [sid, SubmissionItemRecord.Kind.difficulty.rawValue, i, d.text, d.source]) }
        for (i, p) in s.proposals.enumerated() { try item.execute(arguments: [sid, SubmissionItemRecord.Kind.proposal.rawValue, i, p.text, p.source]) }
        for f in s.findings { try finding.execute(arguments: [sid, runID, f.severity, f.code, f.message, f.source, path]) }
        if !s.comments.isEmpty {
            let comment = try db.cachedStatement(sql: "INSERT INTO submission_comment (submission_id, ordinal, author, text, source) VALUES (?, ?, ?, ?, ?)")
            for (i, c) in s.comments.enumerated() { try comment.execute(arguments: [sid, i, c.author, c.text, c.source]) }
        }
        return sid
    }

    /// Reads submissions back from the tables: all of `rows` in a handful of queries (one per
    /// table), whatever their number.
    static func assemble(_ rows: [SubmissionRecord], db: Database) throws -> [StoredSubmission] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.compactMap(\.id)
        let total = try SubmissionRecord.fetchCount(db)
        let all = ids.count > 500 || rows.count == total
        func scoped<R: LedgerRecord>(_ r: QueryInterfaceRequest<R>, _ column: String) -> QueryInterfaceRequest<R> {
            all ? r : r.filter(ids.contains(Column(column)))
        }
        let entries = try scoped(EntryRecord.all(), "submission_id").order(Column("submission_id"), Column("ordinal")).fetchAll(db)
        let entryIDs = Set(entries.compactMap(\.id))
        var entrySources: [Int64: [String]] = [:]
        for s in try EntrySourceRecord.all().order(Column("entry_id"), Column("ordinal")).fetchAll(db) where all || entryIDs.contains(s.entryId) {
            entrySources[s.entryId, default: []].append(s.location)
        }
        let figures = try scoped(FigureRecord.all(), "submission_id").order(Column("id")).fetchAll(db)
        let figureIDs = Set(figures.compactMap(\.id))
        var figureSources: [Int64: [FigureSource]] = [:]
        for s in try FigureSourceRecord.all().order(Column("figure_id"), Column("ordinal")).fetchAll(db) where all || figureIDs.contains(s.figureId) {
            figureSources[s.figureId, default: []].append(FigureSource(location: s.location, text: s.text, value: s.value,
                                                                       marks: s.marks.map { $0.split(separator: ",").map(String.init) }))
        }
        var figuresByEntry: [Int64: [IndicatorID: Figure]] = [:]
        for f in figures { figuresByEntry[f.entryId, default: [:]][f.indicator] = Figure(value: f.value, sources: figureSources[f.id!] ?? []) }
        var entriesBySubmission: [Int64: [Entry]] = [:]
        for e in entries {
            entriesBySubmission[e.submissionId, default: []].append(Entry(
                task: e.task, status: e.status, statusSource: e.statusSource, indicators: figuresByEntry[e.id!] ?? [:],
                text: e.text, sources: entrySources[e.id!] ?? []))
        }
        var items: [Int64: (difficulties: [Item], proposals: [Item])] = [:]
        for i in try scoped(SubmissionItemRecord.all(), "submission_id").order(Column("submission_id"), Column("kind"), Column("ordinal")).fetchAll(db) {
            let it = Item(text: i.text, source: i.source)
            if i.kind == .difficulty { items[i.submissionId, default: ([], [])].difficulties.append(it) } else { items[i.submissionId, default: ([], [])].proposals.append(it) }
        }
        var comments: [Int64: [UnitComment]] = [:]
        for c in try scoped(SubmissionCommentRecord.all(), "submission_id").order(Column("submission_id"), Column("ordinal")).fetchAll(db) {
            comments[c.submissionId, default: []].append(UnitComment(text: c.text, author: c.author, source: c.source))
        }
        var findings: [Int64: [Finding]] = [:]
        for f in try scoped(FindingRecord.filter(Column("origin") == "extraction"), "submission_id").order(Column("id")).fetchAll(db) {
            guard let sid = f.submissionId else { continue }
            findings[sid, default: []].append(Finding(severity: f.severity, code: f.code, message: f.message, source: f.source))
        }
        return rows.map { r in
            let id = r.id!
            let s = Submission(
                file: r.file, sha256: r.sha256, status: r.status, reason: r.reason, rejectionKind: r.rejectionKind,
                unit: r.unitId.map { UnitRef(id: $0, name: r.unitName ?? $0, source: r.unitSource) },
                document: DocumentInfo(number: r.documentNumber, date: r.documentDate, numberSource: r.numberSource, dateSource: r.dateSource),
                entries: entriesBySubmission[id] ?? [], difficulties: items[id]?.difficulties ?? [], proposals: items[id]?.proposals ?? [],
                findings: findings[id] ?? [], comments: comments[id] ?? [])
            return StoredSubmission(id: id, submission: s, path: r.path, receivedAt: r.receivedAt, runID: r.runId,
                                    catalogueVersion: r.pipelineVersion, supersededBy: r.supersededBy,
                                    extractionVersion: r.extractionVersion, rereadBy: r.rereadBy)
        }
    }
}
