import DocumentModel
import VietText

/// The document flattened to lines, the one shape extraction reads: a Word paragraph is a
/// line of one cell, a table row or a spreadsheet row a line of several. Layout differences
/// between Word and Excel reports end here.
struct Line: Sendable {
    enum Container: Sendable, Hashable {
        case body
        case table(Int)       // Word table number, document order
        case sheet(String)
    }

    struct Cell: Sendable {
        /// 0-based grid or sheet column.
        var column: Int
        var span: Int
        var text: String
        /// A number or date as stored in a spreadsheet cell.
        var value: CellValue?
        var location: Location
        /// Covered by a vertically merged cell that started in an earlier row: the text is
        /// that cell's, repeated so that labels ("2.b", "Hoàn thành") reach every row.
        var continued: Bool
    }

    var cells: [Cell] { didSet { text = Line.joined(cells) } }
    var container: Container
    var isBold = false
    var listLabel: String?
    var headingLevel: Int?
    /// The row starts in a vertically merged table group (Word) or is hidden (Excel).
    var isHidden = false
    /// The line's own cells joined by spaces (cells continued from above left out); kept,
    /// since every rule reads it.
    private(set) var text: String

    init(cells: [Cell], container: Container, isBold: Bool = false, listLabel: String? = nil, headingLevel: Int? = nil) {
        self.cells = cells
        self.container = container
        self.isBold = isBold
        self.listLabel = listLabel
        self.headingLevel = headingLevel
        self.text = Line.joined(cells)
    }

    private static func joined(_ cells: [Cell]) -> String {
        if cells.count == 1, !cells[0].continued { return cells[0].text }
        var out = ""
        for cell in cells where !cell.continued {
            if !out.isEmpty { out += " " }
            out += cell.text
        }
        return out
    }
    var firstLocation: Location? { cells.first?.location }
}

enum LineBuilder {
    /// `numberingMarks`: marks after an item's number that stand for its "." (vocabulary.yaml
    /// `numbering_marks`: "2/ …", "2- …"); a line so numbered starts a new item.
    /// `labels`: the folded names of a report's sections ("khó khăn", "kiến nghị"); a line that
    /// is only such a name and its colon ("khó khăn:" typed in lower case) starts a section,
    /// never carries on the sentence above.
    /// `boards`: whether a sheet laid out as one wide row or as a board of stages is read as
    /// the works it lists (`oneWideRow`, `statusBoard`).
    /// `piped`: the body's paragraphs of columns typed with "|" (`pipedRows(of:least:)`, found
    /// once per document for the lines and the grids): their cells, by paragraph number.
    /// `framedLines`: a Word table of one cell holding at least this many lines (paragraphs
    /// and line breaks) is a frame drawn round the report's text: its lines are read as the
    /// body's paragraphs (0: never).
    static func lines(of document: Document, numberingMarks: [Unicode.Scalar] = [], labels: Set<String> = [], boards: Bool = false,
                      piped: [Int: [String]] = [:], framedLines: Int = 0) -> [Line] {
        var out: [Line] = []
        switch document.kind {
        case .wordprocessing:
            var tableCounter = 0
            walk(document.body, into: &out, tableCounter: &tableCounter, marks: numberingMarks, labels: labels, piped: piped, framedLines: framedLines)
        case .spreadsheet:
            for sheet in document.sheets where sheet.visibility == .visible {
                // Merged ranges by their top-left cell, looked up once per cell.
                var spans: [CellReference: Int] = [:]
                for m in sheet.merges { spans[m.first] = m.last.column - m.first.column + 1 }
                let first = out.count
                // Hidden rows too: folded or hidden for printing, they are still the unit's.
                for row in sheet.rows {
                    var cells: [Line.Cell] = []
                    for cell in row.cells {
                        // "135 mẫu", "50%": the number as its format shows it.
                        let text = collapsedKeepingLines(cell.shownText)
                        if text.isEmpty { continue }
                        let value: CellValue? = { if case .text = cell.value { return nil } else { return cell.percentage == true ? nil : cell.value } }()
                        let span = spans[CellReference(row: row.index, column: cell.column)] ?? 1
                        cells.append(Line.Cell(column: cell.column - 1, span: span, text: text, value: value,
                                               location: .sheetCell(sheet: sheet.name, row: row.index, column: cell.column),
                                               continued: false))
                    }
                    // A passage typed in one cell with Alt+Enter ("1/ Tuyên truyền:⏎- Đăng 08 tin
                    // …⏎- Tình trạng: đã xong."): each line an item of its own, as the paragraphs
                    // of a Word report are — only when every line opens with a number's or a
                    // bullet's mark (a header block or a signature typed in one cell is not split).
                    if let rows = groupedRowParts(cells, marks: []) {
                        for row in rows { out.append(Line(cells: row, container: .sheet(sheet.name))) }
                        continue
                    }
                    if cells.count == 1, let items = markedLines(cells[0].text, marks: numberingMarks) {
                        for item in items {
                            var cell = cells[0]
                            cell.text = item
                            cell.value = nil
                            out.append(Line(cells: [cell], container: .sheet(sheet.name)))
                        }
                        continue
                    }
                    if !cells.isEmpty { out.append(Line(cells: cells, container: .sheet(sheet.name))) }
                }
                if let pairs = oneResponse(Array(out[first...])) { out.replaceSubrange(first..., with: pairs) }
                else if boards, let (range, items) = oneWideRow(Array(out[first...])) ?? statusBoard(Array(out[first...])) {
                    out.replaceSubrange((first + range.lowerBound)..<(first + range.upperBound), with: items)
                }
                placeTextBoxes(sheet, in: &out, from: first)
            }
        }
        return out
    }

    /// A row that reports several works at once ("Tuyên truyền + tập huấn cán bộ | + 11 tin bài
    /// …⏎+ 01 lớp cho 38 cán bộ … | Xong"): its title joins the works with " + " and one cell
    /// to its right holds as many marked lines, one per work, in the same order. Read as one
    /// row per work — the title's part, that work's line and the row's other cells (the one
    /// status said of the group is each work's) — so that each is resolved by its own words.
    /// nil for any other row (a title of one work over several lines is one task's row).
    static func groupedRowParts(_ cells: [Line.Cell], marks: [Unicode.Scalar]) -> [[Line.Cell]]? {
        // A row with no "+" byte joins no works (every row of every table comes here).
        guard cells.contains(where: { hasByte($0.text, 0x2B) }) else { return nil }
        guard let g = groupedRow(cells.map { ($0.text, !$0.continued && $0.value == nil) }, marks: marks) else { return nil }
        return g.parts.indices.map { i in
            var row = cells
            row[g.title].text = g.parts[i]
            row[g.detail].text = g.items[i]
            return row
        }
    }

    /// The shape `groupedRowParts` reads, on a row's cells in order (`plain`: a text cell of
    /// the row's own, not continued from above): the title cell, the detail cell, the title's
    /// parts and the detail's lines, as many of each.
    static func groupedRow(_ cells: [(text: String, plain: Bool)], marks: [Unicode.Scalar]) -> (title: Int, detail: Int, parts: [String], items: [String])? {
        guard cells.count >= 2 else { return nil }
        // " + " has the byte "+": a title without it (nearly every cell of every table) is passed
        // over before it is split.
        for (t, title) in cells.enumerated() where title.plain && hasByte(title.text, 0x2B) && !hasByte(title.text, 0x0A) {
            let parts = title.text.components(separatedBy: " + ").map { $0.trimmed() }
            guard parts.count >= 2, parts.allSatisfy({ p in p.contains(where: \.isLetter) }) else { continue }
            var found: (Int, [String])?
            for d in cells.indices where d > t && cells[d].plain {
                guard let items = markedLines(cells[d].text, marks: marks), items.count == parts.count else { continue }
                if found != nil { return nil }
                found = (d, items)
            }
            guard let (d, items) = found else { return nil }
            return (t, d, parts, items)
        }
        return nil
    }

    /// The lines of a cell typed with Alt+Enter when there are two or more and each opens
    /// with an item's mark: a bullet ("-", "+", "•", "*", "–"), or a number, a letter or a
    /// roman numeral before ".", ")", "/" or one of `marks` ("1.", "2.1.", "a)", "II/"); nil
    /// otherwise.
    static func markedLines(_ text: String, marks: [Unicode.Scalar]) -> [String]? {
        guard hasByte(text, 0x0A) else { return nil }
        let lines = text.split(separator: "\n").map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
        guard lines.count >= 2, lines.allSatisfy({ opensWithMark($0, marks: marks) }) else { return nil }
        return lines
    }

    static func opensWithMark(_ line: String, marks: [Unicode.Scalar]) -> Bool {
        let chars = Array(line.prefix(10))
        guard let first = chars.first else { return false }
        if "-+•*–".contains(first) { return chars.count > 1 && chars[1] == " " }
        var k = 0
        if first.isNumber {
            while k < chars.count, chars[k].isNumber || chars[k] == "." && k + 1 < chars.count && chars[k + 1].isNumber { k += 1 }
        } else if "IVX".contains(first) {
            while k < chars.count, k < 4, "IVX".contains(chars[k]) { k += 1 }
        } else if first.isLetter, first.isLowercase {
            k = 1
        }
        guard k > 0, k < chars.count else { return false }
        let mark = chars[k]
        guard mark == "." || mark == ")" || mark == "/" || mark.unicodeScalars.count == 1 && marks.contains(mark.unicodeScalars.first!) else { return false }
        return k + 1 == chars.count || chars[k + 1] == " "
    }

    /// A sheet's text boxes where they stand: each paragraph a line of one cell at the box's
    /// anchor column, after the lines of the rows down to the box's anchor row (a box of
    /// "KHÓ KHĂN, VƯỚNG MẮC: …" floating under the table reads after the table).
    static func placeTextBoxes(_ sheet: Sheet, in out: inout [Line], from first: Int) {
        for box in sheet.textBoxes {
            let lines = box.paragraphs.map { p in
                Line(cells: [Line.Cell(column: box.anchor.column - 1, span: 1, text: collapsedKeepingLines(p.text), value: nil,
                                       location: p.location, continued: false)],
                     container: .sheet(sheet.name), isBold: p.isBold)
            }
            var at = out.count
            for i in first..<out.count {
                if case .sheetCell(_, let row, _)? = out[i].firstLocation, row > box.anchor.row { at = i; break }
            }
            out.insert(contentsOf: lines, at: at)
        }
    }

    /// A form's responses exported as a sheet (Google Forms, Microsoft Forms): the questions
    /// across the first row, one response in the row below ("Dấu thời gian | Địa chỉ email |
    /// Tên đơn vị | … | Khó khăn, vướng mắc"). Read as the form it was: one line per answered
    /// question, the question then its answer ("Tên đơn vị | Phòng Kiểm tra – Pháp chế",
    /// "Khó khăn, vướng mắc | - …"). A grid question's row stands in brackets after the
    /// question ("Tình hình thực hiện các nội dung [Kiểm tra, giám sát TĐC hàng hóa]"): the
    /// row is the line's label. nil for any other sheet.
    static func oneResponse(_ rows: [Line]) -> [Line]? {
        guard rows.count == 2 else { return nil }
        let questions = rows[0].cells, answers = rows[1].cells
        guard questions.count >= 6, answers.count >= 3, questions.allSatisfy({ $0.value == nil && $0.span == 1 }),
              answers.allSatisfy({ a in questions.contains { $0.column == a.column } }) else { return nil }
        var out: [Line] = []
        for q in questions {
            guard let a = answers.first(where: { $0.column == q.column }) else { continue }
            var label = q.text
            if label.hasSuffix("]"), let open = label.lastIndex(of: "["), open > label.startIndex,
               label[label.index(before: open)] == " " {
                let row = label[label.index(after: open)..<label.index(before: label.endIndex)].trimmed()
                if !row.isEmpty { label = row }
            }
            var question = q
            question.column = 0
            question.text = label
            var answer = a
            answer.column = 1
            answer.span = 1
            out.append(Line(cells: [question, answer], container: rows[0].container))
        }
        return out
    }

    /// A biểu whose whole report is one wide row: the works across a row of group headers,
    /// each merged over the headers of its counts in the row below ("Tuyên truyền" over "Tin
    /// bài | Hội nghị | Người dự"), the unit's name then its numbers in the row under them ("-"
    /// where a work has none), and, optionally, a row of how far each work came, one cell per
    /// work ("Tình trạng | Đã xong | … | Đang làm"). Read as the works it lists: one line per
    /// work, its header then its counts, each with its header ("Tuyên truyền: 17 Tin bài; 1 Hội
    /// nghị; 90 Người dự. Tình trạng: Đã xong"), placed at the work's first number. Told by its
    /// shape alone: at least three works, one of them merged over several counts; one row of
    /// numbers (a second one makes it a table of units, read as a table). The rows it covers in
    /// `rows` and the lines that replace them; nil for any other sheet.
    static func oneWideRow(_ rows: [Line]) -> (Range<Int>, [Line])? {
        func isNumber(_ c: Line.Cell) -> Bool { if case .number? = c.value { return true } else { return false } }
        func isPlaceholder(_ c: Line.Cell) -> Bool { ["-", "–", "—", "x", "0"].contains(c.text) }
        guard rows.count >= 3 else { return nil }
        for i in 0..<(rows.count - 2) {
            let groupRow = rows[i], countRow = rows[i + 1], dataRow = rows[i + 2]
            guard groupRow.cells.count >= 4, groupRow.cells.allSatisfy({ $0.value == nil }),
                  groupRow.cells.contains(where: { $0.span > 1 }) else { continue }
            let labelColumn = groupRow.cells[0].column
            let groups = Array(groupRow.cells.dropFirst())
            func group(of column: Int) -> Int? { groups.firstIndex { column >= $0.column && column < $0.column + $0.span } }
            guard countRow.cells.count >= 4, countRow.cells.allSatisfy({ $0.value == nil && group(of: $0.column) != nil }),
                  Set(countRow.cells.compactMap { group(of: $0.column) }).count == groups.count,
                  groups.contains(where: { g in countRow.cells.filter { $0.column >= g.column && $0.column < g.column + g.span }.count > 1 }),
                  let name = dataRow.cells.first, name.column == labelColumn, name.value == nil, name.text.contains(where: \.isLetter)
            else { continue }
            let values = dataRow.cells.dropFirst()
            guard values.allSatisfy({ group(of: $0.column) != nil && (isNumber($0) || isPlaceholder($0)) }),
                  values.filter(isNumber).count >= 2 else { continue }
            // A second row of numbers: a table of units, not one unit's row.
            var end = i + 3
            if end < rows.count, rows[end].cells.dropFirst().contains(where: isNumber) { continue }
            // The row of how far each work came.
            var statuses: [Int: String] = [:]
            var statusLabel: String?
            if end < rows.count, let label = rows[end].cells.first, label.column == labelColumn, label.value == nil,
               rows[end].cells.count >= 2, rows[end].cells.dropFirst().allSatisfy({ $0.value == nil && group(of: $0.column) != nil }) {
                statusLabel = label.text
                for c in rows[end].cells.dropFirst() { if let g = group(of: c.column), statuses[g] == nil { statuses[g] = c.text } }
                end += 1
            }
            var items: [Line] = []
            for (g, work) in groups.enumerated() {
                var parts: [String] = []
                var place: Location?
                for header in countRow.cells where group(of: header.column) == g {
                    guard let value = values.first(where: { $0.column == header.column }), isNumber(value) else { continue }
                    place = place ?? value.location
                    // "Phạt (đồng)": the unit of measure in brackets goes after the number.
                    var noun = header.text
                    var unit = ""
                    if noun.hasSuffix(")"), let open = noun.lastIndex(of: "("), open > noun.startIndex {
                        unit = String(noun[noun.index(after: open)..<noun.index(before: noun.endIndex)]).trimmed()
                        noun = String(noun[..<open]).trimmed()
                    }
                    parts.append(unit.isEmpty ? "\(value.text) \(noun)" : "\(noun) \(value.text) \(unit)")
                }
                let status = statuses[g].map { "\(statusLabel ?? ""): \($0)" }
                guard !parts.isEmpty || status != nil else { continue }
                var text = work.text + ":"
                if !parts.isEmpty { text += " " + parts.joined(separator: "; ") + "." }
                if let status { text += " " + status }
                items.append(Line(cells: [Line.Cell(column: labelColumn, span: 1, text: text, value: nil, location: place ?? work.location,
                                                    continued: false)], container: groupRow.container))
            }
            guard items.count >= 3 else { continue }
            return (i..<end, items)
        }
        return nil
    }

    /// A Word table pasted from a task board (Kanban): a first row of stages alone ("Chưa làm |
    /// Đang làm | Đã xong", each `isStage`), under each stage a cell of cards, each card a line
    /// opening with a mark ("▸ Hội nghị phổ biến …") or set off by a rule ("- - - -"), its
    /// title then its counts. Read as the works it lists: one line per card, its title, its
    /// other lines after a colon, then its stage ("Hội nghị phổ biến …: 01 hội nghị; 04 bài.
    /// Đã xong."), placed at its cell. Other lines pass through.
    static func wordBoards(_ lines: [Line], isStage: (String) -> Bool) -> [Line] {
        var out: [Line] = []
        out.reserveCapacity(lines.count)
        var stages: (table: Int, byColumn: [Int: String])?
        for line in lines {
            guard case .table(let number) = line.container else { stages = nil; out.append(line); continue }
            if let st = stages, st.table == number {
                var cards: [Line] = []
                for cell in line.cells where !cell.continued {
                    guard let stage = st.byColumn[cell.column] else { continue }
                    for card in boardCards(cell.text) {
                        cards.append(Line(cells: [Line.Cell(column: 0, span: 1, text: card + " " + stage + ".", value: nil,
                                                            location: cell.location, continued: false)], container: line.container))
                    }
                }
                // A row with cells outside the stages is no board's: read as written.
                if line.cells.allSatisfy({ st.byColumn[$0.column] != nil }) { out.append(contentsOf: cards); continue }
                out.append(line)
                continue
            }
            stages = nil
            if line.cells.count >= 2, line.cells.allSatisfy({ !$0.continued && $0.text.split(separator: " ").count <= 4 && isStage($0.text) }) {
                stages = (number, Dictionary(line.cells.map { ($0.column, $0.text.trimmed(" .:")) }, uniquingKeysWith: { a, _ in a }))
                continue
            }
            out.append(line)
        }
        return out
    }

    /// The cards of a board's cell: split at lines opening with a card's mark and at rules
    /// (lines of dashes, underscores or stars alone); each card its first line, then its
    /// others after a colon, joined by "; ". A card of fewer than two words ("(trống)") is none.
    static func boardCards(_ text: String) -> [String] {
        let marks: Set<Character> = ["▸", "►", "▶", "•", "●", "■", "◆", "❖", "➤", "→"]
        var cards: [[String]] = []
        var current: [String] = []
        func flush() { if !current.isEmpty { cards.append(current); current = [] } }
        for raw in text.split(separator: "\n") {
            let line = raw.trimmed()
            if line.isEmpty { continue }
            if line.allSatisfy({ "-–—_*=·. ".contains($0) }) { flush(); continue }
            if let first = line.first, marks.contains(first) {
                flush()
                current.append(String(line.dropFirst()).trimmed())
                continue
            }
            current.append(line)
        }
        flush()
        return cards.compactMap { card in
            guard card.joined(separator: " ").split(separator: " ").count >= 2 else { return nil }
            var text = card[0].trimmed(" .:;")
            if card.count > 1 { text += ": " + card.dropFirst().map { $0.trimmed(" .;") }.joined(separator: "; ") }
            return text + "."
        }
    }

    /// A sheet laid out as a board of side-by-side blocks, one per stage of the work ("ĐÃ XONG |
    /// ĐANG LÀM | CHƯA LÀM"), each block's header merged over two columns headed alike in the
    /// row below ("Việc | Số liệu | Việc | Số liệu …"); under them each card is a work in the
    /// block's first column, its counts in the second, one per row ("Cuộc KT: 6", "Cơ sở: 42").
    /// Read as the works it lists: one line per card, the work then its counts, then its
    /// block's header ("Kiểm tra …: Cuộc KT: 6; Cơ sở: 42. ĐANG LÀM."), placed at the card.
    /// Told by its shape alone: two blocks or more, each two columns wide, headed alike. The
    /// rows it covers in `rows` (the board ends at the first row with a cell outside its blocks
    /// or a blank row) and the lines that replace them; nil for any other sheet.
    static func statusBoard(_ rows: [Line]) -> (Range<Int>, [Line])? {
        func row(_ c: Line.Cell) -> Int? { if case .sheetCell(_, let r, _) = c.location { return r } else { return nil } }
        guard rows.count >= 3 else { return nil }
        for i in 0..<(rows.count - 2) {
            let stages = rows[i].cells, heads = rows[i + 1].cells
            guard stages.count >= 2, stages.allSatisfy({ $0.span == 2 && $0.value == nil }),
                  heads.count == stages.count * 2,
                  zip(stages, stride(from: 0, to: heads.count, by: 2)).allSatisfy({ st, k in
                      heads[k].column == st.column && heads[k + 1].column == st.column + 1
                          && heads[k].text == heads[0].text && heads[k + 1].text == heads[1].text
                  }),
                  heads[0].text != heads[1].text else { continue }
            func stage(of column: Int) -> Int? { stages.firstIndex { column == $0.column || column == $0.column + 1 } }
            // Each stage's cards: the work, its place, its counts.
            var cards: [[(work: Line.Cell, counts: [String])]] = Array(repeating: [], count: stages.count)
            var end = i + 2
            var lastRow = row(heads[0])
            while end < rows.count {
                let r = rows[end]
                guard let at = r.cells.first.flatMap(row), let last = lastRow, at == last + 1,
                      r.cells.allSatisfy({ stage(of: $0.column) != nil }) else { break }
                for c in r.cells where !c.continued {
                    guard let st = stage(of: c.column) else { continue }
                    if c.column == stages[st].column { cards[st].append((c, [])) }
                    else if !cards[st].isEmpty { cards[st][cards[st].count - 1].counts.append(c.text) }
                }
                lastRow = at
                end += 1
            }
            var items: [Line] = []
            for (st, list) in cards.enumerated() {
                for card in list {
                    var text = card.work.text
                    if !card.counts.isEmpty { text += ": " + card.counts.joined(separator: "; ") }
                    if !text.hasSuffix(".") { text += "." }
                    text += " " + stages[st].text + "."
                    items.append(Line(cells: [Line.Cell(column: stages[0].column, span: 1, text: text, value: nil, location: card.work.location,
                                                        continued: false)], container: rows[i].container))
                }
            }
            guard items.count >= 2 else { continue }
            return (i..<end, items)
        }
        return nil
    }

    /// Columns typed with "|" in plain body paragraphs instead of a table ("TT | Việc | Số |
    /// Tình hình" over one paragraph a row, "01 | Kiểm tra cân chợ | 2 cuộc | xong"): the
    /// paragraphs, by number, of each run of at least `least` consecutive paragraphs (no tab, no
    /// line break) that "|" parts into the same number of cells, at least `least` — with each
    /// one's cells by column (an empty one kept as "", so that columns stay in place; a "|" at
    /// either end, as in Markdown, opens or closes the row and makes no cell). A sentence that
    /// quotes "a | b", or two lines of figures parted by "|", stay text. 0: never. Other
    /// `marks` part columns as "|" does; a mark of `headedMarks` (" – ", which also parts a
    /// sentence's fields) only in a run opened by a header row — every cell at most
    /// `headerWords` words, no digit, no colon.
    static func pipedRows(of blocks: [Block], least: Int, marks: [String] = ["|"], headedMarks: [String] = [], headerWords: Int = 6) -> [Int: [String]] {
        let marks = marks + headedMarks
        guard least > 0, !marks.isEmpty else { return [:] }
        // A header row: every cell a header's (`GridSegmenter.isHeaderCell`), filled, no field's colon.
        func headerLike(_ parts: [String]) -> Bool {
            parts.allSatisfy { p in !p.isEmpty && !p.contains(":") && GridSegmenter.isHeaderCell(p, words: headerWords) }
        }
        var out: [Int: [String]] = [:]
        var run: [(index: Int, parts: [String])] = []
        var runMark: String?
        func flush() {
            if run.count >= least { for row in run { out[row.index] = row.parts } }
            run.removeAll()
            runMark = nil
        }
        for block in blocks {
            guard case .paragraph(let p) = block, case .paragraph(_, let index) = p.location,
                  !hasByte(p.text, 0x09), !hasByte(p.text, 0x0A) else { flush(); continue }
            // The run's own mark first: a row of "–" columns whose cell holds a "|" stays in its run.
            var found: (mark: String, parts: [String])?
            for mark in (runMark.map { [$0] } ?? []) + marks where p.text.containsBytes(mark) {
                var parts = p.text.components(separatedBy: mark).map { VietText.collapseWhitespace($0) }
                if parts.first?.isEmpty == true { parts.removeFirst() }
                if parts.last?.isEmpty == true { parts.removeLast() }
                if parts.count >= least, parts.contains(where: { !$0.isEmpty }) { found = (mark, parts); break }
            }
            guard let found else { flush(); continue }
            if let last = run.last, last.parts.count != found.parts.count || runMark != found.mark { flush() }
            // A dash parts columns only in a run its header opens: "Nhiệm vụ: … – Kết quả: … –
            // Tiến độ: …" is one item's fields, however many such lines follow.
            if run.isEmpty, headedMarks.contains(found.mark), !headerLike(found.parts) { continue }
            runMark = found.mark
            run.append((index, found.parts))
        }
        flush()
        return out
    }

    private static func walk(_ blocks: [Block], into out: inout [Line], tableCounter: inout Int, marks: [Unicode.Scalar], labels: Set<String>,
                             piped: [Int: [String]], framedLines: Int) {
        for block in blocks {
            switch block {
            case .paragraph(let p):
                // Columns typed with "|" (`pipedRows`): the row's cells, in their columns.
                if !piped.isEmpty, case .paragraph(_, let index) = p.location, let parts = piped[index] {
                    // A rule or a line carried on by the row above (`spacedRows`): no line of its own.
                    if parts.isEmpty { continue }
                    let cells = parts.enumerated().filter { !$0.element.isEmpty }.map { c, text in
                        Line.Cell(column: c, span: 1, text: text, value: nil, location: p.location, continued: false)
                    }
                    out.append(Line(cells: cells, container: .body, isBold: p.isBold, listLabel: p.list?.label, headingLevel: p.style.headingLevel))
                    continue
                }
                // A line break (Shift+Enter) starts a new line on the page: "ỦY BAN NHÂN
                // DÂN⏎PHƯỜNG X⏎Số: …", "II. KHÓ KHĂN⏎- …" are read as the lines they look like.
                var visualLines = hasByte(p.text, 0x0A) ? p.text.split(separator: "\n").map(String.init) : [p.text]
                // A break in mid-sentence (a phone's or WPS's soft wrap: "… cho⏎85 hộ kinh
                // doanh") is no new line: the pieces are one sentence.
                if visualLines.count > 1 {
                    var joined: [String] = []
                    for piece in visualLines {
                        if let last = joined.last, continuesSentence(last, piece, marks: marks, labels: labels) { joined[joined.count - 1] = last + " " + piece }
                        else { joined.append(piece) }
                    }
                    visualLines = joined
                }
                // A paragraph that carries on the sentence of the one before (Enter pressed in
                // mid-sentence) joins it.
                if !hasByte(p.text, 0x09), p.list == nil, let last = out.last, last.container == .body, last.cells.count == 1,
                   last.isBold == p.isBold, let first = visualLines.first, continuesSentence(last.cells[0].text, first, marks: marks, labels: labels) {
                    out[out.count - 1].cells[0].text = last.cells[0].text + " " + VietText.collapseWhitespace(first)
                    visualLines.removeFirst()
                }
                var first = true
                for text in visualLines {
                    // Tab-aligned columns (a header typed as "ỦY BAN NHÂN DÂN<tab><tab>CỘNG HÒA …")
                    // become cells, as if they were a table row.
                    let parts = !hasByte(text, 0x09) ? [VietText.collapseWhitespace(text)].filter { !$0.isEmpty }
                        : text.split(separator: "\t", omittingEmptySubsequences: true)
                            .map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
                    if parts.isEmpty { continue }
                    let cells = parts.enumerated().map { i, text in
                        Line.Cell(column: i, span: 1, text: text, value: nil, location: p.location, continued: false)
                    }
                    out.append(Line(cells: cells, container: .body, isBold: p.isBold, listLabel: first ? p.list?.label : nil,
                                    headingLevel: p.style.headingLevel))
                    first = false
                }
            case .table(let t):
                tableCounter += 1
                let number = tableCounter
                // The whole report typed in one bordered cell (a box round "I. KẾT QUẢ …⏎1. …⏎
                // II. KHÓ KHĂN …", lines parted by Shift+Enter): read as if the box were not
                // there. A header or signature table has more cells, a boxed note fewer lines.
                if framedLines > 0, t.rows.count == 1, t.rows[0].cells.count == 1,
                   framedLineCount(t.rows[0].cells[0].blocks, atLeast: framedLines) {
                    walk(t.rows[0].cells[0].blocks, into: &out, tableCounter: &tableCounter, marks: marks, labels: labels, piped: piped, framedLines: framedLines)
                    continue
                }
                // Cells that started in an earlier row and still cover this one (vMerge), by
                // their start column, with their text computed once.
                var covering: [Int: (cell: TableCell, text: String, location: Location, lastRow: Int)] = [:]
                for (r, row) in t.rows.enumerated() {
                    var cells: [Line.Cell] = []
                    var nested: [Block] = []
                    var placed: [(column: Int, cell: Line.Cell)] = []
                    for cell in row.cells {
                        let c = cell.column
                        // Paragraphs of a cell stay on their own lines: the issuing-body block
                        // and the place-and-date line share one cell.
                        // Line breaks inside a paragraph separate lines as paragraphs do.
                        let text = cell.blocks.compactMap { b -> String? in
                            guard case .paragraph(let p) = b else { return nil }
                            let t = collapsedKeepingLines(p.text)
                            return t.isEmpty ? nil : t
                        }.joined(separator: "\n")
                        for b in cell.blocks { if case .table = b { nested.append(b) } }
                        let location: Location = {
                            if case .paragraph(let p) = cell.blocks.first { return p.location }
                            return .tableCell(part: "word/document.xml", table: number, row: r + 1, column: c + 1)
                        }()
                        covering[c] = cell.rowSpan > 1 ? (cell, text, location, r + cell.rowSpan - 1) : nil
                        if text.isEmpty { continue }
                        placed.append((c, Line.Cell(column: c, span: cell.columnSpan, text: text, value: nil, location: location, continued: false)))
                    }
                    // The row's own columns as a set: a scan per covering cell was quadratic in wide grids.
                    let ownColumns = covering.isEmpty ? [] : Set(row.cells.map(\.column))
                    for (c, cov) in covering where cov.lastRow >= r && !ownColumns.contains(c) && !cov.text.isEmpty {
                        placed.append((c, Line.Cell(column: c, span: cov.cell.columnSpan, text: cov.text, value: nil,
                                                    location: .tableCell(part: partName(cov.location), table: number, row: r + 1, column: c + 1),
                                                    continued: true)))
                    }
                    covering = covering.filter { $0.value.lastRow > r }
                    cells = placed.sorted { $0.column < $1.column }.map(\.cell)
                    if let rows = groupedRowParts(cells, marks: []) {
                        for row in rows { out.append(Line(cells: row, container: .table(number))) }
                    } else if !cells.isEmpty { out.append(Line(cells: cells, container: .table(number))) }
                    if !nested.isEmpty { walk(nested, into: &out, tableCounter: &tableCounter, marks: marks, labels: labels, piped: piped, framedLines: framedLines) }
                }
            }
        }
    }

    /// Whether a cell's paragraphs hold at least `least` lines, a line break starting one.
    private static func framedLineCount(_ blocks: [Block], atLeast least: Int) -> Bool {
        var count = 0
        for case .paragraph(let p) in blocks {
            count += 1 + p.text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if count >= least { return true }
        }
        return false
    }

    /// Whether `next` carries on the sentence `previous` leaves open: `previous` ends with a
    /// letter, a digit or a comma (no ". : ; ! ?" nor a closing bracket), and `next` starts
    /// with a lower-case letter or a digit that is no enumerator ("a)", "2.", or a number with
    /// one of `marks` then a space: "2- ", "2/ "), nor a section's name alone with its colon
    /// (`labels`: "khó khăn:", "kiến nghị, đề xuất:").
    static func continuesSentence(_ previous: String, _ next: String, marks: [Unicode.Scalar] = [], labels: Set<String> = []) -> Bool {
        let p = previous.unicodeScalars.reversed().first { !ScalarClass.isWhitespace($0) }
        let ns = next.unicodeScalars.drop { ScalarClass.isWhitespace($0) }
        guard let p, let n = ns.first else { return false }
        guard ScalarClass.isAlphabetic(p) || (p.value >= 0x30 && p.value <= 0x39) || p == "," else { return false }
        // "ỦY BAN NHÂN DÂN⏎PHƯỜNG X": a heading in capitals is whole.
        if ScalarClass.isUpperCase(previous) { return false }
        let startsLower = ScalarClass.isAlphabetic(n) && n.properties.isLowercase
        let startsDigit = n.value >= 0x30 && n.value <= 0x39
        guard startsLower || startsDigit else { return false }
        if !labels.isEmpty, isSectionLabel(next, labels) { return false }
        // "a) …", "b. …", "2. …", "3) …": an enumerator starts a new item.
        var k = ns.startIndex, run = 0
        while k < ns.endIndex, run < 4, ScalarClass.isAlphabetic(ns[k]) || (ns[k].value >= 0x30 && ns[k].value <= 0x39) { k = ns.index(after: k); run += 1 }
        // ("9.500.000 đồng" is an amount: its "." is followed by digits.)
        if k < ns.endIndex, run <= 3, ns[k] == ")" || ns[k] == "." {
            let after = ns.index(after: k)
            if ns[k] == ")" || after == ns.endIndex || !(ns[after].value >= 0x30 && ns[after].value <= 0x39) { return false }
        }
        // "1.2. Bộ phận …", "2.1 Kiểm tra …": an outline's number of two or more levels (parts
        // of one or two digits, unlike an amount's "9.500.000") starts a new item.
        if startsDigit, outlineNumberEnd(ns) { return false }
        if k < ns.endIndex, run <= 3, startsDigit, marks.contains(ns[k]) {
            let after = ns.index(after: k)
            if after < ns.endIndex, ns[after] == " " { return false }
        }
        return true
    }

    /// Whether `s` opens with an outline's number of two or more levels ("1.2.", "2.1.3)", "1.2"
    /// then a space and a capital): each part one or two digits.
    static func outlineNumberEnd(_ s: Substring.UnicodeScalarView) -> Bool {
        var k = s.startIndex, parts = 0, digits = 0
        while k < s.endIndex {
            let c = s[k]
            if c.value >= 0x30 && c.value <= 0x39 {
                digits += 1
                if digits > 2 { return false }
            } else if c == ".", digits > 0 {
                parts += 1; digits = 0
                let next = s.index(after: k)
                if next < s.endIndex, !(s[next].value >= 0x30 && s[next].value <= 0x39) {
                    // "1.2. Bộ phận": the number's own closing dot.
                    return parts >= 2 && ScalarClass.isWhitespace(s[next])
                }
            } else {
                guard digits > 0, parts >= 1 else { return false }
                if c == ")" { return true }
                // "2.1 Kiểm tra": a space, then a capital.
                guard ScalarClass.isWhitespace(c) else { return false }
                let next = s.index(after: k)
                return next < s.endIndex && ScalarClass.isAlphabetic(s[next]) && s[next].properties.isUppercase
            }
            k = s.index(after: k)
        }
        return false
    }

    /// Whether a text is only a section's name and its colon: "khó khăn:", "tồn tại, hạn chế:".
    static func isSectionLabel(_ text: String, _ labels: Set<String>) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let t = text.trimmed()
        guard t.hasSuffix(":") else { return false }
        return labels.contains(sectionLabelKey(String(t.dropLast())))
    }

    /// A section's name folded, its punctuation read as spaces: "tồn tại, hạn chế" → "ton tai han che".
    static func sectionLabelKey(_ text: String) -> String {
        let folded = VietText.fold(text)
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// White space collapsed within each line, the line breaks kept (empty lines dropped):
    /// "ỦY BAN NHÂN DÂN⏎PHƯỜNG GIA ĐỊNH" in a cell (Alt+Enter, Shift+Enter) stays two lines.
    static func collapsedKeepingLines(_ text: String) -> String {
        guard hasByte(text, 0x0A) || hasByte(text, 0x0D) else { return VietText.collapseWhitespace(text) }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Whether the UTF-8 of `s` holds `byte`, on the contiguous bytes (every text is checked
    /// for tabs and line breaks; the generic sequence search was a visible cost).
    @inline(__always) static func hasByte(_ s: String, _ byte: UInt8) -> Bool {
        let bytes = s.utf8.span
        for i in bytes.indices where bytes[i] == byte { return true }
        return false
    }

    private static func partName(_ location: Location) -> String {
        switch location {
        case .paragraph(let part, _), .tableCell(let part, _, _, _): return part
        case .part(let part): return part
        case .sheetCell: return "word/document.xml"
        }
    }
}
