import Consolidation
import Foundation

/// The consolidated data as JSON (`schemaVersion` first-class), for a higher level to consume
/// and for tonghop to read back. Keys sorted, dates ISO 8601, plan dates "yyyy-mm-dd".
public struct JSONReportWriter: Sendable {
    public init() {}

    public func data(_ report: ConsolidatedReport) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return try e.encode(report)
    }

    public func write(_ report: ConsolidatedReport, to url: URL) throws {
        try data(report).write(to: url, options: .atomic)
    }
}

public enum JSONReportReader {
    public struct UnsupportedVersion: Error, CustomStringConvertible {
        public var found: Int
        public var description: String {
            "schemaVersion \(found) is newer than this tonghop understands (\(ConsolidatedReport.currentSchemaVersion))"
        }
    }

    /// Reads a report written by `JSONReportWriter`; refuses a newer schema version.
    public static func read(_ data: Data) throws -> ConsolidatedReport {
        struct Version: Decodable { var schemaVersion: Int }
        let v = try JSONDecoder().decode(Version.self, from: data)
        guard v.schemaVersion <= ConsolidatedReport.currentSchemaVersion else { throw UnsupportedVersion(found: v.schemaVersion) }
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return try d.decode(ConsolidatedReport.self, from: data)
    }

    public static func read(contentsOf url: URL) throws -> ConsolidatedReport {
        try read(Data(contentsOf: url))
    }
}
