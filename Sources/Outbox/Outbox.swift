import Consolidation
import Extraction
import Foundation
import Plan

/// One output of the nightly run. A writer puts its files into `directory` (a fresh temporary
/// folder); the run moves them into the outbox only when every writer has finished, so the
/// outbox never holds half a report. Writers must not write anywhere else.
public protocol OutboxWriter: Sendable {
    /// A short name for logs ("json-input", "docx").
    var name: String { get }
    func write(_ input: ConsolidationInput, into directory: URL) throws
}

/// The base of every output file name of a run: "tong-hop-ct38-2026-2026-11-20".
public func outboxBaseName(_ input: ConsolidationInput) -> String {
    "tong-hop-\(input.pipeline.id)-\(input.asOf.description)"
}

/// The consolidation input as JSON (`tong-hop-<pipeline>-<yyyy-mm-dd>.input.json`): what the
/// report writers will read, so the run is end to end before they exist, and a record of
/// exactly what a report was made from.
///
/// Deterministic: keys sorted, a unit's figures as an object keyed by indicator id (not in
/// hash order), ids from the ledger (committed in scan order). Two runs over the same files
/// with the same receipt time and report date write the same bytes. The only times in it are
/// data: when each file was received (`receivedAt`, `firstSeen`).
public struct JSONInputWriter: OutboxWriter {
    public var name: String { "json-input" }
    public init() {}

    /// 2: figures as `{"indicator_id": figure}`; superseded submissions by reference;
    /// reporters' judged number, date basis; refused files' unit. 3: a submission's
    /// `comments` (reviewers' comments left in the unit's file; absent when none).
    public static let schemaVersion = 3

    public func fileName(for input: ConsolidationInput) -> String { outboxBaseName(input) + ".input.json" }

    public func write(_ input: ConsolidationInput, into directory: URL) throws {
        let data = try JSONInputWriter.encode(input)
        try data.write(to: directory.appendingPathComponent(fileName(for: input)))
    }

    /// The JSON shape: the input with the pipeline reduced to what identifies it.
    public struct Document: Codable, Sendable, Equatable {
        public struct Pipeline: Codable, Sendable, Equatable {
            public var id: String
            public var title: String
            public var year: Int
            public var directory: String
        }
        public var schemaVersion: Int
        public var pipeline: Pipeline
        public var asOf: PlanDate
        public var runID: Int64
        public var current: [StoredJSON]
        /// Superseded submissions by what identifies them (their content stays in the ledger).
        public var superseded: [SupersededJSON]
        public var reporters: [ReporterStatus]
        public var refused: [RefusedFile]
        public var review: [ReviewItem]
    }

    /// A received submission in the JSON: as `ReceivedSubmission`, figures keyed by indicator.
    public struct StoredJSON: Codable, Sendable, Equatable {
        public var id: Int64
        public var submission: SubmissionJSON
        public var receivedAt: Date
        public var path: String
        public var supersedes: [Int64]

        init(_ r: ReceivedSubmission) {
            id = r.id; submission = SubmissionJSON(r.submission); receivedAt = r.receivedAt; path = r.path; supersedes = r.supersedes
        }
        public var received: ReceivedSubmission {
            ReceivedSubmission(id: id, submission: submission.submission, receivedAt: receivedAt, path: path, supersedes: supersedes)
        }
    }

    /// A superseded submission: enough to find it in the ledger and the inbox.
    public struct SupersededJSON: Codable, Sendable, Equatable {
        public var id: Int64
        public var path: String
        public var sha256: String
        public var unit: UnitRef?
        public var documentNumber: String?
        public var documentDate: String?
        public var receivedAt: Date
        /// The current submission that supersedes it.
        public var supersededBy: Int64?
    }

    public struct SubmissionJSON: Codable, Sendable, Equatable {
        public struct EntryJSON: Codable, Sendable, Equatable {
            public var task: String
            public var status: TaskStatus
            public var statusSource: String?
            public var indicators: [String: Figure]
            public var text: String
            public var sources: [String]
        }
        public var file: String
        public var sha256: String
        public var status: Submission.Status
        public var reason: String?
        public var rejectionKind: String?
        public var unit: UnitRef?
        public var document: DocumentInfo
        public var entries: [EntryJSON]
        public var difficulties: [Item]
        public var proposals: [Item]
        public var findings: [Finding]
        /// Reviewers' comments left in the unit's file; nil (absent) when none.
        public var comments: [UnitComment]?

        init(_ s: Submission) {
            file = s.file; sha256 = s.sha256; status = s.status; reason = s.reason; rejectionKind = s.rejectionKind; unit = s.unit
            document = s.document; difficulties = s.difficulties; proposals = s.proposals; findings = s.findings
            comments = s.comments.isEmpty ? nil : s.comments
            entries = s.entries.map {
                EntryJSON(task: $0.task, status: $0.status, statusSource: $0.statusSource,
                          indicators: Dictionary(uniqueKeysWithValues: $0.indicators.map { ($0.key.rawValue, $0.value) }),
                          text: $0.text, sources: $0.sources)
            }
        }

        public var submission: Submission {
            Submission(file: file, sha256: sha256, status: status, reason: reason, rejectionKind: rejectionKind, unit: unit,
                       document: document,
                       entries: entries.map {
                           Entry(task: $0.task, status: $0.status, statusSource: $0.statusSource,
                                 indicators: Dictionary(uniqueKeysWithValues: $0.indicators.map { (IndicatorID($0.key), $0.value) }),
                                 text: $0.text, sources: $0.sources)
                       },
                       difficulties: difficulties, proposals: proposals, findings: findings, comments: comments ?? [])
        }
    }

    public static func document(_ input: ConsolidationInput) -> Document {
        var supersededBy: [Int64: Int64] = [:]
        for c in input.current { for old in c.supersedes { supersededBy[old] = c.id } }
        return Document(schemaVersion: schemaVersion,
                 pipeline: .init(id: input.pipeline.id, title: input.pipeline.plan.title, year: input.pipeline.plan.year,
                                 directory: input.pipeline.directory.path),
                 asOf: input.asOf, runID: input.runID, current: input.current.map(StoredJSON.init),
                 superseded: input.superseded.map { s in
                     SupersededJSON(id: s.id, path: s.path, sha256: s.submission.sha256, unit: s.submission.unit,
                                    documentNumber: s.submission.document.number, documentDate: s.submission.document.date,
                                    receivedAt: s.receivedAt, supersededBy: supersededBy[s.id])
                 },
                 reporters: input.reporters, refused: input.refused, review: input.review)
    }

    public static func encode(_ input: ConsolidationInput) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(document(input))
    }
}

/// Replaces the outbox's files with a run's files as one set.
///
/// The writers write into a hidden staging folder inside the outbox; when all have finished,
/// a list of the set (`.tonghop-set`) goes beside them and the folder is renamed to
/// `.tonghop-ready-…` — the one atomic step that makes the set complete. Its files are then
/// renamed into place (each rename atomic, same file system), files of the previous set that
/// are not in this one are removed, and the folder goes. A run killed before the set is ready
/// leaves the previous set as it was (the staging folder is cleared next time); killed while
/// placing, the next publish (or `recover()`, which the run calls first) places the rest. Files
/// an officer put into the outbox are never touched.
public struct OutboxPublisher: Sendable {
    public var outbox: URL
    public var writers: [any OutboxWriter]

    static let setFile = ".tonghop-set"
    static let stagingPrefix = ".tonghop-tmp-"
    static let readyPrefix = ".tonghop-ready-"

    public init(outbox: URL, writers: [any OutboxWriter]) {
        self.outbox = outbox
        self.writers = writers
    }

    /// The files now in place, by name.
    @discardableResult
    public func publish(_ input: ConsolidationInput, runID: Int64) throws -> [URL] {
        let fm = FileManager.default
        try fm.createDirectory(at: outbox, withIntermediateDirectories: true)
        try recover()
        let staging = outbox.appendingPathComponent("\(OutboxPublisher.stagingPrefix)\(runID)-\(getpid())", isDirectory: true)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for w in writers { try w.write(input, into: staging) }
            let names = try fm.contentsOfDirectory(atPath: staging.path).filter { !$0.hasPrefix(".") }.sorted()
            try Data((names.joined(separator: "\n") + "\n").utf8).write(to: staging.appendingPathComponent(OutboxPublisher.setFile))
            let ready = outbox.appendingPathComponent("\(OutboxPublisher.readyPrefix)\(runID)-\(getpid())", isDirectory: true)
            try OutboxPublisher.move(staging, to: ready)
            try place(ready)
            return names.map { outbox.appendingPathComponent($0) }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Completes a set a killed run made ready, and clears staging folders of killed runs.
    public func recover() throws {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: outbox.path)) ?? []).sorted()
        for name in names where name.hasPrefix(OutboxPublisher.stagingPrefix) {
            try? fm.removeItem(at: outbox.appendingPathComponent(name))
        }
        for name in names where name.hasPrefix(OutboxPublisher.readyPrefix) {
            try place(outbox.appendingPathComponent(name, isDirectory: true))
        }
    }

    /// Moves a ready set into place (idempotent: what was already moved is skipped).
    private func place(_ ready: URL) throws {
        let fm = FileManager.default
        let list = ready.appendingPathComponent(OutboxPublisher.setFile)
        let names = String(decoding: (try? Data(contentsOf: list)) ?? Data(), as: UTF8.self).split(separator: "\n").map(String.init)
        let previousList = outbox.appendingPathComponent(OutboxPublisher.setFile)
        let previous = String(decoding: (try? Data(contentsOf: previousList)) ?? Data(), as: UTF8.self).split(separator: "\n").map(String.init)
        for name in names where fm.fileExists(atPath: ready.appendingPathComponent(name).path) {
            try OutboxPublisher.move(ready.appendingPathComponent(name), to: outbox.appendingPathComponent(name))
        }
        for old in Set(previous).subtracting(names) where !old.contains("/") && !old.hasPrefix(".") {
            try? fm.removeItem(at: outbox.appendingPathComponent(old))
        }
        if fm.fileExists(atPath: list.path) { try OutboxPublisher.move(list, to: previousList) }
        try fm.removeItem(at: ready)
    }

    /// rename(2): atomic, replaces an existing file.
    static func move(_ from: URL, to: URL) throws {
        guard rename(from.path, to.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw CocoaError(.fileWriteUnknown, userInfo: [
                NSFilePathErrorKey: to.path,
                NSLocalizedDescriptionKey: "Không đặt được tệp vào \(to.deletingLastPathComponent().path) (\(reason)) / cannot move \(from.lastPathComponent) into \(to.deletingLastPathComponent().path): \(reason)",
            ])
        }
    }
}
