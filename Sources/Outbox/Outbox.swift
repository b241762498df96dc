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
public struct JSONInputWriter: OutboxWriter {
    public var name: String { "json-input" }
    public init() {}

    public static let schemaVersion = 1

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
        public var current: [ReceivedSubmission]
        public var superseded: [ReceivedSubmission]
        public var reporters: [ReporterStatus]
        public var refused: [RefusedFile]
        public var review: [ReviewItem]
    }

    public static func document(_ input: ConsolidationInput) -> Document {
        Document(schemaVersion: schemaVersion,
                 pipeline: .init(id: input.pipeline.id, title: input.pipeline.plan.title, year: input.pipeline.plan.year,
                                 directory: input.pipeline.directory.path),
                 asOf: input.asOf, runID: input.runID, current: input.current, superseded: input.superseded,
                 reporters: input.reporters, refused: input.refused, review: input.review)
    }

    public static func encode(_ input: ConsolidationInput) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(document(input))
    }
}

/// Writes a run's outputs into a temporary folder inside the outbox, then renames each file
/// into place (same file system: each rename is atomic) and removes the temporary folder.
/// A run killed while writing leaves only a hidden `.tonghop-tmp-*` folder, which the next
/// publish clears.
public struct OutboxPublisher: Sendable {
    public var outbox: URL
    public var writers: [any OutboxWriter]

    public init(outbox: URL, writers: [any OutboxWriter]) {
        self.outbox = outbox
        self.writers = writers
    }

    /// The files now in place, by name.
    @discardableResult
    public func publish(_ input: ConsolidationInput, runID: Int64) throws -> [URL] {
        let fm = FileManager.default
        try fm.createDirectory(at: outbox, withIntermediateDirectories: true)
        // Leftovers of runs that were killed while writing.
        for name in (try? fm.contentsOfDirectory(atPath: outbox.path)) ?? [] where name.hasPrefix(".tonghop-tmp-") {
            try? fm.removeItem(at: outbox.appendingPathComponent(name))
        }
        let tmp = outbox.appendingPathComponent(".tonghop-tmp-\(runID)-\(getpid())", isDirectory: true)
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        for w in writers {
            try w.write(input, into: tmp)
        }
        var placed: [URL] = []
        for name in try fm.contentsOfDirectory(atPath: tmp.path).sorted() {
            let from = tmp.appendingPathComponent(name)
            let to = outbox.appendingPathComponent(name)
            // rename(2) replaces an existing file atomically.
            guard rename(from.path, to.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: to.path,
                                                               NSLocalizedDescriptionKey: "cannot move \(name) into \(outbox.path): \(String(cString: strerror(errno)))"])
            }
            placed.append(to)
        }
        return placed
    }
}
