import Foundation
import Ledger

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

    /// The words of `quote` as `text` writes them: a finding quotes with plain spaces what the
    /// document may write with no-break spaces or line breaks.
    static func find(_ quote: String, in text: String) -> String? {
        let words = quote.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        let pattern = words.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "\\s+")
        guard let re = try? NSRegularExpression(pattern: pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let r = Range(m.range, in: text) else { return nil }
        return String(text[r])
    }

    /// The passage around `location` in the document's text the ledger keeps, nil when the
    /// text has no such place.
    static func passage(in text: DocumentText, at location: String, file: String, mark quote: String? = nil) -> DeskPassage? {
        guard let place = place(location) else { return nil }
        func cell(_ text: String, _ marked: Bool) -> DeskPassage.Cell {
            let words = quote.flatMap { find($0, in: text) }
            return DeskPassage.Cell(text: text, highlighted: marked || words != nil, words: words)
        }
        switch place {
        case .paragraph(let part, let index):
            // The story's paragraphs in order (a table between them stands as one line: its first row).
            var items: [(index: Int?, text: String)] = []
            for b in text.blocks where b.part == part {
                switch b.kind {
                case .paragraph: items.append((b.number, b.cells.first ?? ""))
                case .tableRow where b.row == 1:
                    items.append((nil, "[Bảng] " + String(b.cells.joined(separator: " | ").prefix(160))))
                default: continue
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
            let table = text.blocks.filter { $0.kind == .tableRow && $0.part == part && $0.number == number }
            guard let target = table.first(where: { $0.row == row }) else { return nil }
            var rows: [[DeskPassage.Cell]] = []
            if row > 1, let head = table.first(where: { $0.row == 1 }) { rows.append(head.cells.map { cell($0, false) }) }
            rows.append(target.cells.enumerated().map { cell($0.element, $0.offset == column - 1) })
            return DeskPassage(file: file, place: "bảng \(number), dòng \(row), cột \(column)", rows: rows)
        case .sheetCell(let name, let row, let column):
            let sheet = text.blocks.filter { $0.kind == .sheetRow && $0.part == name }
            guard let target = sheet.first(where: { $0.row == row }) else { return nil }
            // The header: the first row with two or more values, above the place.
            let head = sheet.first { $0.row < row && $0.cells.filter { !$0.isEmpty }.count >= 2 }
            let width = max(1, min(26, max(column, max(target.cells.count, head?.cells.count ?? 0))))
            func line(_ b: DocumentText.Block, markColumn: Int?) -> [DeskPassage.Cell] {
                (1...width).map { c in cell(c <= b.cells.count ? b.cells[c - 1] : "", c == markColumn) }
            }
            var rows: [[DeskPassage.Cell]] = []
            if let head { rows.append(line(head, markColumn: nil)) }
            rows.append(line(target, markColumn: column))
            return DeskPassage(file: file, place: "trang tính “\(name)”, ô \(location.split(separator: "!").last ?? "")", rows: rows)
        }
    }

    /// What a location names, for the numbers it holds: a table's or sheet's row (its cells
    /// and the header row's cells above them), or a paragraph (one cell, no header).
    struct Subject: Equatable {
        var cells: [String]
        var head: [String]
    }

    static func subject(in text: DocumentText, at location: String) -> Subject? {
        guard let place = place(location) else { return nil }
        switch place {
        case .paragraph(let part, let index):
            guard let b = text.blocks.first(where: { $0.kind == .paragraph && $0.part == part && $0.number == index }) else { return nil }
            return Subject(cells: [b.cells.first ?? ""], head: [])
        case .tableCell(let part, let number, let row, _):
            let table = text.blocks.filter { $0.kind == .tableRow && $0.part == part && $0.number == number }
            guard let target = table.first(where: { $0.row == row }) else { return nil }
            let head = row > 1 ? table.first { $0.row == 1 }?.cells ?? [] : []
            return Subject(cells: target.cells, head: head)
        case .sheetCell(let name, let row, _):
            let sheet = text.blocks.filter { $0.kind == .sheetRow && $0.part == name }
            guard let target = sheet.first(where: { $0.row == row }) else { return nil }
            let head = sheet.first { $0.row < row && $0.cells.filter { !$0.isEmpty }.count >= 2 }?.cells ?? []
            return Subject(cells: target.cells, head: head)
        }
    }

    /// Whether `other` names cell `index` (0-based) of the row `place` names, or, for a
    /// paragraph, the same paragraph.
    static func names(_ other: Place, cell index: Int, ofRowAt place: Place) -> Bool {
        switch (place, other) {
        case (.paragraph, .paragraph): return place == other
        case (.tableCell(let p, let t, let r, _), .tableCell(let p2, let t2, let r2, let c2)): return p == p2 && t == t2 && r == r2 && c2 == index + 1
        case (.sheetCell(let s, let r, _), .sheetCell(let s2, let r2, let c2)): return s == s2 && r == r2 && c2 == index + 1
        default: return false
        }
    }
}
