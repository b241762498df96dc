import DocumentModel
import Foundation

/// `tonghop inspect --format json`: what the reader saw, in a shape written out by hand and
/// described by `docs/schemas/inspect.schema.json`. Every variant carries a `type`; optional
/// values are left out rather than null; nothing depends on how Swift would synthesize the
/// model's Codable (renaming a Swift field or case does not change this output).
enum InspectJSON {
    /// Bumped when the shape changes; the schema's `schemaVersion` const says the same.
    static let schemaVersion = 2

    static func document(_ d: Document, file: String) -> Data {
        encode(Output(file: file, document: d))
    }

    static func refusal(_ r: ReadRefusal, file: String) -> Data {
        encode(RefusalOutput(file: file, refusal: r))
    }

    private static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The wrappers below encode only strings, numbers, booleans, arrays and objects.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    enum Key: String, CodingKey {
        case schemaVersion, type, file, kind, properties, body, sheets, furniture, comments, diagnostics, refusal
        case title, subject, creator, lastModifiedBy, created, modified, application, company
        case text, style, list, alignment, bold, italic, fonts, location, id, name, headingLevel
        case numberingId, level, format, label, columnCount, rows, header, cells, column, columnSpan, rowSpan, blocks
        case part, index, table, row, sheet, ref, visibility, merges, textBoxes, hidden, formula, value, number, serial, date1904, iso
        case role, author, severity, code, message, detail, description
    }

    struct Output: Encodable {
        var file: String
        var document: Document
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(InspectJSON.schemaVersion, forKey: .schemaVersion)
            try c.encode("document", forKey: .type)
            try c.encode(file, forKey: .file)
            try c.encode(document.kind.rawValue, forKey: .kind)
            try c.encode(Properties(p: document.properties), forKey: .properties)
            try c.encode(document.body.map(BlockJSON.init), forKey: .body)
            try c.encode(document.sheets.map(SheetJSON.init), forKey: .sheets)
            try c.encode(document.furniture.map(PartJSON.init), forKey: .furniture)
            try c.encode(document.comments.map(CommentJSON.init), forKey: .comments)
            try c.encode(document.diagnostics.map(DiagnosticJSON.init), forKey: .diagnostics)
        }
    }

    struct RefusalOutput: Encodable {
        var file: String
        var refusal: ReadRefusal
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(InspectJSON.schemaVersion, forKey: .schemaVersion)
            try c.encode("refusal", forKey: .type)
            try c.encode(file, forKey: .file)
            var r = c.nestedContainer(keyedBy: Key.self, forKey: .refusal)
            try r.encode(refusal.kind.rawValue, forKey: .kind)
            try r.encode(refusal.message, forKey: .message)
            try r.encodeIfPresent(refusal.detail, forKey: .detail)
            try r.encodeIfPresent(refusal.part, forKey: .part)
        }
    }

    struct Properties: Encodable {
        var p: DocumentProperties
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encodeIfPresent(p.title, forKey: .title)
            try c.encodeIfPresent(p.subject, forKey: .subject)
            try c.encodeIfPresent(p.creator, forKey: .creator)
            try c.encodeIfPresent(p.lastModifiedBy, forKey: .lastModifiedBy)
            try c.encodeIfPresent(p.created, forKey: .created)
            try c.encodeIfPresent(p.modified, forKey: .modified)
            try c.encodeIfPresent(p.application, forKey: .application)
            try c.encodeIfPresent(p.company, forKey: .company)
        }
    }

    struct BlockJSON: Encodable {
        var block: Block
        init(_ b: Block) { block = b }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            switch block {
            case .paragraph(let p):
                try c.encode("paragraph", forKey: .type)
                try c.encode(p.text, forKey: .text)
                var s = c.nestedContainer(keyedBy: Key.self, forKey: .style)
                try s.encodeIfPresent(p.style.id, forKey: .id)
                try s.encodeIfPresent(p.style.name, forKey: .name)
                try s.encodeIfPresent(p.style.headingLevel, forKey: .headingLevel)
                if let l = p.list {
                    var lc = c.nestedContainer(keyedBy: Key.self, forKey: .list)
                    try lc.encode(l.numberingId, forKey: .numberingId)
                    try lc.encode(l.level, forKey: .level)
                    try lc.encode(l.format, forKey: .format)
                    try lc.encodeIfPresent(l.label, forKey: .label)
                }
                try c.encodeIfPresent(p.alignment?.rawValue, forKey: .alignment)
                try c.encode(p.isBold, forKey: .bold)
                try c.encode(p.isItalic, forKey: .italic)
                try c.encode(p.fonts, forKey: .fonts)
                try c.encode(LocationJSON(p.location), forKey: .location)
            case .table(let t):
                try c.encode("table", forKey: .type)
                try c.encode(t.columnCount, forKey: .columnCount)
                try c.encode(LocationJSON(t.location), forKey: .location)
                try c.encode(t.rows.map(RowJSON.init), forKey: .rows)
            }
        }
    }

    struct RowJSON: Encodable {
        var row: TableRow
        init(_ r: TableRow) { row = r }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(row.isHeader, forKey: .header)
            try c.encode(row.cells.map(CellJSON.init), forKey: .cells)
        }
    }

    struct CellJSON: Encodable {
        var cell: TableCell
        init(_ c: TableCell) { cell = c }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(cell.column, forKey: .column)
            try c.encode(cell.columnSpan, forKey: .columnSpan)
            try c.encode(cell.rowSpan, forKey: .rowSpan)
            try c.encode(cell.blocks.map(BlockJSON.init), forKey: .blocks)
        }
    }

    struct LocationJSON: Encodable {
        var location: Location
        init(_ l: Location) { location = l }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            switch location {
            case .paragraph(let part, let index):
                try c.encode("paragraph", forKey: .type)
                try c.encode(part, forKey: .part)
                try c.encode(index, forKey: .index)
            case .tableCell(let part, let table, let row, let column):
                try c.encode("tableCell", forKey: .type)
                try c.encode(part, forKey: .part)
                try c.encode(table, forKey: .table)
                try c.encode(row, forKey: .row)
                try c.encode(column, forKey: .column)
            case .sheetCell(let sheet, let row, let column):
                try c.encode("sheetCell", forKey: .type)
                try c.encode(sheet, forKey: .sheet)
                try c.encode(row, forKey: .row)
                try c.encode(column, forKey: .column)
            case .part(let part):
                try c.encode("part", forKey: .type)
                try c.encode(part, forKey: .part)
            }
            // The same place as the text output and every finding's `source` name it.
            try c.encode(location.description, forKey: .description)
        }
    }

    struct SheetJSON: Encodable {
        var sheet: Sheet
        init(_ s: Sheet) { sheet = s }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(sheet.name, forKey: .name)
            try c.encode(sheet.visibility.rawValue, forKey: .visibility)
            try c.encode(sheet.part, forKey: .part)
            try c.encode(sheet.merges.map { "\($0.first):\($0.last)" }, forKey: .merges)
            try c.encode(sheet.rows.map(SheetRowJSON.init), forKey: .rows)
            if !sheet.textBoxes.isEmpty { try c.encode(sheet.textBoxes.map(TextBoxJSON.init), forKey: .textBoxes) }
        }
    }

    struct TextBoxJSON: Encodable {
        var box: SheetTextBox
        init(_ b: SheetTextBox) { box = b }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(box.anchor.description, forKey: .ref)
            try c.encode(box.paragraphs.map { BlockJSON(.paragraph($0)) }, forKey: .blocks)
        }
    }

    struct SheetRowJSON: Encodable {
        var row: SheetRow
        init(_ r: SheetRow) { row = r }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(row.index, forKey: .index)
            try c.encode(row.isHidden, forKey: .hidden)
            try c.encode(row.cells.map { SheetCellJSON(cell: $0, row: row.index) }, forKey: .cells)
        }
    }

    struct SheetCellJSON: Encodable {
        var cell: SheetCell
        var row: Int
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(CellReference(row: row, column: cell.column).description, forKey: .ref)
            try c.encode(cell.column, forKey: .column)
            try c.encode(cell.hasFormula, forKey: .formula)
            var v = c.nestedContainer(keyedBy: Key.self, forKey: .value)
            switch cell.value {
            case .text(let s):
                try v.encode("text", forKey: .type)
                try v.encode(s, forKey: .text)
            case .number(let n):
                try v.encode("number", forKey: .type)
                // JSON has no NaN or infinity; a cached value like that is kept as text.
                if n.isFinite { try v.encode(n, forKey: .number) } else { try v.encode("\(n)", forKey: .text) }
            case .bool(let b):
                try v.encode("bool", forKey: .type)
                try v.encode(b, forKey: .value)
            case .date(let d):
                try v.encode("date", forKey: .type)
                try v.encode(d.serial, forKey: .serial)
                try v.encode(d.uses1904, forKey: .date1904)
                try v.encode(d.isoText, forKey: .iso)
            case .error(let e):
                try v.encode("error", forKey: .type)
                try v.encode(e, forKey: .text)
            }
        }
    }

    struct PartJSON: Encodable {
        var part: Part
        init(_ p: Part) { part = p }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(part.role.rawValue, forKey: .role)
            try c.encode(part.name, forKey: .name)
            try c.encode(part.blocks.map(BlockJSON.init), forKey: .blocks)
        }
    }

    struct CommentJSON: Encodable {
        var comment: Comment
        init(_ c: Comment) { comment = c }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(comment.id, forKey: .id)
            try c.encodeIfPresent(comment.author, forKey: .author)
            try c.encode(comment.text, forKey: .text)
        }
    }

    struct DiagnosticJSON: Encodable {
        var diagnostic: Diagnostic
        init(_ d: Diagnostic) { diagnostic = d }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(diagnostic.severity.rawValue, forKey: .severity)
            try c.encode(diagnostic.code, forKey: .code)
            try c.encode(diagnostic.message, forKey: .message)
            if let l = diagnostic.location { try c.encode(LocationJSON(l), forKey: .location) }
        }
    }
}
