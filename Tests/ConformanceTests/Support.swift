import DocumentModel
import Foundation
import OOXML

/// Where the expected values and the files they were taken from live.
enum Conformance {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = here.deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the package root (or /work/shared/corpus); nil when absent.
    static let corpus: URL? = {
        for candidate in [packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
                          URL(fileURLWithPath: "/work/shared/corpus")] {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("world").path) { return candidate }
        }
        return nil
    }()

    /// The file behind a key of the expected values: "calamine/x.xlsx" (world corpus) or "own/x.xlsx".
    static func file(_ key: String) -> URL? {
        if key.hasPrefix("own/") { return here.appendingPathComponent("Fixtures/" + key.dropFirst(4)) }
        return corpus?.appendingPathComponent("world/" + key)
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: here.appendingPathComponent("Expected/\(name)")))
    }

    /// Whitespace runs (including no-break, zero-width and line separators) folded to one space, NFC.
    static func normalized(_ s: String) -> String {
        var out = ""
        var pendingSpace = false
        for u in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            if u.properties.isWhitespace || u.value == 0x200B || u.value == 0xFEFF {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(u)
        }
        return out
    }

    /// "AB12" for (12, 28).
    static func ref(_ row: Int, _ column: Int) -> String {
        var c = column, letters = ""
        while c > 0 { c -= 1; letters = String(UnicodeScalar(UInt8(65 + c % 26))) + letters; c /= 26 }
        return "\(letters)\(row)"
    }
}

/// One cell as the peer read it: [row, column, kind, value].
struct ExpectedCell: Decodable {
    enum Value: Equatable { case string(String), number(Double), bool(Bool) }
    var row: Int
    var column: Int
    var kind: String
    var value: Value

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        row = try c.decode(Int.self)
        column = try c.decode(Int.self)
        kind = try c.decode(String.self)
        if let b = try? c.decode(Bool.self) { value = .bool(b) }
        else if let d = try? c.decode(Double.self) { value = .number(d) }
        else { value = .string(try c.decode(String.self)) }
    }
}

struct ExpectedSheet: Decodable {
    var name: String
    var peerError: String?
    var cells: [ExpectedCell]?
}

struct ExpectedBook: Decodable {
    var peerError: String?
    var sheets: [ExpectedSheet]?
}

struct ExpectedDocument: Decodable {
    var peerError: String?
    var text: String?
}

struct ExpectedFile<T: Decodable>: Decodable {
    var files: [String: T]
}
