import DocumentModel
import VietText

// The typed grid view: a Word table and a spreadsheet sheet read the same way, as rows of
// cells placed at their columns, each with the place it came from. Built once from the
// document model; the grid recognisers and the grid resolver read only this.

/// One table or sheet as a grid.
public struct Grid: Sendable {
    public enum Source: Sendable, Equatable, Hashable {
        /// The n-th Word table in document order (nested tables counted), as in `Location`.
        case wordTable(Int)
        case sheet(String)
        /// A biểu typed in Word with tab stops instead of a table: a run of body paragraphs,
        /// one row each, its columns parted by tabs; by its first paragraph's number (as in
        /// `Location.paragraph`). Its rows are numbered by their paragraphs.
        case tabbed(Int)
    }

    public var source: Source
    /// Rows that hold at least one non-empty cell, in order.
    public var rows: [GridRow]
    /// A Word table inside a cell of another: that table's number and the cell's row (its
    /// figures detail that row).
    public var parent: (table: Int, row: Int)? = nil
}

public struct GridRow: Sendable {
    /// 1-based row of the table or sheet.
    public var index: Int
    public var cells: [GridCell]
    /// Every cell that carries text is bold (a group row, a header).
    public var isBold: Bool
    /// The colour keys of the row's filled or shaded cells, empty ones included, by 0-based
    /// column (`SheetRow.fills`, `TableCell.fill`).
    public var fills: [Int: String] = [:]

    /// The cell that covers `column`, if any (a merged cell covers the columns of its span).
    public func cell(at column: Int) -> GridCell? {
        cells.first { column >= $0.column && column < $0.column + $0.span }
    }

    /// The cell that starts at `column`.
    public func cell(startingAt column: Int) -> GridCell? {
        cells.first { $0.column == column }
    }
}

public struct GridCell: Sendable {
    /// 0-based grid column where the cell starts.
    public var column: Int
    public var span: Int
    /// Text as displayed (white space collapsed, line breaks kept).
    public var text: String
    /// A number stored as a number (a spreadsheet value, a formula's cached result).
    public var number: Double?
    public var location: Location
    /// Covered by a vertically merged cell that started in an earlier row (its text repeated).
    public var continued: Bool
    /// A continued Word table cell: the 1-based row the merged cell starts in, where its words are.
    public var originRow: Int? = nil
}

public enum GridSegmenter {
    /// Every Word table (nested ones too) and every visible sheet of the document.
    public static func grids(of document: Document) -> [Grid] {
        var out: [Grid] = []
        switch document.kind {
        case .wordprocessing:
            var counter = 0
            walk(document.body, into: &out, counter: &counter, parent: nil)
        case .spreadsheet:
            for sheet in document.sheets where sheet.visibility == .visible {
                out.append(grid(of: sheet))
            }
        }
        return out
    }

    /// The hidden sheets of a workbook: not the unit's report (last year's figures, a copy's
    /// leftovers), but where a drop-down's list of codes is kept.
    static func hiddenSheetGrids(of document: Document) -> [Grid] {
        guard document.kind == .spreadsheet else { return [] }
        return document.sheets.filter { $0.visibility != .visible }.map(grid(of:))
    }

    static func grid(of sheet: Sheet) -> Grid {
        var spans: [CellReference: Int] = [:]
        var covered: [CellReference: CellReference] = [:]
        for m in sheet.merges {
            spans[m.first] = m.last.column - m.first.column + 1
            // Vertically merged group labels ("I" over three rows) reach every row they cover.
            if m.last.row > m.first.row, m.last.row - m.first.row <= 1000 {
                for r in (m.first.row + 1)...m.last.row { covered[CellReference(row: r, column: m.first.column)] = m.first }
            }
        }
        var rows: [GridRow] = []
        var byIndex: [Int: Int] = [:]
        // A hidden row is still what the unit wrote (details folded under a task's row, a row
        // hidden for printing): read with the others, so that the table does not end at it.
        for row in sheet.rows {
            var cells: [GridCell] = []
            for cell in row.cells {
                // "135 mẫu": the unit the number format shows is written after the number; a
                // percentage-formatted cell ("50%") is a share, no count.
                let text = collapse(cell.shownText)
                if text.isEmpty { continue }
                var number: Double?
                if case .number(let d) = cell.value, cell.percentage != true { number = d }
                cells.append(GridCell(column: cell.column - 1, span: spans[CellReference(row: row.index, column: cell.column)] ?? 1,
                                      text: text, number: number,
                                      location: .sheetCell(sheet: sheet.name, row: row.index, column: cell.column), continued: false))
            }
            byIndex[row.index] = rows.count
            var fills: [Int: String] = [:]
            for (c, key) in row.fills { fills[c - 1] = key }
            rows.append(GridRow(index: row.index, cells: cells, isBold: false, fills: fills))
        }
        // Continued cells of vertical merges.
        for (ref, top) in covered {
            guard let r = byIndex[ref.row], let t = byIndex[top.row],
                  let source = rows[t].cells.first(where: { $0.column == top.column - 1 }),
                  !rows[r].cells.contains(where: { $0.column == ref.column - 1 }) else { continue }
            var c = source
            c.continued = true
            c.location = .sheetCell(sheet: sheet.name, row: ref.row, column: ref.column)
            rows[r].cells.append(c)
            rows[r].cells.sort { $0.column < $1.column }
        }
        return Grid(source: .sheet(sheet.name), rows: rows.filter { !$0.cells.isEmpty }.flatMap(groupedParts))
    }

    private static func walk(_ blocks: [Block], into out: inout [Grid], counter: inout Int, parent: (table: Int, row: Int)?) {
        for block in blocks {
            guard case .table(let t) = block else { continue }
            counter += 1
            let number = counter
            // No report table is this long; a data dump is left to the line reader (its nested
            // tables still counted, so that table numbers match the reader's).
            if t.rows.count > 3000 {
                let nested = t.rows.flatMap { $0.cells.flatMap { $0.blocks.filter { if case .table = $0 { return true } else { return false } } } }
                walk(nested, into: &out, counter: &counter, parent: nil)
                out.removeAll { if case .wordTable(let n) = $0.source { return n > number } else { return false } }
                continue
            }
            var rows: [GridRow] = []
            var nested: [(block: Block, row: Int)] = []
            // Per column, the nearest cell at or above the current row that covers it (what
            // `Table.cell(row:column:)` finds), kept as the rows go by: one pass over the
            // table instead of a search per position, which was quadratic in wide tables.
            var above = [(row: Int, cell: TableCell)?](repeating: nil, count: t.columnCount)
            for (r, row) in t.rows.enumerated() {
                for cell in row.cells where cell.column < t.columnCount {
                    for c in cell.column..<min(t.columnCount, cell.column + max(1, cell.columnSpan)) { above[c] = (r, cell) }
                }
                var cells: [GridCell] = []
                var fills: [Int: String] = [:]
                var bold = true, anyText = false
                for c in 0..<t.columnCount {
                    guard let (top, cell) = above[c], top + cell.rowSpan > r, cell.column == c else { continue }
                    let startsHere = top == r
                    if let f = cell.fill { fills[c] = f }
                    var paragraphs: [String] = []
                    for b in cell.blocks {
                        switch b {
                        case .paragraph(let p):
                            let s = collapse(p.text)
                            if !s.isEmpty {
                                paragraphs.append(s)
                                if startsHere { anyText = true; if !p.isBold { bold = false } }
                            }
                        case .table:
                            if startsHere { nested.append((b, r + 1)) }
                        }
                    }
                    let text = paragraphs.joined(separator: "\n")
                    if text.isEmpty { continue }
                    cells.append(GridCell(column: c, span: cell.columnSpan, text: text, number: nil,
                                          location: .tableCell(part: "word/document.xml", table: number, row: r + 1, column: c + 1),
                                          continued: !startsHere, originRow: startsHere ? nil : top + 1))
                }
                if !cells.isEmpty { rows += groupedParts(GridRow(index: r + 1, cells: cells, isBold: anyText && bold, fills: fills)) }
            }
            out.append(Grid(source: .wordTable(number), rows: rows, parent: parent))
            // In document order, each with the row of its cell.
            for (b, row) in nested { walk([b], into: &out, counter: &counter, parent: (number, row)) }
        }
    }

    /// The biểu typed with tab stops in the body: runs of body paragraphs (no line break
    /// inside) each parted by tabs into at least two cells, from a header-like row — no digit
    /// in any cell, each cell of at most `headerWords` words — over the rows below it that have
    /// as many cells ("Chỉ tiêu ⇥ Số lượng ⇥ ĐVT" over "- Cuộc kiểm tra ⇥ 06 ⇥ cuộc"), at least
    /// one. A cell's column is its place among the row's cells (empty ones between tabs left
    /// out, as the line reader does). Whether such a grid is a table the recognisers decide,
    /// as for any grid: a layout block typed with tabs (the issuing body beside the quốc hiệu)
    /// names no columns and stays the line reader's. Columns typed with "|" (`piped`, from
    /// `LineBuilder.pipedRows`) are read the same way, each cell in its column.
    /// A header's cell typed in plain paragraphs: no digit, at most `words` words ("STT",
    /// "Tháng này", "Cộng từ đầu năm").
    static func isHeaderCell(_ text: String, words: Int) -> Bool {
        !text.contains(where: \.isNumber) && text.split(separator: " ").count <= words
    }

    public static func tabbedGrids(of document: Document, headerWords: Int, piped: [Int: [String]] = [:]) -> [Grid] {
        guard document.kind == .wordprocessing, headerWords > 0 else { return [] }
        /// A candidate row: its paragraph number and its cells' texts (by column; "" for none).
        // `stops`: the paragraph's fields between tabs, empty ones kept — a row that leaves a
        // column blank types a tab for it ("1 ⇥ Kiểm tra chợ ⇥ ⇥ ⇥ Xong" under "TT ⇥ Công việc ⇥
        // Số lượng ⇥ ĐVT ⇥ Đánh giá"), so when every row has as many fields as the header, each
        // field stands in its column. Otherwise (a long text that ran past a stop, a tab typed
        // twice for the look) the filled fields are taken in order.
        var run: [(index: Int, parts: [String], stops: [String], bold: Bool, location: Location)] = []
        var out: [Grid] = []
        func flush() {
            var i = 0
            while i < run.count {
                let header = run[i]
                let headerLike = header.parts.allSatisfy { isHeaderCell($0, words: headerWords) }
                var j = i + 1
                // Columns by tab stop: a header of at least three fields, none empty, over rows of
                // as many, one of them at least with a blank column between filled ones (what
                // shifts the columns when blanks are dropped; a blank last column shifts none).
                var byStop = headerLike && header.stops.count >= 3 && header.stops.count == header.parts.count
                    && i + 1 < run.count && run[i + 1].stops.count == header.stops.count && run[i + 1].parts.count < header.parts.count
                if byStop {
                    while j < run.count, run[j].stops.count == header.stops.count { j += 1 }
                    byStop = run[(i + 1)..<j].contains { row in
                        guard let first = row.stops.firstIndex(where: { !$0.isEmpty }), let last = row.stops.lastIndex(where: { !$0.isEmpty }) else { return false }
                        return row.stops[first...last].contains(where: \.isEmpty)
                    }
                    if !byStop { j = i + 1 }
                }
                if !byStop, headerLike { while j < run.count, run[j].parts.count == header.parts.count { j += 1 } }
                guard headerLike, j > i + 1 else { i += 1; continue }
                let rows = run[i..<j].map { row in
                    GridRow(index: row.index, cells: (byStop ? row.stops : row.parts).enumerated().filter { !$0.element.isEmpty }.map { c, text in
                        GridCell(column: c, span: 1, text: text, number: nil, location: row.location, continued: false)
                    }, isBold: row.bold)
                }
                out.append(Grid(source: .tabbed(header.index), rows: rows))
                i = j
            }
            run.removeAll()
        }
        for block in document.body {
            if case .paragraph(let p) = block, case .paragraph(_, let index) = p.location, let parts = piped[index] {
                // A rule between rows of a biểu drawn with spaces, or a line carried on: the grid goes on.
                if parts.isEmpty { continue }
                run.append((index, parts, parts, p.isBold, p.location))
                continue
            }
            guard case .paragraph(let p) = block, case .paragraph(_, let index) = p.location,
                  LineBuilder.hasByte(p.text, 0x09), !LineBuilder.hasByte(p.text, 0x0A) else { flush(); continue }
            let parts = p.text.split(separator: "\t", omittingEmptySubsequences: true)
                .map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { flush(); continue }
            let stops = p.text.split(separator: "\t", omittingEmptySubsequences: false).map { VietText.collapseWhitespace(String($0)) }
            run.append((index, parts, stops, p.isBold, p.location))
        }
        flush()
        return out
    }

    /// A row that reports several works at once, its title joining them by " + " and one
    /// cell beside it holding one marked line per work (`LineBuilder.groupedRow`): one row per
    /// work, under the same row number, as the line reader reads it. Any other row as it is.
    static func groupedParts(_ row: GridRow) -> [GridRow] {
        // A row with no "+" byte joins no works (every row of every sheet comes here).
        guard row.cells.contains(where: { LineBuilder.hasByte($0.text, 0x2B) }) else { return [row] }
        guard let g = LineBuilder.groupedRow(row.cells.map { ($0.text, !$0.continued && $0.number == nil) }, marks: []) else { return [row] }
        return g.parts.indices.map { i in
            var part = row
            part.cells[g.title].text = g.parts[i]
            part.cells[g.detail].text = g.items[i]
            return part
        }
    }

    /// White space collapsed within each line, line breaks kept.
    static func collapse(_ text: String) -> String {
        LineBuilder.collapsedKeepingLines(text)
    }
}
