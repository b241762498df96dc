import DocumentModel
import VietText

/// The grids of one document that the grid resolver reads, and how far each reading went.
/// Held by `ExtractionRun`; the rows a reading covers are not read again line by line.
struct GridState {
    struct Readable {
        var grid: Grid
        var layout: GridLayout
        var firstRow: Int
        /// A record card read as one row (`GridRecognisers.card`): the table's own rows, all
        /// covered once the card is read.
        var card: ClosedRange<Int>? = nil
    }

    var readable: [Grid.Source: Readable] = [:]
    var covered: [Grid.Source: ClosedRange<Int>] = [:]
    /// Sheets of one period beside a sheet of the whole ("Quý I", "Quý II" beside "Cả năm"):
    /// their rows are parts of the whole's figures, covered and not read again.
    var periodParts: [Grid.Source: ClosedRange<Int>] = [:]
    var periodNote: Finding?
    /// Lists of the plan's tasks by code copied for a form's lookups ("Mã | Mục KH | Tên rút
    /// gọn"): their rows are no entries, covered and not read.
    var catalogues: [Grid.Source: ClosedRange<Int>] = [:]
    /// Sheets whose figures another sheet of the workbook adds up, row by row (one sheet per
    /// hamlet, team or ward beside the unit's sheet of totals): parts, covered and not read.
    var summedParts: [Grid.Source: ClosedRange<Int>] = [:]
    var periodWhole: String?
    /// The parts are places of the unit's area ("Ấp Miễu Ba", "KDC số 1"), not periods.
    var partsArePlaces = false
    /// Sheets cited by one task's row ("Số liệu: Biểu 01"): that task, by sheet.
    var sheetTasks: [Grid.Source: String] = [:]
    /// The document's own key to its status marks ("● Hoàn thành  ◑ Đang thực hiện"), by key.
    var legend: [String: TaskStatus] = [:]
    /// Statuses written as the fill colour of a task's cell, by the document's legend of
    /// colours (`GridRecognisers.fillLegend`), the status of an uncoloured task, and the
    /// legend's rows (read: no status of their own).
    var fillLegend: [String: TaskStatus] = [:]
    var unfilled: TaskStatus?
    var legendRows = Set<Location>()
    /// Rows whose task another sheet gives: a figures sheet's rows that point at a numbered
    /// row of a tasks sheet ("Thuộc dòng Biểu 02 | 3"), and that sheet's rows; by grid and row.
    var rowCodes: [Grid.Source: [Int: String]] = [:]
    /// The column of such pointers, by grid: numbers that are no figure.
    var pointerColumns: [Grid.Source: Int] = [:]
    /// Figures sheets with no label of their own whose title says their numbers are another
    /// sheet's ("Biểu 02. SỐ LIỆU KẾT QUẢ (TT theo Biểu 01)"): the number column and the
    /// reference, by grid.
    var keyedPointers: [Grid.Source: (column: Int, ref: String)] = [:]
    /// Such a sheet's rows, by the row of the tasks sheet each points at: they report the task
    /// that sheet's reading gave the row (its words being that sheet's), else the one
    /// `rowCodes` reads from the row's words and figures.
    var keyedRows: [Grid.Source: (target: Grid.Source, rows: [Int: Int])] = [:]
    /// Sheets whose lines below the table name two or more tasks ("… kiểm tra (mục II.5.a);
    /// lấy mẫu (mục II.5.b)"): those tasks, in order; each kind of figure goes to the one that
    /// reports it.
    var sheetShares: [Grid.Source: [String]] = [:]
    /// The rows of each table read so far that began a task, by row number.
    var rowTasks: [Grid.Source: [Int: String]] = [:]
    /// Rows whose note says their work is not the plan's ("Không thuộc KH 38"): set aside, by
    /// grid and row number.
    var outsidePlanRows: [Grid.Source: Set<Int>] = [:]
    /// Tables of typed items ("Vướng mắc | …", "DX | Đề nghị …"): by grid and row, the item and
    /// whether it is a proposal; and the grids whose items were taken.
    var itemRows: [Grid.Source: [Int: (proposal: Bool, items: [Item])]] = [:]
    var itemsTaken = Set<Grid.Source>()
    /// The kinds of figures of the tables nested in each row's cells, by table and row.
    var nestedKinds: [Grid.Source: [Int: Set<IndicatorID>]] = [:]
    /// Columns headed by the mark of an item of the text alone ("(2)"), by table: the mark's
    /// key by column (`ExtractionRun.itemKey`).
    var markColumns: [Grid.Source: [Int: String]] = [:]
    /// The body paragraphs of the biểu typed with tab stops (`GridSegmenter.tabbedGrids`): by
    /// paragraph number, the grid whose row each is.
    var tabbedRows: [Int: Grid.Source] = [:]
    let resolver: GridResolver?

    /// Sheets longer than this are inventories or data dumps, not report tables: left to the
    /// line reader, which gives up on them early.
    static let largestSheet = 3000

    /// No grid read: for a run that only reads a document's header (`Extractor.senderSheets`),
    /// which never looks at grids.
    init() { resolver = nil }

    /// `piped`: the body's paragraphs of columns typed with "|" (`LineBuilder.pipedRows`), as
    /// the run found them for its lines.
    /// `statusKeys`: the document's own key of status words (`Vocabulary.statusKeys`), read
    /// before any other key in a status cell.
    init(document: Document, extractor: Extractor, piped: [Int: [String]] = [:], statusKeys: [String: TaskStatus] = [:]) {
        guard let recognisers = extractor.gridRecognisers else { resolver = nil; return }
        let resolver = GridResolver(r: recognisers)
        self.resolver = resolver
        if document.kind == .spreadsheet, document.sheets.contains(where: { $0.rows.count > Self.largestSheet }) { return }
        let periods = Self.periodSheets(document, recognisers.g)
        periodWhole = periods.whole
        partsArePlaces = !periods.parts.isEmpty && periods.parts.allSatisfy { name in
            let tokens = Tokenizer.tokenize(name)
            return tokens.firstIndex(where: { $0.kind == .word }).map { recognisers.g.placeSheets.match(tokens, at: $0) != nil } ?? false
        }
        let tabbed = GridSegmenter.tabbedGrids(of: document, headerWords: Int(recognisers.g.thresholds.tabbedHeaderWords), piped: piped)
        for grid in tabbed { for row in grid.rows { tabbedRows[row.index] = grid.source } }
        let all = GridSegmenter.grids(of: document) + tabbed
        let itemKeys = Set(document.body.compactMap { b -> String? in
            if case .paragraph(let p) = b { return ExtractionRun.itemKey(p.text) } else { return nil }
        })
        // Marks and abbreviations, so many of them that they are data, not a key, are left
        // alone; numeric codes in a status column are always looked up (an export's many
        // capitalised field names do not hide its status key).
        let found = recognisers.legendMarksAndCodes(all)
        // The abbreviations the vocabulary reads join the keys only beside a mark it does not:
        // a key line is looked for only when something needs one.
        let marks = found.unread.isEmpty ? found.unread : found.unread.union(found.read)
        // (Every digit is a key when a status column holds codes: a key line lists them all,
        // "1 - Hoàn thành; 2 - Đang thực hiện; 3 - …", though every task may be at one.)
        // Each grid's layout is made once: the tick-box and record-card readings below make
        // another only for a grid they change.
        let layouts = all.map { recognisers.layout(of: $0) }
        // The hidden sheets, made into grids once and only when a key is looked for.
        var hidden: [Grid]?
        func hiddenGrids() -> [Grid] {
            if let hidden { return hidden }
            let grids = GridSegmenter.hiddenSheetGrids(of: document)
            hidden = grids
            return grids
        }
        var codes = recognisers.statusCodeCandidates(all, layouts: layouts)
        if !codes.isEmpty { codes.formUnion((0...9).map(String.init)) }
        let symbolic = marks.count >= 2 && found.unread.count <= recognisers.g.legendMaxMarks
        // The document's own codes of capitals and a digit ("GĐ0 … GĐ3"), two or more: looked up
        // with the marks beside them in one key ("GĐ3 = đã kết thúc; KA = không áp dụng"),
        // unless the marks are so many they are data.
        let coded = found.coded.count < 2 ? [] : found.unread.count <= recognisers.g.legendMaxMarks ? found.coded.union(marks) : found.coded
        var statusKeyLines = Set<String>()
        if symbolic || !codes.isEmpty || !coded.isEmpty {
            var lines = all.flatMap { $0.rows.flatMap { $0.cells.filter { !$0.continued && $0.number == nil }.map(\.text) } }
            for block in document.body { if case .paragraph(let p) = block { lines.append(p.text) } }
            // (Most texts hold no line break: kept whole, without walking their characters.)
            let split = lines.flatMap { $0.containsByte(UInt8(ascii: "\n")) ? $0.split(separator: "\n").map(String.init) : $0.isEmpty ? [] : [$0] }
            for keys in [symbolic ? marks : [], codes, coded] where keys.count >= 2 {
                for (k, s) in recognisers.legend(keys: keys, lines: split, keyLines: &statusKeyLines) where legend[k] == nil { legend[k] = s }
                // A lookup table of the codes (a sheet "LOOKUP_STATUS", a key table under the form),
                // also on a hidden sheet: a drop-down's list is kept there ("DM": "1 | Hoàn thành"),
                // the only place the codes are explained. Such a sheet is read as the key only.
                for (k, s) in recognisers.legendRows(keys: keys, grids: all + hiddenGrids()) where legend[k] == nil { legend[k] = s }
            }
        }
        // Words the document defines ("Khá: làm xong, đạt yêu cầu") mean what it says there.
        for (k, s) in statusKeys { legend[GridRecognisers.legendKey(k)] = s }
        let fills = recognisers.fillLegend(all)
        fillLegend = fills.colours
        unfilled = fills.unfilled
        legendRows = Set(fills.rows)
        // A table of the codes (a sheet "ChuThich": "HT | Hoàn thành", "DTH | Đang thực hiện")
        // says what the codes mean, nothing of a task: its rows are read as the key only.
        if !legend.isEmpty {
            for grid in all {
                var keyCells: [GridCell] = []
                for row in grid.rows {
                    let cells = row.cells.filter { !$0.continued && !$0.text.isBlank }
                    guard cells.count == 2, cells[0].text.hasAtMostCharacters(recognisers.g.legendAbbreviationChars),
                          let s = legend[GridRecognisers.legendKey(cells[0].text)],
                          cells[1].text.hasAtMostWords(recognisers.g.legendMeaningWords), recognisers.statusIn(cells[1].text) == s else { continue }
                    keyCells.append(contentsOf: cells)
                }
                if keyCells.count >= 4 { for cell in keyCells { legendRows.insert(cell.location) } }
            }
        }
        // A sheet or table that only lists the statuses a unit may write ("OK – đã xong | Đang
        // chạy | Chưa chạy | N/A (không PS)", the list a status column's drop-down is filled
        // from): each cell a few words that say a status, two statuses or more, nothing else.
        // It is the key to those words, nothing of a task.
        for grid in all {
            var cells: [GridCell] = []
            var said = Set<TaskStatus>()
            var onlyStatuses = true
            for row in grid.rows {
                for cell in row.cells where !cell.continued && !cell.text.isBlank {
                    guard cell.number == nil, cell.text.hasAtMostWords(recognisers.g.legendMeaningWords),
                          let s = recognisers.statusIn(cell.text) else { onlyStatuses = false; break }
                    said.insert(s)
                    cells.append(cell)
                }
                if !onlyStatuses { break }
            }
            if onlyStatuses, said.count >= 2 { for cell in cells { legendRows.insert(cell.location) } }
        }
        // A cell that is the key to the status marks says what they mean, nothing of a task.
        if !statusKeyLines.isEmpty {
            for grid in all {
                for row in grid.rows {
                    for cell in row.cells where !cell.continued && cell.number == nil && !cell.text.isEmpty {
                        let text = cell.text
                        if statusKeyLines.contains(text) || (text.contains("\n") && text.split(separator: "\n").contains { statusKeyLines.contains(String($0)) }) {
                            legendRows.insert(cell.location)
                        }
                    }
                }
            }
        }
        if document.kind == .spreadsheet, document.sheets.count > 1 { sheetTasks = Self.citedSheets(all, recognisers) }
        let keyLines = all.flatMap { $0.rows.flatMap { $0.cells.filter { !$0.continued && $0.number == nil }.map(\.text) } }.filter { FoundationSearchFilter.mayContain(UInt8(ascii: "="), in: $0) && $0.contains("=") }
        let itemCodes = recognisers.typedItemCodes(keyLines: keyLines)
        for grid in all {
            let items = recognisers.typedItems(grid, codes: itemCodes)
            if !items.isEmpty { itemRows[grid.source] = items }
        }
        // "Chỉ tiêu | Số lượng" inside a task's result cell: what its rows count.
        for nested in all {
            guard let parent = nested.parent else { continue }
            var kinds = Set<IndicatorID>()
            for row in nested.rows where row.cells.count >= 2 {
                guard let label = row.cells.first?.text,
                      row.cells.dropFirst().contains(where: { $0.number != nil || $0.text.trimmed().first?.isNumber == true }) else { continue }
                if let id = recognisers.indicator(label: label, unit: "", money: nil).best { kinds.insert(id) }
            }
            if !kinds.isEmpty { nestedKinds[.wordTable(parent.table), default: [:]][parent.row, default: []].formUnion(kinds) }
        }
        // (Sheets of one period beside the year's are told apart by their names, below.)
        for part in periods.parts.isEmpty ? Self.summedSheets(all) : [] {
            if let first = part.rows.first, let last = part.rows.last { summedParts[part.source] = first.index...last.index }
        }
        // A dated log whose rows the unit totals by work on another sheet: the totals are the
        // report; the log, from its header on, is their parts (the title above it, with the
        // unit and the date, is still the line reader's).
        for (log, header) in Self.loggedSheets(all, layouts: layouts) where summedParts[log.source] == nil {
            if let last = log.rows.last { summedParts[log.source] = header...max(header, last.index) }
        }
        // "Ghi chú: dấu “-” là không có số liệu (bằng 0)": the unit's dashes are its zeros.
        let dashesAreZero = Self.zeroDashNote(document, all, recognisers.g)
        for (found, foundLayout) in zip(all, layouts) {
            if summedParts[found.source] != nil { continue }
            if let rows = Self.catalogue(found, recognisers) {
                catalogues[found.source] = rows
                continue
            }
            if case .sheet(let name) = found.source, periods.parts.contains(name), let first = found.rows.first, let last = found.rows.last {
                // From the header on (the title above it is still the line reader's).
                let start = foundLayout.map { found.rows[$0.headerRows.lowerBound].index } ?? first.index
                periodParts[found.source] = start...max(start, last.index)
                continue
            }
            // Tick boxes read once: the alternatives left unchecked are not what the unit said.
            let unticked = recognisers.untickedIfChanged(found, keeping: legend)
            var grid = unticked ?? found
            var card: ClosedRange<Int>?
            var changed = unticked != nil
            if let c = recognisers.card(grid), let first = grid.rows.first, let last = grid.rows.last {
                card = first.index...last.index
                grid = c
                changed = true
            } else if let c = recognisers.cards(grid) {
                card = c.covered
                grid = c.grid
                changed = true
            }
            var laidOut = changed ? recognisers.layout(of: grid) : foundLayout
            // "Chỉ tiêu | ĐVT | (1) | (2)": no column of values by its header's words, unless the
            // marks cite the text's items (below).
            var byMarks = false
            if laidOut == nil, case .wordTable = grid.source, itemKeys.count >= 2 {
                laidOut = recognisers.layout(of: grid, markedColumns: true)
                byMarks = laidOut != nil
            }
            // "TT | Lượt người | Cuộc kiểm tra | …" under a title that numbers its rows as
            // another sheet's: read with that sheet's tasks (`linkPointers`).
            var keyed: (column: Int, ref: String)?
            if laidOut == nil, case .sheet = grid.source, let k = recognisers.keyedLayout(of: grid),
               let ref = Self.titleReference(grid, k.layout, recognisers) {
                laidOut = k.layout
                keyed = (k.column, ref)
            }
            // Sub-units by rows and tasks by groups of columns: read as such whatever else the
            // header's words resemble.
            if case .sheet = grid.source, let groups = recognisers.placeGroups(grid) { laidOut = groups }
            guard var layout = laidOut else { continue }
            if layout.column(.status) == nil, let c = GridResolver.legendColumn(grid, layout, legend: legend) { layout.roles[c] = .status }
            if layout.column(.status) == nil, let c = GridResolver.assessmentColumn(grid, layout, recognisers) { layout.roles[c] = .status }
            // "Chỉ tiêu | ĐVT | (1) | (2)" under items of the text marked so: columns of tasks,
            // which the items name once they are read (`ExtractionRun.markedColumns`).
            if case .wordTable = grid.source, layout.taskColumns.isEmpty, layout.column(.task) == nil, let label = layout.labelColumn {
                var marks: [Int: String] = [:]
                for gr in grid.rows[layout.headerRows] {
                    for cell in gr.cells where !cell.continued && cell.column > label && marks[cell.column] == nil {
                        if let key = Self.markOnly(cell.text) { marks[cell.column] = key }
                    }
                }
                if marks.values.filter(itemKeys.contains).count >= 2 {
                    markColumns[grid.source] = marks
                    for c in marks.keys {
                        layout.taskColumns[c] = ""
                        layout.roles[c] = nil
                        layout.indicatorColumns[c] = nil
                    }
                } else if byMarks { continue }
            } else if byMarks { continue }
            guard GridResolver.reads(layout) || resolver.mirrorsPlan(grid, layout) else { continue }
            if dashesAreZero { grid = Self.dashesAsZero(grid, layout, recognisers.g) }
            readable[grid.source] = Readable(grid: grid, layout: layout, firstRow: grid.rows[layout.headerRows.lowerBound].index, card: card)
            if let keyed { keyedPointers[grid.source] = keyed }
            // One sheet per task: "Nhiệm vụ II.1.a: …" above the sheet's header names the task
            // its rows report.
            if case .sheet = grid.source, sheetTasks[grid.source] == nil {
                let above = grid.rows[..<layout.headerRows.lowerBound].flatMap(\.cells).compactMap { recognisers.taskCode(in: $0.text, sequence: false) }
                if let code = above.first, above.allSatisfy({ $0 == code }) { sheetTasks[grid.source] = code }
            }
            // A tally with no task of its own (one row per month or per establishment, one
            // column per indicator) and lines under it naming what it reports ("Thuộc nhiệm
            // vụ: … (II.5.a …)"): those tasks' figures.
            if case .sheet = grid.source, sheetTasks[grid.source] == nil {
                let below = Self.tasksBelow(grid, layout, recognisers)
                if let first = below.first { sheetTasks[grid.source] = first }
                if below.count > 1 { sheetShares[grid.source] = below }
            }
        }
        linkPointers(recognisers, resolver, order: all.map(\.source))
    }

    /// Whether a note of the document says that a dash in its tables stands for zero: a dash of
    /// `zero_dashes.dashes` in quotes or brackets, then within `reach` words one of its
    /// `meanings` ("dấu “-” là không có số liệu (bằng 0)", "(-): bằng 0").
    static func zeroDashNote(_ document: Document, _ grids: [Grid], _ g: GridVocabulary) -> Bool {
        guard !g.zeroDashes.isEmpty, g.zeroDashReach > 0 else { return false }
        let quotes: Set<Character> = ["\"", "“", "”", "'", "‘", "’", "(", ")", "[", "]"]
        // A note is short and names the dash in quotes: one scalar pass rules out the rest.
        let dashScalars = Set(g.zeroDashes.compactMap(\.unicodeScalars.first))
        func says(_ text: String) -> Bool {
            guard text.utf8.count <= 1600, text.count <= 400, text.unicodeScalars.contains(where: { dashScalars.contains($0) }) else { return false }
            let chars = Array(text)
            for (i, c) in chars.enumerated() where g.zeroDashes.contains(String(c)) {
                guard i > 0, i + 1 < chars.count, quotes.contains(chars[i - 1]), quotes.contains(chars[i + 1]) else { continue }
                let tokens = Tokenizer.tokenize(String(chars[(i + 2)...]))
                var words = 0
                for k in tokens.indices {
                    if g.zeroDashMeanings.match(tokens, at: k) != nil { return true }
                    if tokens[k].kind == .word { words += 1; if words > g.zeroDashReach { break } }
                }
            }
            return false
        }
        for block in document.body { if case .paragraph(let p) = block, says(p.text) { return true } }
        return grids.contains { $0.rows.contains { $0.cells.contains { $0.number == nil && says($0.text) } } }
    }

    /// The grid with each dash written alone in a column of results (below the header) read
    /// as the zero the unit's note says it is.
    static func dashesAsZero(_ grid: Grid, _ layout: GridLayout, _ g: GridVocabulary) -> Grid {
        let columns = Set(layout.valueColumns).union(layout.indicatorColumns.keys)
        guard !columns.isEmpty else { return grid }
        var out = grid
        for k in out.rows.indices where k >= layout.headerRows.upperBound {
            for c in out.rows[k].cells.indices where columns.contains(out.rows[k].cells[c].column) {
                let cell = out.rows[k].cells[c]
                guard cell.number == nil, g.zeroDashes.contains(cell.text.trimmed()) else { continue }
                out.rows[k].cells[c].text = "0"
                out.rows[k].cells[c].number = 0
            }
        }
        return out
    }

    /// A figures sheet whose rows point at the numbered rows of a tasks sheet ("STT | Nội dung |
    /// ĐVT | Số liệu | Thuộc dòng Biểu 02"): each pointed row's task is read from its words,
    /// weighed with the kinds of the figures that point at it, and given to both sheets' rows.
    ///
    /// The sheets are taken in the workbook's order (`order`), a header's columns left to
    /// right: the first pointer column, and the first sheet to give a target's rows their
    /// tasks, win; in the dictionary's order, which changes from run to run, they came and went.
    mutating func linkPointers(_ r: GridRecognisers, _ resolver: GridResolver, order: [Grid.Source]) {
        var listed = Set<Grid.Source>()
        var sheets = order.compactMap { s -> (key: Grid.Source, value: Readable)? in
            guard case .sheet = s, let figures = readable[s], listed.insert(s).inserted else { return nil }
            return (s, figures)
        }
        // (A readable sheet not in `order`, if ever: after them, by name.)
        for (s, figures) in readable where !listed.contains(s) { if case .sheet = s { sheets.append((s, figures)) } }
        sheets[listed.count...].sort { a, b in
            if case .sheet(let x) = a.key, case .sheet(let y) = b.key { return x < y }
            return false
        }
        guard sheets.count >= 2 else { return }
        for (source, figures) in sheets {
            let layout = figures.layout
            guard layout.column(.measureUnit) != nil || !layout.indicatorColumns.isEmpty else { continue }
            // The pointer column: headed by a reference to a numbered sheet, no role of its own.
            var pointer = keyedPointers[source]
            // (Headed "Nhiệm vụ (STT Biểu 01)", the column names the task by its number there: a
            // pointer, whatever role its first word would give it.)
            for (c, header) in layout.headers.sorted(by: { $0.key < $1.key }) where pointer == nil && layout.indicatorColumns[c] == nil && c != layout.labelColumn
                && (layout.roles[c] == nil || layout.roles[c] == .task || layout.roles[c] == .sequence) {
                if let ref = Self.sheetReferences(header, r, first: false).first { pointer = (c, ref) }
            }
            guard let pointer,
                  let (targetSource, target) = sheets.first(where: { $0.key != source && Self.ownReference($0.value.grid, r) == pointer.ref }),
                  let seqColumn = target.layout.column(.sequence), let labelColumn = target.layout.labelColumn else { continue }
            // The figures' kinds, by the row they point at.
            var kinds: [Int: Set<IndicatorID>] = [:]
            var pointing: [Int: [Int]] = [:]
            let unitColumn = layout.column(.measureUnit)
            for row in figures.grid.rows where row.index > figures.firstRow {
                guard let cell = row.cell(startingAt: pointer.column), let n = cell.number, n == n.rounded(), n >= 1, n <= 500 else { continue }
                let label = layout.labelColumn.flatMap { row.cell(at: $0)?.text } ?? ""
                let unit = unitColumn.flatMap { row.cell(at: $0)?.text } ?? ""
                let money: Bool? = r.moneyScale(unit) != nil ? true : (unit.isEmpty ? nil : false)
                if let id = r.indicator(label: label, unit: unit, money: money).best { kinds[Int(n), default: []].insert(id) }
                // A column that names what it counts: the kind of its number on the row.
                let counted = layout.indicatorColumns.filter { row.cell(startingAt: $0.key)?.number != nil }.map(\.value)
                kinds[Int(n), default: []].formUnion(counted)
                // (A row of a sheet keyed so with no figure needs no task.)
                if keyedPointers[source] != nil, counted.isEmpty { continue }
                pointing[Int(n), default: []].append(row.index)
            }
            guard pointing.count >= 2 else { continue }
            var figureCodes: [Int: String] = [:], taskCodes: [Int: String] = [:]
            let keyed = keyedPointers[source] != nil
            for row in target.grid.rows where row.index > target.firstRow {
                guard let seq = row.cell(startingAt: seqColumn), let n = seq.number ?? Double(seq.text.trimmed(" .")), n == n.rounded(),
                      let rows = pointing[Int(n)], let label = row.cell(at: labelColumn)?.text else { continue }
                if keyed { for k in rows { keyedRows[source, default: (targetSource, [:])].rows[k] = row.index } }
                guard let code = r.taskCode(in: label, sequence: false) ?? resolver.byMeaning(label, figures: kinds[Int(n)] ?? []).code else { continue }
                taskCodes[row.index] = code
                for k in rows { figureCodes[k] = code }
            }
            guard !figureCodes.isEmpty else { continue }
            rowCodes[source, default: [:]].merge(figureCodes) { a, _ in a }
            if !keyed { rowCodes[targetSource, default: [:]].merge(taskCodes) { a, _ in a } }
            pointerColumns[source] = pointer.column
            if keyedPointers[source] == nil, readable[source]?.layout.roles[pointer.column] != nil { readable[source]?.layout.roles[pointer.column] = nil }
        }
    }

    /// A header cell that is an item's mark and nothing else ("(2)", "3)"): its key.
    static func markOnly(_ text: String) -> String? {
        let t = text.trimmed()
        guard let key = ExtractionRun.itemKey(t), t.count == key.count + (t.first == "(" ? 2 : 1) else { return nil }
        return key
    }

    /// "biểu 2" for "Biểu 02", "Phụ lục số 2": a numbered sheet's reference in a text, folded.
    static func sheetReferences(_ text: String, _ r: GridRecognisers, first: Bool) -> [String] {
        let tokens = Tokenizer.tokenize(String(text.prefix(first ? 40 : 400)))
        var out: [String] = []
        var k = 0
        while k < tokens.count {
            if tokens[k].kind == .word, let m = r.g.sheetReferences.match(tokens, at: k), m.end < tokens.count,
               tokens[m.end].kind == .number, let n = Int(tokens[m.end].raw) {
                out.append("\(tokens[k].folded) \(n)")
                if first { break }
                k = m.end + 1
                continue
            }
            if first, tokens[k].kind == .word { break }
            k += 1
        }
        return out
    }

    /// The one other numbered sheet the title rows above a grid's header name ("Biểu 02. SỐ
    /// LIỆU KẾT QUẢ (TT theo Biểu 01)": "biểu 1"); nil when they name none or several.
    static func titleReference(_ grid: Grid, _ layout: GridLayout, _ r: GridRecognisers) -> String? {
        let own = ownReference(grid, r)
        let refs = Set(grid.rows[..<layout.headerRows.lowerBound].flatMap(\.cells).flatMap { sheetReferences($0.text, r, first: false) }).subtracting([own].compactMap { $0 })
        return refs.count == 1 ? refs.first : nil
    }

    /// A sheet's own reference: by its name or its first row's title ("BIỂU 02. TIẾN ĐỘ …").
    static func ownReference(_ grid: Grid, _ r: GridRecognisers) -> String? {
        guard case .sheet(let name) = grid.source else { return nil }
        if let ref = sheetReferences(name, r, first: true).first { return ref }
        for row in grid.rows.prefix(4) {
            if let cell = row.cells.first, let ref = sheetReferences(cell.text, r, first: true).first { return ref }
        }
        return nil
    }

    /// The tasks the one-cell lines of a sheet name below its header, when the table itself
    /// names none: no task or code column, no row of the table citing a code, and columns
    /// that name what they count. In the order named, each once.
    static func tasksBelow(_ grid: Grid, _ layout: GridLayout, _ r: GridRecognisers) -> [String] {
        guard !layout.indicatorColumns.isEmpty, layout.taskColumn == nil, layout.column(.code) == nil, layout.taskColumns.isEmpty else { return [] }
        var codes: [String] = []
        for row in grid.rows[layout.headerRows.upperBound...] {
            if row.cells.count >= 2 {
                // A row of the table that names a task: the table has tasks of its own.
                if row.cells.contains(where: { r.taskCode(in: $0.text, sequence: false) != nil }) { return [] }
                continue
            }
            guard let cell = row.cells.first, cell.number == nil else { continue }
            for ref in TaskReferenceParser.references(in: cell.text) {
                if let code = r.code(ref.group, ref.letter), !codes.contains(code) { codes.append(code) }
            }
        }
        return codes
    }

    /// The rows of a grid that lists the plan's tasks by code and nothing else: at least
    /// `thresholds.catalogue_tasks` distinct tasks, each row below the lines above the list
    /// only a task's code, at most one whole number (the key a form looks up) and at most one
    /// name of `catalogue_name_words` words that is no status and counts nothing. Nil for any
    /// other grid.
    static func catalogue(_ grid: Grid, _ r: GridRecognisers) -> ClosedRange<Int>? {
        let least = r.g.thresholds.catalogueTasks
        guard least > 0, Double(grid.rows.count) >= least, let first = grid.rows.first, let last = grid.rows.last else { return nil }
        var codes = Set<String>()
        var listStarted = false
        for row in grid.rows {
            let own = row.cells.filter { !$0.continued && ($0.number != nil || !$0.text.trimmed().isEmpty) }
            var code: String?
            var numbers = 0, names = 0
            for cell in own {
                if let n = cell.number {
                    guard n == n.rounded(), n >= 0, n < 1000 else { return nil }
                    numbers += 1
                } else if code == nil, cell.text.utf8.count <= 24, let c = r.taskCode(in: cell.text, sequence: true) {
                    code = c
                } else {
                    let text = cell.text.trimmed()
                    // (A name says what the task is: no status, no figure of work done.)
                    guard Double(text.split(separator: " ").count) <= r.g.thresholds.catalogueNameWords,
                          r.v.statuses.wholeMatch(text) == nil, r.v.figures(in: Tokenizer.tokenize(text)).found.isEmpty else { return nil }
                    names += 1
                }
            }
            guard let c = code else {
                // The title and the header above the list hold no numbers; nothing follows it.
                guard !listStarted, numbers == 0 else { return nil }
                continue
            }
            guard numbers <= 1, names <= 1 else { return nil }
            listStarted = true
            codes.insert(c)
        }
        return Double(codes.count) >= least ? first.index...last.index : nil
    }

    /// The sheets of a workbook whose figures one other sheet adds up: every other sheet that
    /// labels its numbers ("Số cuộc kiểm tra | cuộc | 1"), when for at least three of their
    /// labels the sum over those sheets is a number the other sheet writes on a row of the same
    /// label ("Số cuộc kiểm tra | cuộc | 3"), and no label's sum is written otherwise there.
    /// One sheet per hamlet, team or ward beside the unit's totals: the totals are the report.
    static func summedSheets(_ grids: [Grid]) -> [Grid] {
        let sheets = grids.filter { if case .sheet = $0.source { return true } else { return false } }
        guard sheets.count >= 3 else { return [] }
        /// Each row's label (its longest text cell, folded) and its last number.
        func labelled(_ grid: Grid) -> [String: Double] {
            var out: [String: Double] = [:]
            for row in grid.rows {
                guard let value = row.cells.last(where: { $0.number != nil && !$0.continued })?.number,
                      let label = row.cells.filter({ $0.number == nil && !$0.continued && $0.text.contains(where: \.isLetter) })
                        .max(by: { $0.text.count < $1.text.count }) else { continue }
                out[VietText.fold(label.text.trimmed()), default: 0] += value
            }
            return out
        }
        /// Each label of a grid, folded, with the numbers of its rows.
        func numbersByLabel(_ grid: Grid) -> [String: Set<Double>] {
            var out: [String: Set<Double>] = [:]
            for row in grid.rows {
                let numbers = Set(row.cells.compactMap { $0.number })
                guard !numbers.isEmpty else { continue }
                for cell in row.cells where cell.number == nil && cell.text.contains(where: \.isLetter) {
                    out[VietText.fold(cell.text.trimmed()), default: []].formUnion(numbers)
                }
            }
            return out
        }
        for whole in sheets {
            let parts = sheets.filter { $0.source != whole.source && labelled($0).count >= 2 }
            guard parts.count >= 2, parts.count == sheets.count - 1 else { continue }
            var sums: [String: Double] = [:]
            for part in parts { for (label, value) in labelled(part) { sums[label, default: 0] += value } }
            let written = numbersByLabel(whole)
            var matched = 0, differ = 0
            for (label, sum) in sums {
                guard let numbers = written[label] else { continue }
                if numbers.contains(sum) { matched += 1 } else { differ += 1 }
            }
            if matched >= 3, differ == 0 { return parts }
        }
        return []
    }

    /// "Ngày | Hoạt động | Việc | SL | ĐVT" on one sheet (each dated activity with the short name
    /// of the work it belongs to: "KT chợ", "KT chợ", "Tuyên truyền", …) and "Việc | Nội dung |
    /// Cộng số liệu | Tình hình" on another (one row per work, its short name first, its totals
    /// typed): the log's rows are the parts the second sheet adds up. Told by the names: every
    /// name the log's column holds, at least two of them and one on two rows or more, heads a
    /// row of the other sheet once, in its first text column, and that sheet types the log's
    /// totals (a sheet of descriptions, or of statuses, leaves the figures to the log). The
    /// logs, with the row of their header.
    static func loggedSheets(_ grids: [Grid], layouts: [GridLayout?]) -> [(grid: Grid, header: Int)] {
        let sheets = zip(grids, layouts).compactMap { g, l -> (Grid, GridLayout)? in
            guard case .sheet = g.source, let l else { return nil }
            return (g, l)
        }
        guard sheets.count >= 2 else { return [] }
        func key(_ text: String) -> String? {
            let t = text.trimmed(" .:")
            // (Codes with digits, "CC-01", are references a figures sheet keys its rows by.)
            guard !t.isEmpty, t.spaceSeparatedCount <= 4, t.contains(where: \.isLetter), !t.contains(where: \.isNumber) else { return nil }
            return VietText.fold(t)
        }
        /// The numbers a cell states, as a number or in its text ("02 cuộc; 2.500.000 đồng").
        func numbers(_ cell: GridCell) -> [Double] {
            if let n = cell.number { return [n] }
            return Tokenizer.tokenize(cell.text).compactMap { $0.kind == .number ? VietNumber.parse($0.raw) : nil }
        }
        /// A sheet's rows under its header.
        func body(_ grid: Grid, _ layout: GridLayout) -> ArraySlice<GridRow> { grid.rows[layout.headerRows.upperBound...] }
        /// Each sheet's work names (the first text cell of each row under its header, once each)
        /// with the numbers typed on the name's row.
        var named: [Grid.Source: [String: Set<Double>]] = [:]
        for (grid, layout) in sheets {
            var rows: [String: Set<Double>] = [:]
            var repeated = false
            for row in body(grid, layout) {
                guard let first = row.cells.first(where: { !$0.continued && $0.number == nil && !$0.text.trimmed().isEmpty }),
                      let k = key(first.text) else { continue }
                if rows[k] != nil { repeated = true }
                rows[k, default: []].formUnion(row.cells.filter { $0.column != first.column && !$0.continued }.flatMap(numbers))
            }
            if rows.count >= 2, !repeated { named[grid.source] = rows }
        }
        guard !named.isEmpty else { return [] }
        var out: [(grid: Grid, header: Int)] = []
        for (grid, layout) in sheets {
            let header = grid.rows[layout.headerRows.lowerBound].index
            let body = body(grid, layout)
            let columns = Set(body.flatMap { $0.cells.filter { !$0.continued && $0.number == nil }.map(\.column) })
            search: for column in columns.sorted() {
                // By name, the sum of the rows' numbers in each unit (the text right of a number).
                var sums: [String: [String: Double]] = [:]
                var counts: [String: Int] = [:]
                for row in body {
                    guard let cell = row.cell(startingAt: column), !cell.continued, !cell.text.trimmed().isEmpty else { continue }
                    guard let k = key(cell.text) else { counts = [:]; break }
                    counts[k, default: 0] += 1
                    for c in row.cells where c.number != nil && !c.continued {
                        let unit = row.cells.first { $0.column > c.column && !$0.continued && $0.number == nil }.map { VietText.fold($0.text.trimmed()) } ?? ""
                        sums[k, default: [:]][unit, default: 0] += c.number!
                    }
                }
                guard counts.count >= 2, counts.values.contains(where: { $0 >= 2 }) else { continue }
                for (other, rows) in named where other != grid.source && Set(counts.keys).isSubset(of: Set(rows.keys)) {
                    // The other sheet types the log's totals: on two of its rows or more, a
                    // number there is the sum of a name's rows in one unit.
                    let totalled = counts.keys.filter { k in (sums[k] ?? [:]).values.contains { rows[k]?.contains($0) == true } }.count
                    if totalled >= 2 { out.append((grid, header)); break search }
                }
            }
        }
        return out
    }

    /// The names of a workbook's sheets of one period ("Quý I", "Tháng 10") when a sheet of
    /// the whole stands beside them ("Cả năm", "Tổng hợp"), and that sheet's name.
    static func periodSheets(_ document: Document, _ g: GridVocabulary) -> (parts: Set<String>, whole: String?) {
        guard document.kind == .spreadsheet else { return ([], nil) }
        func opens(_ table: PhraseTable<Bool>, _ name: String) -> Bool {
            let tokens = Tokenizer.tokenize(name)
            guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
            return table.match(tokens, at: first) != nil
        }
        let names = document.sheets.filter { $0.visibility == .visible }.map(\.name)
        guard let whole = names.first(where: { opens(g.wholeSheets, $0) }) else { return ([], nil) }
        let parts = names.filter { $0 != whole && (opens(g.periodSheets, $0) || opens(g.placeSheets, $0)) && !opens(g.wholeSheets, $0) }
        return parts.isEmpty ? ([], nil) : (Set(parts), whole)
    }

    /// The numbered sheets ("Biểu 01" by its name or its first rows' title) that one task's
    /// row alone cites ("Mở rộng dịch vụ kiểm định (II.2.g) | … | Biểu 01, Biểu 02"): the
    /// figures of such a sheet are that task's. A sheet cited by two tasks is left unplaced.
    static func citedSheets(_ grids: [Grid], _ r: GridRecognisers) -> [Grid.Source: String] {
        /// "biểu 1" for "Biểu 01", "BIỂU SỐ 1": the reference word's folded form and its number.
        func references(_ text: String, first: Bool) -> [String] {
            let tokens = Tokenizer.tokenize(String(text.prefix(first ? 40 : 400)))
            var out: [String] = []
            var k = 0
            while k < tokens.count {
                if tokens[k].kind == .word, let m = r.g.sheetReferences.match(tokens, at: k), m.end < tokens.count,
                   tokens[m.end].kind == .number, let n = Int(tokens[m.end].raw) {
                    out.append("\(tokens[k].folded) \(n)")
                    if first { break }
                    k = m.end + 1
                    continue
                }
                if first, tokens[k].kind == .word { break }
                k += 1
            }
            return out
        }
        var cited: [String: Set<String>] = [:]
        for grid in grids {
            for row in grid.rows {
                guard let code = row.cells.lazy.compactMap({ r.taskCode(in: $0.text, sequence: false) }).first else { continue }
                for cell in row.cells where !cell.continued {
                    for ref in references(cell.text, first: false) { cited[ref, default: []].insert(code) }
                }
            }
        }
        guard !cited.isEmpty else { return [:] }
        var out: [Grid.Source: String] = [:]
        for grid in grids {
            guard case .sheet(let name) = grid.source else { continue }
            let own = references(name, first: true) + (grid.rows.first?.cells.first.map { references($0.text, first: true) } ?? [])
            guard let ref = own.first(where: { cited[$0]?.count == 1 }), let code = cited[ref]?.first else { continue }
            out[grid.source] = code
        }
        return out
    }

    /// Whether a line stands in a sheet set aside whole: a list of the plan's tasks copied for
    /// a form's lookups (`catalogues`), or a sheet of parts another sheet adds up (`summedParts`);
    /// or in a row whose note says its work is not the plan's (`outsidePlanRows`).
    func setAside(_ line: Line) -> Bool {
        guard !catalogues.isEmpty || !summedParts.isEmpty || !outsidePlanRows.isEmpty, let (source, row) = place(line) else { return false }
        return catalogues[source]?.contains(row) == true || summedParts[source]?.contains(row) == true
            || outsidePlanRows[source]?.contains(row) == true
    }

    /// The grid and row a line comes from: a table's or sheet's, or a body paragraph of a
    /// biểu typed with tab stops.
    func place(_ line: Line) -> (Grid.Source, Int)? {
        if case .body = line.container {
            guard !tabbedRows.isEmpty, line.cells.count >= 2, case .paragraph(_, let index)? = line.firstLocation,
                  let source = tabbedRows[index] else { return nil }
            return (source, index)
        }
        return Self.place(line)
    }

    /// The grid and row a table's or sheet's line comes from.
    static func place(_ line: Line) -> (Grid.Source, Int)? {
        let source: Grid.Source
        switch line.container {
        case .table(let n): source = .wordTable(n)
        case .sheet(let name): source = .sheet(name)
        case .body: return nil
        }
        switch line.cells.first?.location {
        case .tableCell(_, _, let row, _)?: return (source, row)
        case .sheetCell(_, let row, _)?: return (source, row)
        default: return nil
        }
    }
}

extension ExtractionRun {
    /// Reads the grid a line belongs to when the grid resolver reads its layout; true when the
    /// line is covered by that reading (and so is not read again as a line).
    mutating func readGrid(_ line: Line) -> Bool {
        // A row of the legend of colours says what colours mean, nothing of a task.
        if !grids.legendRows.isEmpty, line.cells.contains(where: { grids.legendRows.contains($0.location) }) { return true }
        // A row of a table of typed items: the table's items, taken once, in row order.
        if let (source, row) = grids.place(line), let items = grids.itemRows[source], items[row] != nil {
            if grids.itemsTaken.insert(source).inserted {
                for (_, typed) in items.sorted(by: { $0.key < $1.key }) {
                    // One cell's items parted by ";", as a line's are.
                    let parted = typed.items.flatMap { item in
                        v.items.split(item.text, proposal: typed.proposal).map { Item(text: $0, source: item.source) }
                    }
                    if typed.proposal { proposals += parted } else { difficulties += parted }
                }
            }
            return true
        }
        if let parts = grids.periodParts.first(where: { $0.key == grids.place(line)?.0 }), let row = grids.place(line)?.1 {
            guard parts.value.contains(row) else { return false }
            if grids.periodNote == nil {
                let names = grids.periodParts.keys.compactMap { s -> String? in if case .sheet(let n) = s { return n } else { return nil } }.sorted()
                let whole = grids.periodWhole
                let note = Finding(severity: .info, code: "sheet-skipped",
                    message: "Các trang tính \(names.map { "“\($0)”" }.joined(separator: ", ")) là số liệu \(grids.partsArePlaces ? "từng địa bàn" : "từng kỳ")\(whole.map { ", đã cộng trong trang “\($0)”" } ?? ""); không cộng lại.",
                    source: line.cells.first?.location.description)
                grids.periodNote = note
                findings.append(note)
            }
            return true
        }
        guard !grids.readable.isEmpty, let (source, row) = grids.place(line), let readable = grids.readable[source],
              let resolver = grids.resolver else { return false }
        if let covered = grids.covered[source] { return covered.contains(row) }
        guard row >= readable.firstRow else { return false }
        var reopened = false
        // Under "Phương hướng …", the closing or the difficulties, a table reports nothing done:
        // the line reader's sections decide what it is.
        if section == .plans || section == .closing || section?.holdsItems == true {
            // A table of results with its units of measure or its indicators' columns ("KẾT
            // QUẢ CỤ THỂ:" below the proposals, a table of figures after the signature) is no
            // list of difficulties nor part of the closing: the results go on.
            let measures = readable.layout.column(.measureUnit) != nil || !readable.layout.indicatorColumns.isEmpty
            // (A dated log of activities after the signature details the text; it is left to
            // the closing.)
            let closingTable = section == .closing && readable.layout.column(.date) == nil
            guard section?.holdsItems == true || closingTable, measures, readable.layout.column(.difficulty) == nil, readable.layout.column(.proposal) == nil else {
                grids.covered[source] = 0...0
                return false
            }
            // The line that headed the table ("KẾT QUẢ CỤ THỂ:") was taken for an item.
            if lineIndex > 0, let heading = lines[lineIndex - 1].firstLocation?.description, lines[lineIndex - 1].container == lines[lineIndex].container {
                let words = lines[lineIndex - 1].text.split(separator: " ").count
                if words <= 8, !lines[lineIndex - 1].text.trimmed().hasPrefix("-") {
                    if proposals.last?.source == heading { proposals.removeLast() }
                    if difficulties.last?.source == heading { difficulties.removeLast() }
                }
            }
            reopened = section == .closing
            section = .appendix
            itemColumns = [:]
        }
        // (A biểu typed with tab stops stands in the body as a Word table does.)
        let tabbed: Bool = { if case .tabbed = source { return true } else { return false } }()
        let inTable: Bool = { if case .wordTable = source { return true } else { return tabbed } }()
        // A table of figures after the signature is read; what follows it is still the closing.
        defer { if reopened { section = .closing } }
        var unitResolver = resolver
        unitResolver.unitGroup = reportingUnitGroup
        unitResolver.namedTasks = order
        unitResolver.legend = grids.legend
        unitResolver.fillLegend = grids.fillLegend
        unitResolver.unfilled = grids.unfilled
        unitResolver.rowCodes = grids.rowCodes[source] ?? [:]
        if let keyed = grids.keyedRows[source], let tasks = grids.rowTasks[keyed.target] {
            for (row, target) in keyed.rows { if let code = tasks[target] { unitResolver.rowCodes[row] = code } }
        }
        unitResolver.pointerColumn = grids.pointerColumns[source]
        unitResolver.nestedKinds = grids.nestedKinds[source] ?? [:]
        if let labelCol = readable.layout.labelColumn {
            unitResolver.rowWords = readable.grid.rows[readable.layout.headerRows.upperBound...].compactMap { $0.cell(at: labelCol)?.text }.filter { !$0.trimmed().isEmpty }
        }
        // A table of sub-units outside any task's passage is about what the lines just above
        // it say ("… tổng hợp kết quả kiểm tra của các Đội Quản lý thị trường như sau:").
        if inTable, current == nil, readable.layout.isBreakdown { unitResolver.leadIn = leadIn(before: lineIndex) }
        // A table of figures in the appendix, outside any task's passage ("SỐ LIỆU KÈM THEO"
        // after the signature): each row names its task, as in a sheet of its own.
        // (After the signature no passage is open, whatever the lines before it were.)
        if reopened { current = nil }
        if inTable, current == nil, section == .appendix || section == nil || section == .results { unitResolver.standsAlone = true }
        // A table inside a cell of a task's row ("Kết quả | Chỉ tiêu – Số lượng") details that
        // task: its rows are that task's results, whatever their words.
        var task = inTable ? current : grids.sheetTasks[source]
        if let parent = readable.grid.parent, let tasks = grids.rowTasks[.wordTable(parent.table)],
           let above = tasks.keys.filter({ $0 <= parent.row }).max() {
            task = tasks[above]
            unitResolver.standsAlone = false
        }
        var reading = unitResolver.read(readable.grid, layout: markedColumns(readable), currentTask: task, group: group)
        if let shares = grids.sheetShares[source] { reading.share(among: shares, profiles: resolver.r.profiles) }
        grids.covered[source] = reading.rows
        grids.rowTasks[source] = reading.rowTasks
        if !reading.outsidePlanRows.isEmpty { grids.outsidePlanRows[source] = reading.outsidePlanRows }
        // A card is read whole when it gave a task; else its lines are read as lines.
        if let card = readable.card {
            guard !reading.entries.isEmpty else {
                grids.covered[source] = 0...0
                return false
            }
            grids.covered[source] = card
        }
        apply(reading)
        // A biểu typed with tab stops under a task's passage, whose rows named no other task,
        // leaves the passage open, as a Word table's end does: "Đến kỳ báo cáo: đã hoàn thành."
        // below it is that task's.
        if tabbed, let task, reading.entries.allSatisfy({ $0.code == task }) { current = task }
        // A sheet a task's row cites is that task's to its end ("Kinh phí đã thanh toán
        // (đồng): | 46.800.000" under the table).
        if !inTable, let cited = grids.sheetTasks[source] { current = cited }
        return grids.covered[source]?.contains(row) ?? false
    }

    /// The text of the two lines of the body (outside tables) before line `index`, nearest last.
    func leadIn(before index: Int) -> String? {
        var texts: [String] = []
        var k = index - 1
        while k >= 0, texts.count < 2, index - k <= 12 {
            if lines[k].container == .body, !lines[k].text.trimmed().isEmpty { texts.insert(lines[k].text, at: 0) }
            k -= 1
        }
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    mutating func apply(_ reading: GridReading) {
        pastStatusPlaces.formUnion(reading.pastStatuses)
        // A table whose rows report only the passage's own task ("Chỉ tiêu | ĐVT | Kết quả"
        // under "2.1. Kiểm tra …") starts no task of its own: the passage goes on below it
        // ("Mức độ hoàn thành: đang thực hiện …"). A heading inside the table still does; and
        // a table right after it is read afresh ("ĐỐI TƯỢNG 02: …" in a table of its own).
        let startedBefore = tableStartedTask
        defer {
            if let passage = passageBeforeTable, !startedBefore, tableStartedTask, !reading.entries.isEmpty,
               reading.entries.allSatisfy({ $0.code == passage }) {
                tableStartedTask = false
                passageKeptByRows = true
            }
        }
        for e in reading.entries {
            begin(e.code)
            let b = builders[e.code]!
            // A table is the unit's own tally: where the text above already gave a figure of
            // the same indicator (a part, or the same number again), the table's stands.
            var tallied: [IndicatorID: Double] = [:]
            for f in e.figures { tallied[f.indicator, default: 0] += f.value }
            // A log of dated activities details what the text states: where the text gave a
            // figure, the text's stands (the log's rows may count other things, a team's size).
            var fromLog = Set<IndicatorID>()
            for (id, value) in tallied.sorted(by: { $0.key < $1.key }) where reading.isLog {
                guard let earlier = b.figures[id] else { continue }
                fromLog.insert(id)
                if earlier.value != value {
                    findings.append(Finding(severity: .info, code: "figures-restated",
                        message: "Nhiệm vụ \(e.code): bảng theo dõi hoạt động cộng lại được \(GridResolver.numberText(value)), phần thuyết minh nêu “\(earlier.sources.first?.text ?? GridResolver.numberText(earlier.value))”; lấy theo phần thuyết minh.",
                        source: e.figures.first { $0.indicator == id }?.location.description))
                }
            }
            for id in fromLog { tallied[id] = nil }
            for (id, value) in tallied.sorted(by: { $0.key < $1.key }) {
                guard let earlier = b.figures.removeValue(forKey: id) else { continue }
                // The same number again is counted once and needs no note: nothing is lost.
                if earlier.value == value {
                    restatedSources += earlier.sources
                } else {
                    findings.append(Finding(severity: .info, code: "figures-table-preferred",
                        message: "Nhiệm vụ \(e.code): phần thuyết minh nêu “\(earlier.sources.first?.text ?? GridResolver.numberText(earlier.value))”, bảng số liệu ghi \(GridResolver.numberText(value)); lấy theo bảng.",
                        source: e.figures.first { $0.indicator == id }?.location.description))
                }
            }
            b.passageSignatures.removeAll()
            for f in e.figures where !fromLog.contains(f.indicator) { add(f.indicator, f.value, to: b, location: f.location, text: f.text) }
            b.passageSignatures.insert(tallied)
            // A table's status weighs as a cell at most: it does not replace a status the
            // text stated before the table.
            if let s = e.status { setStatus(s.value, on: b, location: s.location, confidence: min(s.confidence, v.statusReading.weight(.cell))) }
            b.texts += e.texts
            b.sources += e.sources
        }
        findings += reading.findings
        difficulties += reading.difficulties
        proposals += reading.proposals
        current = nil
    }
}

extension ExtractionRun {
    /// "Chỉ tiêu | ĐVT | (1) | (2) | (3)" below items marked "(1) Tuyên truyền", "(2) Kiểm tra …":
    /// columns headed by a mark alone stand for the items so marked above, each column's
    /// figures its item's task's — a transposed table whose tasks are named by reference. A
    /// column whose item began no task is quoted in a finding with its figures.
    func markedColumns(_ readable: GridState.Readable) -> GridLayout {
        var layout = readable.layout
        guard let marks = grids.markColumns[readable.grid.source] else { return layout }
        for (c, key) in marks { layout.taskColumns[c] = markedItems[key] ?? "" }
        return layout
    }
}
