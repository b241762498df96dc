import DocumentModel
import Foundation

/// The place a finding or a figure names ("word/document.xml paragraph 12",
/// "word/document.xml table 2 row 4 cell 3", "'Báo cáo'!D17"), found in the document and
/// shown with what stands around it: the paragraphs before and after, or the table's
/// header row and the row itself, with the named paragraph or cell marked.
enum PassageFinder {
    enum Place: Equatable {
        case paragraph(part: String, index: Int)
        case tableCell(part: String, table: Int, row: Int, column: Int)
        case sheetCell(sheet: String, row: Int, column: Int)
    }

    /// Reads a location as `Location.description` writes it.
    static func place(_ text: String) -> Place? {
        let words = text.split(separator: " ").map(String.init)
        if words.count >= 3, words[words.count - 2] == "paragraph", let n = Int(words.last!) {
            return .paragraph(part: words.dropLast(2).joined(separator: " "), index: n)
        }
        if words.count >= 7, words[words.count - 6] == "table", words[words.count - 4] == "row", words[words.count - 2] == "cell",
           let t = Int(words[words.count - 5]), let r = Int(words[words.count - 3]), let c = Int(words.last!) {
            return .tableCell(part: words.dropLast(6).joined(separator: " "), table: t, row: r, column: c)
        }
        // Sheet!A1, 'Sheet name'!A1 ('' for a quote inside).
        guard let bang = text.lastIndex(of: "!") else { return nil }
        var sheet = String(text[..<bang])
        if sheet.hasPrefix("'"), sheet.hasSuffix("'"), sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        let ref = text[text.index(after: bang)...]
        let letters = ref.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, let row = Int(ref.dropFirst(letters.count)) else { return nil }
        var column = 0
        for ch in letters.uppercased().unicodeScalars { column = column * 26 + Int(ch.value) - 64 }
        return .sheetCell(sheet: sheet, row: row, column: column)
    }

    /// The passage around `location` in `document`, nil when the document has no such place.
    static func passage(in document: Document, at location: String, file: String, mark quote: String? = nil) -> DeskPassage? {
        guard let place = place(location) else { return nil }
        func cell(_ text: String, _ marked: Bool) -> DeskPassage.Cell {
            DeskPassage.Cell(text: text, highlighted: marked || (quote.map { !$0.isEmpty && text.contains($0) } ?? false))
        }
        switch place {
        case .paragraph(let part, let index):
            // The story's paragraphs in order (a table between them stands as one line of its text).
            var items: [(index: Int?, text: String)] = []
            for b in stories(document, part: part) {
                switch b {
                case .paragraph(let p):
                    if case .paragraph(_, let i) = p.location { items.append((i, (p.list?.label.map { $0 + " " } ?? "") + p.text)) }
                case .table(let t):
                    items.append((nil, "[Bảng] " + String(t.rows.first.map { $0.cells.map(\.text).joined(separator: " | ") }?.prefix(160) ?? "")))
                }
            }
            guard let at = items.firstIndex(where: { $0.index == index }) else { return nil }
            let range = max(0, at - 2)...min(items.count - 1, at + 2)
            let rows = range.compactMap { i -> [DeskPassage.Cell]? in
                let t = items[i].text.trimmingCharacters(in: .whitespacesAndNewlines)
                return t.isEmpty && i != at ? nil : [cell(items[i].text, i == at)]
            }
            return DeskPassage(file: file, place: "đoạn \(index)", rows: rows)
        case .tableCell(let part, let number, let row, let column):
            guard let table = findTable(stories(document, part: part), part: part, number: number) else { return nil }
            var rows: [[DeskPassage.Cell]] = []
            let grid = table.grid
            if row > 1, let head = grid.first { rows.append(head.map { cell($0, false) }) }
            if row - 1 < grid.count, row >= 1 {
                rows.append(grid[row - 1].enumerated().map { cell($0.element, $0.offset == column - 1) })
            } else { return nil }
            return DeskPassage(file: file, place: "bảng \(number), dòng \(row), cột \(column)", rows: rows)
        case .sheetCell(let name, let row, let column):
            guard let sheet = document.sheets.first(where: { $0.name == name }) else { return nil }
            let width = max(column, sheet.rows.map { $0.cells.map(\.column).max() ?? 0 }.max() ?? 0)
            func line(_ r: SheetRow, markColumn: Int?) -> [DeskPassage.Cell] {
                (1...max(1, min(width, 26))).map { c in
                    cell(r.cells.first { $0.column == c }?.value.displayText ?? "", c == markColumn)
                }
            }
            var rows: [[DeskPassage.Cell]] = []
            // The header: the first row with two or more values, above the place.
            if let head = sheet.rows.first(where: { $0.index < row && $0.cells.filter { !$0.value.displayText.isEmpty }.count >= 2 }) {
                rows.append(line(head, markColumn: nil))
            }
            guard let target = sheet.rows.first(where: { $0.index == row }) else { return nil }
            rows.append(line(target, markColumn: column))
            return DeskPassage(file: file, place: "trang tính “\(name)”, ô \(location.split(separator: "!").last ?? "")", rows: rows)
        }
    }

    /// The blocks of a part: the body, or a header, footer or note part of that name.
    static func stories(_ d: Document, part: String) -> [Block] {
        if let f = d.furniture.first(where: { $0.name == part }) { return f.blocks }
        return d.body
    }

    /// Table `number` of a part, counted as the reader counts them (document order, a table
    /// before the tables nested in it).
    static func findTable(_ blocks: [Block], part: String, number: Int) -> Table? {
        var count = 0
        func walk(_ blocks: [Block]) -> Table? {
            for b in blocks {
                guard case .table(let t) = b else { continue }
                count += 1
                if count == number { return t }
                for r in t.rows { for c in r.cells { if let found = walk(c.blocks) { return found } } }
            }
            return nil
        }
        return walk(blocks)
    }
}
