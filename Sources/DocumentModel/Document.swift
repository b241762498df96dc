// The one document model. Every reader (DOCX, XLSX, and any format added later) produces a
// `Document`; extraction, the ledger and the writers see only this model, never OOXML.
// It is small, closed and value-typed so that it can be compared in tests and written to
// JSON (`tonghop inspect --format json`) with a schema version.

/// A file as the reader saw it.
public struct Document: Sendable, Equatable, Codable {
    /// Bumped whenever the JSON shape of this model changes.
    public static let schemaVersion = 1

    public enum Kind: String, Sendable, Codable {
        case wordprocessing = "docx"
        case spreadsheet = "xlsx"
    }

    public var kind: Kind
    public var properties: DocumentProperties
    /// Word body, in reading order. Empty for spreadsheets.
    public var body: [Block]
    /// Spreadsheet sheets, in workbook order. Empty for Word documents.
    public var sheets: [Sheet]
    /// Headers, footers, footnotes and endnotes: kept apart from the body so that page
    /// furniture never reads as report content.
    public var furniture: [Part]
    /// Reviewer comments: not part of the report, but shown by `inspect`.
    public var comments: [Comment]
    /// What the reader noticed and worked around ("went on, degraded").
    public var diagnostics: [Diagnostic]
    /// A workbook that counts its date serials from 1904 (`workbookPr date1904`, Excel for Mac's
    /// old default): a plain number that stands for a date is read in that system too.
    public var usesDateSystem1904: Bool = false

    public init(
        kind: Kind, properties: DocumentProperties = .init(), body: [Block] = [], sheets: [Sheet] = [],
        furniture: [Part] = [], comments: [Comment] = [], diagnostics: [Diagnostic] = []
    ) {
        self.kind = kind
        self.properties = properties
        self.body = body
        self.sheets = sheets
        self.furniture = furniture
        self.comments = comments
        self.diagnostics = diagnostics
    }
}

/// Core and app properties (docProps/core.xml, docProps/app.xml).
public struct DocumentProperties: Sendable, Equatable, Codable {
    public var title: String?
    public var subject: String?
    public var creator: String?
    public var lastModifiedBy: String?
    /// W3CDTF as stored, e.g. "2026-10-28T08:15:00Z".
    public var created: String?
    public var modified: String?
    /// The producing application ("Microsoft Office Word", "LibreOffice/7.4…", "WPS Office").
    public var application: String?
    public var company: String?

    public init(
        title: String? = nil, subject: String? = nil, creator: String? = nil, lastModifiedBy: String? = nil,
        created: String? = nil, modified: String? = nil, application: String? = nil, company: String? = nil
    ) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.lastModifiedBy = lastModifiedBy
        self.created = created
        self.modified = modified
        self.application = application
        self.company = company
    }
}

/// A block of a Word story (body, header, footer, note, table cell).
public enum Block: Sendable, Equatable, Codable {
    case paragraph(Paragraph)
    case table(Table)

    /// Plain text of the block: a paragraph's text, or a table's cells row by row
    /// (cells separated by tabs, rows by newlines).
    public var text: String {
        switch self {
        case .paragraph(let p): return p.text
        case .table(let t): return t.rows.map { row in row.cells.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
        }
    }
}

public struct Paragraph: Sendable, Equatable, Codable {
    /// All runs joined, tracked changes accepted, field results kept, tabs and breaks as
    /// whitespace, NFC; outside tables, the text of a footnote or an endnote in parentheses
    /// where its mark stands (a comment never). An automatic list label is not part of it
    /// (see `list`).
    public var text: String
    public var style: ParagraphStyle
    public var list: ListItem?
    public var alignment: Alignment?
    /// True when every run that carries text is bold (a typical unnumbered heading).
    public var isBold: Bool
    public var isItalic: Bool
    /// Fonts the runs declare (w:rFonts), de-duplicated in order. A legacy font name alone
    /// never proves a legacy encoding; the reader checks the characters too.
    public var fonts: [String]
    public var location: Location
    /// The texts of the footnotes, endnotes and comments anchored in the paragraph (their
    /// reference marks), in the order of the marks; nil when none. The notes themselves stay
    /// in `Document.furniture` and `Document.comments`: this says what they are attached to.
    public var notes: [String]?

    public init(
        text: String, style: ParagraphStyle = .init(), list: ListItem? = nil, alignment: Alignment? = nil,
        isBold: Bool = false, isItalic: Bool = false, fonts: [String] = [], location: Location, notes: [String]? = nil
    ) {
        self.notes = notes
        self.text = text
        self.style = style
        self.list = list
        self.alignment = alignment
        self.isBold = isBold
        self.isItalic = isItalic
        self.fonts = fonts
        self.location = location
    }
}

public struct ParagraphStyle: Sendable, Equatable, Codable {
    /// The w:pStyle id, e.g. "Heading1", "ListParagraph".
    public var id: String?
    /// The style's display name from styles.xml, e.g. "heading 1".
    public var name: String?
    /// 1…9 for headings (from the style or w:outlineLvl), nil for body text.
    public var headingLevel: Int?

    public init(id: String? = nil, name: String? = nil, headingLevel: Int? = nil) {
        self.id = id
        self.name = name
        self.headingLevel = headingLevel
    }
}

/// Word automatic numbering on a paragraph (w:numPr).
public struct ListItem: Sendable, Equatable, Codable {
    public var numberingId: Int
    /// 0-based list level (w:ilvl).
    public var level: Int
    /// w:numFmt of that level: "bullet", "decimal", "lowerLetter", "upperRoman", …
    public var format: String
    /// The label Word would show, computed from the level text and counters ("a)", "1.", "-", "•").
    public var label: String?

    public init(numberingId: Int, level: Int, format: String, label: String? = nil) {
        self.numberingId = numberingId
        self.level = level
        self.format = format
        self.label = label
    }
}

public enum Alignment: String, Sendable, Equatable, Codable {
    case left, center, right, justify
}

/// A table resolved to its grid: each row lists the cells that *start* in it, each placed at
/// its grid column with its spans; a vertically merged cell appears once, in its first row,
/// with `rowSpan` > 1.
public struct Table: Sendable, Equatable, Codable {
    public var rows: [TableRow]
    /// Number of grid columns (w:tblGrid, or the widest row when the grid is missing).
    public var columnCount: Int
    public var location: Location

    public init(rows: [TableRow], columnCount: Int, location: Location) {
        self.rows = rows
        self.columnCount = columnCount
        self.location = location
    }

    /// The cell covering grid position (row, column), following horizontal and vertical merges.
    public func cell(row: Int, column: Int) -> TableCell? {
        guard row >= 0, row < rows.count else { return nil }
        var r = row
        while r >= 0 {
            for cell in rows[r].cells where column >= cell.column && column < cell.column + cell.columnSpan {
                return r + cell.rowSpan > row ? cell : nil
            }
            r -= 1
        }
        return nil
    }

    /// Text per grid position; a merged cell's text appears in every position it covers.
    public var grid: [[String]] {
        (0..<rows.count).map { r in (0..<columnCount).map { c in cell(row: r, column: c)?.text ?? "" } }
    }
}

public struct TableRow: Sendable, Equatable, Codable {
    public var cells: [TableCell]
    /// w:tblHeader: the row repeats as a header on each page.
    public var isHeader: Bool

    public init(cells: [TableCell], isHeader: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
    }
}

public struct TableCell: Sendable, Equatable, Codable {
    /// 0-based grid column where the cell starts.
    public var column: Int
    public var columnSpan: Int
    public var rowSpan: Int
    /// Paragraphs and nested tables of the cell.
    public var blocks: [Block]
    /// The cell's shading, as an opaque key of its colour ("rgb:92D050", "theme:6:99"); nil
    /// when unshaded. Status is sometimes written only this way, with a legend.
    public var fill: String?

    public init(column: Int, columnSpan: Int = 1, rowSpan: Int = 1, blocks: [Block], fill: String? = nil) {
        self.column = column
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.blocks = blocks
        self.fill = fill
    }

    /// The cell's text: its blocks joined by newlines.
    public var text: String { blocks.map(\.text).joined(separator: "\n") }
}

/// A header, footer, footnote or endnote story.
public struct Part: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable { case header, footer, footnote, endnote }
    public var role: Role
    /// Package part name, e.g. "word/header1.xml".
    public var name: String
    public var blocks: [Block]

    public init(role: Role, name: String, blocks: [Block]) {
        self.role = role
        self.name = name
        self.blocks = blocks
    }
}

public struct Comment: Sendable, Equatable, Codable {
    public var id: String
    public var author: String?
    public var text: String

    public init(id: String, author: String?, text: String) {
        self.id = id
        self.author = author
        self.text = text
    }
}
