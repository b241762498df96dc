// Provenance: where in a file a piece of content came from. Every extracted value carries
// one, so an officer can open the file and find the figure.

public enum Location: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The n-th paragraph (1-based, counting every paragraph of the story in order) of a part.
    case paragraph(part: String, index: Int)
    /// A paragraph inside a table cell: table n (1-based, document order, nested tables
    /// included), grid row and column (1-based).
    case tableCell(part: String, table: Int, row: Int, column: Int)
    /// A spreadsheet cell.
    case sheetCell(sheet: String, row: Int, column: Int)
    /// A whole part (document properties, a sheet, a comment).
    case part(String)

    public var description: String {
        switch self {
        // Concatenation: this is called for every figure and passage extracted, and plain
        // appends cost less than interpolation.
        case .paragraph(let part, let index):
            var s = part
            s.reserveCapacity(part.utf8.count + 20)
            s += " paragraph "; s += String(index)
            return s
        case .tableCell(let part, let table, let row, let column):
            var s = part
            s.reserveCapacity(part.utf8.count + 40)
            s += " table "; s += String(table); s += " row "; s += String(row); s += " cell "; s += String(column)
            return s
        case .sheetCell(let sheet, let row, let column):
            let quote = sheet.utf8.contains(where: { $0 == 0x20 || $0 == 0x21 || $0 == 0x27 })
            var s = quote ? "'" + (sheet.utf8.contains(0x27) ? sheet.replacingAll("'", "''") : sheet) + "'" : sheet
            s += "!"; s += CellReference.columnName(column); s += String(row)
            return s
        case .part(let part): return part
        }
    }
}

/// A problem the program went on after: shown to the user, stored, asserted in tests.
public struct Diagnostic: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning, error
        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.info, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    /// A stable, machine-readable code ("legacy-encoding", "nested-table", …).
    public var code: String
    /// What happened, in Vietnamese, for the officer.
    public var message: String
    public var location: Location?

    public init(severity: Severity, code: String, message: String, location: Location? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }
}

/// Why a file is not read as a document at all. Each kind has its own officer-facing reason,
/// so the review page can say exactly what to ask the unit for.
public struct ReadRefusal: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case empty                 // zero bytes
        case lockFile              // ~$name.docx, Office owner file
        case legacyWord            // OLE2 .doc
        case legacyExcel           // OLE2 .xls
        case encrypted             // OLE2 container with EncryptedPackage
        case pdf
        case unsupportedFormat     // anything else that is not DOCX/XLSX
        case truncated             // a zip whose central directory is missing or cut
        case corrupt               // a zip or part that cannot be read
        case notOfficeDocument     // a zip without the expected OOXML parts
        case tooManyEntries
        case duplicateEntry
        case unsafePath            // entry names with "..", absolute paths
        case sizeLimit             // inflated size per entry or in total
        case compressionRatio      // a zip bomb
        case doctype               // a part with <!DOCTYPE> (entity tricks); real OOXML never has one
        case xmlTooDeep
        case malformedXML
        case tooLarge              // more cells/paragraphs than any report can have
    }

    public var kind: Kind
    /// The reason, in Vietnamese, for the officer.
    public var message: String
    /// Technical detail for the operator log (part name, byte counts, libxml2 message), English.
    public var detail: String?
    /// The package part concerned, when there is one.
    public var part: String?

    public init(_ kind: Kind, _ message: String, detail: String? = nil, part: String? = nil) {
        self.kind = kind
        self.message = message
        self.detail = detail
        self.part = part
    }

    public var description: String {
        var s = "\(kind.rawValue): \(message)"
        if let part { s += " [\(part)]" }
        if let detail { s += " (\(detail))" }
        return s
    }
}

extension String {
    /// Foundation-free replace, so the model needs nothing but the standard library.
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
