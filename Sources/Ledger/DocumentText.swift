import DocumentModel
import Foundation
import GRDB

/// What the ledger keeps of a document's text, so that a finding or a figure can be shown in
/// place (the paragraph, the table row, the sheet row it came from) after the file has left
/// the inbox: one block per body or furniture paragraph, per table row (its grid, merged
/// cells repeated), per sheet row — each with the place the readers name it by.
public struct DocumentText: Sendable, Equatable {
    public enum Kind: String, Sendable { case paragraph = "p", tableRow = "t", sheetRow = "s" }

    public struct Block: Sendable, Equatable {
        public var kind: Kind
        /// The story (`word/document.xml`, `word/header1.xml`) or, for a sheet row, the sheet's name.
        public var part: String
        /// The paragraph's index (1-based, as `Location.paragraph`), or the table's number
        /// (1-based, document order, nested tables after the table holding them); 0 for a sheet row.
        public var number: Int
        /// The table row (1-based) or sheet row (as Excel numbers it); 0 for a paragraph.
        public var row: Int
        /// A paragraph's text (with its list label) as one cell; a row's cells by grid or sheet column.
        public var cells: [String]

        public init(kind: Kind, part: String, number: Int, row: Int, cells: [String]) {
            self.kind = kind; self.part = part; self.number = number; self.row = row; self.cells = cells
        }
    }

    public var blocks: [Block]
    public init(blocks: [Block]) { self.blocks = blocks }

    /// Widest sheet row kept (columns beyond it are not shown at the desk either).
    public static let maxSheetColumns = 40

    /// The blocks of a document as the readers made it.
    public init(_ document: Document) {
        var out: [Block] = []
        func story(_ blocks: [DocumentModel.Block], part: String) {
            var tableCount = 0
            func walk(_ blocks: [DocumentModel.Block], topLevel: Bool) {
                for b in blocks {
                    switch b {
                    case .paragraph(let p):
                        guard topLevel, case .paragraph(let named, let i) = p.location else { continue }
                        out.append(Block(kind: .paragraph, part: named, number: i, row: 0, cells: [(p.list?.label.map { $0 + " " } ?? "") + p.text]))
                    case .table(let t):
                        tableCount += 1
                        let number = tableCount
                        var named = part
                        switch t.location {
                        case .tableCell(let p, _, _, _), .paragraph(let p, _): named = p
                        default: break
                        }
                        // The grid in one pass (a merged cell's text in every position it covers):
                        // per column, the cell covering it and the last row it covers.
                        var covering = [(text: String, through: Int)?](repeating: nil, count: t.columnCount)
                        for (r, row) in t.rows.enumerated() {
                            for c in row.cells {
                                let text = c.text
                                for col in c.column..<min(t.columnCount, c.column + max(1, c.columnSpan)) where col >= 0 {
                                    covering[col] = (text, r + max(1, c.rowSpan) - 1)
                                }
                            }
                            let cells = covering.map { $0.flatMap { $0.through >= r ? $0.text : nil } ?? "" }
                            out.append(Block(kind: .tableRow, part: named, number: number, row: r + 1, cells: cells))
                        }
                        // Nested tables are counted after the table that holds them.
                        for row in t.rows { for c in row.cells { walk(c.blocks, topLevel: false) } }
                    }
                }
            }
            walk(blocks, topLevel: true)
        }
        story(document.body, part: "word/document.xml")
        for f in document.furniture { story(f.blocks, part: f.name) }
        for sheet in document.sheets {
            for r in sheet.rows {
                let width = min(Self.maxSheetColumns, r.cells.map(\.column).max() ?? 0)
                guard width > 0 else { continue }
                var cells = Array(repeating: "", count: width)
                for c in r.cells where c.column >= 1 && c.column <= width { cells[c.column - 1] = c.value.displayText }
                out.append(Block(kind: .sheetRow, part: sheet.name, number: 0, row: r.index, cells: cells))
            }
        }
        blocks = out
    }
}

extension Ledger {
    /// The separator of a row's cells in `document_text.cells` (ASCII unit separator: never in
    /// text the readers produce, which drop control characters).
    static let cellSeparator = "\u{1F}"

    static func insertText(_ text: DocumentText, submissionID: Int64, db: Database) throws {
        let stmt = try db.cachedStatement(sql: "INSERT INTO document_text (submission_id, ordinal, kind, part, number, row, cells) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (i, b) in text.blocks.enumerated() {
            try stmt.execute(arguments: [submissionID, i, b.kind.rawValue, b.part, b.number, b.row, b.cells.joined(separator: cellSeparator)])
        }
    }

    static func hasText(_ submissionID: Int64, db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM document_text WHERE submission_id = ?)", arguments: [submissionID]) ?? false
    }

    /// The text the ledger keeps of the document a reading was made from: that reading's own,
    /// or else the newest kept for the same content (nil: none kept — a ledger made before
    /// texts were kept, until the file is read again).
    public func documentText(submissionID: Int64) throws -> DocumentText? {
        try db.read { db in
            var id: Int64? = try Ledger.hasText(submissionID, db: db) ? submissionID : nil
            if id == nil {
                id = try Int64.fetchOne(db, sql: """
                    SELECT MAX(t.submission_id) FROM document_text t JOIN submission s ON s.id = t.submission_id
                    WHERE s.sha256 = (SELECT sha256 FROM submission WHERE id = ?)
                    """, arguments: [submissionID])
            }
            guard let id else { return nil }
            let rows = try Row.fetchAll(db, sql: "SELECT kind, part, number, row, cells FROM document_text WHERE submission_id = ? ORDER BY ordinal",
                                        arguments: [id])
            return DocumentText(blocks: rows.compactMap { r in
                guard let kind = DocumentText.Kind(rawValue: r["kind"]) else { return nil }
                let cells: String = r["cells"]
                return DocumentText.Block(kind: kind, part: r["part"], number: r["number"], row: r["row"],
                                          cells: cells.components(separatedBy: Ledger.cellSeparator))
            })
        }
    }
}
