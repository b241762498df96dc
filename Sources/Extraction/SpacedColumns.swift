import DocumentModel
import VietText

// A biểu drawn with spaces in plain paragraphs, the way one types a table in a monospaced
// font or pastes it from a mail or a console:
//
//   =====================================================================
//   STT NỘI DUNG CÔNG VIỆC                    ĐVT       SỐ LƯỢNG  T.TRẠNG
//   ---------------------------------------------------------------------
//   1   Phối hợp kiểm tra chất lượng xăng dầu,                    Đang làm
//       khí dầu mỏ hóa lỏng lưu thông trên thị trường
//         . cuộc kiểm tra                   cuộc            05
//
// Read as one paragraph each, a row's status and figures run into its words ("… xăng dầu,
// Đang làm khí dầu mỏ …") and its columns are lost. The columns are where the header's words
// stand: a row's pieces (parted by runs of spaces) go to the header column they overlap most
// (a number is often right-aligned under its header, a task's words run on under the next,
// empty, column). A header word parted by one space is its own column when every row has a
// space there too ("STT NỘI DUNG": the row numbers stand alone under STT). A line with words
// in one column only, where the row above had words, carries on that row (a long task typed
// on two lines). The rows are handed on as columns typed with "|" are (`pipedRows`), each
// paragraph its cells; the rules between rows and the lines joined to the row above are
// handed on as no cells, so that they neither end the grid nor read as lines of their own.
extension LineBuilder {
    /// The body's biểu drawn with spaces: paragraph number → cells by column ("" for none),
    /// `[]` for a rule or a line carried on by the row above. A header is a paragraph parted
    /// by runs of at least `gap` spaces into at least three columns, next to a rule (a line of
    /// one of "-=_" at least `ruleLength` long); it is kept when at least `least` rows follow.
    /// `least` 0: nothing is read this way.
    static func spacedRows(of blocks: [Block], gap: Int, least: Int, ruleLength: Int) -> [Int: [String]] {
        guard least > 0, gap >= 2, ruleLength > 0 else { return [:] }
        // Every header stands next to a rule: a body with none (nearly all) is passed by on its
        // bytes, before its paragraphs are cut into characters.
        func isRuleText(_ text: String) -> Bool {
            let bytes = text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }
            guard bytes.count >= ruleLength, let first = bytes.first, first == 0x2D || first == 0x3D || first == 0x5F else { return false }
            return bytes.allSatisfy { $0 == first }
        }
        guard blocks.contains(where: { block in
            if case .paragraph(let p) = block, case .paragraph = p.location { return isRuleText(p.text) }
            return false
        }) else { return [:] }
        // The body's top-level paragraphs in order, as characters; nil for a table (it ends a run).
        var paragraphs: [(index: Int, chars: [Character])?] = []
        for block in blocks {
            if case .paragraph(let p) = block, case .paragraph(_, let index) = p.location,
               !hasByte(p.text, 0x09), !hasByte(p.text, 0x0A), !hasByte(p.text, 0x7C) {
                paragraphs.append((index, Array(p.text)))
            } else {
                paragraphs.append(nil)
            }
        }
        func isRule(_ chars: [Character]) -> Bool {
            // One unbroken stroke: "----   ----" under a two-column quốc hiệu is no rule.
            guard let a = chars.firstIndex(where: { $0 != " " }), let b = chars.lastIndex(where: { $0 != " " }) else { return false }
            let body = chars[a...b]
            guard body.count >= ruleLength, let first = body.first, "-=_".contains(first) else { return false }
            return body.allSatisfy { $0 == first }
        }
        var out: [Int: [String]] = [:]
        var k = 0
        while k < paragraphs.count {
            guard let header = paragraphs[k] else { k += 1; continue }
            let headerPieces = pieces(header.chars, gap: gap)
            let ruled = (k > 0 && paragraphs[k - 1].map { isRule($0.chars) } == true)
                || (k + 1 < paragraphs.count && paragraphs[k + 1].map { isRule($0.chars) } == true)
            guard headerPieces.count >= 3, ruled else { k += 1; continue }
            // The rows under the header: up to a blank line, a table, or a line not parted into
            // columns that follows a rule or starts at the margin (the note under the biểu; a
            // task's second line is indented under its words).
            var rows: [(index: Int, chars: [Character])] = []
            var rules: [Int] = []
            var afterRule = true
            var j = k + 1
            while j < paragraphs.count, let line = paragraphs[j] {
                if isRule(line.chars) { rules.append(line.index); afterRule = true; j += 1; continue }
                if line.chars.allSatisfy({ $0 == " " }) { break }
                if pieces(line.chars, gap: gap).count < 2, afterRule || line.chars.first != " " { break }
                rows.append(line)
                afterRule = false
                j += 1
            }
            let columns = spacedColumns(headerPieces, header: header.chars, rows: rows.map(\.chars))
            var table: [(index: Int, cells: [String])] = [(header.index, columns.map { String(header.chars[$0.start..<min($0.end, header.chars.count)]) })]
            var carried: [Int] = []
            var previousRow = -1
            for (n, row) in rows.enumerated() {
                var cells = [String](repeating: "", count: columns.count)
                for piece in pieces(row.chars, gap: 2) {
                    let c = column(of: piece, in: columns)
                    let text = String(row.chars[piece.start..<piece.end])
                    cells[c] = cells[c].isEmpty ? text : cells[c] + " " + text
                }
                let filled = cells.indices.filter { !cells[$0].isEmpty }
                // A task typed on two lines: words in one column only, under the row above's
                // words, starting with a letter (a figure's line starts with its mark, ". cuộc").
                let ruleBetween = n > 0 && rules.contains { $0 > rows[n - 1].index && $0 < row.index }
                if filled.count == 1, previousRow >= 0, !ruleBetween, !table[previousRow].cells[filled[0]].isEmpty,
                   cells[filled[0]].first?.isLetter == true {
                    table[previousRow].cells[filled[0]] += " " + cells[filled[0]]
                    carried.append(row.index)
                    continue
                }
                table.append((row.index, cells))
                previousRow = table.count - 1
            }
            guard table.count - 1 >= least else { k += 1; continue }
            for row in table { out[row.index] = row.cells.map { VietText.collapseWhitespace($0) } }
            for index in rules + carried { out[index] = [] }
            k = j
        }
        return out
    }

    /// A line's pieces: runs of characters parted by at least `gap` spaces, as character offsets.
    static func pieces(_ chars: [Character], gap: Int) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        var start: Int? = nil
        var spaces = 0
        for (i, ch) in chars.enumerated() {
            if ch == " " || ch == "\u{00A0}" {
                spaces += 1
                if let s = start, spaces >= gap { out.append((s, i - spaces + 1)); start = nil }
            } else {
                if start == nil { start = i }
                spaces = 0
            }
        }
        if let s = start {
            var e = chars.count
            while e > s, chars[e - 1] == " " || chars[e - 1] == "\u{00A0}" { e -= 1 }
            out.append((s, e))
        }
        return out
    }

    /// The header's columns: its pieces, each parted again at a single space under which every
    /// row has a space too, with words on both sides in at least two rows.
    private static func spacedColumns(_ headerPieces: [(start: Int, end: Int)], header: [Character], rows: [[Character]]) -> [(start: Int, end: Int)] {
        func blank(_ chars: [Character], _ i: Int) -> Bool { i >= chars.count || chars[i] == " " || chars[i] == "\u{00A0}" }
        func words(_ chars: [Character], _ from: Int, _ to: Int) -> Bool {
            (from..<to).contains { !blank(chars, $0) }
        }
        var out: [(start: Int, end: Int)] = []
        for piece in headerPieces {
            var start = piece.start
            for q in piece.start..<piece.end where header[q] == " " && rows.allSatisfy({ blank($0, q) }) {
                let left = rows.filter { words($0, start, q) }.count
                let right = rows.filter { words($0, q + 1, piece.end) }.count
                if left >= 2, right >= 2 { out.append((start, q)); start = q + 1 }
            }
            out.append((start, piece.end))
        }
        return out
    }

    /// The column a piece stands under: the one it overlaps most, else the nearest.
    private static func column(of piece: (start: Int, end: Int), in columns: [(start: Int, end: Int)]) -> Int {
        var best = 0, bestOverlap = 0, bestDistance = Int.max
        for (c, col) in columns.enumerated() {
            let overlap = min(piece.end, col.end) - max(piece.start, col.start)
            let distance = overlap > 0 ? 0 : max(col.start - piece.end, piece.start - col.end)
            if overlap > bestOverlap || (bestOverlap == 0 && overlap <= 0 && distance < bestDistance) {
                best = c
                bestOverlap = max(overlap, 0)
                bestDistance = distance
            }
        }
        return best
    }
}
