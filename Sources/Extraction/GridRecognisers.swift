import DocumentModel
import VietText

// Recognisers of the grid view. Each looks at one thing — a header, a row's label and unit
// of measure, a row's task, a status cell — and claims what it says with a confidence; the
// grid resolver (GridResolver.swift) decides. All wording, weights and thresholds come from
// grids.yaml and vocabulary.yaml.

/// The columns of a grid, from its header rows.
struct GridLayout: Sendable {
    /// Grid rows (positions in `Grid.rows`) that make up the header, numbering row included.
    var headerRows: Range<Int>
    var roles: [Int: GridColumnRole] = [:]
    /// Money scale written in a header ("Số tiền (triệu đồng)").
    var scales: [Int: Double] = [:]
    /// A header naming an indicator itself ("Số cuộc", "Tiền phạt (nghìn đồng)"): a wide table.
    var indicatorColumns: [Int: IndicatorID] = [:]
    /// Header text by column (parent – child), to quote a number with its column's words.
    var headers: [Int: String] = [:]
    /// Columns headed by a status itself ("Hoàn thành | Đang thực hiện"), ticked on a task's row.
    var flags: [Int: TaskStatus] = [:]
    /// Columns headed by a status whose cells tell the work in words ("Đã thực hiện | Đang
    /// thực hiện | Chưa thực hiện / Không phát sinh"): a row's words under one say what was
    /// done and that the task stands so. A header naming two states lists both; the cell's
    /// own words choose between them.
    var statusHeaded: [Int: [TaskStatus]] = [:]
    /// Columns whose header asks a yes/no question about the work, with what it asks.
    var questions: [Int: GridVocabulary.QuestionColumns.Ask] = [:]
    /// A transposed table: a column per task (its code; empty when its header names no task
    /// clearly), a row per indicator.
    var taskColumns: [Int: String] = [:]
    /// Several quantities on a row, each with its own unit of measure beside it ("Số liệu" over
    /// "SL | ĐV | SL | ĐV"): the unit column of each value column.
    var pairedUnits: [Int: Int] = [:]
    /// Columns headed by a unit of measure itself ("Row Labels | cuộc | cơ sở | đồng", a pivot
    /// table's column labels): the unit of every number in the column.
    var columnUnits: [Int: String] = [:]
    /// Sub-units by rows, tasks by groups of columns ("Ấp | Tuyên truyền: Số tin | Kiểm tra
    /// cân: Số cuộc · Số cơ sở · Phạt"): each task's columns and what each counts.
    var taskGroups: [TaskGroup] = []
    /// Progress counted in the unit's own parts over two columns ("Tổng số nội dung | Đã
    /// xong": 4 | 3): all done is completed, none not started, between under way.
    var partsColumns: (done: Int, all: Int)?

    struct TaskGroup: Sendable {
        var columns: Range<Int>
        var text: String
        var location: Location
        /// Each measure column's header and the indicator it names (nil: none).
        var measures: [(column: Int, header: String, indicator: IndicatorID?, scale: Double?)]
    }

    func column(_ role: GridColumnRole) -> Int? {
        roles.filter { $0.value == role }.map(\.key).min()
    }
    var labelColumn: Int? { column(.label) ?? column(.task) ?? column(.breakdown) }
    /// Rows are parts of one result, not tasks.
    var isBreakdown: Bool { column(.label) == nil && column(.task) == nil && column(.breakdown) != nil }
    /// A task column beside a label column (one row per indicator, the task repeated).
    var taskColumn: Int? {
        guard let t = column(.task), let l = column(.label), t != l else { return nil }
        return t
    }
    /// The columns whose numbers are results. Beside a running total ("Lũy kế"), the columns
    /// of single periods and a plain "Thực hiện" are its parts, not the result; a lone period
    /// column with no other is the result.
    var valueColumns: [Int] {
        let cumulative = roles.contains { $0.value == .cumulative }
        var out = roles.filter {
            $0.value == .money || $0.value == .answer || $0.value == .cumulative || $0.value == .quantity && !cumulative
        }.map(\.key)
        let periods = roles.filter { $0.value == .period }.map(\.key)
        if out.allSatisfy({ roles[$0] == .answer }), periods.count == 1 { out += periods }
        return out.sorted()
    }
    /// A column that holds money: headed by a money indicator ("Kinh phí đã chi", "Đầu vào
    /// (nhân lực, kinh phí)") or by the money role. Its counts are not results of its own.
    func holdsMoney(_ column: Int) -> Bool {
        indicatorColumns[column]?.isMoney ?? (roles[column] == .money)
    }
    /// A questionnaire: one row a question, its answer in words, figures and ticked boxes.
    var isQuestionnaire: Bool { column(.answer) != nil }
    /// "Chỉ tiêu | Kết quả": a list of results, the unit written after each number.
    var isList: Bool {
        column(.measureUnit) == nil && indicatorColumns.isEmpty && column(.status) == nil && !isBreakdown && !isQuestionnaire
            && roles.count == 2 && valueColumns.count == 1
    }
}

/// A claim with its confidence and the place it was read from.
struct Claim<Value: Sendable>: Sendable {
    var value: Value
    var confidence: Double
    var location: Location?
}

/// Built once per extractor and shared by reference: every grid of every document reads the
/// same vocabularies, which are never copied per row.
final class GridRecognisers: Sendable {
    let v: Vocabulary
    let g: GridVocabulary
    let titles: TitleMatcher
    let groupTitles: TitleMatcher
    let taskCodes: Set<String>
    let groups: Set<Int>
    /// What each task is about: the same profiles passages are resolved with.
    let profiles: TaskProfiles

    init(v: Vocabulary, g: GridVocabulary, profiles: TaskProfiles, titles: TitleMatcher, groupTitles: TitleMatcher, taskCodes: Set<String>, groups: Set<Int>) {
        self.v = v
        self.g = g
        self.profiles = profiles
        self.titles = titles
        self.groupTitles = groupTitles
        self.taskCodes = taskCodes
        self.groups = groups
    }

    // MARK: Column roles

    /// The role a header cell's words give its column, with a money scale and, for a header
    /// that names an indicator itself, that indicator.
    func headerRole(_ text: String) -> (role: GridColumnRole?, indicator: IndicatorID?, scale: Double?) {
        guard text.utf8.count <= 270, text.unicodeScalars.count <= 90 else { return (nil, nil, nil) }
        // "#" heads the rows' numbers: a mark, no word to match.
        if !g.sequenceMarks.isEmpty, g.sequenceMarks.contains(text.trimmed()) { return (.sequence, nil, nil) }
        // "Hoạt động / kết quả thực hiện", "Nội dung / kết quả": the words before the slash say
        // what each row's cell names; the rest, what the row reports about it.
        if let (slash, _) = text.firstIndexAndOffset(ofASCII: "/"), text[..<slash].contains(where: \.isLetter) {
            let first = headerRole(String(text[..<slash]))
            if first.role == .label || first.role == .task { return (first.role, nil, nil) }
            // "Đơn vị / Nội dung phối hợp theo Kế hoạch": a form's rows name the bodies (its
            // group rows) and what each does; "đơn vị" there is the body, not a unit of measure,
            // and the words after the slash say what each row's cell names. So too "Lĩnh vực /
            // nội dung" (a borrowed form's rows name the field and the work): each row a task.
            if first.role == .measureUnit || first.role == .breakdown {
                let rest = headerRole(String(text[text.index(after: slash)...]))
                if rest.role == .label || rest.role == .task { return (rest.role, nil, nil) }
            }
        }
        let tokens = Tokenizer.tokenize(text)
        var scale: Double?
        for m in v.headerMoneyScales(tokens) {
            let factor = m.value * Self.multiplier(before: m.start, in: tokens)
            if factor > 1 || scale == nil { scale = max(scale ?? 0, factor) }
        }
        var best: (GridColumnRole, Int)?
        // "DN, tổ chức được hỗ trợ (đơn vị)", "Kiểm tra (cuộc)": a closing parenthesis after the
        // header's words holds its unit of measure, not its role ("đơn vị" there counts, it
        // heads no column of units).
        var roleEnd = tokens.count
        if tokens.last?.raw == ")", let open = tokens.lastIndex(where: { $0.raw == "(" }),
           tokens[..<open].contains(where: { $0.kind == .word }) { roleEnd = open }
        // "KH 2026": a period's year after the header's words (`header_years`) leaves them whole.
        var wholeEnd = roleEnd
        if wholeEnd > 1, tokens[wholeEnd - 1].kind == .number, tokens[wholeEnd - 1].raw.count == 4,
           let y = Int(tokens[wholeEnd - 1].raw), g.headerYears.contains(y) {
            wholeEnd -= 1
            // "KH năm 2026", "KH cả năm 2026": the year's words before it (`year_totals`) name
            // the year too, and leave the header's words whole.
            if let start = (1..<wholeEnd).first(where: { g.yearTotals.match(tokens, at: $0)?.end == wholeEnd }) { wholeEnd = start }
        }
        var i = 0
        while i < roleEnd {
            if let m = g.columns.match(tokens, at: i),
               // "Cập nhật" heads the dates, "Cập nhật điều ước …" is a task's own words.
               i == 0 && (m.end == roleEnd || m.end == wholeEnd) || g.wholeHeaderWords.match(tokens, at: i)?.end != m.end {
                let weight = m.words * 2 + (i == 0 ? 1 : 0)
                if best == nil || weight > best!.1 { best = (m.value, weight) }
            }
            i += 1
        }
        // "Số cơ sở vi phạm", "Tiền phạt (đồng)": an indicator header, longer than any role phrase.
        var indicator: IndicatorID?
        var indicatorWords = 0
        for m in v.indicatorColumns.matches(in: tokens) where m.end - m.start > indicatorWords {
            indicator = m.value; indicatorWords = m.end - m.start
        }
        if indicator == nil, tokens.first?.folded == "so" {
            let k = tokens.count > 1 && tokens[1].folded == "luong" ? 2 : 1
            if let m = v.counts.match(tokens, at: k) { indicator = m.value; indicatorWords = m.words + k }
        }
        // "Phạt (triệu đồng)": a header of no known role whose money unit is bracketed after a
        // money context's word (the fine, the spending) heads that kind of amount.
        if indicator == nil, best == nil, scale != nil, roleEnd < tokens.count,
           let m = v.moneyContext.matches(in: Array(tokens[..<roleEnd])).first, v.figureReading.contextNames.match(tokens, at: m.start) == nil {
            indicator = m.value; indicatorWords = m.end - m.start
        }
        // "Việc gì?", "Kiểm tra bao nhiêu cơ sở?": an open question names its column by its
        // other words, the counted noun first ("Số cơ sở kiểm tra").
        if best == nil, indicator == nil, let asked = openQuestionHeader(text, money: scale != nil) { return headerRole(asked) }
        if let id = indicator, indicatorWords >= (best.map { $0.1 / 2 } ?? 0) {
            return (id.isMoney ? .money : .quantity, id, scale)
        }
        // "Chuyên đề, lớp bồi dưỡng (lớp)", "Học viên tham dự (lượt)": a header of no known
        // role whose unit of measure, in a closing parenthesis, counts one indicator.
        if best == nil, scale == nil, let id = parenthesisedUnit(text) {
            // "Hội nghị, lớp (cái)": a unit that counts anything ("cái") says how, the head noun
            // before it what — the noun's kind when it names another clearly.
            if let open = text.lastIndex(of: "("), let named = self.indicator(label: String(text[..<open]), unit: "", money: false).best,
               named != id, !named.isMoney { return (.quantity, named, nil) }
            return (.quantity, id, nil)
        }
        // "DN, tổ chức được hỗ trợ", "Hộ, cơ sở vi phạm": a header of no known role and no
        // header phrase, with a qualifier of what was counted, read as a row's label is, by
        // its head noun and qualifiers; only when they agree on one kind clearly ("Đợt" alone
        // numbers a batch).
        if best == nil, scale == nil, Double(text.splitting(onASCII: " ").count) <= g.thresholds.headerLabelWords,
           !g.qualifiers.matches(in: tokens).isEmpty,
           let id = self.indicator(label: text, unit: "", money: nil).best, !id.isMoney { return (.quantity, id, nil) }
        return (best?.0, nil, scale)
    }

    /// A header written as an open question, read as the header it stands for: its question
    /// word and closing particles dropped; a count's question ("Bao nhiêu cuộc kiểm tra?",
    /// "Kiểm tra bao nhiêu cơ sở?", "Phạt bao nhiêu (đồng)?") as "Số" + the counted noun (money's
    /// noun when the header has a money unit and names none) + the words before the question
    /// word ("Số cuộc kiểm tra", "Số cơ sở kiểm tra", "Số tiền phạt (đồng)"). Nil when the header
    /// is no open question.
    func openQuestionHeader(_ text: String, money: Bool) -> String? {
        let q = g.openQuestions
        guard !q.words.isEmpty else { return nil }
        let tokens = Array(Tokenizer.tokenize(text).filter { $0.raw != "?" })
        // A closing parenthesis holds the unit ("(đồng)"): kept at the end.
        var end = tokens.count
        if tokens.last?.raw == ")", let open = tokens.lastIndex(where: { $0.raw == "(" }) { end = open }
        let head = Array(tokens[..<end])
        var ask: (start: Int, end: Int, count: Bool)?
        var i = 0
        while i < head.count, ask == nil {
            if let m = openQuestionWord(head, at: i, particles: false) { ask = (i, m.end, m.count) } else { i += 1 }
        }
        guard let ask else { return nil }
        var after: [Substring] = []
        var k = ask.end
        while k < head.count {
            if let m = openQuestionWord(head, at: k, particles: true) { k = m.end; continue }
            after.append(head[k].raw); k += 1
        }
        let before = head[..<ask.start].map(\.raw)
        let unit = tokens[end...].map(\.raw)
        var words: [Substring]
        if ask.count {
            let noun = after.isEmpty && money && !q.moneyNoun.isEmpty ? [Substring(q.moneyNoun)] : after
            words = (q.countWord.isEmpty ? [] : [Substring(q.countWord)]) + noun + before
        } else {
            words = before + after
        }
        guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        words += unit
        return words.joined(separator: " ")
    }

    /// An open question's word (or, with `particles`, a closing particle) at `k`, written with
    /// its own marks: where it ends and whether it asks a count.
    func openQuestionWord(_ tokens: [Token], at k: Int, particles: Bool) -> (end: Int, count: Bool)? {
        let q = g.openQuestions
        func exact(_ end: Int) -> Bool {
            q.exact.contains(tokens[k..<end].map { $0.raw.lowercased() }.joined(separator: " "))
        }
        if let m = q.words.match(tokens, at: k), exact(m.end) { return (m.end, m.value) }
        if particles, let m = q.particles.match(tokens, at: k), exact(m.end) { return (m.end, false) }
        return nil
    }

    /// Whether a header holds an open question's word ("gì", "bao nhiêu", "đâu").
    func isOpenQuestion(_ text: String) -> Bool {
        guard !g.openQuestions.words.isEmpty else { return false }
        let tokens = Array(Tokenizer.tokenize(text))
        return tokens.indices.contains { openQuestionWord(tokens, at: $0, particles: false) != nil }
    }

    /// "TT | Hội nghị, lớp (cái) | Lượt người | Cuộc kiểm tra | …": a sheet of figures with no
    /// label column, a number first and one column per kind of figure after it, every one
    /// most naming what they count. Its rows are named by their numbers alone, which only another
    /// sheet's rows can say (`GridState.keyedPointers`): laid out with the number column as the
    /// label, and that column; nil for any other grid.
    func keyedLayout(of grid: Grid) -> (layout: GridLayout, column: Int)? {
        for (k, row) in grid.rows.prefix(16).enumerated() {
            let own = row.cells.filter { !$0.continued }
            guard own.count >= 3, !own.contains(where: { $0.number != nil }), let first = own.first,
                  headerRole(first.text).role == .sequence else { continue }
            var layout = GridLayout(headerRows: k..<(k + 1))
            layout.roles[first.column] = .label
            layout.headers[first.column] = first.text
            for cell in own.dropFirst() {
                let h = headerRole(cell.text)
                // A header of other role names no kind of figure: no such sheet.
                guard h.role == nil || h.indicator != nil else { return nil }
                // "Mẫu", "Lượt người": the noun alone, both what is counted and its unit.
                let money: Bool? = h.scale != nil ? true : nil
                let id = h.indicator ?? indicator(label: cell.text, unit: "", money: money).best ?? indicator(label: cell.text, unit: cell.text, money: money).best
                layout.roles[cell.column] = id?.isMoney == true ? .money : .quantity
                layout.headers[cell.column] = cell.text
                if let id { layout.indicatorColumns[cell.column] = id }
                if let s = h.scale { layout.scales[cell.column] = s }
            }
            // Most columns name their kind, two kinds at least; the others' numbers are quoted.
            let kinds = layout.indicatorColumns.count
            return Set(layout.indicatorColumns.values).count >= 2 && kinds * 2 >= own.count - 1 ? (layout, first.column) : nil
        }
        return nil
    }

    /// Columns headed by states, one each ("Đã thực hiện | Đang thực hiện | Chưa thực hiện /
    /// Không phát sinh"), at least two, whose cells below hold words rather than ticks (a cell
    /// of at least `statusHeadedWords` words): each row writes its work under the column of its
    /// state. Such a column holds results, and its header is the status of the rows that
    /// write in it (`statusHeaded`), not a column of ticks.
    func statusHeadings(_ grid: Grid, header k: Int, _ layout: inout GridLayout) {
        var headed: [Int: [TaskStatus]] = [:]
        for cell in grid.rows[k].cells where !cell.continued && cell.text.unicodeScalars.count <= 60 {
            if let st = v.statuses.wholeMatch(cell.text) {
                headed[cell.column] = [st]
                continue
            }
            let parts = cell.text.split(whereSeparator: { $0 == "/" || $0 == ";" || $0 == "," }).map(String.init).filter { !$0.trimmed().isEmpty }
            guard parts.count >= 2 else { continue }
            let states = parts.compactMap { v.statuses.wholeMatch($0) }
            if states.count == parts.count { headed[cell.column] = states }
        }
        guard headed.count >= 2 else { return }
        let below = grid.rows.dropFirst(k + 1)
        let words = g.statusHeadedWords
        let prose = headed.keys.contains { c in
            below.contains { r in r.cell(startingAt: c).map { !$0.continued && $0.text.split(separator: " ").count >= words } ?? false }
        }
        guard prose else { return }
        for (c, states) in headed {
            layout.flags[c] = nil
            layout.roles[c] = .quantity
            layout.statusHeaded[c] = states
            if layout.headers[c] == nil { layout.headers[c] = grid.rows[k].cell(startingAt: c)?.text }
        }
    }

    /// The header cells of a row that are short heads of ticked status columns
    /// (grids.yaml `tick_heads`: "Đã xong | Đang làm | Chưa"), when at least two stand in the
    /// row: alone, "Chưa" or "Đang làm" heads no column of statuses.
    func tickHeads(_ row: GridRow) -> [Int: TaskStatus] {
        var out: [Int: TaskStatus] = [:]
        for cell in row.cells where !cell.continued && g.columns.wholeMatch(cell.text) == nil {
            if let st = headStatus(cell.text, ticks: true) { out[cell.column] = st }
        }
        guard out.count >= 2 else { return [:] }
        // "Đã xong | Đang làm | Chưa làm": beside two such heads, one whose words also head a
        // column of another role ("Chưa làm", a note's "what is left") is the state the others
        // leave out.
        let states = Set(out.values)
        for cell in row.cells where !cell.continued && out[cell.column] == nil && g.columns.wholeMatch(cell.text) != nil {
            if let st = headStatus(cell.text, ticks: true), !states.contains(st) { out[cell.column] = st }
        }
        return out
    }

    /// The status a short header cell names ("Hoàn thành", "Đang thực hiện"; with `ticks`, also
    /// a tick column's short head of grids.yaml `tick_heads`), or nil; a long header is a
    /// column's description, never a status head.
    func headStatus(_ text: String, ticks: Bool = false) -> TaskStatus? {
        guard text.unicodeScalars.count <= 40 else { return nil }
        return v.statuses.wholeMatch(text) ?? (ticks ? g.tickHeads.wholeMatch(text) : nil)
    }

    /// The header of a grid: a row with a label column and at least one column for values,
    /// units or statuses, among the first rows; a second header row under spanning parents;
    /// a numbering row "(1) | (2) | …".
    /// `markedColumns`: columns headed by an item's mark alone ("(1) | (2)", right of the label
    /// column) hold values — read so only where the text above has items marked so.
    /// Whether a column's cells below row `k` repeat the value right above them at least once
    /// ("1.1", "1.1", "1.2"): references, not a sequence.
    func repeatsDown(_ grid: Grid, column: Int, after k: Int) -> Bool {
        var last: String?
        for row in grid.rows.dropFirst(k + 1) {
            guard let cell = row.cell(startingAt: column), !cell.continued else { last = nil; continue }
            let t = cell.text.trimmed(" .")
            if t.isEmpty { last = nil; continue }
            if t == last { return true }
            last = t
        }
        return false
    }

    func layout(of grid: Grid, markedColumns: Bool = false) -> GridLayout? {
        for (k, row) in grid.rows.prefix(16).enumerated() {
            // A header row has no numbers of its own.
            guard row.cells.count >= 2, !row.cells.contains(where: { $0.number != nil }) else { continue }
            var layout = GridLayout(headerRows: k..<(k + 1))
            let tickHeads = self.tickHeads(row)
            var spanned: [Int: (role: GridColumnRole?, text: String, span: Int)] = [:]
            for cell in row.cells where !cell.continued {
                // "Đã hoàn thành?", "Làm xong chưa?", "Có phát sinh?": a question whose answers
                // are the statuses; a question that asks whether the work was done is the
                // status column (the first such, when no header names one).
                if let ask = question(cell.text) {
                    layout.questions[cell.column] = ask
                    layout.headers[cell.column] = cell.text
                    if let r = headerRole(cell.text).role, r == .status { layout.roles[cell.column] = .status }
                    continue
                }
                // "Hoạt động (đã làm/KH)": progress as a fraction of the planned activities.
                if isFractionHeader(cell.text) {
                    layout.headers[cell.column] = cell.text
                    layout.roles[cell.column] = .status
                    continue
                }
                // A header that names a column's role ("Đã làm": what was done) is that role,
                // though its words are a status too.
                if g.columns.wholeMatch(cell.text) == nil, let st = headStatus(cell.text) {
                    layout.flags[cell.column] = st
                    continue
                }
                // "Đã xong | Đang làm | Chưa": short heads of ticked columns, beside another.
                if let st = tickHeads[cell.column] {
                    layout.flags[cell.column] = st
                    continue
                }
                let h = headerRole(cell.text)
                layout.headers[cell.column] = cell.text
                if let r = h.role, layout.roles[cell.column] == nil { layout.roles[cell.column] = r }
                // "Cộng 9 tháng", "Tổng quý III": a total of periods, though its words name a period.
                if h.role == nil || h.role == .period, h.indicator == nil, isPeriodTotal(cell.text) { layout.roles[cell.column] = .periodTotal }
                if let id = h.indicator { layout.indicatorColumns[cell.column] = id }
                if let s = h.scale { layout.scales[cell.column] = s }
                if cell.span > 1 { spanned[cell.column] = (h.role, cell.text, cell.span) }
            }
            if layout.column(.status) == nil,
               let c = layout.questions.filter({ $0.value.yes != nil }).map(\.key).min() { layout.roles[c] = .status }
            statusNumberColumn(grid, header: k, &layout)
            nounHeaders(grid, row, header: k, &layout)
            partsColumns(grid, row, header: k, &layout)
            statusHeadings(grid, header: k, &layout)
            periodsByYear(row, &layout)
            periodsByDateRange(row, &layout)
            earlierRunningTotals(&layout)
            moneyBesideItsRunningTotal(&layout)
            placesWithWhole(row, &layout)
            partsWithWhole(grid, row, &layout)
            // "Tháng | Số cuộc kiểm tra | Số cơ sở …": the first column names a period per row,
            // the others what each counts; the rows are parts of the whole (its total row).
            if layout.labelColumn == nil, !layout.indicatorColumns.isEmpty, let c = layout.column(.period),
               c == layout.roles.keys.min(), c <= (layout.indicatorColumns.keys.min() ?? 0) { layout.roles[c] = .breakdown }
            namesSubUnits(grid, &layout)
            namesNoUnits(grid, &layout)
            if let end = transposedTasks(grid, header: k, &layout) {
                layout.headerRows = k..<end
                return layout
            }
            unitHeaders(row, &layout)
            if k > 0 { rolesAbove(grid.rows[k - 1], row, &layout) }
            if layout.labelColumn == nil { proseLabel(grid, header: k, &layout) }
            typedRoles(grid, header: k, &layout)
            plannedWorkColumn(grid, header: k, &layout)
            // Two label columns ("Nội dung | Chỉ tiêu | Số lượng"): the first names each row's
            // task, the second what each number counts.
            // Only when the second is headed by a label's words alone ("Chỉ tiêu", not "Chỉ tiêu
            // KH 2026", a target).
            let labels = layout.roles.filter { $0.value == .label }.map(\.key).sorted()
            if labels.count >= 2, layout.column(.task) == nil,
               row.cell(startingAt: labels[1]).flatMap({ g.columns.wholeMatch($0.text) }) == .label { layout.roles[labels[0]] = .task }
            // "TT | Việc đã làm | Chỉ tiêu | ĐVT | Cộng": a column headed as what was done, left
            // of the label column and written in sentences, with the results right of the label,
            // names the work each row's figure belongs to — the task column.
            if labels.count == 1, layout.column(.task) == nil, let c = proseWorkColumn(grid, header: k, left: labels[0], layout) { layout.roles[c] = .task }
            // "Mục | Nội dung số liệu" over "1.1 | …", "1.1 | …", "1.2 | …": numbers that repeat
            // from one row to the next name the report's item each row belongs to, not the row's
            // own place in an outline (`item_references`): no sequence, the rows are read by
            // their labels.
            if let c = layout.column(.sequence), let head = row.cell(startingAt: c),
               g.itemReferences.wholeMatch(head.text.trimmed(" .:")) != nil, repeatsDown(grid, column: c, after: k) { layout.roles[c] = nil }
            if markedColumns, let label = layout.labelColumn {
                for cell in row.cells where !cell.continued && cell.column > label && layout.roles[cell.column] == nil && GridState.markOnly(cell.text) != nil {
                    layout.roles[cell.column] = .quantity
                }
            }
            // Three known headers, or two: a label and a column of values ("Chỉ tiêu | Kết quả").
            guard layout.labelColumn != nil, layout.roles.count >= 3 || layout.roles.count == 2 && !layout.valueColumns.isEmpty
                    || layout.roles.count >= 2 && !layout.flags.isEmpty && !layout.indicatorColumns.isEmpty else { continue }
            // A second header row: no numbers, its cells under the parents' spans or beside them.
            var next = k + 1
            var flagsUnder = Set<Int>()
            // "Tình trạng (đánh dấu x)" over "Hoàn thành | Đang thực hiện | …": one column per
            // status, ticked on a task's row.
            if next < grid.rows.count, !spanned.isEmpty {
                let sub = grid.rows[next]
                let own = sub.cells.filter { !$0.continued }
                let statuses = own.compactMap { c -> (Int, TaskStatus)? in
                    headStatus(c.text).map { (c.column, $0) }
                }
                if statuses.count >= 2, statuses.count == own.count {
                    for (c, st) in statuses {
                        layout.flags[c] = st
                        if let p = spanned.first(where: { c >= $0.key && c < $0.key + $0.value.span })?.key { layout.roles[p] = nil }
                    }
                    next += 1
                    spanned = [:]
                } else if let parent = spanned.first(where: { $0.value.role == .status }) {
                    let p = parent.key, info = parent.value
                    // A biểu of two header rows whose "Tình trạng" spans the heads of its ticked
                    // columns ("Đã xong | Đang làm | Chưa") beside the parents of its figures
                    // ("Kiểm tra" over "Số cuộc | Số cơ sở"): the heads under the status are its
                    // columns of ticks, the others read as children of their own parents.
                    let under = own.filter { $0.column >= p && $0.column < p + info.span && !$0.text.trimmed().isEmpty }
                    let heads = Dictionary(uniqueKeysWithValues: under.compactMap { c in
                        headStatus(c.text, ticks: true).map { (c.column, $0) }
                    })
                    if heads.count >= 2, heads.count == under.count {
                        for (c, st) in heads { layout.flags[c] = st }
                        layout.roles[p] = nil
                        spanned[p] = nil
                        flagsUnder = Set(heads.keys)
                    }
                }
            }
            if next < grid.rows.count, !spanned.isEmpty, !isNumbering(grid.rows[next]) {
                let sub = grid.rows[next]
                let subRoles = sub.cells.compactMap { c -> (Int, (role: GridColumnRole?, indicator: IndicatorID?, scale: Double?), String)? in
                    guard !flagsUnder.contains(c.column) else { return nil }
                    var h = headerRole(c.text)
                    // "Số liệu thực hiện" over "Cơ sở | Phạt (tr.đ) | Mẫu": under a parent of
                    // results, a child of a noun alone is both what is counted and its unit, as
                    // a keyed sheet's headers are (a money scale makes it an amount).
                    if h.role == nil, h.indicator == nil, !c.continued,
                       let parent = spanned.first(where: { c.column >= $0.key && c.column < $0.key + $0.value.span })?.value,
                       parent.role == .quantity || parent.role == .cumulative,
                       Double(c.text.split(separator: " ").count) <= g.thresholds.headerLabelWords {
                        let money: Bool? = h.scale != nil ? true : nil
                        if let id = indicator(label: c.text, unit: "", money: money).best ?? indicator(label: c.text, unit: c.text, money: money).best,
                           money != true || id.isMoney {
                            h = (id.isMoney ? .money : .quantity, id, h.scale)
                        }
                    }
                    return h.role == nil && h.indicator == nil ? nil : (c.column, h, c.text)
                }
                if !subRoles.isEmpty, !sub.cells.contains(where: { $0.number != nil }) {
                    for (c, h, text) in subRoles {
                        let parent = spanned.first { c >= $0.key && c < $0.key + $0.value.span }?.value
                        layout.roles[c] = h.role
                        if let id = h.indicator { layout.indicatorColumns[c] = id }
                        if let s = h.scale ?? parent.flatMap({ headerRole($0.text).scale }) { layout.scales[c] = s }
                        layout.headers[c] = parent.map { "\($0.text) – \(text)" } ?? text
                    }
                    // Parent columns whose children took roles keep only the children's.
                    for (p, info) in spanned {
                        let children = (p..<(p + info.span)).filter { c in subRoles.contains { $0.0 == c } }
                        if !children.isEmpty, !children.contains(p) { layout.roles[p] = nil; layout.indicatorColumns[p] = nil }
                    }
                    next += 1
                } else if !flagsUnder.isEmpty { next += 1 }
            } else if !flagsUnder.isEmpty { next += 1 }
            if next < grid.rows.count, isNumbering(grid.rows[next]) { next += 1 }
            layout.headerRows = k..<next
            pairUnits(&layout)
            // "Sản phẩm đầu ra | Kết quả": beside a column of results, a column of the plan's
            // products names what each task was to deliver ("07 lớp tập huấn; 01 buổi tọa
            // đàm"), the plan's, not what was done; alone, it is the column of results.
            let outputs = grid.rows[k].cells.filter { !$0.continued && layout.roles[$0.column] == .quantity && g.planOutputs.wholeMatch($0.text) != nil }.map(\.column)
            if !outputs.isEmpty, layout.roles.contains(where: { [.quantity, .money, .cumulative].contains($0.value) && !outputs.contains($0.key) }) {
                for c in outputs { layout.roles[c] = .target }
            }
            // "Cộng" after "Tháng 7 | Tháng 8 | Tháng 9" adds the months up: the result, as a
            // running total is; with no period beside it, it is the column of results.
            let periods = layout.roles.values.contains(.period)
            for (c, role) in layout.roles where role == .periodTotal { layout.roles[c] = periods ? .cumulative : .quantity }
            return layout
        }
        return nil
    }

    /// The cells with text of `column` in the first rows under header row `k`
    /// (`thresholds.typed_column_rows`): what a column's cells are judged by.
    func filledCells(_ grid: Grid, header k: Int, column: Int) -> [GridCell] {
        grid.rows[(k + 1)...].prefix(Int(g.thresholds.typedColumnRows))
            .compactMap { $0.cell(startingAt: column) }.filter { !$0.continued && !$0.text.trimmed().isEmpty }
    }

    /// "STT | Mã KH | Việc | … | TT": a column headed by a row number's short word whose cells
    /// are statuses ("Xong", "Đang", "KPS"), never numbers: "TT" there stands for "tình trạng",
    /// the rows' status column, as its cells show. Only when no column is headed as the status.
    func statusNumberColumn(_ grid: Grid, header k: Int, _ layout: inout GridLayout) {
        guard layout.column(.status) == nil else { return }
        let t = g.thresholds
        for (c, role) in layout.roles.sorted(by: { $0.key < $1.key }) where role == .sequence {
            let cells = filledCells(grid, header: k, column: c)
            guard Double(cells.count) >= t.typedColumnCells, !cells.contains(where: { $0.number != nil }) else { continue }
            let stated = cells.filter { status($0.text).status != nil }.count
            if Double(stated) >= t.typedColumnShare * Double(cells.count) { layout.roles[c] = .status; return }
        }
    }

    /// "STT | Theo Kế hoạch | Việc Sở đã thực hiện | Khối lượng | Đơn vị | Tình trạng": a column
    /// headed by the plan's word (grids.yaml `planned_work`), read as a target's header by its
    /// words, whose cells are no numbers but the plan's work in the unit's words ("Kiểm tra,
    /// giám sát chất lượng hàng hóa lưu thông"), no figure among them, most naming a task of
    /// the plan, left of the label column ("Việc Sở đã thực hiện", what was done): the rows'
    /// task column, not a target.
    func plannedWorkColumn(_ grid: Grid, header k: Int, _ layout: inout GridLayout) {
        guard layout.column(.task) == nil, let label = layout.labelColumn else { return }
        let t = g.thresholds
        for (c, role) in layout.roles.sorted(by: { $0.key < $1.key }) where role == .target && c < label && layout.indicatorColumns[c] == nil {
            guard let head = layout.headers[c], g.plannedWork.wholeMatch(head) != nil else { continue }
            let cells = filledCells(grid, header: k, column: c)
            guard Double(cells.count) >= t.typedColumnCells,
                  cells.allSatisfy({ $0.number == nil && !GridResolver.isDate($0.text) && $0.text.split(separator: " ").count >= 2 }),
                  // A target written with its noun ("10 cuộc", "04 văn bản") is a target still.
                  !cells.contains(where: { !v.figures(in: Tokenizer.tokenize($0.text)).found.isEmpty }) else { continue }
            let named = cells.filter { (rankTasks($0.text).first?.score ?? 0) >= t.task }.count
            guard Double(named) >= t.typedLabelResolved * Double(cells.count) else { continue }
            layout.roles[c] = .task
            return
        }
    }

    /// "… | Lớp | Lượt người | Tin bài | DN/TC | Cuộc KT | …": in a header row where two columns
    /// at least name what they count, a column headed by a short noun of no role ("Lớp", "VP")
    /// is read as a keyed sheet's headers are: the noun is both what is counted and its unit.
    /// Only when its cells below hold numbers, not all zero, and no words.
    func nounHeaders(_ grid: Grid, _ row: GridRow, header k: Int, _ layout: inout GridLayout) {
        guard Set(layout.indicatorColumns.values).count >= 2 else { return }
        let t = g.thresholds
        // A count typed as text ("02") is a number of the column as a typed one is.
        func value(_ c: GridCell) -> Double? { c.number ?? VietNumber.parse(Substring(c.text.trimmed())) }
        for cell in row.cells where !cell.continued && layout.roles[cell.column] == nil && layout.flags[cell.column] == nil
            && layout.questions[cell.column] == nil && layout.indicatorColumns[cell.column] == nil {
            let text = cell.text.trimmed()
            guard !text.isEmpty, Double(text.split(separator: " ").count) <= t.headerLabelWords else { continue }
            let cells = filledCells(grid, header: k, column: cell.column)
            // (A column of zeros, a summary's sums of nothing, shows nothing of what it counts.)
            guard cells.contains(where: { (value($0) ?? 0) != 0 }), cells.allSatisfy({ value($0) != nil }) else { continue }
            let scale = layout.scales[cell.column]
            let money: Bool? = scale != nil ? true : nil
            guard let id = indicator(label: text, unit: "", money: money).best ?? indicator(label: text, unit: text, money: money).best,
                  money != true || id.isMoney else { continue }
            layout.roles[cell.column] = id.isMoney ? .money : .quantity
            layout.indicatorColumns[cell.column] = id
        }
    }

    /// A column headed as results by a role's words ("Việc đã làm"), left of the label column
    /// `left`, whose cells are sentences with no digit (`thresholds.prose_label_words`), while
    /// another column of results stands right of the label: the work of each row, no result.
    func proseWorkColumn(_ grid: Grid, header k: Int, left label: Int, _ layout: GridLayout) -> Int? {
        let plain = layout.roles.filter { $0.value == .quantity && layout.indicatorColumns[$0.key] == nil && $0.key < label }.map(\.key)
        guard let first = plain.min(),
              layout.roles.contains(where: { [GridColumnRole.quantity, .money, .cumulative, .periodTotal].contains($0.value) && $0.key > label }) else { return nil }
        var prose = 0, cells = 0
        for row in grid.rows[(k + 1)...].prefix(12) {
            guard let cell = row.cell(startingAt: first), !cell.continued, !cell.text.isEmpty else { continue }
            cells += 1
            guard cell.number == nil else { return nil }
            if Double(cell.text.split(separator: " ").count) >= g.thresholds.proseLabelWords, !cell.text.contains(where: \.isNumber) { prose += 1 }
        }
        return cells >= 2 && prose * 2 > cells ? first : nil
    }

    /// "STT | Việc đã làm (ghi cụ thể) | … | Số liệu": a header of no label column whose first
    /// column of results is written in sentences, beside another column of results. Each of its
    /// cells says what the row's work was, as a label does; the numbers are in the columns right
    /// of it. A column of sentences has cells of at least `prose_label_words` words, most with
    /// no digit.
    func proseLabel(_ grid: Grid, header k: Int, _ layout: inout GridLayout) {
        // Headed by a role's words ("Việc đã làm"), not by what it counts ("Hành vi vi phạm",
        // "Tên cơ sở được kiểm tra" name an indicator): another column of results right of it.
        let plain = layout.roles.filter { $0.value == .quantity && layout.indicatorColumns[$0.key] == nil }.map(\.key)
        guard let first = plain.min(),
              layout.roles.contains(where: { ($0.value == .quantity || $0.value == .money) && $0.key > first }) else { return }
        var prose = 0, cells = 0
        for row in grid.rows[(k + 1)...].prefix(12) {
            guard let cell = row.cell(startingAt: first), !cell.continued, cell.number == nil else { continue }
            // A line alone in the column under the table ("Khó khăn:", "1. Chợ … khó quản lý
            // cân.") is no row of it.
            guard row.cells.contains(where: { $0.column != first && !$0.continued && !$0.text.trimmed().isEmpty }) else { continue }
            let words = cell.text.split(separator: " ").count
            guard words > 0 else { continue }
            cells += 1
            if Double(words) >= g.thresholds.proseLabelWords, !cell.text.contains(where: \.isNumber) { prose += 1 }
        }
        // A sheet of one row of work under a header of four columns or more (a team's sheet of a
        // workbook, "TT | Việc đã làm | Số lượng | Đơn vị | Tình hình" over "1 | Giải ngân kinh
        // phí … | 1980000000 | đồng | Đang làm") has one cell to tell by; a two-column record
        // ("Việc đã làm | …" over "Số liệu | …") is none.
        let bodyRows = grid.rows[(k + 1)...].filter { $0.cells.contains { !$0.continued && !$0.text.trimmed().isEmpty } }.count
        let single = cells == 1 && bodyRows == 1 && grid.rows[k].cells.filter({ !$0.continued && !$0.text.trimmed().isEmpty }).count >= 4
        guard cells >= 2 || single, prose * 2 > cells else { return }
        layout.roles[first] = .label
    }

    /// Columns whose header words name no role, read by what their cells hold
    /// (`thresholds.typed_column_cells`, `typed_column_share`):
    /// - beside a label column and no column of results, a column whose cells are numbers is
    ///   the column of results ("Con số", "Giá trị ghi nhận"): its rows' units of measure or
    ///   labels say what each number counts;
    /// - left of the label column, a column of short texts that repeat on consecutive rows
    ///   names the work each row is a part of ("Nhóm việc | Việc cụ thể | …", the task written
    ///   again on every row of its figures): the task column, the label column saying what
    ///   each number counts.
    /// - with no label column, the first such column of texts (no numbers, no dates), left of
    ///   a column of results or statuses, names each row's work ("Việc | Đã làm | Tình hình").
    func typedRoles(_ grid: Grid, header k: Int, _ layout: inout GridLayout) {
        let t = g.thresholds
        let body = grid.rows[(k + 1)...].prefix(Int(t.typedColumnRows))
        let header = grid.rows[k]
        func filled(_ column: Int) -> [GridCell] {
            body.compactMap { $0.cell(startingAt: column) }.filter { !$0.continued && !$0.text.isEmpty }
        }
        // The body's rows up to its first blank row (a sheet's rows are numbered with gaps).
        var blockEnd = body.startIndex
        while blockEnd < body.endIndex, blockEnd == body.startIndex || body[blockEnd].index == body[blockEnd - 1].index + 1 { blockEnd += 1 }
        func filledInBlock(_ column: Int) -> [GridCell] {
            body[body.startIndex..<blockEnd].compactMap { $0.cell(startingAt: column) }.filter { !$0.continued && !$0.text.isEmpty }
        }
        if layout.labelColumn == nil, !sentenceHeader(header, layout) {
            let told = layout.roles.filter { [GridColumnRole.quantity, .money, .status, .answer, .cumulative].contains($0.value) }.map(\.key)
            for cell in header.cells.sorted(by: { $0.column < $1.column }) where !cell.continued {
                let cells = filled(cell.column)
                // A column told to hold results whose cells are names ("Tên cơ sở được kiểm tra
                // | Địa chỉ | Số mẫu": one row per establishment) says what each row is: a thing
                // counted, not a piece of work; no column right of it names the rows' work.
                if let role = layout.roles[cell.column] ?? (layout.indicatorColumns[cell.column] != nil ? .quantity : nil) {
                    if [GridColumnRole.quantity, .money, .cumulative].contains(role), Double(cells.count) >= t.typedColumnCells,
                       cells.allSatisfy({ $0.number == nil && !$0.text.contains(where: \.isNumber) && $0.text.contains(where: \.isLetter) }) { break }
                    continue
                }
                guard layout.flags[cell.column] == nil, layout.questions[cell.column] == nil else { continue }
                guard Double(cells.count) >= t.typedColumnCells, told.contains(where: { $0 > cell.column }) else { continue }
                // Its texts name the work of the plan ("Tên cơ sở | Địa chỉ | Số mẫu" lists
                // establishments, not work).
                // A header that names a kind of thing counted ("Tên cơ sở được kiểm tra", one row
                // per establishment) heads names, not work.
                let named = cells.filter { (rankTasks($0.text).first?.score ?? 0) >= g.thresholds.task }.count
                if indicator(label: cell.text, unit: "", money: nil).best == nil, cells.allSatisfy({ $0.number == nil && !GridResolver.isDate($0.text) && $0.text.contains(where: \.isLetter) }),
                   Double(named) >= t.typedLabelResolved * Double(cells.count) {
                    layout.roles[cell.column] = .label
                }
                break
            }
        }
        guard let label = layout.column(.label) else { return }
        var numberColumn: Int?
        var numberColumns = 0
        for cell in header.cells where !cell.continued && layout.roles[cell.column] == nil && layout.flags[cell.column] == nil
            && layout.questions[cell.column] == nil && layout.indicatorColumns[cell.column] == nil {
            let cells = filled(cell.column)
            // A short cell of figures in words ("Cuộc KT (3); Cơ sở (26)", "04 lớp; 210 lượt
            // người") is a number cell of results as much as "3" is.
            let numbers = cells.filter { $0.number != nil || isFigureText($0.text) }.count
            // (A sibling of fewer numbers is a part as well: "Tổ 1 | Tổ 2 | Tổ 3", one team's
            // column filled on one row only.)
            // (A dash says nothing: "-" where a row has no figure is no text among numbers; nor
            // do the rows after the table's first blank row — the closing, the signatures —
            // when the column holds figures written in words.)
            let stated = (numbers > cells.filter({ $0.number != nil }).count ? filledInBlock(cell.column) : cells)
                .filter { $0.number != nil || $0.text.contains(where: { $0.isLetter || $0.isNumber }) }.count
            if numbers > 0, Double(numbers) >= t.typedColumnShare * Double(stated), cell.column > label {
                numberColumns += 1
                if numberColumn == nil, Double(cells.count) >= t.typedColumnCells { numberColumn = cell.column }
                continue
            }
            guard Double(cells.count) >= t.typedColumnCells else { continue }
            guard cell.column < label, layout.column(.task) == nil, numbers == 0 else { continue }
            // Short texts, one at least written again on the next row.
            let texts = body.map { $0.cell(startingAt: cell.column)?.text ?? "" }
            guard cells.allSatisfy({ Double($0.text.split(separator: " ").count) <= t.typedTaskWords }) else { continue }
            var repeats = 0
            for (a, b) in zip(texts, texts.dropFirst()) where !a.isEmpty && a == b { repeats += 1 }
            guard Double(repeats) >= t.typedTaskRepeats else { continue }
            // A column headed by a group word ("Nhóm") groups the rows; one whose texts name no
            // task of the plan ("Tuyên truyền", "Khác") is no task column either.
            let headTokens = Tokenizer.tokenize(cell.text.trimmed())
            if let m = g.groupWords.match(headTokens, at: 0), m.end == headTokens.count { continue }
            // Each text weighed with the kinds of figures its rows count (the label and unit of
            // measure of each row written under it), as a passage's words are with its figures.
            var kinds: [String: Set<IndicatorID>] = [:]
            let unitColumn = layout.column(.measureUnit)
            for row in body {
                guard let text = row.cell(startingAt: cell.column)?.text, !text.isEmpty,
                      let labelText = row.cell(startingAt: label)?.text else { continue }
                let unit = unitColumn.flatMap { row.cell(startingAt: $0)?.text } ?? ""
                if let id = indicator(label: labelText, unit: unit, money: nil).best { kinds[text, default: []].insert(id) }
            }
            let distinct = Set(cells.map(\.text))
            let resolved = distinct.filter {
                taskCode(in: $0, sequence: false) != nil || taskByMeaning($0, figures: kinds[$0] ?? []).code != nil
            }.count
            if Double(resolved) >= t.typedTaskResolved * Double(distinct.count) { layout.roles[cell.column] = .task }
        }
        // Only the one column of numbers: several side by side ("P. Hành chính | P. Đo lường |
        // Cộng") are parts of a result, none of them alone the result.
        // Nor beside a column adding them up ("Cộng", "Tổng"): that one is the result.
        // A column told to hold results whose cells are the work in words ("Đã làm những gì |
        // Con số": "-", or a sentence, where the figures stand beside it) leaves the figures to
        // the column of numbers beside it.
        let toldHoldNumbers = layout.valueColumns.contains { c in filled(c).contains { $0.number != nil || isFigureText($0.text) } }
        if let c = numberColumn, numberColumns == 1, !toldHoldNumbers, layout.column(.periodTotal) == nil { layout.roles[c] = .quantity }
    }

    /// A short text (`thresholds.typed_figure_words` words at most) whose numbers are read as
    /// figures, every one of them: a results cell written with its measure nouns.
    func isFigureText(_ text: String) -> Bool {
        let limit = g.thresholds.typedFigureWords
        guard limit > 0, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              Double(text.split(separator: " ").count) <= limit else { return false }
        let tokens = Tokenizer.tokenize(text)
        let found = v.figures(in: tokens)
        let numbers = tokens.indices.filter { tokens[$0].kind == .number && !v.isReference(tokens, $0) }.count
        return !found.found.isEmpty && found.found.count >= numbers
    }

    /// A first row whose cell told to hold results is a sentence — more than
    /// `typed_header_words` words, or ending with a full stop ("Rõ việc | Phối hợp tổ chức lớp
    /// tập huấn cho doanh nghiệp.", the first field of a record card) — heads no columns read by
    /// what their cells hold.
    func sentenceHeader(_ header: GridRow, _ layout: GridLayout) -> Bool {
        header.cells.contains { cell in
            guard !cell.continued, layout.roles[cell.column] != nil || layout.indicatorColumns[cell.column] != nil else { return false }
            let text = cell.text.trimmed()
            let words = text.split(separator: " ").count
            return Double(words) > g.thresholds.typedHeaderWords || words >= 3 && text.hasSuffix(".")
        }
    }

    /// A header row whose cells of no role are units of measure themselves, two at least
    /// ("Row Labels | cuộc | cơ sở | đồng | lượt", the column labels of a pivot table, or
    /// "Nội dung | Lớp | Người | Tin bài"): each such column holds results counted in its unit.
    func unitHeaders(_ row: GridRow, _ layout: inout GridLayout) {
        var found: [(Int, String, Bool)] = []
        for cell in row.cells where !cell.continued && layout.roles[cell.column] == nil && layout.flags[cell.column] == nil {
            let tokens = Tokenizer.tokenize(cell.text.trimmed())
            guard !tokens.isEmpty else { continue }
            if let m = g.measureUnits.match(tokens, at: 0), m.end == tokens.count { found.append((cell.column, cell.text, false)) }
            else if let m = v.moneyScales.match(tokens, at: 0), m.end == tokens.count { found.append((cell.column, cell.text, true)) }
        }
        guard found.count >= 2 else { return }
        for (c, text, money) in found {
            layout.roles[c] = money ? .money : .quantity
            layout.columnUnits[c] = text
            layout.headers[c] = text
        }
    }

    /// A header written over two rows, the row above holding a column the header row leaves
    /// empty ("Sum of Số lượng | Column Labels | … | Tình trạng" over "Row Labels | cuộc | …"):
    /// that column keeps the role the row above gives it (a status, a note, a date), when the
    /// row above has no numbers.
    func rolesAbove(_ above: GridRow, _ row: GridRow, _ layout: inout GridLayout) {
        // A header's upper row has no numbers and two cells at least (a title of one cell
        // over the header heads no column).
        guard !above.cells.contains(where: { $0.number != nil }),
              above.cells.filter({ !$0.continued && !$0.text.trimmed().isEmpty }).count >= 2 else { return }
        for cell in above.cells where !cell.continued && row.cell(at: cell.column) == nil && layout.roles[cell.column] == nil {
            guard let role = headerRole(cell.text).role, [GridColumnRole.status, .note, .date, .performer].contains(role) else { continue }
            layout.roles[cell.column] = role
            layout.headers[cell.column] = cell.text
        }
    }

    /// Several unit-of-measure columns, each next to a column of results ("SL | ĐV | SL | ĐV",
    /// "ĐVT | Số lượng | ĐVT | Số lượng"): each value column takes the unit column right after
    /// it — or, when the first unit column stands before the first value column, the one right
    /// before it — so that each number is counted by its own unit.
    func pairUnits(_ layout: inout GridLayout) {
        let units = Set(layout.roles.filter { $0.value == .measureUnit }.map(\.key))
        let values = layout.valueColumns
        guard units.count >= 2, let firstUnit = units.min(), let firstValue = values.min() else { return }
        let step = firstUnit < firstValue ? -1 : 1
        for c in values where units.contains(c + step) { layout.pairedUnits[c] = c + step }
        // Pairs only when every unit column is some value column's.
        if Set(layout.pairedUnits.values) != units { layout.pairedUnits = [:] }
    }

    /// Columns headed by a year ("Năm 2025 | 10T/2026", "Quý III/2025 | Quý III/2026", "Năm
    /// 2026 (đến 15/10)"): the latest year's column is the period reported, an earlier year's
    /// is a comparison — never a result, like a target. Headers that have a role of their own
    /// ("Đánh giá năm 2026", "Kế hoạch 2026") keep it.
    ///
    /// A running total counted from an earlier year than the latest any header names ("Kế
    /// hoạch năm 2026 | Thực hiện kỳ này | Lũy kế từ năm 2025") spans more than the period
    /// reported: a comparison too, and the column of the period is the result.
    func periodsByYear(_ row: GridRow, _ layout: inout GridLayout) {
        var years: [Int: Int] = [:]
        var cumulative: [Int: Int] = [:]
        var latestNamed: Int?
        for cell in row.cells where !cell.continued {
            // A period's header is short; a year inside a longer one is part of a name ("Xây
            // dựng HTQLCL ISO 9001:2015 của UBND xã").
            let tokens = Tokenizer.tokenize(cell.text)
            guard tokens.filter({ $0.kind == .word }).count <= g.headerYearWords else { continue }
            let found = tokens.compactMap { t -> Int? in
                guard t.kind == .number, t.raw.count == 4, let y = Int(t.raw), g.headerYears.contains(y) else { return nil }
                return y
            }
            guard let y = found.max() else { continue }
            latestNamed = max(latestNamed ?? y, y)
            let role = layout.roles[cell.column]
            if role == .cumulative { cumulative[cell.column] = y; continue }
            guard role == nil || role == .period, layout.indicatorColumns[cell.column] == nil, layout.flags[cell.column] == nil else { continue }
            years[cell.column] = y
        }
        if let latest = latestNamed {
            for (c, y) in cumulative where y < latest { layout.roles[c] = .target }
        }
        guard let latest = years.values.max() else { return }
        for (c, y) in years { layout.roles[c] = y == latest ? .period : .target }
        // "Quý I | Quý II | Quý III | Quý IV | Năm 2026": the latest year's column headed by the
        // year alone (`year_totals`) beside columns of its periods is the
        // year's total of them — the result, as a running total is; never added to its parts.
        guard layout.column(.cumulative) == nil else { return }
        let wholes = years.filter { c, y in
            guard y == latest, let cell = row.cell(startingAt: c) else { return false }
            var tokens = Tokenizer.tokenize(cell.text)
            if tokens.last?.raw == ")", let open = tokens.lastIndex(where: { $0.raw == "(" }), open > 0 { tokens = Array(tokens[..<open]) }
            tokens = tokens.filter { !($0.kind == .number && Int($0.raw) == y) && $0.kind != .punct }
            guard !tokens.isEmpty, let m = g.yearTotals.match(tokens, at: 0) else { return false }
            return m.end == tokens.count
        }.map(\.key)
        guard wholes.count == 1, layout.roles.contains(where: { $0.value == .period && $0.key != wholes[0] }) else { return }
        layout.roles[wholes[0]] = .cumulative
    }

    /// Columns headed only by the days they span ("01/7/2026 - 15/10/2026 | 01/01/2026 -
    /// 15/10/2026", "01/10–31/10/2026 | 01/01–31/10/2026"): of ranges ending on the same day,
    /// the one that starts first holds the others — the running total, the result; the shorter
    /// ones are its periods, never added to it. A header of more words than `header_year_words`
    /// is a name, not a period.
    func periodsByDateRange(_ row: GridRow, _ layout: inout GridLayout) {
        guard layout.column(.cumulative) == nil else { return }
        var ranges: [Int: (start: Int, end: Int)] = [:]
        for cell in row.cells where !cell.continued {
            let role = layout.roles[cell.column]
            guard role == nil || role == .period, layout.indicatorColumns[cell.column] == nil, layout.flags[cell.column] == nil else { continue }
            let tokens = Tokenizer.tokenize(cell.text)
            guard tokens.filter({ $0.kind == .word }).count <= g.headerYearWords else { continue }
            let days = Self.headerDays(tokens)
            guard days.count == 2, days[0] < days[1] else { continue }
            ranges[cell.column] = (days[0], days[1])
        }
        guard ranges.count >= 2 else { return }
        for end in Set(ranges.values.map(\.end)) {
            let same = ranges.filter { $0.value.end == end }
            guard same.count >= 2, let first = same.min(by: { $0.value.start < $1.value.start }),
                  same.filter({ $0.value.start == first.value.start }).count == 1 else { continue }
            for (c, _) in same { layout.roles[c] = c == first.key ? .cumulative : .period }
        }
    }

    /// The days a header writes as "d/m/yyyy" or "d/m" (the year then that of the next date
    /// with one), as yyyymmdd numbers in the order written.
    static func headerDays(_ tokens: [Token]) -> [Int] {
        var found: [(day: Int, month: Int, year: Int?)] = []
        var i = 0
        func num(_ k: Int, _ digits: ClosedRange<Int>) -> Int? {
            guard k < tokens.count, tokens[k].kind == .number, digits.contains(tokens[k].raw.count) else { return nil }
            return Int(tokens[k].raw)
        }
        func slash(_ k: Int) -> Bool { k < tokens.count && tokens[k].raw == "/" }
        while i < tokens.count {
            if let d = num(i, 1...2), slash(i + 1), let m = num(i + 2, 1...2), (1...31).contains(d), (1...12).contains(m) {
                if slash(i + 3), let y = num(i + 4, 4...4) {
                    found.append((d, m, y)); i += 5
                } else {
                    found.append((d, m, nil)); i += 3
                }
                continue
            }
            i += 1
        }
        var out: [Int] = []
        var year: Int?
        for f in found.reversed() {
            if let y = f.year { year = y }
            guard let y = year else { return [] }
            out.append(y * 10000 + f.month * 100 + f.day)
        }
        return out.reversed()
    }

    /// One column per place of the unit's area ("Ấp Chợ Cũ | Ấp Xóm Mới | Ấp Bến Đình",
    /// grids.yaml `sheets.places`) beside one column of the whole ("Toàn xã", "Cả phường":
    /// `summary_words`; "Tổng", "Cộng": `period_totals`): the whole is the result, as a running
    /// total is; the places are its parts, never added to it (they were, and the whole with
    /// them, counting each figure twice).
    func placesWithWhole(_ row: GridRow, _ layout: inout GridLayout) {
        guard layout.column(.cumulative) == nil else { return }
        var places: [Int] = [], wholes: [Int] = []
        for cell in row.cells where !cell.continued {
            let role = layout.roles[cell.column]
            guard role == nil || role == .quantity || role == .periodTotal,
                  layout.indicatorColumns[cell.column] == nil, layout.flags[cell.column] == nil else { continue }
            let tokens = Tokenizer.tokenize(cell.text).filter { $0.kind != .punct }
            guard !tokens.isEmpty, tokens.count <= g.headerYearWords + 2 else { continue }
            if role == nil, g.placeSheets.match(tokens, at: 0) != nil {
                places.append(cell.column)
            } else if v.summaryWords.match(tokens, at: 0) != nil || role == .periodTotal || isPeriodTotal(cell.text) {
                wholes.append(cell.column)
            }
        }
        guard places.count >= 2, wholes.count == 1 else { return }
        for c in places { layout.roles[c] = .period }
        layout.roles[wholes[0]] = .cumulative
    }

    /// One column per part of the work, named in a word or a few ("Xăng dầu | Vàng | Hàng đóng
    /// gói | Cân bán lẻ"), right of the label and left of one column of the whole ("Cộng",
    /// "Tổng": `period_totals`): the whole is the result, the parts are its parts, as places
    /// are (`placesWithWhole`). Only where no column is headed as results by a role's own words
    /// ("Số lượng | … | Cộng" keeps its quantity) and the parts hold no period or year; and only
    /// in a Word table, which stands in its passage and reports that passage's task (a sheet's
    /// rows would be read by their own labels, "Số cuộc kiểm tra" as the Chi cục's inspections:
    /// such a sheet stays read line by line, its part figures quoted for a person).
    func partsWithWhole(_ grid: Grid, _ row: GridRow, _ layout: inout GridLayout) {
        if case .sheet = grid.source { return }
        guard g.thresholds.partColumnWords > 0, layout.column(.cumulative) == nil, let label = layout.labelColumn else { return }
        var parts: [Int] = [], wholes: [Int] = []
        for cell in row.cells where !cell.continued && cell.column > label {
            let role = layout.roles[cell.column]
            if role == .periodTotal || (role == nil || role == .quantity) && isPeriodTotal(cell.text) { wholes.append(cell.column); continue }
            guard role == nil || role == .quantity && layout.indicatorColumns[cell.column] == nil && g.columns.wholeMatch(cell.text) == nil else {
                if role == .quantity || role == .money || role == .period { return }
                continue
            }
            let tokens = Tokenizer.tokenize(cell.text).filter { $0.kind != .punct }
            guard !tokens.isEmpty, Double(tokens.count) <= g.thresholds.partColumnWords, !cell.text.contains(where: \.isNumber) else { return }
            parts.append(cell.column)
        }
        guard parts.count >= 2, wholes.count == 1, parts.allSatisfy({ $0 < wholes[0] }) else { return }
        for c in parts { layout.roles[c] = .period }
        layout.roles[wholes[0]] = .cumulative
    }

    /// Two running totals side by side, one to the end of the previous period ("Lũy kế đến
    /// tháng trước | Trong kỳ (tháng 10) | Lũy kế từ đầu năm", grids.yaml
    /// `earlier_running_totals`): the earlier one is a part of the other, a comparison like a
    /// target, never added to it; the running total of now is the result.
    func earlierRunningTotals(_ layout: inout GridLayout) {
        let totals = layout.roles.filter { $0.value == .cumulative }.map(\.key)
        guard totals.count >= 2 else { return }
        let earlier = totals.filter { c in !g.earlierRunningTotals.matches(in: Tokenizer.tokenize(layout.headers[c] ?? "")).isEmpty }
        guard !earlier.isEmpty, earlier.count < totals.count else { return }
        for c in earlier { layout.roles[c] = .target }
    }

    /// Columns of one amount of money side by side, one of them headed as a running total
    /// ("Đã thanh toán | Giải ngân lũy kế", "Kinh phí trong kỳ | Kinh phí lũy kế"; a running
    /// total's words are grids.yaml `columns.cumulative`): the running total is the result, the
    /// others its parts (or the same money again), never added to it.
    func moneyBesideItsRunningTotal(_ layout: inout GridLayout) {
        let money = layout.roles.filter { $0.value == .money }.map(\.key)
        guard money.count >= 2 else { return }
        let running = money.filter { c in
            g.columns.matches(in: Tokenizer.tokenize(layout.headers[c] ?? "")).contains { $0.value == .cumulative }
        }
        for r in running {
            guard let id = layout.indicatorColumns[r], running.filter({ layout.indicatorColumns[$0] == id }).count == 1 else { continue }
            for c in money where c != r && layout.indicatorColumns[c] == id { layout.roles[c] = .period }
        }
    }

    /// The indicator a header's closing "(unit)" counts, when the unit names one above all
    /// others ("(lớp)" training courses, "(lượt)" participants; not "(cơ sở)", which may count
    /// establishments inspected, violations or enterprises).
    func parenthesisedUnit(_ text: String) -> IndicatorID? {
        guard let inner = text.closingParenthesis(trimming: " .:\n")?.trimmed() else { return nil }
        let tokens = Tokenizer.tokenize(inner)
        guard !tokens.isEmpty, let m = g.measureUnits.match(tokens, at: 0), m.end == tokens.count else { return nil }
        let ranked = m.value.sorted { $0.value > $1.value }
        guard let top = ranked.first, top.value >= 1, ranked.count == 1 || ranked[1].value < top.value else { return nil }
        return top.key
    }

    /// "Đơn vị" heads a unit of measure and an organisation alike: a column so headed whose
    /// cells are names ("Đội QLTT số 1", "Bệnh viện Hùng Vương", "Trường Cao đẳng …") rather
    /// than units of measure lists the sub-units that each report a part of the result (one
    /// row per team, hospital, school, neighbourhood): a breakdown column, not units.
    func namesSubUnits(_ grid: Grid, _ layout: inout GridLayout) {
        guard let c = layout.column(.measureUnit), layout.column(.label) == nil, layout.column(.task) == nil else { return }
        var names = 0, units = 0
        for row in grid.rows[layout.headerRows.upperBound...] {
            guard let cell = row.cell(startingAt: c), !cell.continued, cell.number == nil else { continue }
            let tokens = Tokenizer.tokenize(cell.text)
            let words = tokens.filter { $0.kind == .word }.count
            guard words > 0 else { continue }
            // The total row ("Tổng cộng", "Cộng: 05 đoàn") is neither.
            let leading = VietText.words(String(cell.text.prefix(24))).prefix(2)
            if v.totalRows.contains(leading.joined(separator: " ")) || leading.first.map({ v.totalRows.contains($0) }) == true { continue }
            let unit = g.measureUnits.match(tokens, at: 0).map { $0.end >= tokens.count - 1 } == true
                || v.moneyScales.match(tokens, at: 0) != nil || v.ignoredCounts.match(tokens, at: 0) != nil
            // "Đội QLTT số 1", "Khu phố 3": a name with its number.
            let numbered = words >= 2 && tokens.contains { $0.kind == .number }
            if unit || Double(words) <= g.thresholds.unitWords && !numbered { units += 1 } else { names += 1 }
        }
        guard names >= 2, names > 2 * units else { return }
        layout.roles[c] = .breakdown
    }

    /// A column headed like a unit of measure beside a label column whose cells name no unit
    /// the vocabulary knows ("Đơn vị phối hợp / chủ trì" over "Chủ trì", "Phối hợp", "Tham
    /// dự"): the cells say how the unit took part, not what each number counts, and the
    /// numbers are read by their columns' headers.
    func namesNoUnits(_ grid: Grid, _ layout: inout GridLayout) {
        guard let c = layout.column(.measureUnit), layout.labelColumn != nil, layout.labelColumn != c else { return }
        var others = 0
        for row in grid.rows[layout.headerRows.upperBound...] {
            guard let cell = row.cell(startingAt: c), !cell.continued, cell.number == nil else { continue }
            let tokens = Tokenizer.tokenize(cell.text)
            guard tokens.contains(where: { $0.kind == .word }) else { continue }
            if g.measureUnits.match(tokens, at: 0) != nil || v.moneyScales.match(tokens, at: 0) != nil
                || v.ignoredCounts.match(tokens, at: 0) != nil || g.silentUnits.match(tokens, at: 0) != nil
                || v.counts.match(tokens, at: 0) != nil { return }
            others += 1
        }
        guard Double(others) >= g.thresholds.foreignUnitCells else { return }
        layout.roles[c] = nil
    }

    /// "Cộng", "Tổng cộng quý III": the header of a column adding up the periods beside it.
    func isPeriodTotal(_ text: String) -> Bool {
        let tokens = Tokenizer.tokenize(text).filter { $0.kind != .punct }
        guard let m = g.periodTotals.match(tokens, at: 0) else { return false }
        // Written with marks, the first word is the phrase's own ("Cộng", or "Cong" typed
        // without them), not another word that folds alike ("Công trình").
        let lead = String(tokens[0].raw).lowercased()
        if !lead.allSatisfy(\.isASCII), !g.periodTotalLeads.contains(lead) { return false }
        return tokens.count - m.end <= g.periodTotalExtraWords
    }

    /// A sheet of sub-units by rows and tasks by groups of columns, its header two or three
    /// rows deep (a plan group over a task's own name over its measures: "II. Kiểm tra" over
    /// "Kiểm tra cân, đo xăng dầu" over "Số cuộc | Số cơ sở | Vi phạm | Phạt (đồng)"), one row
    /// per khu phố, ấp, team or division, a total row and a row of verdicts. A task's name
    /// spans its measures; at least two tasks are named by their words and most of their
    /// measures name an indicator. Nil for any other grid.
    func placeGroups(_ grid: Grid) -> GridLayout? {
        let limit = min(grid.rows.count - 3, 10)
        guard limit >= 0 else { return nil }
        for p in 0...limit {
            let names = grid.rows[p], measuresRow = grid.rows[p + 1]
            guard !names.cells.contains(where: { $0.number != nil }), !measuresRow.cells.contains(where: { $0.number != nil }) else { continue }
            let measureCells = measuresRow.cells.filter { !$0.continued && $0.span == 1 }
            guard measureCells.count >= 3 else { continue }
            var groups: [GridLayout.TaskGroup] = []
            var spanning = 0, indicators = 0, measureCount = 0
            for cell in names.cells where !cell.continued {
                let range = cell.column..<(cell.column + cell.span)
                let under = measureCells.filter { range.contains($0.column) }
                guard !under.isEmpty else { continue }
                let words = Tokenizer.tokenize(cell.text).filter { $0.kind == .word }.count
                guard Double(words) >= g.thresholds.transposedTaskWords else { continue }
                let measures = under.map { m -> (column: Int, header: String, indicator: IndicatorID?, scale: Double?) in
                    let h = headerRole(m.text)
                    return (m.column, m.text, h.indicator, h.scale)
                }
                measureCount += measures.count
                indicators += measures.filter { $0.indicator != nil }.count
                if cell.span > 1 { spanning += 1 }
                groups.append(.init(columns: range, text: cell.text, location: cell.location, measures: measures))
            }
            guard groups.count >= 2, spanning >= 1, indicators * 2 >= measureCount else { continue }
            let named = groups.filter { taskByMeaning($0.text, figures: Set($0.measures.compactMap(\.indicator))).code != nil }
            guard named.count >= 2 else { continue }
            // The rows' labels: the column just left of the first task, holding words in most
            // rows under the header.
            guard let firstTask = groups.map(\.columns.lowerBound).min(), firstTask > 0 else { continue }
            let label = firstTask - 1
            let body = grid.rows[(p + 2)...]
            let labelled = body.filter { $0.cell(at: label).map { $0.number == nil && !$0.text.isBlank } ?? false }
            let counted = body.filter { row in groups.contains { g in row.cells.contains { g.columns.contains($0.column) && $0.number != nil } } }
            guard labelled.count >= 2, counted.count >= 2 else { continue }
            // The rows are places, not tasks: their column is not headed as the work ("Nội dung
            // công việc"), and not every label names a task (a division's name may resemble one:
            // "Phòng Quản lý Đo lường").
            let labelHeader = grid.rows[...(p + 1)].compactMap { $0.cell(at: label) }.first { !$0.text.isBlank }
            if let h = labelHeader, let role = headerRole(h.text).role, role == .task || role == .label { continue }
            guard labelled.contains(where: { row in row.cell(at: label).map { taskByMeaning($0.text).code == nil } ?? true }) else { continue }
            let top = p > 0 && grid.rows[p - 1].cells.contains(where: { $0.column >= firstTask && $0.span > 1 || $0.column < firstTask && !$0.continued }) ? p - 1 : p
            var layout = GridLayout(headerRows: top..<(p + 2))
            layout.roles[label] = .label
            layout.taskGroups = groups
            return layout
        }
        return nil
    }

    /// A transposed table ("Chỉ tiêu | ĐVT | Tuyên truyền … | Kiểm tra theo phân cấp …"): a
    /// label column, then two or more columns headed by tasks — by code ("… (II.2.g)"), by a
    /// row of codes under the header ("Mục trong Kế hoạch | | II.1.a | II.5.c"), or by their
    /// words. Sets the task columns and returns the row after the header, nil when the grid is
    /// not transposed.
    func transposedTasks(_ grid: Grid, header k: Int, _ layout: inout GridLayout) -> Int? {
        guard let label = layout.labelColumn, layout.column(.task) == nil else { return nil }
        // Two levels ("Kiểm tra, giám sát" spanning "Kiểm tra hàng lưu thông | Lấy mẫu khảo
        // sát"): the tasks are named in the row under the groups, a group's own column (no
        // child under it) in the row above.
        var names = k
        if k + 1 < grid.rows.count, grid.rows[k].cells.contains(where: { !$0.continued && $0.span > 1 && $0.column > label }),
           !grid.rows[k + 1].cells.contains(where: { $0.number != nil }),
           grid.rows[k + 1].cells.filter({ !$0.continued && $0.column > label }).count >= 2 { names = k + 1 }
        var named: [GridCell] = grid.rows[names].cells.filter { !$0.continued && $0.column > label }
        /// Columns named in the header row itself (whose roles the layout has).
        var inHeader = Set(named.map(\.column))
        if names > k {
            inHeader = []
            for cell in grid.rows[k].cells where !cell.continued && cell.span == 1 && cell.column > label && !named.contains(where: { $0.column == cell.column }) {
                named.append(cell)
                inHeader.insert(cell.column)
            }
        }
        var candidates: [Int: String] = [:]
        // "Chỉ tiêu \ Công việc": a diagonal header cell names both axes, the rows' measures
        // before the backslash and the columns' tasks after it; every header cell right of it
        // then names a task, whatever its words resemble ("… tập huấn …" a count, "… trên địa
        // bàn xã" a breakdown, "… tại bộ phận một cửa" a performer).
        let crossed = grid.rows[k].cell(startingAt: label).map { crossesToTasks($0.text) } ?? false
        for cell in named where layout.flags[cell.column] == nil {
            let own = inHeader.contains(cell.column)
            let role = own ? layout.roles[cell.column] : headerRole(cell.text).role
            let coded = taskCode(in: cell.text, sequence: false) != nil
            let words = Tokenizer.tokenize(cell.text).filter { $0.kind == .word }.count
            // A child header that names what it counts or a money scale ("Phạt (tr.đ)", "Lượt
            // người") is a measure, as an own header naming an indicator is: no task's column.
            let measure = own ? layout.indicatorColumns[cell.column] != nil : { let h = headerRole(cell.text); return h.indicator != nil || h.scale != nil }()
            if coded && (role == nil || role == .quantity || role == .money)
                || role == nil && !measure && words >= 3 { candidates[cell.column] = cell.text }
            else if crossed, words >= 3, !coded, role.map({ ![GridColumnRole.measureUnit, .sequence, .note, .status].contains($0) }) ?? true {
                candidates[cell.column] = cell.text
            }
        }
        var codes: [Int: String] = [:]
        var end = names + 1
        // A row of codes under the header names every column it has a code for, whatever
        // the column's header words.
        if names + 1 < grid.rows.count, !grid.rows[names + 1].cells.contains(where: { $0.number != nil }) {
            for cell in grid.rows[names + 1].cells where !cell.continued && cell.column > label {
                if let code = taskCode(in: cell.text, sequence: true) ?? taskCode(in: cell.text, sequence: false) { codes[cell.column] = code }
            }
            if codes.count >= 2 {
                end = names + 2
                for c in codes.keys where candidates[c] == nil { candidates[c] = named.first { $0.column == c }?.text ?? "" }
            } else { codes = [:] }
        }
        guard candidates.count >= 2 else { return nil }
        // Under a parent header, children that are mostly measures ("Số liệu thực hiện" over
        // "Cuộc KT | Cơ sở | Vi phạm | … | TC/QC góp ý"): a table of figures, whatever one or two
        // children's words resemble — tasks have the most of a transposed table's columns.
        if names > k, codes.isEmpty {
            let children = named.filter { !inHeader.contains($0.column) && layout.flags[$0.column] == nil }.map(\.column)
            if candidates.keys.filter(children.contains).count * 2 < children.count { return nil }
        }
        if codes.isEmpty {
            for (c, text) in candidates { if let code = taskCode(in: text, sequence: false) ?? taskByMeaning(text).code { codes[c] = code } }
        }
        guard codes.count >= 2, codes.count * 2 > candidates.count else { return nil }
        // Once the table is read as a column per task, a long header whose words also
        // resemble a measure, a place or a performer ("Kiểm tra cân, cột xăng dầu trên địa bàn
        // xã", "Duy trì ISO 9001 tại bộ phận một cửa") heads a task's column when its words
        // name one (`thresholds.transposed_task_words`).
        if names == k {
            for cell in named where candidates[cell.column] == nil && layout.flags[cell.column] == nil {
                if let role = layout.roles[cell.column], [GridColumnRole.measureUnit, .sequence, .note, .status, .label, .task, .date].contains(role) { continue }
                let words = Tokenizer.tokenize(cell.text).filter { $0.kind == .word }.count
                guard Double(words) >= g.thresholds.transposedTaskWords, let code = taskByMeaning(cell.text).code else { continue }
                candidates[cell.column] = cell.text
                codes[cell.column] = code
            }
        }
        for c in candidates.keys {
            layout.taskColumns[c] = codes[c] ?? ""
            layout.roles[c] = nil
            layout.indicatorColumns[c] = nil
            if names > k, let text = candidates[c], !text.isEmpty { layout.headers[c] = text }
        }
        return end
    }

    /// "Chỉ tiêu \ Công việc", "Nội dung \ Nhiệm vụ": a header cell split by a backslash (a
    /// diagonal line typed) whose words after it head a column of tasks or labels (grids.yaml
    /// `columns`): the columns to its right are tasks.
    func crossesToTasks(_ text: String) -> Bool {
        guard let slash = text.lastIndex(of: "\\"), text[..<slash].contains(where: \.isLetter) else { return false }
        let after = String(text[text.index(after: slash)...]).trimmed()
        guard let role = g.columns.wholeMatch(after) else { return false }
        return role == .label || role == .task
    }

    /// A result cell that reports nothing (grids.yaml `filler_cells`): dashes alone ("—",
    /// "-"), or wholly a word units type in the rows they have nothing for ("Không"), or a
    /// results label with nothing after it ("Kết quả:").
    func isFiller(_ text: String) -> Bool {
        let t = text.trimmed()
        if !t.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        guard t.utf8.count <= 60 else { return false }
        if g.fillerCells.wholeMatch(t) != nil { return true }
        if let rest = afterResultLabel(t) { return rest.isEmpty || g.fillerCells.wholeMatch(rest) != nil || !rest.contains(where: { $0.isLetter || $0.isNumber }) }
        return false
    }

    /// The text after a results label and its colon ("Kết quả: Đăng 06 tin" → "Đăng 06 tin";
    /// grids.yaml `result_labels`), trimmed; nil when the text opens with no such label.
    func afterResultLabel(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 40,
              g.resultLabels.wholeMatch(String(text[..<colon])) != nil else { return nil }
        return String(text[text.index(after: colon)...]).trimmed()
    }

    /// The text after a group's assessment label and its colon ("► Đánh giá chung nhóm A: đang
    /// thực hiện." → "đang thực hiện."; grids.yaml `group_assessment_labels`, then at most
    /// `thresholds.group_assessment_words` words naming the group), trimmed; nil otherwise.
    func afterGroupAssessmentLabel(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 60 else { return nil }
        let tokens = Tokenizer.tokenize(String(text[..<colon]))
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), tokens[..<first].allSatisfy({ $0.kind == .punct }),
              let m = g.groupAssessmentLabels.match(tokens, at: first),
              tokens[m.end...].filter({ $0.kind != .punct }).count <= Int(g.thresholds.groupAssessmentWords) else { return nil }
        return String(text[text.index(after: colon)...]).trimmed()
    }

    /// "(1) | (2) | (3)" or "1 | 2 | 3 | 4": the column numbering under a header.
    func isNumbering(_ row: GridRow) -> Bool {
        guard row.cells.count >= 3 else { return false }
        var expected = row.cells.first.map { Int($0.text.trimmed("() ")) ?? -1 } ?? -1
        guard expected >= 1 else { return false }
        for cell in row.cells {
            guard Int(cell.text.trimmed("() ")) == expected else { return false }
            expected += 1
        }
        return true
    }

    // MARK: Row indicator

    /// The indicator a result row counts, from its label (head noun, qualifiers, a whole
    /// header phrase) and its unit-of-measure cell, each evidence in its own right. A money
    /// unit admits only money indicators, a count unit only counts.
    /// `rowMoney`: an amount whose words name no kind is the task's cost (`task_row_money`), as
    /// on a task's own row under a money column; a labelled amount in a sentence ("XP:
    /// 41.000.000đ") passes false — its label names no kind, the task's kinds of money say it.
    /// `taskMoney`: the one kind of money the row's task reports, when it reports one ("Tiền
    /// phạt" in a column of its own, "SL | đồng" beside an inspection's counts): an amount
    /// whose words name no kind is that, not the task's cost.
    func indicator(label: String, unit: String, money: Bool?, columnIndicator: IndicatorID? = nil, rowMoney: Bool = true,
                   taskMoney: IndicatorID? = nil) -> (best: IndicatorID?, scores: [(IndicatorID, Double)], excluded: Bool) {
        let tokens = Tokenizer.tokenize(label)
        // Words the plan counts nothing in exclude the label when they head it, when no unit
        // of measure says what was counted, or when the unit is their own noun ("… văn bản
        // quy phạm pháp luật | Văn bản"); "Hướng dẫn doanh nghiệp công bố sản phẩm | Doanh
        // nghiệp" counts enterprises, the products being only what they were guided in.
        // An amount is money whatever it was spent on ("Thiết bị được đầu tư | 2.340 triệu").
        if money != true, !g.uncountedQualifiers.matches(in: tokens).isEmpty { return (nil, [], true) }
        if money != true, let m = g.notCounted.matches(in: tokens).first {
            let head = tokens.firstIndex { $0.kind == .word } ?? 0
            let unitWords = Tokenizer.tokenize(unit).filter { $0.kind == .word }.map(\.folded)
            let phraseWords = tokens[m.start..<m.end].filter { $0.kind == .word }.map(\.folded)
            let ownNoun = !unitWords.isEmpty && phraseWords.starts(with: unitWords)
            // "Mẫu sản phẩm được thử nghiệm": a counted noun heading the label says what was
            // counted, as a unit of measure would.
            let countedHead = m.start > head && v.counts.match(tokens, at: head).map { $0.end >= m.start } == true
            if m.start <= head || ownNoun || g.measureUnits.match(Tokenizer.tokenize(unit), at: 0) == nil && !countedHead { return (nil, [], true) }
        }
        var scores: [IndicatorID: Double] = [:]
        /// Indicators named by something other than a qualifier: a qualifier alone ("… thử
        /// nghiệm mở rộng") says how, not what was counted.
        var named = Set<IndicatorID>()
        let w = g.weights
        // A header phrase of the whole label at its start ("Số cơ sở được kiểm tra").
        var first = 0
        while first < tokens.count, tokens[first].kind != .word { first += 1 }
        if let m = v.indicatorColumns.match(tokens, at: first), m.end >= tokens.count - 1 || m.words >= 3 {
            scores[m.value, default: 0] += w.headerPhrase
            named.insert(m.value)
        }
        // The head noun: the first counted noun among the label's first words ("Số", "Tổng số",
        // "Số lượng" skipped; "HTX, cơ sở …" reads on to "cơ sở"). Not when the unit of
        // measure is a noun the plan counts nothing in ("Hồ sơ được đánh giá | Hồ sơ"): the
        // label's head is that noun, whatever a folded word of it resembles ("hồ" / "hộ").
        let unitTokens = Tokenizer.tokenize(unit)
        let unitIgnored = money != true && v.ignoredCounts.match(unitTokens, at: 0).map { $0.end == unitTokens.count } == true
        var k = first, seen = unitIgnored ? 5 : 0
        while k < tokens.count, seen < 5 {
            if tokens[k].kind == .word, let m = v.counts.match(tokens, at: k) {
                // "Hồ sơ tiếp nhận: 1.284": a longer noun counting nothing heads the label.
                if let ignored = v.ignoredCounts.matchEnd(tokens, at: k), ignored > m.end { break }
                scores[m.value, default: 0] += w.headNoun
                named.insert(m.value)
                break
            }
            if tokens[k].kind == .word { seen += 1 }
            k += 1
        }
        // No counted noun heads the label: its first words read as a unit of measure
        // ("Buổi tuyên truyền lưu động", "Lượt cán bộ được cử").
        if named.isEmpty, !unitIgnored, first < tokens.count, let m = g.measureUnits.match(tokens, at: first) {
            for (id, weight) in m.value { scores[id, default: 0] += w.headNoun * weight; named.insert(id) }
        }
        for m in g.qualifiers.matches(in: tokens) { scores[m.value, default: 0] += w.qualifier; break }
        for m in v.moneyContext.matches(in: tokens) { scores[m.value, default: 0] += w.qualifier / 2 }
        // A money column's header ("Kinh phí (đồng)") says the row's number is an amount, as a
        // money unit does: the row's own words ("Tiền xử phạt") then say which amount.
        if let id = columnIndicator { scores[id, default: 0] += id.isMoney && money == true ? w.measureUnit : w.headerPhrase; named.insert(id) }
        // A unit the plan counts nothing in ("Sản phẩm", "Thủ tục"): no indicator unless the
        // label itself names one.
        if money != true, scores.isEmpty, let m = v.ignoredCounts.match(unitTokens, at: 0), m.end == unitTokens.count { return (nil, [], true) }
        if let m = g.measureUnits.match(unitTokens, at: 0) {
            for (id, weight) in m.value { scores[id, default: 0] += w.measureUnit * weight; named.insert(id) }
            // "58 | cơ sở được kiểm tra": the unit cell goes on with what was counted, its
            // qualifier saying which kind, as a label's does.
            if m.end < unitTokens.count, let q = g.qualifiers.matches(in: Array(unitTokens[m.end...])).first {
                scores[q.value, default: 0] += w.qualifier
            }
        }
        // A money unit or column names the kind: the qualifier then says which amount.
        if money == true { for id in scores.keys where id.isMoney { named.insert(id) } }
        var ranked = scores.filter { money == nil || $0.key.isMoney == money! }.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        let unnamedMoney = taskMoney ?? g.taskRowMoney
        if money == true, rowMoney, ranked.isEmpty, let id = unnamedMoney { ranked = [(id, g.thresholds.indicator)] }
        let list = ranked.map { ($0.key, $0.value) }
        guard let top = ranked.first, top.value >= g.thresholds.indicator, named.contains(top.key) || money == true && top.key == unnamedMoney
        else { return (nil, list, false) }
        if ranked.count > 1, top.value - ranked[1].value < g.thresholds.indicatorMargin { return (nil, list, false) }
        return (top.key, list, false)
    }

    /// The unit cell's money scale ("Triệu đồng" → 1 000 000), nil when it is not money.
    func moneyScale(_ unit: String) -> Double? {
        let tokens = Tokenizer.tokenize(unit)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), let m = v.moneyScales.match(tokens, at: first) else { return nil }
        var factor = m.value
        if factor == 1, let more = v.moneyScales.match(tokens, at: m.end) { factor = more.value }
        return factor * Self.multiplier(before: first, in: tokens)
    }

    /// "(1.000 đ)", "1000 đồng", "ĐVT: 1.000.000đ": a round thousand, million or billion written
    /// right before a unit of money multiplies it (the column counts thousands of đồng). Any
    /// other number there is no scale (1).
    static func multiplier(before index: Int, in tokens: [Token]) -> Double {
        var k = index - 1
        while k >= 0, tokens[k].kind == .punct, tokens[k].raw != "(" { k -= 1 }
        guard k >= 0, tokens[k].kind == .number else { return 1 }
        let digits = tokens[k].raw.filter { $0 != "." && $0 != "," && $0 != " " }
        guard digits.allSatisfy(\.isASCII), let n = Double(String(digits)), [1e3, 1e6, 1e9].contains(n) else { return 1 }
        return n
    }

    func isSilentUnit(_ unit: String) -> Bool {
        unit.contains("%") || g.silentUnits.wholeMatch(unit) != nil
    }

    // MARK: Row task

    /// An explicit task code in a cell: "II.1.a", "1.a", "(1.a)", "Nhiệm vụ 2.đ:", "5c",
    /// "(nhiệm vụ 3d)", "điểm c khoản 5".
    func taskCode(in text: String, sequence: Bool) -> String? {
        let refs = TaskReferenceParser.references(in: text)
        for ref in refs where ref.offset <= 40 || refs.count == 1 {
            if let c = code(ref.group, ref.letter) { return c }
        }
        // "5c", "2đ" in a numbering cell; "3d - Đào tạo", "4a: Đầu tư …" opening a task cell.
        let lead = sequence ? Substring(text) : text.prefix { $0 != " " && $0 != "-" && $0 != "–" && $0 != ":" }
        // (The prefix is shorter than the text exactly when it stops before the text's end.)
        if sequence || lead.endIndex < text.endIndex {
            let t = lead.trimmed(" .)(").lowercased()
            let s = Array(t)
            if s.count == 2, let g = s[0].wholeNumberValue, TaskReferenceParser.letters.contains(String(s[1])) { return code(g, String(s[1])) }
        }
        // "II-5-c", "II 1 a", "5-c" in a code cell: the plan's code with other separators.
        if sequence, text.utf8.count <= 12 {
            var parts = text.lowercased().split(whereSeparator: { "-–. ".contains($0) }).map(String.init)
            if parts.first == "ii" { parts.removeFirst() }
            if parts.count == 2, let g = Int(parts[0]), TaskReferenceParser.letters.contains(parts[1]) { return code(g, parts[1]) }
        }
        // "CT38-26-4B", "KH38/5c": a software's reference whose last part is the plan's group
        // and letter.
        if sequence, text.utf8.count <= 24, let last = text.lowercased().split(whereSeparator: { "-–./_ ".contains($0) }).last {
            let s = Array(last)
            if s.count == 2, let g = s[0].wholeNumberValue, TaskReferenceParser.letters.contains(String(s[1])) { return code(g, String(s[1])) }
        }
        return nil
    }

    /// The tasks a code cell names when it names several, joined by a word of `code_joins`
    /// ("2.g; 4.c", "5.a + 5.b", "1a và 3a"), in the order written; empty unless every part is
    /// a task code of its own and at least two tasks are named.
    func taskCodes(inCodeCell text: String) -> [String] {
        guard !g.codeJoins.isEmpty, text.utf8.count <= 40 else { return [] }
        var parts = [text.lowercased()]
        for join in g.codeJoins {
            let word = join.allSatisfy { $0.isLetter }
            parts = parts.flatMap { part -> [String] in
                if word { return part.split(separator: " ").split { $0 == join }.map { $0.joined(separator: " ") } }
                return part.components(separatedBy: join)
            }
        }
        let trimmed = parts.map { $0.trimmed() }.filter { !$0.isEmpty }
        guard trimmed.count >= 2 else { return [] }
        var codes: [String] = []
        for part in trimmed {
            guard let c = taskCode(in: part, sequence: true) else { return [] }
            if !codes.contains(c) { codes.append(c) }
        }
        return codes.count >= 2 ? codes : []
    }

    func code(_ group: Int, _ letter: String) -> String? {
        let c = "II.\(group).\(letter)"
        return taskCodes.contains(c) ? c : nil
    }

    /// Tasks by meaning, with the plan's task profiles (task_profiles.yaml: the words that name
    /// each task and the kinds of figures reported under it), as passages are; weighed for a
    /// row's short label (grids.yaml `weights`): the plan title's
    /// similarity, the profile phrases in the label, half as much from the group row above,
    /// the kinds of figures under the row, the tasks of `group` favoured. Best first. The kind
    /// of the reporting unit is not weighed: a department's table lists what it did with the
    /// communes ("Phối hợp UBND phường, xã kiểm tra cân tại chợ") under the communes' task.
    func rankTasks(_ text: String, group: Int? = nil, context: String? = nil, figures: Set<IndicatorID> = [],
                   results: String? = nil, ownLabel: Bool = true) -> [(code: String, score: Double)] {
        let w = g.weights
        let head = String(text.prefix(300))
        func labelScores(_ label: String) -> [String: Double] {
            var scores: [String: Double] = [:]
            for r in titles.rank(label) { scores[r.code] = w.title * r.score }
            for (c, s) in profiles.phraseScores(label) { scores[c, default: 0] += w.profilePhrase * s }
            return scores
        }
        var scores = labelScores(head)
        // A label typed in shorthand ("KT ĐL tại CHXD", task_profiles.yaml `shorthand`) is read
        // also with its short words written out: each task keeps the better of the two readings.
        if let full = profiles.writtenOut(Tokenizer.tokenize(head)) {
            for (c, s) in labelScores(full) where s > scores[c, default: 0] { scores[c] = s }
        }
        if let context {
            for (c, s) in rankTasks(context, ownLabel: false) { scores[c, default: 0] += w.groupRow * s }
        }
        // A label of a word or two in the unit's own shorthand ("ISO", "Một cửa", "Khen
        // thưởng"): what the row says it did ("Số hóa 3.412 hồ sơ TTHC …") names the work too,
        // weighed `result_words` of its own score (grids.yaml `weights`).
        if let results, w.resultWords > 0, Double(VietText.words(head).count) <= w.shortLabel {
            for (c, s) in rankTasks(String(results.prefix(300)), ownLabel: false) { scores[c, default: 0] += w.resultWords * s }
        }
        // A label that is nothing but one task's own phrase ("Tin bài", "Khảo sát"): the plan
        // titles' few shared words ("tin" of "thông tin") weigh less than that. The row's own
        // label only: a group row above ("II. KIỂM TRA") or the row's result words say less.
        if ownLabel, w.profileWhole > 0, Double(VietText.words(head).count) <= w.shortLabel, let code = profiles.wholePhraseTask(head) {
            scores[code, default: 0] += w.profileWhole
        }
        if let group {
            for c in scores.keys where c.hasPrefix("II.\(group).") { scores[c]! += w.sameGroup }
        }
        // The kinds of figures under the row: evidence for the tasks that report them.
        if !figures.isEmpty {
            for c in scores.keys {
                let fit = profiles.figures[c].map { $0.intersection(figures).count } ?? 0
                scores[c]! += w.figureFit * Double(fit) - w.figureMisfit * Double(figures.count - fit)
            }
        }
        return scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// The best task by meaning when it is clear; otherwise the two closest, for a finding.
    func taskByMeaning(_ text: String, group: Int? = nil, context: String? = nil, figures: Set<IndicatorID> = [],
                       results: String? = nil) -> (code: String?, ranked: [(code: String, score: Double)]) {
        let ranked = rankTasks(text, group: group, context: context, figures: figures, results: results)
        guard let top = ranked.first, top.score >= g.thresholds.task else { return (nil, ranked) }
        if ranked.count > 1, top.score - ranked[1].score < g.thresholds.taskMargin { return (nil, ranked) }
        return (top.code, ranked)
    }

    /// The plan group a row's words name by number: after a group word ("Nhóm 2. Quản lý nhà
    /// nước", "Nhóm nhiệm vụ 5. Kiểm tra", "(mục II.2)"), or, when `spanning` (a row merged
    /// across the table), as its leading number when its words are that group's ("1. Tuyên
    /// truyền, nâng cao nhận thức …"). A row that names a task by its code is no group row.
    func groupNumber(_ text: String, spanning: Bool) -> Int? {
        guard taskCode(in: text, sequence: false) == nil else { return nil }
        let tokens = Tokenizer.tokenize(String(text.prefix(200)))
        func number(at k: Int) -> Int? {
            var k = k
            while k < tokens.count, tokens[k].raw == "(" { k += 1 }
            guard k < tokens.count else { return nil }
            // "II.2": the plan's part II, group 2.
            if tokens[k].kind == .word, tokens[k].raw == "II", k + 2 < tokens.count, tokens[k + 1].raw == ".", tokens[k + 2].kind == .number {
                return Int(tokens[k + 2].raw)
            }
            if tokens[k].kind == .number { return Int(tokens[k].raw) }
            if tokens[k].kind == .word, tokens[k].raw == tokens[k].raw.uppercased() { return ExtractionRun.romans[String(tokens[k].raw)] }
            return nil
        }
        // At the row's start, or in a parenthesis ("… (mục II.2)").
        let firstWord = tokens.firstIndex { $0.kind == .word }
        for (k, t) in tokens.enumerated() where t.kind == .word && (k == firstWord || k > 0 && tokens[k - 1].raw == "(") {
            if let m = g.groupWords.match(tokens, at: k), let n = number(at: m.end), groups.contains(n) { return n }
        }
        if spanning, let first = tokens.first, first.kind == .number, let n = Int(first.raw), groups.contains(n),
           tokens.count > 2, tokens[1].raw == ".", tokens[2].kind == .word, planGroup(text, number: n) == n { return n }
        return nil
    }

    /// A plan group a group row names ("II | Tổ chức triển khai …", "5 | Tăng cường …").
    func planGroup(_ text: String, number: Int?) -> Int? {
        let ranked = groupTitles.rank(text)
        guard let top = ranked.first else { return nil }
        if let n = number, groups.contains(n), ranked.first(where: { Int($0.code) == n }).map({ $0.score >= 0.2 }) == true { return n }
        return top.score >= 0.35 ? Int(top.code) : nil
    }

    // MARK: Tick boxes

    /// A cell's text with its tick boxes read: each unchecked box is dropped with the
    /// alternative written after it, each checked box leaves the words after it ("☒ Có  ☐
    /// Không" → "Có"; "Tình trạng: ☐ Hoàn thành ☒ Đang thực hiện" → "Tình trạng: Đang thực
    /// hiện"). An alternative runs to the next box or the end of its line.
    func untick(_ text: String) -> String {
        let marks: [(scalars: [Unicode.Scalar], checked: Bool)] =
            g.checkedMarks.map { (Array($0.unicodeScalars), true) } + g.uncheckedMarks.map { (Array($0.unicodeScalars), false) }
        let scalars = Array(text.unicodeScalars)
        /// The longest mark that starts at `i`.
        func mark(at i: Int) -> (length: Int, checked: Bool)? {
            var best: (Int, Bool)?
            for m in marks where m.scalars.count > (best?.0 ?? 0) && i + m.scalars.count <= scalars.count
                && scalars[i] == m.scalars[0] && Array(scalars[i..<(i + m.scalars.count)]) == m.scalars { best = (m.scalars.count, m.checked) }
            return best
        }
        guard !marks.isEmpty, scalars.indices.contains(where: { mark(at: $0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        var keep = true
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                // An alternative runs to the end of its line.
                out.append("\n"); keep = true; i += 1
            } else if let m = mark(at: i) {
                keep = m.checked; i += m.length
            } else {
                if keep { out.append(c) }
                i += 1
            }
        }
        return String(out).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The grid with every cell's tick boxes read (`untick`).
    /// (A cell that is a mark of the document's own key — "✔" beside "✔ đã xong" in the key
    /// under the table — is kept: it is that key's status, not a tick box.)
    func unticked(_ grid: Grid, keeping legend: [String: TaskStatus] = [:]) -> Grid {
        untickedIfChanged(grid, keeping: legend) ?? grid
    }

    /// As `unticked`, nil when no cell changes (the caller may keep what it knows of `grid`).
    func untickedIfChanged(_ grid: Grid, keeping legend: [String: TaskStatus] = [:]) -> Grid? {
        guard !g.checkedMarks.isEmpty || !g.uncheckedMarks.isEmpty else { return nil }
        let markStarts = Set((g.checkedMarks + g.uncheckedMarks).compactMap(\.unicodeScalars.first))
        var leadBytes = [Bool](repeating: false, count: 256)
        for m in g.checkedMarks + g.uncheckedMarks { if let b = m.utf8.first { leadBytes[Int(b)] = true } }
        var out = grid
        var changed = false
        for r in out.rows.indices {
            for c in out.rows[r].cells.indices where out.rows[r].cells[c].number == nil {
                let t = out.rows[r].cells[c].text
                // A byte test for the first UTF-8 byte of a mark ("☒" opens with E2, "[x]" with
                // "["), then a scalar test, before any search.
                guard t.utf8.contains(where: { leadBytes[Int($0)] }),
                      t.unicodeScalars.contains(where: { ($0.value == 0x5B || $0.value >= 0x2000) && markStarts.contains($0) }) else { continue }
                if !legend.isEmpty, t.hasAtMostCharacters(g.legendAbbreviationChars), legend[Self.legendKey(t)] != nil { continue }
                // A mark alone in its cell is a tick in a column of its own ("✓" under "Đã hoàn
                // thành"), read by its column: kept as written.
                if g.isTick(t) { continue }
                let u = untick(t)
                if u != t { out.rows[r].cells[c].text = u; changed = true }
            }
        }
        return changed ? out : nil
    }

    /// A question whether something arose ("Có phát sinh … không?") answered no
    /// ("Không"): the task did not arise.
    func answersNotArising(question: String, answer: String) -> Bool {
        let a = Tokenizer.tokenize(answer.trimmed(" .;"))
        guard let m = g.negativeAnswers.match(a, at: 0), m.end == a.count else { return false }
        return !g.arisingQuestions.matches(in: Tokenizer.tokenize(question)).isEmpty
    }

    // MARK: Status

    /// The status a note cell states on its own: only words that are a status wherever they
    /// stand ("Đang triển khai", "Đã hoàn thành"). Assessment words alone ("Thường xuyên",
    /// "Đạt") in a note column restate the plan's deadline or a frequency, not the progress.
    func noteStatus(_ text: String) -> TaskStatus? {
        let (text, verdict) = v.cellVerdict(text.trimmed())
        // "KT - xg", "VP - chưa", "VH - đg": after an office's initials and a dash, the note
        // is who did the work and how far it came, the verdict wholly a status or an
        // assessment, or the aspect word alone ("đang").
        if let verdict {
            let said = Tokenizer.tokenize(String(verdict))
            if let s = v.wholeCellStatus(said) { return s }
            if said.filter({ $0.kind == .word }).count == 1, let m = g.statusOpenings.match(said, at: 0) { return m.value }
            if let s = noteStatus(String(verdict)) { return s }
        }
        let tokens = Tokenizer.tokenize(text)
        if let s = v.statuses.matches(in: tokens).first?.value { return s }
        // "Tổ thống nhất: xong", "Nhận xét: còn làm, đợt Tết chưa làm": after a status label
        // and its colon the note is a verdict, read as a status cell.
        if let first = tokens.firstIndex(where: { $0.kind == .word }), let label = v.statusLabels.match(tokens, at: first),
           label.end < tokens.count, tokens[label.end].raw == ":",
           let colon = text.firstIndex(of: ":"), let s = status(String(text[text.index(after: colon)...])).status { return s }
        // "Từ nay đến 31/12 còn 02 dự thảo …", "Tồn đọng: không": what is left of the work,
        // after a label of what remains (`status_reading.residual`), is a verdict.
        if let c = v.statusClaim(in: tokens), c.kind == .labelled { return c.value }
        // "xong 15/10/2026", "đang làm, còn 1 đợt": a note that opens with a verdict and goes on
        // with its date or what is left after a break says that verdict; the clause before the
        // first mark of punctuation or date must be wholly a status or an assessment. A count
        // ("Đã có kết quả 41 mẫu") says how much, not that the work is done.
        if let cut = tokens.indices.first(where: { k in
               tokens[k].kind == .punct || tokens[k].kind == .number && (k + 1 == tokens.count || tokens[k + 1].kind == .punct) }),
           cut > 0, !tokens.contains(where: { $0.raw == "%" }),
           case let lead = Array(tokens[..<cut]), let s = v.wholeCellStatus(lead) ?? wholeAssessment(lead) { return s }
        // A note that is only an assessment with its aspect word first ("Đang làm", "Chưa
        // làm"); "Thường xuyên" in a note says the task recurs, not how far it is.
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), g.statusOpenings.match(tokens, at: first) != nil else { return nil }
        return v.wholeCellStatus(tokens)
    }

    /// The status of words that are wholly one of the cells' assessments ("xong", "đạt").
    func wholeAssessment(_ tokens: [Token]) -> TaskStatus? {
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), let m = g.assessments.match(tokens, at: first),
              !tokens[m.end...].contains(where: { $0.kind == .word || $0.kind == .number }) else { return nil }
        return m.value
    }

    /// A percentage of progress in a status cell ("100%", "đạt 80% kế hoạch", "0%"), when no
    /// status word stands beside it: done at the threshold, not begun at 0, under way between,
    /// with the weight grids.yaml gives it (`progress_percent`).
    func progress(_ text: String) -> (status: TaskStatus, confidence: Double)? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return nil }
        let tokens = Tokenizer.tokenize(text)
        // A status word beside the percentage says it ("Hoàn thành (100%)"); "đạt 100%" is
        // the percentage itself.
        let words = tokens.enumerated().filter { k, t in
            !(t.kind == .number || t.raw == "%" || t.folded == "dat" && k + 1 < tokens.count && tokens[k + 1].kind == .number)
        }.map { String($0.1.raw) }.joined(separator: " ")
        guard noteStatus(words) == nil else { return nil }
        guard let k = tokens.indices.first(where: { $0 + 1 < tokens.count && tokens[$0].kind == .number && tokens[$0 + 1].raw == "%" }),
              let p = VietNumber.parse(tokens[k].raw) else { return nil }
        return (progressStatus(p), g.progressConfidence)
    }

    /// A note cell that is only the share of the task done: one percentage, before it nothing
    /// or a lead of `progress_percent.note_leads` ("đạt 100%", "mới được 60%", "khoảng 60%",
    /// "0%"), after it nothing or what it is a share of ("kế hoạch"). A note saying more
    /// ("tăng 15% so với cùng kỳ", "100% hộ ký cam kết") is no progress.
    func noteProgress(_ text: String) -> (status: TaskStatus, confidence: Double)? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return nil }
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.kind != .punct }) else { return nil }
        var k = first
        if let lead = g.progressNoteLeads.match(tokens, at: k) { k = lead.end }
        guard k + 1 < tokens.count, tokens[k].kind == .number, tokens[k + 1].raw == "%", let p = VietNumber.parse(tokens[k].raw) else { return nil }
        var end = k + 2
        if let of = v.statusReading.percentOf.match(tokens, at: end) { end = of.end }
        guard tokens[end...].allSatisfy({ $0.kind == .punct }) else { return nil }
        return (progressStatus(p), g.progressConfidence)
    }

    /// How far a percentage of progress says the work came: done at `completed_at`, not begun
    /// at 0, under way between.
    func progressStatus(_ p: Double) -> TaskStatus {
        p >= g.progressCompletedAt ? .completed : p == 0 ? .notStarted : .inProgress
    }

    /// A status cell: a known status or assessment, or the cell's words when none is known.
    /// `weak`: only a percentage of the plan ("đạt 80% kế hoạch"), which a status in words
    /// for the task (in the note column) outweighs.
    func status(_ text: String) -> (status: TaskStatus?, unknown: Bool, weak: Bool) {
        var t = text.trimmed()
        guard !t.isEmpty, t != "-", t != "–" else { return (nil, false, false) }
        // "VP - đg", "Đg làm": typed short, or after an office's initials.
        let (full, verdict) = v.cellVerdict(t)
        if let verdict, case let s = status(String(verdict)), s.status != nil { return s }
        t = full
        let tokens = Tokenizer.tokenize(t)
        if let s = v.cellStatusClaim(t) { return (s.value, false, s.isWeak) }
        if let m = g.assessments.match(tokens, at: tokens.firstIndex(where: { $0.kind == .word }) ?? 0) { return (m.value, false, false) }
        if let m = g.assessments.matches(in: tokens).first { return (m.value, false, false) }
        // Only a short cell of words is a status someone wrote; numbers and long notes are not.
        let words = tokens.filter { $0.kind == .word }.count
        if words <= 8, !tokens.contains(where: { $0.kind == .number }), let first = tokens.firstIndex(where: { $0.kind == .word }),
           let m = g.statusOpenings.match(tokens, at: first) { return (m.value, false, false) }
        return (nil, words >= 1 && words <= 8 && !tokens.contains { $0.kind == .number }, false)
    }
}

extension GridRecognisers {
    convenience init(extractor x: Extractor, vocabulary g: GridVocabulary) {
        self.init(v: x.vocabulary, g: g, profiles: x.profiles, titles: x.titles, groupTitles: x.groupTitles,
                  taskCodes: Set(x.tasks.map(\.code)), groups: Set(x.groups.keys))
    }
}

extension GridRecognisers {
    /// The status a short phrase states: the vocabulary's reading of it, else the first status
    /// phrase in it ("in progress, đang thực hiện").
    func statusIn(_ text: String) -> TaskStatus? {
        if let s = status(text).status { return s }
        let tokens = Tokenizer.tokenize(text)
        let hits = (v.statuses.matches(in: tokens).map { ($0.start, $0.value) } + g.assessments.matches(in: tokens).map { ($0.start, $0.value) })
        return hits.min { $0.0 < $1.0 }?.1
    }

    /// A key's form for lookup: trimmed, folded, in capitals ("Xanh" and "XANH" alike).
    static func legendKey(_ text: String) -> String {
        VietText.fold(text.trimmed(" .;:")).uppercased()
    }

    /// The statuses a document's own key gives its marks ("● Hoàn thành  ◑ Đang thực hiện",
    /// "Quy ước: XANH – đã hoàn thành; VÀNG – đang triển khai", "DONE = đã hoàn thành | IP =
    /// in progress, đang thực hiện"): in a line that holds two or more of the `keys` (short
    /// cell values the vocabulary does not read), the words after each key, up to the next,
    /// say what it means. Nothing of the symbols' meaning is assumed.
    func legend(keys: Set<String>, lines: [String]) -> [String: TaskStatus] {
        var keyLines = Set<String>()
        return legend(keys: keys, lines: lines, keyLines: &keyLines)
    }

    /// As `legend(keys:lines:)`, collecting the lines that are a key (`keyLines`): they say
    /// what marks mean, nothing of a task.
    func legend(keys: Set<String>, lines: [String], keyLines: inout Set<String>) -> [String: TaskStatus] {
        guard keys.count >= 2 else { return [:] }
        // Longer keys first, so that "N/A" is not read as "A"; keys of one length in their own
        // order (the Set's changes from run to run).
        let ordered = keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        var out: [String: TaskStatus] = [:]
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        // A key is written "mark = meaning" or after a lead-in ("Ký hiệu:", "Quy ước:").
        for line in lines where line.utf8.count <= 1200 {
            // A key's line has a colon or an equals sign (looked for first, on the bytes and
            // before the filter's folded copy is made: most lines have neither); only keys
            // found can count, and two are needed.
            guard FoundationSearchFilter.mayContain(UInt8(ascii: ":"), or: UInt8(ascii: "="), in: line) else { continue }
            // Foundation's search is left the lines and keys where it can find something.
            let filter = FoundationSearchFilter(line)
            guard (filter.mayFind(":") && line.contains(":")) || (filter.mayFind("=") && line.contains("=")) else { continue }
            let candidates = ordered.filter { filter.mayFind($0) }
            guard candidates.count >= 2 else { continue }
            var found: [(range: Range<String.Index>, key: String)] = []
            for key in candidates {
                var from = line.startIndex
                while filter.mayFind(key, fromByte: line.utf8.distance(from: line.startIndex, to: from)),
                      let r = filter.caseInsensitiveRange(of: key, in: line, from: from) {
                    from = r.upperBound
                    // A key stands on its own: no letter or digit glued to it ("IP" in "TIP").
                    if let first = key.first, isWordChar(first), r.lowerBound > line.startIndex, isWordChar(line[line.index(before: r.lowerBound)]) { continue }
                    if let last = key.last, isWordChar(last), r.upperBound < line.endIndex, isWordChar(line[r.upperBound]) { continue }
                    if found.contains(where: { $0.range.overlaps(r) }) { continue }
                    found.append((r, key))
                }
            }
            guard Set(found.map(\.key)).count >= 2 else { continue }
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
            var meanings: [String: TaskStatus] = [:]
            for (k, hit) in found.enumerated() {
                let end = k + 1 < found.count ? found[k + 1].range.lowerBound : line.endIndex
                // An entry ends at the next key, or at a clause mark ("; ", " | ") before it.
                var tail = String(line[hit.range.upperBound..<end])
                // "ghi Có/Không", "Rồi/Chưa": keys offered as alternatives of an answer, the
                // way a form tells how to fill it in, mean nothing by one another.
                if tail.first == "/" || hit.range.lowerBound > line.startIndex && line[line.index(before: hit.range.lowerBound)] == "/" { continue }
                if let stop = tail.firstIndex(where: { $0 == ";" || $0 == "|" }), stop > tail.startIndex,
                   tail[..<stop].contains(where: \.isLetter) { tail = String(tail[..<stop]) }
                let words = tail.trimmed(" =:–-—\t|;,.")
                // The words right after the key, a few: the meaning, not the sentence around it.
                guard !words.isEmpty, words.split(separator: " ").count <= g.legendMeaningWords, let s = statusIn(words) else { continue }
                meanings[Self.legendKey(hit.key)] = meanings[Self.legendKey(hit.key)] ?? s
            }
            if meanings.count >= 2 {
                for (k, s) in meanings where out[k] == nil { out[k] = s }
                keyLines.insert(line)
            }
        }
        // A key written one entry a line, the lines one under another ("GĐ0 = chưa khởi
        // động", "GĐ1 = đang chuẩn bị", "GĐ2 = đang triển khai"): each line opens with its key
        // and "=" or ":", its meaning after; two such lines in a row or more, of distinct keys,
        // make a key.
        // An entry for a code no cell holds ("M1 = đang chuẩn bị" when no task is at that stage)
        // is still a line of the key: it neither parts the entries around it nor counts.
        var run: [(line: String, key: String?, status: TaskStatus)] = []
        func closeRun() {
            if Set(run.compactMap(\.key)).count >= 2 {
                for pair in run { if let k = pair.key, out[k] == nil { out[k] = pair.status } }
                for pair in run { keyLines.insert(pair.line) }
            }
            run.removeAll()
        }
        for line in lines {
            guard line.utf8.count <= 200 else { closeRun(); continue }
            if let pair = legendPair(line, ordered) {
                run.append((line, pair.key, pair.status))
            } else if let entry = unusedLegendEntry(line) {
                run.append((line, nil, entry))
            } else {
                closeRun()
            }
        }
        closeRun()
        return out
    }

    /// A line shaped as a key's entry ("M1 = đang chuẩn bị"): a code of one word of letters and
    /// digits (at most `legend.abbreviation_chars`), "=" or ":", and a meaning that says a
    /// status; the status, whether or not a cell holds the code.
    private func unusedLegendEntry(_ line: String) -> TaskStatus? {
        // The character "=" or ":" is that one ASCII scalar alone (neither is any other
        // scalar's canonical equivalent): a line without its byte holds neither and is no
        // entry. Nearly every line of a body is one, and the character walk to find the mark
        // was nearly all of this test's cost (21.9 M on the speed33 sample, 1,103 lines).
        guard line.utf8.contains(where: { $0 == 0x3D || $0 == 0x3A }) else { return nil }
        let t = line.trimmed()
        guard let mark = t.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
        let code = t[..<mark].trimmed()
        guard !code.isEmpty, code.hasAtMostCharacters(g.legendAbbreviationChars), code.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return legendPair(t, [String(code)])?.status
    }

    /// A line that opens with one of `keys` standing on its own, then "=" or ":" and a meaning
    /// of a few words that says a status ("GĐ3 = đã kết thúc, có kết quả"): the key, as
    /// `legendKey` gives it, and the status.
    private func legendPair(_ line: String, _ keys: [String]) -> (key: String, status: TaskStatus)? {
        guard FoundationSearchFilter.mayContain(UInt8(ascii: ":"), or: UInt8(ascii: "="), in: line) else { return nil }
        let t = line.trimmed()
        let upper = t.uppercased()
        guard let key = keys.first(where: { t.count > $0.count && upper.hasPrefix($0.uppercased()) }) else { return nil }
        var rest = t.dropFirst(key.count)
        // The key stands on its own ("GĐ1", not "GĐ10").
        guard let next = rest.first, !next.isLetter, !next.isNumber else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard let mark = rest.first, mark == "=" || mark == ":" else { return nil }
        let words = String(rest.dropFirst()).trimmed(" =:–-—\t|;,.")
        guard !words.isEmpty, words.split(separator: " ").count <= g.legendMeaningWords, let s = statusIn(words) else { return nil }
        return (Self.legendKey(key), s)
    }

    /// A record card ("phiếu"): a Word table of two columns whose left cells name the fields of
    /// one task — "Nhiệm vụ | …", "Việc đã làm | …", "Số liệu | …", "Tình trạng | …", "Ghi chú
    /// | …" — in any order, one card a task. Read as a table of one row under a header of the
    /// field names, so that its task, figures and status are read as any task row's. Nil when
    /// the table is no card: fewer than `card_min_fields` field names the columns vocabulary
    /// knows, none naming the task, none stating something of it, or a name written twice.
    func card(_ grid: Grid) -> Grid? {
        guard case .wordTable = grid.source, grid.rows.count >= g.cardMinFields, grid.rows.count <= g.cardMaxRows else { return nil }
        var header: [GridCell] = [], values: [GridCell] = []
        var roles: [GridColumnRole] = []
        for (k, row) in grid.rows.enumerated() {
            guard let name = row.cells.first, name.column == 0, name.span == 1, !name.continued, row.cells.count <= 2,
                  row.cells.count == 1 || row.cells[1].column == 1 && !row.cells[1].continued,
                  !name.text.contains(where: \.isNumber), name.text.split(separator: " ").count <= g.cardFieldWords else { return nil }
            // A field's name is a header's words alone ("Tình trạng"), not an indicator's
            // ("Cơ sở được kiểm tra | 7" is a result row of a two-column table).
            if let role = g.columns.wholeMatch(name.text) {
                // A field named twice is a list, not one record.
                if roles.contains(role), role != .quantity { return nil }
                roles.append(role)
            }
            var h = name
            h.column = k
            header.append(h)
            if row.cells.count == 2 {
                var cell = row.cells[1]
                cell.column = k
                cell.span = 1
                values.append(cell)
            }
        }
        guard roles.count >= g.cardMinFields, roles.contains(.task) || roles.contains(.label),
              roles.contains(where: { [.status, .quantity, .note, .money].contains($0) }), !values.isEmpty else { return nil }
        let first = grid.rows[0].index
        return Grid(source: grid.source, rows: [GridRow(index: first, cells: header, isBold: false),
                                                GridRow(index: first + 1, cells: values, isBold: false)])
    }

    /// A form of several cards one under another, in two columns: a heading row per card
    /// ("NHIỆM VỤ 2": one of `cards.block_heads` and a number) or its task's field written
    /// again opens the next card; each card's rows are fields ("Tên nhiệm vụ: | …", "Số lớp: |
    /// 3", "Tình hình: | …"). A heading may name the card's task itself, after a colon or in
    /// the cell beside it ("VIỆC 1: Kiểm tra đo lường … — TÌNH TRẠNG: ĐANG LÀM", "ĐỐI TƯỢNG
    /// 01: | Kiểm tra chất lượng …"), its status after one of `status_rows` and a colon; under
    /// such a heading a row of a label and a number ("Số cuộc | 2", "Tiền phạt | 52,3 | triệu
    /// đồng", its unit of measure beside it) is a field too, a row of column names over them
    /// ("Đại lượng | Giá trị | Đơn vị") and a remark off the first column are passed over.
    /// Read as a table under a header of every field name, one row a card; returns it with the
    /// rows the cards cover. Nil unless two cards or more each name their task and state
    /// something of it.
    func cards(_ grid: Grid) -> (grid: Grid, covered: ClosedRange<Int>)? {
        typealias Field = (name: String, value: GridCell?)
        var blocks: [[Field]] = []
        var current: [Field] = []
        var start: Int?, end = 0
        /// The current card was opened by a heading that names its task.
        var titled = false
        func fieldName(_ row: GridRow) -> (String, GridCell?)? {
            let own = row.cells.filter { !$0.continued }
            guard let name = own.first, name.column == 0, name.span == 1, own.count <= 2,
                  own.count == 1 || own[1].column == 1 else { return nil }
            let text = name.text.trimmed(" :\n")
            // Under a heading that names the task, a short label beside its words is a field
            // ("Nội dung đã thực hiện | …").
            guard name.text.trimmed().hasSuffix(":") || g.columns.wholeMatch(text) != nil || titled && own.count == 2, !text.isEmpty,
                  !text.contains(where: \.isNumber), text.split(separator: " ").count <= g.cardFieldWords else { return nil }
            return (text, own.count == 2 ? own[1] : nil)
        }
        /// Under a titled heading: "Số cuộc | 2", "Phạt tiền | 7.500.000 đ", "Tiền phạt | 52,3 |
        /// triệu đồng | …" — the label, with the unit of measure beside the number, names it.
        func figureField(_ row: GridRow) -> (String, GridCell)? {
            let own = row.cells.filter { !$0.continued }
            guard own.count >= 2, own.count <= 4, let label = own.first, label.column <= 1 else { return nil }
            let value = own[1]
            guard value.column == label.column + 1, value.number != nil || value.text.trimmed().first?.isNumber == true else { return nil }
            let text = label.text.trimmed(" :\n")
            // (A figure's label says what was counted, at more length than a field's name:
            // "Số phương tiện đo được kiểm tra".)
            guard !text.isEmpty, !text.contains(where: \.isNumber), text.split(separator: " ").count <= 2 * g.cardFieldWords else { return nil }
            if own.count >= 3, own[2].column == value.column + 1, own[2].number == nil,
               !own[2].text.contains(where: \.isNumber), own[2].text.split(separator: " ").count <= 2 {
                return ("\(text) (\(own[2].text.trimmed()))", value)
            }
            return (text, value)
        }
        /// "Đại lượng | Giá trị | Đơn vị | Ghi chú": column names over a card's figures.
        func columnNames(_ row: GridRow) -> Bool {
            let own = row.cells.filter { !$0.continued }
            return own.count >= 3 && own.allSatisfy { $0.number == nil && !$0.text.contains(where: \.isNumber) }
                && own.filter({ g.columns.wholeMatch($0.text) != nil }).count >= 2
        }
        func isTaskField(_ name: String) -> Bool {
            let role = g.columns.wholeMatch(name)
            return role == .task || role == .label
        }
        /// A heading row: nil for none; else the task and status fields it names itself.
        func blockHead(_ row: GridRow) -> [Field]? {
            let own = row.cells.filter { !$0.continued }
            guard own.count == 1 || own.count == 2 && own[1].column == own[0].column + 1 && own[1].number == nil else { return nil }
            let all = Tokenizer.tokenize(own[0].text)
            let tokens = all.filter { $0.kind != .punct }
            // The card's number or letter ("NHIỆM VỤ 2", "PHẦN VIỆC B"), not a word after the
            // head's ("Việc đã làm:").
            guard let m = g.cardBlockHeads.match(tokens, at: 0), m.end < tokens.count,
                  tokens[m.end].kind == .number || tokens[m.end].raw.count == 1 && tokens[m.end].raw.allSatisfy(\.isLetter)
                    || tokens[m.end].raw.count <= 4 && tokens[m.end].raw.allSatisfy({ $0.isLetter && $0.isUppercase })
            else { return nil }
            if tokens.count - m.end <= 2 {
                // A title in the cell beside: the heading is its number alone ("ĐỐI TƯỢNG 01:").
                guard own.count == 2, tokens.count - m.end == 1, let task = g.columnNames[.task] else { return own.count == 1 ? [] : nil }
                return [(task, own[1])]
            }
            // "VIỆC 1: <title> — TÌNH TRẠNG: ĐANG LÀM": the words after the number's colon.
            let text = own[0].text
            guard own.count == 1, let colon = text.firstIndex(of: ":"), let task = g.columnNames[.task],
                  text[..<colon].split(separator: " ").count <= m.end + 1 else { return nil }
            var title = String(text[text.index(after: colon)...]).trimmed()
            var fields: [Field] = []
            for mark in [" — ", " – ", " - "] {
                var at = title.endIndex
                var found: Range<String.Index>?
                while found == nil, at > title.startIndex {
                    at = title.index(before: at)
                    if title[at...].hasPrefix(mark) { found = at..<title.index(at, offsetBy: mark.count) }
                }
                guard let r = found else { continue }
                let tail = title[r.upperBound...]
                guard let c = tail.firstIndex(of: ":"), g.statusRows.wholeMatch(String(tail[..<c])) != nil else { continue }
                let status = String(tail[tail.index(after: c)...]).trimmed()
                if !status.isEmpty {
                    var cell = own[0]
                    cell.text = status
                    fields.append((String(tail[..<c]).trimmed(), cell))
                }
                title = String(title[..<r.lowerBound]).trimmed()
                break
            }
            guard !title.isEmpty else { return nil }
            var cell = own[0]
            cell.text = title
            let head: [Field] = [(task, cell)]
            return head + fields
        }
        for row in grid.rows {
            if let head = blockHead(row) {
                if !current.isEmpty { blocks.append(current); current = [] }
                start = start ?? row.index
                end = row.index
                titled = !head.isEmpty
                current = head
                continue
            }
            if titled, start != nil {
                if let (name, value) = figureField(row) {
                    current.append((name, value))
                    end = row.index
                    continue
                }
                let own = row.cells.filter { !$0.continued }
                if columnNames(row) || own.count == 1 && own[0].column > 0 { continue }
            }
            if let (field, value) = fieldName(row) {
                var name = field
                // Under a heading that names the task, another task-like field ("Nội dung đã
                // thực hiện | …") tells the work: a note of the card.
                if titled, let note = g.columnNames[.note], isTaskField(name) || [.label, .task].contains(headerRole(name).role) {
                    name = note
                } else if isTaskField(name) {
                    if current.contains(where: { isTaskField($0.name) }) { blocks.append(current); current = [] }
                    start = start ?? row.index
                }
                // A name with nothing beside it ("Khó khăn, vướng mắc:" over its items) is the
                // heading of what follows the cards, not a field.
                guard start != nil, value != nil else { continue }
                current.append((name, value))
                end = row.index
                continue
            }
            if start != nil { break }
        }
        if !current.isEmpty { blocks.append(current) }
        func states(_ name: String) -> Bool {
            if let role = g.columns.wholeMatch(name), [.status, .quantity, .note, .money].contains(role) { return true }
            let h = headerRole(name)
            return h.indicator != nil || h.role == .status || h.role == .quantity || h.role == .money
        }
        guard let first = start, blocks.count >= 2,
              blocks.allSatisfy({ b in b.contains { isTaskField($0.name) } && b.contains { states($0.name) } }) else { return nil }
        // One column per field name, in the order first met; every status field in one
        // ("TÌNH TRẠNG" in one card's heading, "KẾT LUẬN:" in another's rows).
        func fieldKey(_ name: String) -> String { g.columns.wholeMatch(name) == .status ? "" : VietText.fold(name) }
        var columns: [String] = []
        var byKey: [String: Int] = [:]
        for b in blocks {
            for f in b {
                let key = fieldKey(f.name)
                if byKey[key] == nil { byKey[key] = columns.count; columns.append(f.name) }
            }
        }
        // Numbered as the cards are: each row is a task of its own, not a part of the one above.
        let location = grid.rows.first { $0.index == first }?.cells.first?.location ?? .sheetCell(sheet: "", row: first, column: 1)
        guard let sequence = g.columnNames[.sequence] else { return nil }
        var rows = [GridRow(index: first, cells: ([sequence] + columns).enumerated().map { k, name in
            GridCell(column: k, span: 1, text: name, number: nil, location: location, continued: false)
        }, isBold: false)]
        for (k, b) in blocks.enumerated() {
            var cells: [GridCell] = []
            for f in b {
                guard var cell = f.value, let c = byKey[fieldKey(f.name)].map({ $0 + 1 }), !cells.contains(where: { $0.column == c }) else { continue }
                cell.column = c
                cell.span = 1
                cells.append(cell)
            }
            if let place = cells.first?.location {
                cells.insert(GridCell(column: 0, span: 1, text: "\(k + 1)", number: nil, location: place, continued: false), at: 0)
            }
            rows.append(GridRow(index: first + k + 1, cells: cells.sorted { $0.column < $1.column }, isBold: false))
        }
        return (Grid(source: grid.source, rows: rows, parent: grid.parent), first...end)
    }

    /// A table of typed items ("Loại | Nội dung": "Vướng mắc | …", "Đề xuất | …"; an export's
    /// "ISSUE_TYPE | CONTENT" whose codes a key line explains, "KK = Khó khăn, vướng mắc; DX =
    /// Đề xuất, kiến nghị"): by row, whether its item is a difficulty or a proposal, and the
    /// item (the row's longest cell of words). Empty unless two rows or more are typed, or one
    /// by a label closed by its colon with its item beside it.
    func typedItems(_ grid: Grid, keyLines: [String]) -> [Int: (proposal: Bool, items: [Item])] {
        typedItems(grid, codes: typedItemCodes(keyLines: keyLines))
    }

    /// The codes of typed items a document's key lines define ("KK = Khó khăn, vướng mắc"),
    /// folded as `legendKey`: true for a proposal, false for a difficulty. The same for every
    /// grid of the document, so read once.
    func typedItemCodes(keyLines: [String]) -> [String: Bool] {
        func kind(_ text: String) -> Bool? {
            let tokens = Tokenizer.tokenize(text)
            guard let first = tokens.firstIndex(where: { $0.kind == .word }), let m = g.columns.match(tokens, at: first) else { return nil }
            return m.value == .proposal ? true : m.value == .difficulty ? false : nil
        }
        // "KK = Khó khăn, vướng mắc": a code and the kind its words name.
        var codes: [String: Bool] = [:]
        for line in keyLines where line.utf8.count <= 400 && line.contains("=") {
            for part in line.split(separator: ";") {
                guard let eq = part.firstIndex(of: "=") else { continue }
                let left = part[..<eq].split(whereSeparator: { $0 == " " || $0 == ":" }).last.map(String.init) ?? ""
                guard !left.isEmpty, left.count <= g.legendMarkChars, let k = kind(String(part[part.index(after: eq)...])) else { continue }
                codes[Self.legendKey(left)] = k
            }
        }
        return codes
    }

    /// As `typedItems(_:keyLines:)`, with the key lines' codes already read (`typedItemCodes`).
    func typedItems(_ grid: Grid, codes: [String: Bool]) -> [Int: (proposal: Bool, items: [Item])] {
        // By the column of the type cell: the rows it types. The item is another cell of the
        // row ("Khó khăn, vướng mắc:" alone on its row is a heading, no item).
        var byColumn: [Int: [Int: (proposal: Bool, items: [Item])]] = [:]
        // The rows each column types, an item beside or not ("KN | Không."): two make a table;
        // so does one whose type cell is a label closed by its colon with its item beside it
        // ("KK: | Mức thu nhập … chưa đủ hấp dẫn chuyên gia …" under a sheet's rows of work).
        var typedRows: [Int: Int] = [:]
        var labelledRow = Set<Int>()
        func type(_ text: String) -> Bool? {
            codes[Self.legendKey(text)] ?? (g.columns.wholeMatch(text).flatMap { $0 == .proposal ? true : $0 == .difficulty ? false : nil })
        }
        // The last typed row: its type cell's column and kind, where its item stood (nil for a
        // heading over the rows below, "STT | Khó khăn, vướng mắc"), and its row.
        var last: (column: Int, proposal: Bool, itemColumn: Int?, row: Int)?
        func lines(_ item: GridCell) -> [Item] {
            // One item a line ("1. …⏎2. …").
            item.text.split(whereSeparator: \.isNewline).map { String($0).trimmed() }.filter { $0.contains(where: \.isLetter) }
                .map { Item(text: $0, source: item.location.description) }
        }
        for row in grid.rows {
            let cells = row.cells.filter { !$0.continued && $0.number == nil }
            // A row right under a typed one that holds only an item (and perhaps its number),
            // in the column of that row's item or under its heading: an item of the same type
            // ("Đề xuất: | …" then "| …"; "STT | Khó khăn, vướng mắc" then "1 | …", "2 | …").
            let words = cells.filter { !$0.text.trimmed(" .):(").allSatisfy(\.isNumber) }
            if let l = last, row.index == l.row + 1, words.count == 1, let only = words.first, only.column == (l.itemColumn ?? l.column),
               only.text.splitting(onASCII: " ").count >= 4, type(only.text) == nil {
                byColumn[l.column, default: [:]][row.index] = (l.proposal, lines(only))
                last = (l.column, l.proposal, only.column, row.index)
                continue
            }
            last = nil
            guard cells.count >= 2 else { continue }
            for cell in cells where cell.text.hasAtMostWords(4) {
                // "KK1", "KN2": the item's number joined to its type.
                let t = cell.text.trimmed(" .;:)")
                let name = t.prefix { $0.isLetter }, number = t.dropFirst(name.count)
                let numbered = name.count >= 2 && !number.isEmpty && number.count <= 2 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
                guard let k = type(cell.text) ?? (numbered ? type(String(name)) : nil) else { continue }
                let item = cells.filter({ $0.column != cell.column && $0.text.splitting(onASCII: " ").count >= 4 }).max(by: { $0.text.count < $1.text.count })
                typedRows[cell.column, default: 0] += 1
                if item != nil, cell.text.trimmed().hasSuffix(":") { labelledRow.insert(cell.column) }
                if let item { byColumn[cell.column, default: [:]][row.index] = (k, lines(item)) }
                last = (cell.column, k, item?.column, row.index)
                break
            }
        }
        // Ties go to the leftmost column, so that the reading never depends on a dictionary's order.
        guard let best = byColumn.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }),
              typedRows[best.key, default: 0] >= 2 || labelledRow.contains(best.key) else { return [:] }
        return best.value
    }

    /// Short numeric codes in status columns ("Mã tiến độ | 1", "STATUS_ID | 2"): marks that a
    /// key of the document explains ("1 - Hoàn thành; 2 - Đang thực hiện", a lookup table), as
    /// symbols are. Only status columns: elsewhere a small number is a count.
    func statusCodeCandidates(_ grids: [Grid]) -> Set<String> {
        statusCodeCandidates(grids, layouts: grids.map { layout(of: $0) })
    }

    /// As `statusCodeCandidates(_:)`, with each grid's `layout(of:)` already made.
    func statusCodeCandidates(_ grids: [Grid], layouts: [GridLayout?]) -> Set<String> {
        var out = Set<String>()
        for (grid, layout) in zip(grids, layouts) {
            guard let layout, let c = layout.column(.status) else { continue }
            for row in grid.rows[layout.headerRows.upperBound...] {
                guard let cell = row.cell(startingAt: c), !cell.continued else { continue }
                let t = cell.text.trimmed()
                if !t.isEmpty, t.hasAtMostCharacters(2), t.allSatisfy(\.isNumber) { out.insert(t) }
            }
        }
        return out
    }

    /// A table of the document's own codes ("STATUS_ID | STATUS_NAME", "1 | Hoàn thành", "9 |
    /// Không phát sinh"): rows that pair one of the `keys` with a cell that says a status in a
    /// few words. Two or more such rows in one grid make it a key; nothing of the codes'
    /// meaning is assumed.
    func legendRows(keys: Set<String>, grids: [Grid]) -> [String: TaskStatus] {
        let folded = Set(keys.map(Self.legendKey))
        var out: [String: TaskStatus] = [:]
        for grid in grids {
            var found: [String: TaskStatus] = [:]
            for row in grid.rows {
                // The first two cells with text (only they are read).
                var cells: [GridCell] = []
                for cell in row.cells where !cell.continued && !cell.text.isBlank {
                    cells.append(cell)
                    if cells.count == 2 { break }
                }
                guard cells.count >= 2, cells[0].text.hasAtMostCharacters(g.legendAbbreviationChars) else { continue }
                let key = Self.legendKey(cells[0].text)
                guard folded.contains(key) else { continue }
                let meaning = cells[1].text.trimmed()
                guard meaning.hasAtMostWords(g.legendMeaningWords), let s = statusIn(meaning) else { continue }
                found[key] = found[key] ?? s
            }
            if found.count >= 2 { for (k, s) in found where out[k] == nil { out[k] = s } }
        }
        return out
    }

    /// A legend of colours: rows of a few words that say a status beside (or in) a cell of one
    /// fill colour ("▇ | Đã hoàn thành", "▇ | Đang thực hiện"), and a row that gives the status of
    /// no colour ("Không tô màu: không phát sinh"). Two colours at least, or one and the
    /// uncoloured, make a legend; nothing of a colour's meaning is assumed.
    func fillLegend(_ grids: [Grid]) -> (colours: [String: TaskStatus], unfilled: TaskStatus?, rows: [Location]) {
        var colours: [String: TaskStatus] = [:]
        var unfilled: TaskStatus?
        var rows: [Location] = []
        // A row's short text, and its first cell, when it may be a key's row.
        func keyText(_ row: GridRow) -> (text: String, first: GridCell)? {
            let cells = row.cells.filter { !$0.continued && $0.number == nil }
            let text = cells.map(\.text).joined(separator: " ").trimmed()
            guard !text.isEmpty, text.hasAtMostWords(g.legendMeaningWords), let first = cells.first else { return nil }
            return (text, first)
        }
        // The colours first: only rows of one fill colour give one, and with none there is no
        // key, so the rows without a fill (most rows of most documents) are not read at all.
        for grid in grids {
            for row in grid.rows where !row.fills.isEmpty {
                let distinct = Set(row.fills.values)
                guard distinct.count == 1, let key = distinct.first, colours[key] == nil, let (text, first) = keyText(row),
                      let s = statusIn(text) else { continue }
                colours[key] = s
                rows.append(first.location)
            }
        }
        guard !colours.isEmpty else { return ([:], nil, []) }
        for grid in grids {
            for row in grid.rows where row.fills.isEmpty {
                guard let (text, first) = keyText(row) else { continue }
                let tokens = Tokenizer.tokenize(text)
                if let m = g.unfilled.match(tokens, at: 0) {
                    let rest = tokens[m.end...].map(\.raw).joined(separator: " ")
                    if let s = statusIn(rest) { unfilled = unfilled ?? s; rows.append(first.location) }
                }
            }
        }
        guard colours.count >= 2 || colours.count == 1 && unfilled != nil else { return ([:], nil, []) }
        return (colours, unfilled, rows)
    }

    /// Short cell values that state no status the vocabulary reads ("●", "IP", "XANH", "✔"):
    /// the marks a key in the document may explain.
    func legendCandidates(_ grids: [Grid]) -> Set<String> {
        legendMarks(grids).unread
    }

    /// The document's short marks: `unread`, those the vocabulary does not read (a key must
    /// explain them), and `read`, abbreviations in capitals it does read ("OK", "KPS") — a key
    /// that explains the unread ones explains these too ("OK = đã hoàn thành | WIP = đang thực
    /// hiện"), and the document's own key outranks the vocabulary's general reading.
    func legendMarks(_ grids: [Grid]) -> (unread: Set<String>, read: Set<String>) {
        let marks = legendMarksAndCodes(grids)
        return (marks.unread, marks.read)
    }

    /// As `legendMarks`, with `coded`: the document's own codes of capitals and a digit
    /// ("GĐ0", "GĐ3", "M2") that the vocabulary does not read — a key to be looked for apart
    /// from the marks (they do not count towards `legend.max_marks`).
    func legendMarksAndCodes(_ grids: [Grid]) -> (unread: Set<String>, read: Set<String>, coded: Set<String>) {
        var unread = Set<String>(), read = Set<String>(), coded = Set<String>()
        for grid in grids {
            for row in grid.rows {
                for cell in row.cells where !cell.continued && cell.number == nil {
                    let t = cell.text.trimmed()
                    if t.hasAtMostCharacters(g.legendMarkChars), t.contains(where: \.isNumber), !coded.contains(t),
                       let first = t.first, first.isLetter, t == t.uppercased(), t.allSatisfy({ $0.isLetter || $0.isNumber }),
                       status(t).status == nil {
                        coded.insert(t)
                        continue
                    }
                    // Marks and abbreviations: a few characters, or a word or two in capitals.
                    guard !t.isEmpty, t.hasAtMostCharacters(g.legendMarkChars) || t.hasAtMostCharacters(g.legendAbbreviationChars) && t == t.uppercased(), !t.contains(where: \.isNumber),
                          t.hasAtMostWords(2), !unread.contains(t), !read.contains(t) else { continue }
                    if status(t).status == nil { unread.insert(t) }
                    // A read abbreviation: one word in capitals, letters only.
                    else if t.hasAtMostWords(1), t == t.uppercased(), t.allSatisfy(\.isLetter), t.hasAtMostCharacters(g.legendMarkChars) { read.insert(t) }
                }
            }
        }
        return (unread, read, coded)
    }
}

extension GridRecognisers {
    // MARK: Questions and fractions

    /// What a header asks, when it is a yes/no question about the work ("Đã hoàn thành?",
    /// "Làm xong chưa?", "Có phát sinh?"): it ends with "?" or with a closing word of
    /// `question_columns`, and names what it asks.
    func question(_ header: String) -> GridVocabulary.QuestionColumns.Ask? {
        let q = g.questions
        guard !q.asks.isEmpty, header.unicodeScalars.count <= 80 else { return nil }
        let trimmed = header.trimmed()
        let all = Tokenizer.tokenize(trimmed)
        let words = all.filter { $0.kind != .punct }
        guard !words.isEmpty else { return nil }
        // "Đã làm những gì?", "Làm tới đâu rồi?": an open question, no yes/no.
        if isOpenQuestion(trimmed) { return nil }
        var isQuestion = trimmed.hasSuffix("?")
        if !isQuestion {
            // "Phường đã thực hiện chưa": a closing word ends the header.
            for k in words.indices where q.closingWords.match(words, at: k)?.end == words.count && k > 0 { isQuestion = true; break }
        }
        guard isQuestion else { return nil }
        var best: (index: Int, words: Int)?
        var k = 0
        while k < words.count {
            if let m = q.askWords.match(words, at: k) {
                if best == nil || m.words > best!.words { best = (m.value, m.words) }
                k = m.end
            } else { k += 1 }
        }
        return best.map { q.asks[$0.index] }
    }

    /// A cell that is wholly a yes or a no to a question column's ask: the status it states
    /// (nil for a yes that states none, "Có" to whether the work arose) and its weight; nil
    /// when the cell is no bare answer.
    func answer(_ text: String, _ ask: GridVocabulary.QuestionColumns.Ask) -> (status: TaskStatus?, weight: Double)? {
        let tokens = Tokenizer.tokenize(text.trimmed()).filter { $0.kind != .punct }
        guard !tokens.isEmpty else { return nil }
        if let m = g.questions.no.match(tokens, at: 0), m.end == tokens.count { return (ask.no, ask.noWeight) }
        if let m = g.questions.yes.match(tokens, at: 0), m.end == tokens.count { return (ask.yes, ask.yesWeight) }
        return nil
    }

    /// Whether a header counts progress as a fraction: what was done, a slash, what was planned
    /// ("Hoạt động (đã làm/KH)").
    func isFractionHeader(_ header: String) -> Bool {
        guard !g.fractionDone.isEmpty, header.unicodeScalars.count <= 80, let slash = header.firstIndexAndOffset(ofASCII: "/")?.index else { return false }
        let before = Tokenizer.tokenize(String(header[..<slash])).filter { $0.kind == .word }
        let after = Tokenizer.tokenize(String(header[header.index(after: slash)...])).filter { $0.kind == .word }
        guard !after.isEmpty, g.fractionPlan.match(after, at: 0) != nil else { return false }
        return before.indices.contains { g.fractionDone.match(before, at: $0)?.end == before.count }
    }

    /// "Tổng số nội dung | Đã xong" over "4 | 3": a column of the parts done, headed by a
    /// done word alone (`fraction_columns.done`), beside one of all the parts, headed by a
    /// plan's word first (`fraction_columns.plan`: "Tổng số …", "KH"), numbers under both on
    /// some row. The columns keep their roles (the done one is no tick's: its numbers tick
    /// nothing).
    func partsColumns(_ grid: Grid, _ row: GridRow, header k: Int, _ layout: inout GridLayout) {
        guard !g.fractionDone.isEmpty else { return }
        func words(_ text: String) -> [Token] { Tokenizer.tokenize(text).filter { $0.kind == .word } }
        guard let done = row.cells.first(where: { c in
            !c.continued && layout.flags[c.column] == .completed && { let w = words(c.text); return !w.isEmpty && g.fractionDone.match(w, at: 0)?.end == w.count }()
        })?.column,
              let all = row.cells.first(where: { c in
            !c.continued && c.column != done && layout.flags[c.column] == nil && layout.column(.label) != c.column && { let w = words(c.text); return w.count >= 2 && g.fractionPlan.match(w, at: 0) != nil }()
        })?.column else { return }
        let paired = grid.rows.dropFirst(k + 1).contains { r in
            guard let d = r.cell(startingAt: done)?.number, let a = r.cell(startingAt: all)?.number else { return false }
            return a > 0 && d >= 0 && d <= a
        }
        guard paired else { return }
        layout.partsColumns = (done, all)
    }

    /// Progress written as a fraction of the activities planned ("2/3", "4 / 4"): all done is
    /// completed, none not started, between under way. A date ("3/2026") is none.
    func fraction(_ text: String) -> (status: TaskStatus, confidence: Double)? {
        let parts = text.trimmed().splitting(onASCII: "/", omittingEmptySubsequences: false).map { String($0).trimmed() }
        guard parts.count == 2, let done = Int(parts[0]), let planned = Int(parts[1]), planned > 0, planned < 1000, done >= 0, done <= planned else { return nil }
        let status: TaskStatus = done == planned ? .completed : done == 0 ? .notStarted : .inProgress
        return (status, g.fractionConfidence)
    }
}
