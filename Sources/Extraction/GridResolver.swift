import DocumentModel
import Plan
import VietText

/// What one grid says, decided from the recognisers' claims: per task its status and figures
/// (each with its cell), and a finding for everything that could not be placed — a number
/// whose indicator is unclear, a row whose task is unclear, a status nobody wrote down in the
/// vocabulary. Nothing a row holds is dropped unseen.
struct GridReading: Sendable {
    struct Figure: Sendable {
        var indicator: IndicatorID
        var value: Double
        var location: Location
        var text: String
    }

    struct EntryClaim: Sendable {
        var code: String
        var status: Claim<TaskStatus>?
        var figures: [Figure] = []
        var sources: [String] = []
        var texts: [String] = []
    }

    var entries: [EntryClaim] = []
    var findings: [Finding] = []
    /// A log of dated activities ("Ngày | Nội dung hoạt động | Số người"): the details of
    /// what the text around it states in total, not a tally of its own.
    var isLog = false
    /// Places of a log's status cells that a later dated row of the same job superseded
    /// (`GridResolver.supersededLogRows`): the job's past, not a status in conflict.
    var pastStatuses: [String] = []
    /// Items of a difficulties or proposals column, in row order.
    var difficulties: [Item] = []
    var proposals: [Item] = []
    /// Row numbers (1-based, as in the table or sheet) the reading covers.
    var rows: ClosedRange<Int>
    /// The rows that began a task, by row number: a table nested in a cell of the rows under
    /// one details that task.
    var rowTasks: [Int: String] = [:]
    /// Rows whose note says their work is not the plan's (`outside_plan_notes`), by row
    /// number: no task's, and nothing in them is lost.
    var outsidePlanRows = Set<Int>()
    /// Tasks taken for the reporting unit's kind over the task the row's words were closer to
    /// (`GridResolver.byMeaning`): by task, the other task and the row's label.
    var ownKind: [String: (other: String, label: String, place: String)] = [:]

    /// Figures read under the first of `tasks` that belong to another: each kind goes to the
    /// task whose profile reports it, and among several to the one that reports the fewest
    /// kinds (the task that is about it: samples to the sampling task, not the inspections').
    mutating func share(among tasks: [String], profiles: TaskProfiles) {
        guard let first = tasks.first, let k = entries.firstIndex(where: { $0.code == first }) else { return }
        var kept: [Figure] = []
        for f in entries[k].figures {
            let reporting = tasks.filter { profiles.figures[$0]?.contains(f.indicator) == true }
            guard let owner = reporting.min(by: { (profiles.figures[$0]?.count ?? 0) < (profiles.figures[$1]?.count ?? 0) }),
                  owner != first else { kept.append(f); continue }
            let o = entry(owner)
            entries[o].figures.append(f)
            if entries[o].sources.isEmpty { entries[o].sources = [f.location.description] }
        }
        entries[k].figures = kept
    }

    mutating func entry(_ code: String) -> Int {
        if let k = entries.firstIndex(where: { $0.code == code }) { return k }
        entries.append(EntryClaim(code: code))
        return entries.count - 1
    }
}

/// Reads a "long" grid — one row per result, a unit-of-measure column — and the rows of the
/// tasks it names: group rows, task rows (by code or by meaning), result rows (indicator from
/// label and unit), status rows and status cells.
struct GridResolver {
    let r: GridRecognisers
    /// The kind of the reporting unit (communes, departments, the Sở's own units), when known.
    var unitGroup: UnitGroup?
    /// The lines just above a table of sub-units that stands in no task's passage: what its
    /// rows report is read from them, its headers and the kinds of its figures.
    var leadIn: String?
    /// The tasks the report named before this grid, in order.
    var namedTasks: [String] = []
    /// The document's own key to its status marks (`GridRecognisers.legend`), by folded key.
    var legend: [String: TaskStatus] = [:]
    /// Statuses by the fill colour of a task's cell, and of an uncoloured one, by the
    /// document's legend of colours.
    var fillLegend: [String: TaskStatus] = [:]
    var unfilled: TaskStatus?
    /// Rows whose task another sheet gives (`GridState.linkPointers`), by row index; and the
    /// column of pointers to that sheet's rows, whose numbers are no figures.
    var rowCodes: [Int: String] = [:]
    var pointerColumn: Int?
    /// The words of the grid's row labels (`ownKindSibling`).
    var rowWords: [String] = []
    /// The kinds of figures of the tables nested in a row's cells, by row: evidence for the
    /// row's task, as the rows under it are.
    var nestedKinds: [Int: Set<IndicatorID>] = [:]

    /// The status a cell's mark has in the document's key.
    func legendStatus(_ text: String) -> TaskStatus? {
        legend.isEmpty || text.count > 12 ? nil : legend[GridRecognisers.legendKey(text)]
    }

    /// With no status column, a column whose cells below the header are all marks of the
    /// document's key ("ĐG | ●", a column with no header at all): the statuses' column.
    static func legendColumn(_ grid: Grid, _ layout: GridLayout, legend: [String: TaskStatus]) -> Int? {
        guard !legend.isEmpty else { return nil }
        // (Past a sheet's first blank row — the difficulties, the signers: "Người lập biểu |
        // THỦ TRƯỞNG ĐƠN VỊ" standing in the codes' column — a cell that is no code is no part
        // of the table and does not part the column; a code there still counts.)
        return soleColumn(grid, layout, minCells: 2, lenientAfterBlank: true) { cell in
            guard !cell.text.trimmed().isEmpty else { return nil }
            // A label or task column holding marks is still no status column.
            if layout.roles[cell.column] == .label || layout.roles[cell.column] == .task { return false }
            // A numeric code is a mark only in a column that counts nothing: elsewhere "1" is a count.
            let numeric = cell.text.allSatisfy(\.isNumber)
            let counts = layout.roles[cell.column] != nil || layout.indicatorColumns[cell.column] != nil
            return cell.text.count <= 12 && !(numeric && counts) && legend[GridRecognisers.legendKey(cell.text)] != nil
        }
    }

    /// With no status column, a column no header names whose cells below the header are
    /// short statuses or assessments ("Tự nhận xét | Xong", grids.yaml `assessment_column`):
    /// the statuses' column; nil when none or several are.
    /// The status column. Of two headed as status columns ("Tiến độ (đúng/chậm) | Tình
    /// trạng": "Đúng | Đã hoàn thành"), the one whose cells state more statuses, the first
    /// among equals: a column that says only whether the work was on time says nothing of
    /// whether it is done.
    func statedStatusColumn(_ grid: Grid, _ layout: GridLayout) -> Int? {
        let columns = layout.roles.filter { $0.value == .status }.map(\.key).sorted()
        guard columns.count >= 2 else { return columns.first }
        let body = grid.rows.dropFirst(layout.headerRows.upperBound)
        func stated(_ c: Int) -> Int {
            body.reduce(0) { n, row in n + (row.cell(startingAt: c).map { !$0.continued && r.status($0.text).status != nil } == true ? 1 : 0) }
        }
        // An earlier report's column beside the present one ("Tình trạng (BC 6 tháng) |
        // Tình trạng (đến 20/10/2026)"): of the columns that state statuses, those whose
        // header names the present win, those naming an earlier period yield.
        let counts = columns.map { stated($0) }
        let periods = columns.map { c in period(of: layout.headers[c] ?? "") }
        let stating = columns.indices.filter { counts[$0] > 0 }
        let top = stating.map { periods[$0] }.max() ?? 0
        let candidates = Set(stating.filter { periods[$0] == top })
        var best = columns[0], bestCount = -1
        for (i, c) in columns.enumerated() where candidates.isEmpty || candidates.contains(i) {
            if counts[i] > bestCount { best = c; bestCount = counts[i] }
        }
        return best
    }

    /// How a status column's header places it in time (grids.yaml `status_periods`): 1 the
    /// present ("đến nay", "đến 20/10/2026"), -1 an earlier period ("BC 6 tháng"), 0 neither.
    func period(of header: String) -> Int {
        let tokens = Tokenizer.tokenize(header)
        var earlier = false
        for m in r.g.statusPeriods.matches(in: tokens) {
            if m.value { return 1 }
            earlier = true
        }
        for i in tokens.indices {
            if let end = r.g.statusPeriodUntil.matchEnd(tokens, at: i), end < tokens.count, tokens[end].kind == .number { return 1 }
        }
        return earlier ? -1 : 0
    }

    static func assessmentColumn(_ grid: Grid, _ layout: GridLayout, _ r: GridRecognisers) -> Int? {
        soleColumn(grid, layout, minCells: r.g.assessmentColumnCells) { cell in
            guard layout.roles[cell.column] == nil, layout.indicatorColumns[cell.column] == nil, layout.flags[cell.column] == nil else { return nil }
            let t = cell.text.trimmed()
            if t.isEmpty { return nil }
            let tokens = Tokenizer.tokenize(t)
            let words = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
            if tokens.contains(where: { $0.kind == .number }) || words > r.g.assessmentColumnWords { return false }
            return words > 0 && r.status(t).status != nil ? true : nil
        }
    }

    /// The one column whose cells below the header pass `test` (true) at least `minCells`
    /// times and never fail it (false; nil: the cell says nothing); nil when none or several.
    /// With `lenientAfterBlank`, in a sheet the cells that fail the test after the body's
    /// first blank row (rows are numbered with gaps) are passed over: what follows the table
    /// (its notes, the signers) is no part of its columns.
    private static func soleColumn(_ grid: Grid, _ layout: GridLayout, minCells: Int, lenientAfterBlank: Bool = false,
                                   where test: (GridCell) -> Bool?) -> Int? {
        var passed: [Int: Int] = [:]
        var failed = Set<Int>()
        let body = grid.rows[layout.headerRows.upperBound...]
        var pastBlank = false
        var previous: Int?
        for row in body {
            if lenientAfterBlank, case .sheet = grid.source, let p = previous, row.index > p + 1 { pastBlank = true }
            previous = row.index
            for cell in row.cells where !cell.continued {
                switch test(cell) {
                case true?: passed[cell.column, default: 0] += 1
                case false?: if !pastBlank { failed.insert(cell.column) }
                case nil: break
                }
            }
        }
        let columns = passed.filter { $0.value >= minCells && !failed.contains($0.key) }
        return columns.count == 1 ? columns.first?.key : nil
    }

    /// A Word table that stands in no task's passage (an appendix of figures): its rows are
    /// read as a sheet's, each row naming its task.
    var standsAlone = false

    /// The one task the report already named that reports every kind of figure a row counts
    /// ("Cửa hàng được kiểm tra | 12" below a narrative of "1. Tuyên truyền …" and "2. Kiểm
    /// tra theo phân quyền …"); nil when none or several do.
    func namedBefore(_ kinds: Set<IndicatorID>) -> String? {
        guard !kinds.isEmpty else { return nil }
        let fitting = namedTasks.filter { kinds.isSubset(of: r.profiles.figures[$0] ?? []) }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The task of a row of an appendix of figures, among the tasks the report's text named:
    /// the figures it details are theirs. The one named task that reports every kind the row
    /// counts; among several, the row above's task goes on unless the row's words name another
    /// of them clearly closer (by the task margin); else the closest in words. Nil when the
    /// report named none that fits (the row's words alone then decide).
    func amongNamed(_ label: String, _ kinds: Set<IndicatorID>, previous: String?) -> String? {
        guard !kinds.isEmpty else { return nil }
        let fitting = namedTasks.filter { kinds.isSubset(of: r.profiles.figures[$0] ?? []) }
        if fitting.count <= 1 { return fitting.first }
        // One of them is about these kinds alone (the sampling task beside the inspections'
        // for "Mẫu được lấy"): that one.
        let breadth = Dictionary(fitting.map { ($0, r.profiles.figures[$0]?.count ?? 0) }, uniquingKeysWith: min)
        if let narrowest = breadth.values.min(), breadth.values.filter({ $0 == narrowest }).count == 1,
           narrowest == kinds.count, let only = fitting.first(where: { breadth[$0] == narrowest }) { return only }
        let ranked = r.rankTasks(label, figures: kinds).filter { fitting.contains($0.code) }
        let score = Dictionary(ranked.map { ($0.code, $0.score) }, uniquingKeysWith: max)
        let best = fitting.max { (score[$0] ?? 0) < (score[$1] ?? 0) }
        if let previous, fitting.contains(previous), let best,
           (score[best] ?? 0) < r.g.thresholds.task || (score[best] ?? 0) - (score[previous] ?? 0) < r.g.thresholds.taskMargin { return previous }
        guard let best, (score[best] ?? 0) > 0 else { return nil }
        // Two named tasks the words cannot tell apart: the row is left to the words alone.
        let second = fitting.filter { $0 != best }.map { score[$0] ?? 0 }.max() ?? 0
        return (score[best] ?? 0) - second >= r.g.thresholds.taskMargin ? best : nil
    }

    /// A task by meaning (`GridRecognisers.taskByMeaning`); when the two closest tasks stay
    /// within the margin and the plan gives one of them to the reporting unit's kind while the
    /// other is open to all, or gives one to other kinds only, the one that fits the unit is
    /// taken (a ward's "Phối hợp kiểm tra đo lường, chất lượng" is its devolved task).
    func byMeaning(_ text: String, group: Int? = nil, context: String? = nil, figures: Set<IndicatorID> = [],
                   evidence: String = "", results: String? = nil) -> (code: String?, ranked: [(code: String, score: Double)]) {
        let m = r.taskByMeaning(text, group: group, context: context, figures: figures, results: results)
        // The plan gives the task to other kinds of units ("Kiểm tra đo lường, chất lượng xăng
        // dầu" in a ward's table: the state inspection is the Chi cục's and the departments';
        // the ward's is its devolved task): the closest task given to the unit's kind that
        // reports what the row counts, when nearly as close.
        if let kind = unitGroup, let top = m.code, let topScore = m.ranked.first?.score,
           let groups = r.profiles.unitGroups[top], !groups.contains(kind),
           let own = m.ranked.dropFirst().first(where: { c in
               (r.profiles.unitGroups[c.code].map { $0.contains(kind) } ?? true)
                   && (figures.isEmpty || !figures.isDisjoint(with: r.profiles.figures[c.code] ?? []))
           }), own.score >= r.g.thresholds.task, own.score >= r.g.thresholds.ownKindShare * topScore {
            return (own.code, m.ranked)
        }
        // Still given to other kinds only, and not in the plan's words (title score below
        // `own_kind_title`, task_profiles.yaml): the one task of its plan group the plan gives
        // the unit's kind that reports what the row counts, as a passage's heading yields
        // (`ownKindSibling`) — however few of the row's words that task's profile has ("Phối
        // hợp thanh tra, kiểm tra về TC-ĐL-CL" in a commune's form is its devolved task).
        if let top = m.code, let sibling = ownKindSibling(of: top, text: text, figures: figures) {
            return (sibling, m.ranked)
        }
        // A task taken by the plan title's likeness whose decider partner the row's own words
        // name, and its telling words speak for alone (task_profiles.yaml `deciders`).
        if let top = m.code, let p = r.profiles.overrule(top, ranked: m.ranked.map(\.code), label: text,
                                                          text: [text, context ?? "", evidence].joined(separator: "\n")) {
            return (p, m.ranked)
        }
        guard m.code == nil, m.ranked.count > 1, m.ranked[0].score >= r.g.thresholds.task,
              m.ranked[0].score - m.ranked[1].score < r.g.thresholds.taskMargin else { return m }
        // Two close tasks a decider pairs (task_profiles.yaml `deciders`): the row's telling
        // words — its label, its group's, its results' — settle it when they speak for one alone.
        if let d = r.profiles.decide(m.ranked[0].code, m.ranked[1].code, [text, context ?? "", evidence].joined(separator: "\n")) {
            return (d, m.ranked)
        }
        if let kind = unitGroup {
            func fit(_ code: String) -> Int { r.profiles.unitGroups[code].map { $0.contains(kind) ? 2 : 0 } ?? 1 }
            let a = fit(m.ranked[0].code), b = fit(m.ranked[1].code)
            if a != b { return (a > b ? m.ranked[0].code : m.ranked[1].code, m.ranked) }
        }
        // Two close tasks of which only one reports every kind of figure the row counts
        // ("Tuyên truyền | 12 tin, bài": news items are the propaganda's, not the award's): that one.
        if !figures.isEmpty {
            let reports = m.ranked.prefix(2).map { figures.isSubset(of: r.profiles.figures[$0.code] ?? []) }
            if reports[0] != reports[1] { return (reports[0] ? m.ranked[0].code : m.ranked[1].code, m.ranked) }
        }
        return m
    }

    /// The plan group a row names in a cell of its own beside its label ("Nhóm 2 | Góp ý dự
    /// thảo …": a column of the plan's groups, `group_words` in grids.yaml): the group its
    /// task is sought in, as under a group row.
    func rowGroup(_ row: Row, _ labelCol: Int) -> Int? {
        row.row.cells.lazy.filter { !$0.continued && $0.column != labelCol && $0.text.utf8.count <= 40 }
            .compactMap { r.groupNumber($0.text, spanning: false) }.first
    }

    /// The one task of `code`'s plan group that the plan gives the reporting unit's kind (by
    /// `units` in task_profiles.yaml) and that reports every kind of figure the row counts (or,
    /// with none, `code`'s), when `code` is given to other kinds only (for a row with figures:
    /// counts only other kinds' figures, `figure_units`), the row's words are not
    /// the plan's (title score below `own_kind_title`) and no other row of the grid names that
    /// task by its words; nil unless exactly one.
    func ownKindSibling(of code: String, text: String, figures: Set<IndicatorID>) -> String? {
        let p = r.profiles
        // A row with figures asks whose figures the task counts (`figure_units`): a Chi cục's
        // own inspections with their fines, placed by their words on the wards' devolved task
        // it leads, are its own inspection task's. A row without figures stays.
        let holders = figures.isEmpty ? p.unitGroups[code] : (p.figureUnitGroups[code] ?? p.unitGroups[code])
        guard let kind = unitGroup, let groups = holders, !groups.contains(kind),
              let dot = code.lastIndex(of: ".") else { return nil }
        if (r.titles.rank(text).first(where: { $0.code == code })?.score ?? 0) >= p.weights.ownKindTitle { return nil }
        let kinds = figures.isEmpty ? (p.figures[code] ?? []) : figures
        guard !kinds.isEmpty else { return nil }
        let group = code[...dot]
        let siblings = p.ownKindSiblings(of: code, kind: kind, inGroup: { $0.hasPrefix(group) }, reporting: kinds, all: !figures.isEmpty)
        guard siblings.count == 1, let sibling = siblings.first else { return nil }
        // Another row of the grid names that task in its own words ("Phối hợp thực hiện nội
        // dung được phân quyền" below "Kiểm tra chất lượng thép …"): the unit tells the two
        // apart, and this row is the task its words are closest to.
        if rowWords.contains(where: { r.taskByMeaning($0).code == sibling }) { return nil }
        return sibling
    }

    /// A task's row whose words name one task of the plan and no other at all ("4 | ISO
    /// 9001:2015 | Xong"): that task, though a short label scores little (grids.yaml
    /// `thresholds.sole_task`). Only for rows that stand as tasks, not result rows.
    func soleTask(_ m: (code: String?, ranked: [(code: String, score: Double)])) -> String? {
        guard m.code == nil, let top = m.ranked.first, top.score >= r.g.thresholds.soleTask,
              m.ranked.dropFirst().allSatisfy({ $0.score <= 0 }) else { return nil }
        return top.code
    }

    /// The task the words were closer to, when `byMeaning` took one for the unit's kind instead.
    func overruled(_ m: (code: String?, ranked: [(code: String, score: Double)])) -> String? {
        guard let code = m.code, let top = m.ranked.first?.code, top != code, let kind = unitGroup,
              let groups = r.profiles.unitGroups[top], !groups.contains(kind) else { return nil }
        return top
    }

    /// Whether the layout is one this resolver reads: a label column, a unit-of-measure
    /// column and a column of values.
    /// Columns whose cells state something of a task: a result, a status, a note, an answer.
    static let stating: Set<GridColumnRole> = [.quantity, .money, .status, .note, .answer, .cumulative, .period, .yesNo, .difficulty, .proposal]

    static func reads(_ layout: GridLayout) -> Bool {
        guard layout.labelColumn != nil else { return false }
        if !layout.taskColumns.isEmpty || !layout.taskGroups.isEmpty { return true }
        if layout.column(.measureUnit) != nil || layout.isList { return !layout.valueColumns.isEmpty }
        // A questionnaire, or results by period beside their running total.
        if layout.isQuestionnaire || layout.column(.cumulative) != nil { return true }
        // One row per task (or per part of a result), one column per measure or a status;
        // or numbered rows of what was done beside what is left ("STT | Nội dung | Đã làm |
        // Chưa làm / lý do"). Unnumbered, such rows are read as lines: a row with no number
        // cannot be told from the continuation of the row above; under a column of tasks or
        // groups ("Nhóm nhiệm vụ | Kết quả | Ghi chú") a row's result may report several tasks,
        // which the line reader tells apart.
        // Numbered rows of work beside when it was done or who did it ("STT | Công việc | Thời
        // gian | Đơn vị phối hợp | Kết quả") are such a table too: each row one piece of work.
        let numberedWork = layout.column(.sequence) != nil && layout.column(.label) != nil && layout.column(.quantity) != nil
        // Columns headed by the states, each task's work written under its own ("Đã thực hiện |
        // Đang thực hiện | …"), are a table of tasks too.
        // So are numbered rows of work beside columns of ticked states ("STT | Việc | Đã xong |
        // Đang làm | Chưa làm | Số liệu").
        return !layout.indicatorColumns.isEmpty || layout.column(.status) != nil && !layout.isBreakdown || !layout.statusHeaded.isEmpty
            || numberedWork && (layout.column(.note) != nil || layout.column(.date) != nil || layout.column(.performer) != nil || !layout.flags.isEmpty)
    }

    /// A copy of the plan's annex with a column per status ticked on a task's row ("Nhiệm vụ
    /// theo Kế hoạch | Chủ trì | Thời gian | Kết quả thực hiện | Đã hoàn thành | Đang thực hiện
    /// | Chưa thực hiện"), the plan's schedule column kept: at least `mirror_rows` task cells,
    /// and half of them, are the plan's
    /// own text of a task (the title matcher's score at least `plan_wording`). Read as a table
    /// of tasks: each row's status its tick, a row left empty or at filler no report. (A table
    /// of the unit's own work with tick columns stays the line reader's.)
    func mirrorsPlan(_ grid: Grid, _ layout: GridLayout) -> Bool {
        // (The plan's schedule column, "Thời gian thực hiện", comes with the copy.)
        guard layout.flags.count >= 2, !layout.valueColumns.isEmpty, !layout.isBreakdown, layout.column(.date) != nil,
              let label = layout.labelColumn else { return false }
        var cells = 0, copies = 0
        for row in grid.rows[layout.headerRows.upperBound...] {
            guard let cell = row.cell(startingAt: label), !cell.continued, cell.text.spaceSeparatedCount >= 6 else { continue }
            cells += 1
            if let top = r.titles.rank(String(cell.text.prefix(400))).first, top.score >= r.profiles.weights.planWording { copies += 1 }
        }
        return copies >= Int(r.g.thresholds.mirrorRows) && copies * 2 >= cells
    }

    enum Shape: Equatable { case roman, letter, number, dotted, code, dash, empty, other }

    /// The unit's own number of a task written at the head of a row's label ("NHIỆM VỤ 3. Hội
    /// đồng sơ tuyển …", "Nhiệm vụ 4: Bố trí kinh phí …"): one of `cards.block_heads`, a whole
    /// number, a stop or a colon, then the task's words (two at least). Nil otherwise.
    /// A band (`band`: the row's one cell across the table, "2. Hướng dẫn áp dụng VietGAP …"
    /// over the rows of that work) may give its number alone, with no head word.
    func labelNumber(_ label: String, band: Bool = false) -> String? {
        let tokens = Tokenizer.tokenize(label)
        let head = r.g.cardBlockHeads.match(tokens, at: 0)?.end ?? (band && tokens.first?.kind == .number ? 0 : nil)
        guard let at = head, at + 2 < tokens.count else { return nil }
        let number = tokens[at], stop = tokens[at + 1]
        guard number.kind == .number, number.raw.allSatisfy(\.isNumber), number.raw.count <= 2 || at > 0,
              stop.kind == .punct && (stop.raw == "." || stop.raw == ":") || stop.breakBefore,
              tokens[(at + 1)...].filter({ $0.kind == .word }).count >= 2 else { return nil }
        return String(number.raw)
    }

    /// A label opened by one of `cards.block_heads` (not a group's word, `group_words`), a
    /// number and a stop ("NHIỆM VỤ 3. Hội đồng …", "Việc 2: Kiểm tra …"): the number, and the
    /// words after the stop (at least two).
    func blockHeadNumber(_ label: String) -> (seq: String, rest: String)? {
        let tokens = Tokenizer.tokenize(label)
        guard tokens.count >= 5, let m = r.g.cardBlockHeads.match(tokens, at: 0), r.g.groupWords.match(tokens, at: 0) == nil,
              m.end + 1 < tokens.count, tokens[m.end].kind == .number, tokens[m.end].raw.count <= 2,
              [".", ":", ")", "-", "–"].contains(String(tokens[m.end + 1].raw)),
              tokens[(m.end + 2)...].filter({ $0.kind == .word }).count >= 2 else { return nil }
        guard let digit = label.firstIndex(where: \.isNumber) else { return nil }
        let afterNumber = label[digit...].drop { $0.isNumber }
        let rest = afterNumber.drop { $0 == " " }.dropFirst()
        return (String(tokens[m.end].raw), String(rest).trimmed())
    }

    /// A row of one band across the label's columns, numbered by a word (`blockHeadNumber`),
    /// at most a status cell beside it.
    func isBlockBand(_ row: GridRow, labelColumn: Int) -> Bool {
        let own = row.cells.filter { !$0.continued && !$0.text.trimmed().isEmpty }
        guard let first = own.first, first.column == labelColumn || first.column == 0 && first.span > labelColumn,
              own.count <= 2, own.allSatisfy({ $0.number == nil }) else { return false }
        return blockHeadNumber(first.text) != nil
    }

    /// The header row's texts, folded, in order (its last row when it has several).
    func headerRowTexts(_ grid: Grid, _ layout: GridLayout) -> [String] {
        guard layout.headerRows.count == 1 else { return [] }
        return grid.rows[layout.headerRows.lowerBound].cells.filter { !$0.continued && !$0.text.trimmed().isEmpty }.map { VietText.fold($0.text.trimmed()) }
    }

    func shape(_ seq: String) -> Shape {
        let t = seq.trimmed(" .)(")
        if t.isEmpty { return .empty }
        if t.allSatisfy({ "-–+•*".contains($0) }) { return .dash }
        if r.taskCode(in: seq, sequence: true) != nil { return .code }
        if t.allSatisfy(\.isNumber) { return .number }
        if t.allSatisfy({ $0.isNumber || $0 == "." }) { return .dotted }
        // "i", "v", "x" after "h", "u": a lower-case single letter is a letter; roman numerals
        // of a table's groups are written in capitals.
        if !(t.count == 1 && t.first!.isLowercase), ExtractionRun.romans[t.uppercased()] != nil { return .roman }
        if t.count == 1, t.first!.isLetter { return .letter }
        return .other
    }

    struct Row {
        var position: Int
        var row: GridRow
        var seq = ""
        /// A code column's cell beside the sequence ("TT | Nhiệm vụ số | …": "1 | 3d").
        var code = ""
        var shape = Shape.empty
        var label = ""
        var labelCell: GridCell?
        var taskText: String?
        var unit = ""
        var values: [(column: Int, value: Double, cell: GridCell)] = []
        /// By index in `values`: the unit of measure of a number that stands on its own line
        /// of a multi-line cell, from the same line of the unit cell beside it.
        var lineUnits: [Int: String] = [:]
        /// Value cells that hold words, not numbers ("Đang triển khai" beside "Tiến độ").
        var valueWords: [GridCell] = []
        var statusCell: GridCell?
        var noteCell: GridCell?
        /// A line of the row above: its work cell merged down over it, its label the results
        /// column's words of what its number counts.
        var mergedUnder = false
        var isHeading: Bool { !label.isEmpty && values.isEmpty }
    }

    func read(_ grid: Grid, layout: GridLayout, currentTask: String?, group: Int?) -> GridReading {
        if !layout.taskColumns.isEmpty { return readTransposed(grid, layout: layout) }
        if !layout.taskGroups.isEmpty { return readPlaceGroups(grid, layout: layout) }
        let seqCol = layout.column(.sequence) ?? layout.column(.code)
        let labelCol = layout.labelColumn!
        let taskCol = layout.taskColumn
        let unitCol = layout.column(.measureUnit)
        let statusCol = statedStatusColumn(grid, layout)
        let noteCol = layout.column(.note)
        let sourceCol = layout.column(.source)
        let rowPeriodCol = layout.column(.rowPeriod)
        let noteColumns = layout.roles.filter { $0.value == .note }.map(\.key).sorted()
        /// Work columns beside the label's ("Hoạt động đã thực hiện" right of "Nội dung công
        /// việc"): what was done, told in words.
        let tellingColumns = Set(layout.roles.filter { $0.value == .label && $0.key != labelCol }.map(\.key))
        /// Columns whose header names several kinds ("Số buổi / số tin"), by column: a count's own unit
        /// chooses among them (`ownOfHeaderKinds`). Read once per grid, not per row.
        let headerKinds = multiKindHeaders(layout)
        let firstRow = grid.rows[layout.headerRows.lowerBound].index
        let valueColumns = layout.valueColumns
        let cumulativeColumns = layout.roles.filter { $0.value == .cumulative }.map(\.key)
        let periodValueColumns = layout.roles.filter { $0.value == .period && !valueColumns.contains($0.key) }.map(\.key)
        var reading = GridReading(rows: firstRow...grid.rows[max(layout.headerRows.upperBound - 1, layout.headerRows.lowerBound)].index)

        // The rows of the grid proper: up to a blank line in a sheet, a section heading or a
        // signature block.
        var rows: [Row] = []
        /// Total rows whose label counts the rows ("Cộng: 06 đoàn"): after which read row.
        var totalCounts: [(after: Int, text: String, cell: GridCell)] = []
        /// The total row of a table of sub-units ("Tổng cộng | 59 | 181 | …"): the result, its
        /// rows being parts of it.
        var breakdownTotals: [(after: Int, row: Row)] = []
        /// The positions (in `rows`) of the rows that come right after a total row.
        var totalsAfter = Set<Int>()
        /// The grid's total row ("Tổng cộng | | 30.580 | 24.486"), its last one.
        var grandTotal: Row?
        var grandTotalAfter = Int.max
        /// The texts of rows' figures a total replaced: read, though no figure keeps them.
        var replacedTexts: [String] = []
        /// The unit of measure of the row whose parts ("Trong đó: …") are being read, if any.
        var partsUnit: String?
        /// By value column, the indicators its rows were read as, and the rows (positions)
        /// whose number in it was not read; by row, its finding of numbers not read.
        var readInColumn: [Int: Set<IndicatorID>] = [:]
        var unreadInColumn: [Int: Set<Int>] = [:]
        var unreadFinding: [Int: (index: Int, quotes: Int)] = [:]
        var last = grid.rows[layout.headerRows.upperBound - 1].index
        let tableWidth = layout.headerRows.flatMap { grid.rows[$0].cells }.map { $0.column + $0.span }.max() ?? 0
        let planned = plannedRows(grid, layout: layout)
        let percents = percentScales(grid, layout: layout)
        var plannedLabel: (cell: GridCell, seq: String)?
        // A band numbered by a word right above the header ("NHIỆM VỤ 1. Tập huấn … | ⇒ Xong"
        // over "Chỉ tiêu | ĐVT | Số lượng"): the first block's task row, read as the bands
        // of the blocks after it are.
        let bandAbove = layout.headerRows.lowerBound > 0 && isBlockBand(grid.rows[layout.headerRows.lowerBound - 1], labelColumn: labelCol)
            ? [layout.headerRows.lowerBound - 1] : []
        if let b = bandAbove.first { reading.rows = grid.rows[b].index...reading.rows.upperBound }
        let headerTexts = headerRowTexts(grid, layout)
        for position in bandAbove + Array(layout.headerRows.upperBound..<grid.rows.count) {
            let gr = grid.rows[position]
            if endsGrid(gr) { break }
            if case .sheet = grid.source, gr.index - last > 1, !rows.isEmpty, !continuesAfterGap(gr, layout) { break }
            last = max(last, gr.index)
            // The header written again over each block ("Chỉ tiêu | ĐVT | Số lượng"): no row.
            if position >= layout.headerRows.upperBound, headerTexts.count >= 2,
               gr.cells.filter({ !$0.continued && !$0.text.trimmed().isEmpty }).map({ VietText.fold($0.text.trimmed()) }) == headerTexts {
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            // What was planned, over (or under) what was done: not read; its task's label, when
            // the done row's is merged into it, goes down to the done row.
            if planned.contains(position) {
                if let cell = gr.cell(at: labelCol), !cell.continued, !cell.text.isEmpty, r.g.rowRoles.wholeMatch(stripBullet(cell.text)) == nil {
                    plannedLabel = (cell, seqCol.flatMap { gr.cell(at: $0)?.text } ?? "")
                }
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            // "Nguồn nhiệm vụ | KH 2025 chuyển sang": work carried over from an earlier year's
            // plan (`figure_reading.carried_over`), done this year but no result of this one.
            if let c = sourceCol, let cell = gr.cell(at: c), r.v.figureReading.isCarriedOver(cell.text) {
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            // "Kỳ | … " over "9T-2025", "9T-2026", "KH-2026": a row of an earlier year's period
            // or of the plan's target compares; the report's own period's rows are its results.
            if let c = rowPeriodCol, let cell = gr.cell(at: c), isOtherPeriod(cell.text) {
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            // "Ý kiến của phòng: Khó khăn – … . Đề xuất – Đề nghị …" across a sub-unit's table:
            // its difficulties and proposals, no row of work.
            let ownCells = gr.cells.filter { !$0.continued }
            if ownCells.count == 1, let band = ownCells.first, case let opinion = opinionItems(band), !opinion.isEmpty {
                for (role, item) in opinion { if role == .difficulty { reading.difficulties.append(item) } else { reading.proposals.append(item) } }
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            var row = Row(position: position, row: gr)
            func text(_ c: Int?) -> GridCell? { c.flatMap { gr.cell(at: $0) } }
            row.seq = text(seqCol)?.text ?? ""
            if let c = layout.column(.code), c != seqCol { row.code = text(c)?.text ?? "" }
            // A column of no known header holding the plan's codes ("NV (KH 38) | 2.g"): the
            // row's task, as in a code column.
            if layout.column(.code) == nil, let cell = gr.cells.first(where: { isCodeCell($0, layout) }) { row.code = cell.text }
            if let code = rowCodes[gr.index] { row.code = code }
            row.shape = shape(row.seq)
            row.labelCell = text(labelCol)
            row.label = row.labelCell.map { $0.continued && taskCol == nil ? "" : $0.text } ?? ""
            // "NHIỆM VỤ 3. Hội đồng sơ tuyển …" with no number in a sequence column: the word's
            // number is the row's, its words after the stop the label — a task's row, not a
            // line under the task above.
            if taskCol == nil, row.seq.trimmed().isEmpty, let (seq, rest) = blockHeadNumber(row.label) {
                row.seq = seq
                row.shape = shape(seq)
                row.label = rest
            }
            if let (cell, seq) = plannedLabel {
                if row.label.isEmpty {
                    row.labelCell = cell; row.label = cell.text
                    if row.seq.isEmpty || gr.cell(at: seqCol ?? -1)?.continued == true { row.seq = seq; row.shape = shape(seq) }
                }
                plannedLabel = nil
            }
            // "NHIỆM VỤ 3. Hội đồng sơ tuyển …" with no number in a column of its own: the unit
            // numbers its tasks inside the label, a task row as "3 | Hội đồng sơ tuyển …" is.
            if row.shape == .empty, taskCol == nil,
               let number = labelNumber(row.label, band: gr.cells.filter({ !$0.continued }).count == 1 && row.labelCell.map { $0.span >= max(2, tableWidth - 1) } == true) {
                row.seq = number; row.shape = .number
            }
            row.taskText = taskCol.flatMap { text($0)?.text }
            // "nt" (như trên) under "Kiểm tra đo lường, chất lượng": the work of the row above
            // written again by a ditto mark (grids.yaml `ditto_marks`), the same task.
            if let t = row.taskText, r.g.dittoMarks.wholeMatch(t) != nil,
               let above = rows.last?.taskText, !above.isEmpty {
                row.taskText = above
            }
            row.unit = text(unitCol)?.text ?? ""
            row.statusCell = statusCol.flatMap { gr.cell(startingAt: $0) }
            row.noteCell = noteCol.flatMap { gr.cell(startingAt: $0) }
            // Several note columns ("Ưu điểm | Hạn chế"): the one whose words state a status.
            if noteColumns.count > 1, row.noteCell.map({ r.noteStatus($0.text) == nil }) ?? true,
               let stating = noteColumns.lazy.compactMap({ gr.cell(startingAt: $0) }).first(where: { r.noteStatus($0.text) != nil }) {
                row.noteCell = stating
            }
            // A running total left blank on a row ("Tháng này | Cộng từ đầu năm": "1 cuộc / 6 cs |
            // —"): the period's figures are all the row reports, and its result.
            var rowColumns = valueColumns
            if !periodValueColumns.isEmpty, !cumulativeColumns.isEmpty,
               cumulativeColumns.allSatisfy({ c in gr.cell(startingAt: c).map { !$0.text.contains(where: \.isNumber) } ?? true }) {
                rowColumns = (rowColumns + periodValueColumns).sorted()
            }
            for c in rowColumns {
                guard let cell = gr.cell(startingAt: c), !cell.continued else { continue }
                if let n = number(cell) {
                    row.values.append((c, n, cell))
                    // "12 lớp", "1,2 tỷ đồng": the unit written after the number.
                    if unitCol == nil, layout.isList { row.unit = unitAfterNumber(cell.text) }
                } else if let lines = numberLines(cell) {
                    // "4⏎31⏎3⏎7.500.000" beside "cuộc⏎cơ sở⏎cơ sở vi phạm⏎đồng": each line a number
                    // of its own, counted by the same line of the unit cell.
                    let unitCell = layout.pairedUnits[c].flatMap { gr.cell(startingAt: $0) } ?? text(unitCol)
                    let units = unitCell.map { cellLines($0.text) } ?? []
                    // Only where the unit cell has a line for each (a cell of "03 cuộc⏎15 cơ sở"
                    // says its units itself, and is read as prose).
                    let counted = units.count == lines.count
                    if !counted {
                        if cell.text.contains(where: \.isLetter) { row.valueWords.append(cell) }
                        continue
                    }
                    for (k, line) in lines.enumerated() {
                        if units.count == lines.count { row.lineUnits[row.values.count] = units[k] }
                        row.values.append((c, line.value, line.cell))
                    }
                } else if cell.text.contains(where: \.isLetter) { row.valueWords.append(cell) }
                else if let packed = slashPacked(cell, header: layout.headers[c]) { row.valueWords.append(packed) }
            }
            // "2 | Kiểm tra cân tại chợ | Phối hợp kiểm tra | 4 | cuộc" over "- | | Cơ sở được kiểm
            // tra | 19 | cơ sở": a line under a task's row whose label cell is blank says what its
            // one number counts in the words of the results column beside it — words that name a
            // count with the row's unit, not a period's or a part's ("Đợt trước Tết", "Cộng"). So
            // does a line the task's work cell is merged down over ("2 | Kiểm tra … | Số cuộc kiểm
            // tra | 3" over "  |   | Số cơ sở được kiểm tra | 24"), a line of the task's row, not
            // a heading of its own.
            if row.label.isEmpty, taskCol == nil,
               row.shape == .dash || row.labelCell?.continued == true,
               row.values.count == 1, row.valueWords.count == 1, let words = row.valueWords.first,
               !words.text.contains(where: \.isNumber), words.text.spaceSeparatedCount <= 12,
               r.indicator(label: words.text, unit: row.unit, money: r.moneyScale(row.unit) != nil ? true : nil).best != nil {
                row.mergedUnder = row.labelCell?.continued == true
                row.labelCell = words
                row.label = words.text
                row.valueWords = []
            }
            // Totals are sums of rows already read.
            let totalText = row.label.isEmpty ? row.seq : row.label
            // "Tổng cộng: 05 đoàn": a total whose label counts what its rows are (the teams,
            // the inspections); that count is a result of its own, read once the rows' task
            // is known.
            if let counted = totalWithCount(totalText), let cell = row.labelCell ?? gr.cells.first {
                totalCounts.append((after: rows.count, text: counted, cell: cell))
                totalsAfter.insert(rows.count)
                if layout.isBreakdown, !row.values.isEmpty { breakdownTotals.append((after: rows.count, row: row)) }
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            if totalText.utf8.count <= 40 || row.seq.utf8.count <= 40,
               r.v.totalRows.contains(VietText.words(totalText.utf8.count <= 40 ? totalText : "").joined(separator: " "))
                || !row.seq.isEmpty && row.seq.utf8.count <= 40 && r.v.totalRows.contains(VietText.words(row.seq).joined(separator: " "))
                || isSubtotal(row.label) || row.label.isEmpty && (isSubtotal(row.seq) || row.taskText.map(isTotal) == true) {
                if layout.isBreakdown, !isSubtotal(row.label), !row.values.isEmpty { breakdownTotals.append((after: rows.count, row: row)) }
                if !isSubtotal(row.label), !isSubtotal(row.seq), !row.values.isEmpty { grandTotal = row; grandTotalAfter = rows.count }
                totalsAfter.insert(rows.count)
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            if r.isNumbering(gr) { reading.rows = reading.rows.lowerBound...gr.index; continue }
            // "Trong đó: - Xã chủ trì | cuộc | 3" and the bulleted rows after it ("- Phối hợp
            // Chi cục | cuộc | 1") under "Tổng số cuộc kiểm tra | cuộc | 4": parts of the row
            // above, counted in its figure — read, but no figure of their own.
            if isBreakdownPart(row, after: rows.last, open: &partsUnit) {
                replacedTexts += row.values.map(\.cell.text)
                reading.rows = reading.rows.lowerBound...gr.index
                continue
            }
            rows.append(row)
            reading.rows = reading.rows.lowerBound...gr.index
            for (role, c) in [(GridColumnRole.difficulty, layout.column(.difficulty)), (.proposal, layout.column(.proposal))] {
                guard let c, let cell = gr.cell(startingAt: c), !cell.continued else { continue }
                for item in items(cell) { if role == .difficulty { reading.difficulties.append(item) } else { reading.proposals.append(item) } }
            }
            // A remarks cell that opens with the label of a difficulty or a proposal ("Ý kiến |
            // Khó khăn: tiểu thương dùng cân trôi nổi …", "Ghi chú | Đề xuất: …") holds that
            // item, whatever its column's header: an officer files a row's problem beside it.
            for cell in gr.cells where !cell.continued && (layout.roles[cell.column] == nil || layout.roles[cell.column] == .note) {
                guard let (role, item) = labelledItem(cell) else { continue }
                if role == .difficulty { reading.difficulties.append(item) } else { reading.proposals.append(item) }
            }
        }

        supersedeRevisions(&rows)

        if let dates = layout.column(.date) {
            let dated = rows.filter { row in
                guard let cell = row.row.cell(startingAt: dates) else { return false }
                return cell.number != nil || GridResolver.isDate(cell.text)
            }.count
            reading.isLog = dated >= 2 && dated * 2 >= rows.count
        }
        var current = currentTask
        // One row per sub-unit (team, hospital, school) in no task's passage: the task is the
        // one the lead-in and the column headers name, weighed with the kinds of the columns'
        // figures; left unknown (its numbers quoted) when that stays unclear.
        if current == nil, layout.isBreakdown, let leadIn, !layout.indicatorColumns.isEmpty {
            let headers = layout.indicatorColumns.keys.sorted().compactMap { layout.headers[$0] }.joined(separator: "; ")
            let m = byMeaning(leadIn, context: headers, figures: Set(layout.indicatorColumns.values))
            // A code the lead-in cites ("… (nhiệm vụ II.5.c), Ủy ban nhân dân phường báo cáo …")
            // names the task outright.
            if let code = r.taskCode(in: leadIn, sequence: false) ?? m.code {
                current = code
                let k = reading.entry(code)
                if let place = grid.rows[layout.headerRows.lowerBound].cells.first?.location { reading.entries[k].sources.append(place.description) }
            }
        }
        var groupNumber = group
        // Rows of the task level: the shape of the first heading row that is no group row
        // (its children are results, not headings of another shape).
        // A row with a number or a money amount of its own is still a heading when the rows
        // under it are its bulleted or unnumbered results.
        var statusShare: [Shape: Double] = [:]
        for shape in [Shape.number, .roman, .letter] {
            let numbered = rows.filter { $0.shape == shape }
            guard !numbered.isEmpty else { continue }
            let stated = numbered.filter { row in row.statusCell.map { !$0.continued } ?? false }
            statusShare[shape] = Double(stated.count) / Double(numbered.count)
        }
        func headingLike(_ n: Int) -> Bool {
            let row = rows[n]
            if row.isHeading { return true }
            let s = row.shape
            // Rows of a numbering most of which state a status of their own ("1 | Phát thanh …
            // | Tin/bài | 4 | Đang thực hiện") are tasks with their figure on their own row, not
            // results of the row above (where only the first result row carries the status).
            if s == .number || s == .roman || s == .letter, statusShare[s, default: 0] > 0.5, let st = row.statusCell,
               !st.continued, r.status(st.text).status != nil { return true }
            guard s == .number || s == .roman || s == .letter, n + 1 < rows.count else { return false }
            // A row after the total ("Kinh phí đã thanh toán: …" below "Tổng cộng") is no
            // result of the row above the total.
            if totalsAfter.contains(n + 1) { return false }
            let next = rows[n + 1].shape
            return next == .dash || next == .empty
        }
        // Rows naming a plan group ("Nhóm 2. …", a row merged across the table "1. Tuyên
        // truyền, nâng cao nhận thức …"): group rows, never tasks nor the task level.
        let width = layout.headerRows.flatMap { grid.rows[$0].cells }.map { $0.column + $0.span }.max() ?? 0
        var groupRows: [Int: Int] = [:]
        for (n, row) in rows.enumerated() { if let g = groupRow(row, width: width) { groupRows[n] = g } }
        var taskShape: Shape? = nil
        /// How the row that began the current task is numbered (rows a level below are its results).
        var wideTaskShape: Shape?
        /// The row that began the current task.
        var taskRowPosition = -1
        for (n, row) in rows.enumerated() where headingLike(n) && groupRows[n] == nil {
            let s = row.shape
            if s == .dash || s == .empty || s == .code { continue }
            if n + 1 < rows.count, headingLike(n + 1), ![s, .dash, .empty].contains(rows[n + 1].shape) { continue }
            taskShape = s
            break
        }
        var groupText: String?
        /// The task column says which work each row's figure belongs to (`belongs_to`).
        let belongsTo = layout.taskColumn.flatMap { layout.headers[$0] }
            .map { r.g.belongsTo.match(Tokenizer.tokenize($0), at: 0) != nil } ?? false
        /// The task column is headed as a label ("Việc | Nội dung | …": the first of two label
        /// columns names the work), not as the plan's tasks ("Nhiệm vụ").
        let workNames = layout.taskColumn.flatMap { layout.headers[$0] }.map { r.g.columns.wholeMatch($0) == .label } ?? false
        /// The finding of the last row whose task was not recognised, and what it quotes.
        var unmatched: (index: Int, label: String, quotes: [String])?
        /// In a log, the rows of a job that a later dated row of the same job supersedes
        /// (`supersededLogRows`), and whether the row being read is one.
        let supersededRows = reading.isLog ? layout.column(.date).map { supersededLogRows(rows, dates: $0) } ?? [] : []
        var rowSuperseded = false
        var withoutTask: (index: Int?, quotes: [String]) = (nil, [])

        /// The numbering or own code of the row that began the current task: rows that repeat
        /// it ("NV02 | Cơ sở được kiểm tra" under "NV02 | Phối hợp kiểm tra …") are its results.
        var taskSeq = ""
        /// The tasks begun since the last group row or group assessment band, with the
        /// numbering of their rows: what a band "Đánh giá chung nhóm A: …" speaks of.
        var groupTasks: [(code: String, seq: String)] = []
        /// The status the last part's band groups its rows by ("A. CÁC NỘI DUNG ĐÃ HOÀN
        /// THÀNH"), with the band: each task begun under it has it unless its rows say more.
        var bandStatus: (status: TaskStatus, band: GridCell)?
        func begin(_ code: String, _ row: Row) {
            current = code
            if let b = bandStatus { setStatus(b.status, b.band, confidence: r.v.statusReading.weight(.heading)) }
            groupTasks.append((code, row.seq.trimmed(" .)")))
            taskSeq = row.seq
            wideTaskShape = row.shape
            taskRowPosition = row.position
            unmatched = nil
            let k = reading.entry(code)
            if let l = row.labelCell { reading.entries[k].sources.append(l.location.description) }
            reading.rowTasks[row.row.index] = code
        }
        func assessGroup(_ text: String, _ band: GridCell) {
            let weight = r.v.statusReferences.weights.labels
            func claim(_ code: String, _ s: TaskStatus, named: Bool) {
                let k = reading.entry(code)
                if let old = reading.entries[k].status {
                    // A band over the group weighs less than the row's own words; a clause
                    // naming the row by its number as much as a closing assessment's labels.
                    guard named, r.v.statusReading.replaces(old.value, old.confidence, with: s, weight) else { return }
                }
                reading.entries[k].status = Claim(value: s, confidence: weight, location: band.location)
            }
            let tokens = Tokenizer.tokenize(text)
            var clauses: [[Token]] = [[]]
            for t in tokens { if t.kind == .punct, t.raw == ";" { clauses.append([]) } else { clauses[clauses.count - 1].append(t) } }
            var named = false
            for clause in clauses {
                let labels = ExtractionRun.labelList(clause, r.v.statusReferences)
                guard !labels.isEmpty else { continue }
                named = true
                guard let s = r.v.statusClaim(in: clause)?.value else { continue }
                for t in groupTasks where labels.contains(t.seq) { claim(t.code, s, named: true) }
            }
            guard !named, let s = r.v.statusClaim(in: tokens)?.value else { return }
            for t in groupTasks { claim(t.code, s, named: false) }
        }
        /// A task's row coloured by the document's legend of colours ("▇ Đã hoàn thành"): the
        /// colour of its label (or numbering) cell is its status; no colour, the legend's
        /// uncoloured status. Weaker than a status written in words.
        func fillStatus(_ row: Row) {
            guard current != nil, !fillLegend.isEmpty, let label = row.labelCell, !label.continued else { return }
            let fill = row.row.fills[label.column] ?? seqCol.flatMap { row.row.fills[$0] }
            if let f = fill, let st = fillLegend[f] {
                setStatus(st, label, confidence: r.g.fillConfidence)
            } else if fill == nil, let st = unfilled {
                setStatus(st, label, confidence: r.g.fillConfidence)
            }
        }
        func setStatus(_ s: TaskStatus, _ cell: GridCell, confidence: Double = 1) {
            guard let code = current else { return }
            // A log's row of a job logged again later: the job's past state, not a claim.
            if rowSuperseded { reading.pastStatuses.append(cell.location.description); return }
            let k = reading.entry(code)
            // The first claim stands unless a stronger one comes (a note's status word over a
            // percentage of progress).
            // Parts of one task that disagree, one still under way ("DONE" for one batch, "IP"
            // for the last): the task is under way.
            let stillOpen = reading.entries[k].status.map { $0.value == .completed && s == .inProgress && confidence >= $0.confidence } ?? false
            if !stillOpen, let old = reading.entries[k].status, old.confidence >= confidence,
               !r.v.statusReading.replaces(old.value, old.confidence, with: s, confidence) { return }
            // A status merged down from an earlier row is read where its words are: two tasks
            // whose status is one cell show one place (REVIEW31 #3: one word for two tasks).
            var place = cell.location
            if let o = cell.originRow, case .tableCell(let part, let table, _, let column) = cell.location {
                place = .tableCell(part: part, table: table, row: o, column: column)
            }
            reading.entries[k].status = Claim(value: s, confidence: confidence, location: place)
        }
        // A date in a column headed as the day the work was finished ("Ngày hoàn thành |
        // 15/09/2026", `status_reading.done_dates`): the row's task is done, as a note says,
        // unless the row states otherwise; headed as the day it is expected to be finished
        // ("Dự kiến hoàn thành | 22/12/2026", `expected_dates`): it goes on. A date column's
        // cell that says so in words beside its date ("Mốc hoàn thành | Đã xong 15/9/2026",
        // "Dự kiến 18/12/2026") is read so whatever its header, unless the header is a
        // deadline's ("Thời hạn | Hoàn thành trước 31/12": when it is due, not how far it came).
        /// What a date's label says of the work when the words are wholly one
        /// ("Ngày hoàn thành", "Dự kiến hoàn thành"): done, or still going.
        func dateLabelStatus(_ tokens: [Token]) -> TaskStatus? {
            func whole(_ table: PhraseTable<Bool>) -> Bool {
                table.match(tokens, at: 0).map { m in tokens[m.end...].allSatisfy { $0.kind == .punct } } ?? false
            }
            return whole(r.v.statusReading.doneDates) ? .completed : whole(r.v.statusReading.expectedDates) ? .inProgress : nil
        }
        let dateColumns: [(column: Int, header: TaskStatus?)] = layout.roles.filter { $0.value == .date }.map(\.key).sorted().compactMap { c in
            let tokens = Tokenizer.tokenize(layout.headers[c] ?? "")
            if r.v.statusReading.schedules.match(tokens, at: 0) != nil { return nil }
            return (c, dateLabelStatus(tokens))
        }
        /// "Đã xong 15/9/2026", "Dự kiến 18/12/2026": a status in words, then a date, and nothing else.
        func datedStatus(_ text: String) -> TaskStatus? {
            let tokens = Tokenizer.tokenize(text)
            guard let last = tokens.lastIndex(where: { $0.kind != .punct }) else { return nil }
            // The date may be one token or its numbers and slashes: the longest run that is one.
            var start = last + 1
            var k = last
            while k >= 0, tokens[k].kind == .number || tokens[k].raw == "/" {
                if GridResolver.isDate(tokens[k...last].map(\.raw).joined()) { start = k }
                k -= 1
            }
            guard start > 0, start <= last else { return nil }
            let words = Array(tokens[..<start])
            return dateLabelStatus(words) ?? r.status(words.map(\.raw).joined(separator: " ")).status
        }
        func doneDate(_ row: Row) {
            for (c, headed) in dateColumns {
                guard let cell = row.row.cell(startingAt: c), !cell.continued else { continue }
                if GridResolver.isDate(cell.text) || cell.number.map({ (30000...80000).contains($0) }) == true {
                    if let headed { setStatus(headed, cell, confidence: 0.6) }
                } else if let said = datedStatus(cell.text) {
                    setStatus(said, cell, confidence: 0.6)
                }
            }
        }
        func statusFrom(_ cell: GridCell?, strict: Bool, note: Bool = false) {
            // A status merged down over several rows holds for each of them.
            guard let cell else { return }
            if note {
                if let st = r.noteStatus(cell.text) { setStatus(st, cell, confidence: 0.6) }
                // "đạt 100%", "mới được 60%", "0%": the note only says how far the task came.
                else if let p = r.noteProgress(cell.text) { setStatus(p.status, cell, confidence: p.confidence) }
                return
            }
            if let st = legendStatus(cell.text) {
                setStatus(st, cell)
                return
            }
            // A yes or a no under a question ("Đã hoàn thành? | TRUE", "Làm xong chưa? | Rồi").
            if let ask = layout.questions[cell.column], let a = r.answer(cell.text, ask) {
                if let st = a.status { setStatus(st, cell, confidence: a.weight) }
                return
            }
            if let p = r.fraction(cell.text) ?? r.progress(cell.text) {
                setStatus(p.status, cell, confidence: p.confidence)
                return
            }
            // A bare number under a header of percentages ("Tiến độ (%) | 0.6", a sheet's 0%
            // format): how far the work came, as "60%" would say.
            if let scale = percents[cell.column], let n = cell.number {
                setStatus(r.progressStatus(n * scale), cell, confidence: r.g.progressConfidence)
                return
            }
            let s = r.status(cell.text)
            if let st = s.status {
                // "Chưa đạt" weighs as the vocabulary's vague claims: the text's "Chưa tổ chức
                // được do …" (not started) outweighs it.
                let vague = r.v.isVague(Tokenizer.tokenize(cell.text))
                setStatus(st, cell, confidence: s.weak ? r.g.progressConfidence : vague ? r.v.statusReading.weight(.vague) : 1)
            } else if s.unknown, strict, !cell.continued {
                let of = current.map { r.g.message("of_task", ["task": $0]) } ?? r.g.message("of_row", ["label": short(rowsLabel(cell))])
                reading.findings.append(Finding(severity: .warning, code: "status-unrecognized",
                    message: r.g.message("status_unrecognized", ["cell": cell.text, "of": of]),
                    source: cell.location.description))
            }
        }
        /// The row's work written under a column headed by its state ("Đã thực hiện | Đang
        /// thực hiện | …"): that state is the task's, as a status cell's. Under a header of
        /// two states ("Chưa thực hiện / Không phát sinh") the cell's own words choose; words
        /// that say neither are quoted for a person.
        func headedStatus(_ row: Row) {
            guard let code = current else { return }
            for (c, states) in layout.statusHeaded.sorted(by: { $0.key < $1.key }) {
                guard let cell = row.row.cell(startingAt: c), !cell.continued,
                      cell.number != nil || cell.text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                if states.count == 1 {
                    setStatus(states[0], cell)
                } else if let own = r.status(cell.text).status ?? r.v.statusClaim(in: Tokenizer.tokenize(cell.text))?.value, states.contains(own) {
                    setStatus(own, cell)
                } else {
                    reading.findings.append(Finding(severity: .warning, code: "status-unrecognized",
                        message: r.g.message("status_unrecognized", ["cell": cell.text, "of": r.g.message("of_task", ["task": code])]),
                        source: cell.location.description))
                }
            }
        }
        /// A task's row that ends with its status ("II.5.c Phối hợp kiểm tra … – Đang thực
        /// hiện", "… (đang thực hiện)"): a claim a little weaker than a status column's.
        func headingStatus(_ row: Row) {
            guard current != nil, let cell = row.labelCell, !cell.continued, let st = trailingStatus(cell.text) else { return }
            setStatus(st, cell, confidence: 0.9)
        }
        func rowsLabel(_ cell: GridCell) -> String {
            rows.first { $0.row.cells.contains { $0.location == cell.location } }?.label ?? ""
        }
        /// Whether a number in a column of no indicator says again what a column headed by its
        /// indicator gives on the same row ("Kết quả tóm tắt | 5 tin" beside "Tin, bài | 5").
        func restates(_ row: Row, _ value: (column: Int, value: Double, cell: GridCell), _ indicator: IndicatorID) -> Bool {
            layout.indicatorColumns[value.column] == nil
                && row.values.contains { $0.column != value.column && layout.indicatorColumns[$0.column] == indicator && $0.value == value.value }
        }
        func quote(_ row: Row, _ value: (column: Int, value: Double, cell: GridCell)) -> String {
            var unit = layout.isList ? "" : unitBeside(value.cell.text, row.unit)
            if unit.isEmpty, value.cell.text.allSatisfy({ !$0.isLetter }), let h = layout.headers[value.column] { unit = "(\(h))" }
            let label = row.label.isEmpty ? (row.taskText ?? "") : row.label
            return "\(short(stripBullet(label))): \(value.cell.text) \(unit)".trimmed()
        }
        /// The indicator's words in another cell of the row ("Công việc | Nội dung số liệu | Số
        /// lượng": "Cơ sở được kiểm tra" beside the work's words, or under them alone): what the
        /// label and unit leave unclear, the row's nearest other text cell names — the head
        /// noun wherever it stands. Never the status, note, numbering or unit cell, nor a cell
        /// whose words the plan counts nothing in (then the number stays quoted).
        func indicatorElsewhere(_ row: Row, _ value: (column: Int, value: Double, cell: GridCell), unit: String, money: Bool?)
            -> (best: IndicatorID?, scores: [(IndicatorID, Double)], excluded: Bool)? {
            // An amount's kind is never guessed from other words of its row.
            if money == true { return nil }
            // A unit that names no counted noun ("26 phép thử") says the row counts something else.
            let unitTokens = Tokenizer.tokenize(unit)
            if unitTokens.contains(where: { $0.kind == .word }), money != true,
               r.v.counts.match(unitTokens, at: unitTokens.firstIndex { $0.kind == .word }!).map({ $0.end < unitTokens.count }) ?? true { return nil }
            let skip: Set<Int> = Set([value.column, row.labelCell?.column, statusCol, noteCol, seqCol, unitCol].compactMap { $0 })
            // Nearest first; at the same distance the cell after the number, as a noun follows its
            // number ("SL | ĐV": "33 | cơ sở").
            let others = row.row.cells.filter { c in
                !skip.contains(c.column) && !c.continued && c.number == nil && c.text.contains(where: \.isLetter)
                    && Double(c.text.split(separator: " ").count) <= r.g.thresholds.indicatorCellWords
                    && r.status(c.text).status == nil
            }.sorted { (abs($0.column - value.column), $0.column > value.column ? 0 : 1) < (abs($1.column - value.column), $1.column > value.column ? 0 : 1) }
            for other in others {
                // A unit of money beside it: an amount, whose kind other words do not say.
                if r.moneyScale(other.text) != nil { return nil }
                let named = r.indicator(label: stripBullet(other.text), unit: unit, money: money)
                if let best = named.best {
                    // Only a kind of figure the row's task reports: under a task found by meaning
                    // that reports none of it, the number stays quoted for a person.
                    if let code = current, let reported = r.profiles.figures[code], !reported.contains(best) { return nil }
                    return named
                }
                if named.excluded { return nil }
            }
            return nil
        }
        /// The numbers of a row that became no figure, with the row's stray numbers: quoted in
        /// one finding under the row's task, or among the grid's unplaced figures.
        func reportUnread(_ row: Row, _ quotes: [String]) {
            let quotes = quotes + strayNumbers(row, layout)
            guard !quotes.isEmpty else { return }
            guard let code = current else { unplaced(row, quotes); return }
            reading.findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                message: r.g.message("figures_unread", ["quotes": GridResolver.quoted(quotes), "task": code]),
                source: row.row.cells.first?.location.description))
            unreadFinding[row.position] = (reading.findings.count - 1, quotes.count)
        }
        func unplaced(_ row: Row, _ quotes: [String]) {
            guard !quotes.isEmpty else { return }
            if let u = unmatched, u.index < reading.findings.count {
                unmatched!.quotes += quotes
                reading.findings[u.index].message = u.label + r.g.message("unmatched_figures", ["quotes": GridResolver.quoted(unmatched!.quotes)])

            } else {
                // One finding for all the rows of the grid that stand under no task.
                withoutTask.quotes += quotes
                let message = r.g.message("figures_without_task", ["quotes": GridResolver.quoted(withoutTask.quotes)])
                if let k = withoutTask.index {
                    reading.findings[k].message = message
                } else {
                    reading.findings.append(Finding(severity: .warning, code: "figure-without-task", message: message,
                                                    source: row.row.cells.first?.location.description))
                    withoutTask.index = reading.findings.count - 1
                }
            }
        }

        // One row per task (or per question), unless a task column stands beside a label
        // column: then each row is one result of the task its task cell names.
        let wide = unitCol == nil && !layout.isList && taskCol == nil
        // How deep each numbering stands in this table's outline: the order the shapes first
        // appear in ("1. / 1.1 / a)": the letter under the dotted number; "A. / 1.": the number
        // under the letter), the usual order (`level`) between shapes one of which is not
        // numbered.
        var firstSeen: [Shape: Int] = [:]
        for (k, row) in rows.enumerated() where [.roman, .letter, .number, .dotted].contains(row.shape) && firstSeen[row.shape] == nil { firstSeen[row.shape] = k }
        func deeper(_ a: Shape, than b: Shape) -> Bool {
            if a != b, let i = firstSeen[a], let j = firstSeen[b], a != .roman, b != .roman { return i > j }
            return level(a) > level(b)
        }
        let labelUnit = headerUnit(layout.headers[labelCol] ?? "")
        // A sheet with no heading rows (no passage around it either): every row is its own task.
        // A Word table stands in a passage, whose task its rows report even when that task
        // was not recognised.
        let inSheet: Bool = { if case .sheet = grid.source { return true } else { return false } }()
        let flat = (inSheet || standsAlone) && currentTask == nil && taskShape == nil && !rows.contains(where: \.isHeading)
        // The task each row stands under once read, for the audit of numbers left unread.
        var rowTask: [Int: String] = [:]
        /// Tasks begun by a row that states nothing (no result, status or note).
        var blank = Set<String>()
        /// A row numbered like the row before or after it (not a group row between them): a
        /// sibling, so a task row the unit left blank, not a group over tasks ("g | … |  | "
        /// between "đ" and "h").
        func hasSibling(_ n: Int) -> Bool {
            let s = rows[n].shape
            let before = (0..<n).reversed().first { groupRows[$0] == nil }.map { rows[$0].shape }
            let after = ((n + 1)..<rows.count).first { groupRows[$0] == nil }.map { rows[$0].shape }
            return before == s || after == s
        }
        /// Counts written in note cells, by task.
        var noted: [(code: String, figure: GridReading.Figure)] = []
        /// Under a band of work outside the plan ("NHIỆM VỤ PHÁT SINH NGOÀI KẾ HOẠCH"), to the
        /// next group row.
        var outsidePlan = false
        for (n, row) in rows.enumerated() {
            if n > 0, let c = current { rowTask[n - 1] = c }
            rowSuperseded = supersededRows.contains(n)
            if let g = groupRows[n] {
                // The group is known by its number: its title's words, shared by all its
                // tasks, would only blur the choice among them.
                groupNumber = g
                groupText = nil
                groupTasks = []
                current = nil
                unmatched = nil
                wideTaskShape = nil
                outsidePlan = false
                continue
            }
            let shape = row.shape
            // "Kết quả: …" across the table under a task's row: that task's results, written
            // under it (grids.yaml `result_labels`); with nothing after the label, or filler,
            // the row says nothing.
            if wide, !outsidePlan, let c = current, let band = acrossTable(row, width: width), let rest = r.afterResultLabel(band.text) {
                if !r.isFiller(rest) {
                    blank.remove(c)
                    var cell = band
                    cell.text = rest
                    absorbProse(cell, into: c, &reading)
                }
                continue
            }
            // "► Đánh giá chung nhóm A: đang thực hiện." across the table after a group's rows
            // (grids.yaml `group_assessment_labels`): the status of the tasks begun since the
            // last group row or band, those whose rows stated none; a clause naming rows by
            // their numbers ("việc tại mục 6 đã xong; việc tại mục 7 chưa tổ chức") states
            // theirs. The band is no task of its own.
            if let band = acrossTable(row, width: width), let rest = r.afterGroupAssessmentLabel(band.text) {
                assessGroup(rest, band)
                groupTasks = []
                current = nil
                unmatched = nil
                continue
            }
            // A copy of the plan's annex that ends with the unit's own work under a row of its
            // own ("NHIỆM VỤ PHÁT SINH NGOÀI KẾ HOẠCH", "Phát sinh ngoài KH"): those rows report
            // no task of the plan, and their figures are no task's (grids.yaml
            // `outside_plan_bands`), to the next group row.
            if wide, isOutsidePlanBand(row) {
                outsidePlan = true
                current = nil
                unmatched = nil
                continue
            }
            if outsidePlan { continue }
            // "Kiểm tra an toàn thực phẩm Tết Trung thu | … | Không thuộc KH 38 – ghi để theo
            // dõi": a row whose note opens by saying its work is not the plan's reports no task,
            // nor any figure of the task above (grids.yaml `outside_plan_notes`).
            if let note = row.noteCell, !note.continued, isOutsidePlanNote(note.text) {
                reading.outsidePlanRows.insert(row.row.index)
                current = nil
                unmatched = nil
                continue
            }
            // "A. PHẦN VIỆC ĐƠN VỊ TỰ LÀM" / "B. PHẦN VIỆC PHỐI HỢP" across the table: a part of
            // the table, its rows the tasks — no task, nor a part of the row above. Its mark
            // numbers the unit's own parts, not the plan's groups ("III. KIỂM TRA" is no group
            // 3), and its words are too broad to weigh for one task: the group stays as it was.
            if wide, row.values.isEmpty, let band = acrossTable(row, width: width), let marked = markedBand(band) {
                groupTasks = []
                current = nil
                unmatched = nil
                wideTaskShape = nil
                // "A. CÁC NỘI DUNG ĐÃ HOÀN THÀNH", "D. CÁC NỘI DUNG KHÔNG PHÁT SINH": a part
                // grouping its rows by status states theirs, weaker than any words of a row.
                bandStatus = r.v.groupingStatus(Tokenizer.tokenize(marked.rest)).map { ($0, band) }
                continue
            }
            if wide {
                // One row per task: a group row, a task row, or the continuation of one.
                let code = layout.isBreakdown ? nil : r.taskCode(in: row.code, sequence: true) ?? r.taskCode(in: row.seq, sequence: true) ?? r.taskCode(in: row.label, sequence: false)
                let continued = row.labelCell.map(\.continued) ?? true
                // In a questionnaire a new question is a new task; the rows between questions
                // ("Số lớp / số lượt người", "Tình trạng") are the answer's parts.
                let question = layout.isQuestionnaire && isQuestion(row)
                // "I | Tuyên truyền … (II.1.a)" over "1 | Lớp tập huấn | 2": rows numbered a
                // level below the task's row are its results.
                let below = current != nil && deeper(shape, than: wideTaskShape ?? .empty)
                func ownKinds() -> Set<IndicatorID> {
                    var own = Set<IndicatorID>()
                    for v in row.values { if let id = layout.indicatorColumns[v.column] { own.insert(id) } }
                    for cell in row.valueWords { for f in r.v.figures(in: Tokenizer.tokenize(cell.text)).found { own.insert(f.indicator) } }
                    // A task's row that states nothing itself ("1 | Tuyên truyền … | | | Đang thực
                    // hiện" over "- Tin, bài | 2 | 3"): the kinds of figures of the rows under it.
                    if own.isEmpty, row.values.isEmpty { own = childIndicators(rows, from: n, shape: shape, layout: layout) }
                    return own
                }
                // A table that numbers no row ("Tình trạng | Nội dung công việc | Kết quả"): an
                // unnumbered row is no part of the row above's result merely for lacking a number.
                // A row with a label cell of its own and its result written in words beside it (no
                // count of its own: "Số cơ sở được kiểm tra | 29" is a result row), whose words
                // name another task clearly, is that task's row; one that names none, or the
                // same, stays a part of the task above.
                var peer = false
                // (In a questionnaire the rows between questions are the answer's parts; a label
                // set in by spaces is a part of the row above.)
                // A row numbered a level below ("1.1" under "1") with a result in words or a
                // status of its own is read the same way (grids.yaml `sub_row_peers`): hands
                // copy an older report's numbering onto an item of another subject.
                let subRow = r.g.thresholds.subRowPeers > 0 && shape == .dotted && below
                    && (row.valueWords.contains(where: { !$0.continued }) || row.statusCell.map { !$0.continued } == true)
                // So is a row with a status of its own whose label is no count's ("Số cuộc kiểm
                // tra | 5 | …"), its counts beside it in words or none ("Hỗ trợ DN | 07 doanh
                // nghiệp | đang làm tiếp" under "Tuyên truyền | 04 bài | xong", a summary by work;
                // a biểu's row of stored numbers is read as before).
                // (A status the vocabulary reads: "Chi cục TĐC" under "Phối hợp / Tình trạng" is
                // a partner's name.)
                // (Asked only of a row the other conditions leave open: most rows stop before it.)
                func ownStatus() -> Bool {
                    row.statusCell.map { !$0.continued && r.status($0.text).status != nil } == true && !opensWithCountLabel(row.label)
                }
                if !layout.isBreakdown, !layout.isQuestionnaire, code == nil, current != nil, !question, !continued,
                   seqCol == nil && shape == .empty && (row.valueWords.contains(where: { !$0.continued }) || ownStatus()) || subRow,
                   row.labelCell?.text.first?.isWhitespace == false,
                   row.values.isEmpty || ownStatus() && row.values.allSatisfy({ $0.cell.number == nil }) {
                    let title = String(row.label.prefix { $0 != ":" })
                    let m = byMeaning(stripBullet(title), group: rowGroup(row, labelCol) ?? groupNumber, context: groupText, figures: ownKinds(),
                                      evidence: rowWords(row), results: row.valueWords.map(\.text).joined(separator: "\n"))
                    if let c = m.code, c != current { peer = true }
                }
                if layout.isBreakdown || !peer && code == nil && current != nil && !question && (continued || shape == .empty || shape == .dash || below) {
                    // Parts of the result of the task above (or of the passage the table is in).
                } else if code == nil, row.values.isEmpty, row.valueWords.isEmpty, row.statusCell == nil,
                          (shape == .roman || shape == .letter) && !hasSibling(n) || r.planGroup(row.label, number: Int(row.seq.trimmed(" ."))).map({ "\($0)" == row.seq.trimmed(" .") }) == true {
                    let number = ExtractionRun.romans[row.seq.trimmed(" .").uppercased()] ?? Int(row.seq.trimmed(" ."))
                    groupNumber = r.planGroup(row.label, number: number)
                    groupText = row.label
                    current = nil
                    unmatched = nil
                    continue
                } else if code == nil, row.values.isEmpty, row.valueWords.isEmpty, row.statusCell == nil,
                          r.v.sections.wholeMatch(stripBullet(row.label).trimmed(" .:")) != nil {
                    // A part's heading in the table's own outline ("1 | Kết quả thực hiện" over
                    // "1.1 | Tuyên truyền …") heads the tasks' rows; it is none of them.
                    current = nil
                    unmatched = nil
                    continue
                } else if let code {
                    begin(code, row)
                } else {
                    let title = String(row.label.prefix { $0 != ":" })
                    let m = byMeaning(stripBullet(title), group: rowGroup(row, labelCol) ?? groupNumber, context: groupText, figures: ownKinds(),
                                      evidence: rowWords(row), results: row.valueWords.map(\.text).joined(separator: "\n"))
                    if let c = m.code ?? soleTask(m) {
                        begin(c, row)
                        if let other = overruled(m) { reading.ownKind[c] = (other, title, row.labelCell?.location.description ?? "") }
                    } else {
                        current = nil
                        noteUnmatched(row.label, m.ranked, row, &reading, &unmatched)
                    }
                }
                statusFrom(row.statusCell, strict: true)
                headingStatus(row)
                if row.position == taskRowPosition { fillStatus(row) }
                for (c, st) in layout.flags.sorted(by: { $0.key < $1.key }) {
                    if let cell = row.row.cell(startingAt: c), r.g.isTick(cell.text) { setStatus(st, cell) }
                }
                if let parts = layout.partsColumns, let cell = row.row.cell(startingAt: parts.done),
                   let done = cell.number, let all = row.row.cell(startingAt: parts.all)?.number, all > 0, done >= 0, done <= all {
                    setStatus(done == all ? .completed : done == 0 ? .notStarted : .inProgress, cell, confidence: r.g.fractionConfidence)
                }
                headedStatus(row)
                // "Ngày hoàn thành | 12/09/2026" beside a task's titled row: done, as on the
                // other rows of work.
                doneDate(row)
                if current != nil, let note = row.noteCell, let st = r.noteStatus(note.text) {
                    setStatus(st, note, confidence: 0.6)
                } else if current != nil, row.values.isEmpty, row.valueWords.isEmpty, let note = row.noteCell, !note.continued,
                          let st = openingStatus(note.text) {
                    // Nothing done and a note that opens with the aspect ("Chưa cử, do xã chỉ
                    // có 01 công chức …"): the note says how far the task came.
                    setStatus(st, note, confidence: 0.5)
                }
                // A task row of the plan that the unit left blank (a copy of the plan's annex,
                // filled only where the unit had work): no entry, unless a later row of the
                // task says something.
                // Beside columns of ticks, a cell under a status heading says something when it
                // is ticked, a result cell when it holds more than filler ("Không", "—":
                // grids.yaml `filler_cells`): the unit ticks the rows it reports on.
                if let c = current, c != currentTask {
                    let ticks = !layout.flags.isEmpty
                    let says = row.row.cells.contains { cell in
                        guard !cell.continued else { return false }
                        if layout.flags[cell.column] != nil { return !ticks || r.g.isTick(cell.text) }
                        return (layout.indicatorColumns[cell.column] != nil || layout.roles[cell.column].map(GridResolver.stating.contains) == true)
                            && !(ticks && r.isFiller(cell.text))
                    }
                    if says { blank.remove(c) } else if row.position == taskRowPosition, reading.entries[reading.entry(c)].figures.isEmpty { blank.insert(c) }
                }
                var fromColumns = Set<IndicatorID>()
                var quotes: [String] = []
                // "Lớp tập huấn … | 05 lớp | 412 học viên": several counts on a row, each with a
                // unit of its own that names a different kind. The label names the row, not
                // each count: a count is what its own unit says.
                let unitKinds = row.values.count < 2 ? [:] : unitOwnKinds(row, task: current)
                for value in row.values {
                    let role = layout.roles[value.column]
                    // "08 doanh nghiệp", "1,2 tỷ đồng": the unit written after the number; else
                    // the one the label column's header names ("Loại PTĐ": instruments).
                    let after = unitAfterNumber(value.cell.text)
                    // "05 thanh tra viên" under a logframe's "Đầu vào (nhân lực, kinh phí)": in a
                    // column that holds money, a number whose own words are no unit of money
                    // counts what went into the work (its staff), not a result.
                    if layout.holdsMoney(value.column), after.contains(where: \.isLetter), r.moneyScale(after) == nil { continue }
                    // "Thực hiện đến 30/9/2026 (đồng) | 185400000": a number with no unit of its own
                    // under a header that writes a money scale is an amount of money; the label
                    // column's header ("Nội dung nhiệm vụ", whose "vụ" counts violations in
                    // prose) names no unit of it.
                    // Only under a header of results ("Thực hiện …", "Kết quả …": grids.yaml
                    // `columns` at its first word): a header naming a thing of its own ("Giá trị
                    // hàng thu hồi (triệu đồng)") says what money it is, which no task's money is.
                    let columnMoney = after.isEmpty && headsResults(layout.headers[value.column])
                        ? layout.scales[value.column].map(ExtractionRun.moneyUnit) : nil
                    let written = columnMoney ?? (after.isEmpty && value.cell.number != nil ? labelUnit : after)
                    // A Word table's cell holds text: its scale is written after the number or
                    // in the row's label ("Kinh phí đã chi (đồng) | 2.500.000").
                    let writtenScale = value.cell.number == nil ? textScale(value.cell.text) ?? labelScale(row.label) : labelScale(row.label)
                    let money: Bool? = role == .money || writtenScale != nil || columnMoney != nil ? true : (written.isEmpty ? nil : false)
                    var id = headerKinds[value.column].flatMap { ownOfHeaderKinds($0, named: layout.indicatorColumns[value.column], unit: after) }
                        ?? layout.indicatorColumns[value.column] ?? unitKinds[value.column]
                        ?? r.indicator(label: stripBullet(row.label), unit: written, money: money, taskMoney: soleMoney(of: current)).best
                    // A task's own row whose words weigh for several kinds ("Dịch vụ kiểm định cho
                    // người dân, doanh nghiệp | 1874"): among the kinds the task reports, the one
                    // the words weigh for most, when clearly ahead.
                    if id == nil, let code = current, let reported = r.profiles.figures[code] {
                        let scores = r.indicator(label: stripBullet(row.label), unit: written, money: money).scores.filter { reported.contains($0.0) }.sorted { $0.1 > $1.1 }
                        if let top = scores.first, top.1 >= r.g.thresholds.indicator,
                           scores.count == 1 || top.1 - scores[1].1 >= r.g.thresholds.indicatorMargin { id = top.0 }
                    }
                    if id == nil, let named = indicatorElsewhere(row, value, unit: written, money: money)?.best { id = named }
                    guard let indicator = id, let code = current else { quotes.append(quote(row, value)); continue }
                    var amount = value.value
                    if indicator.isMoney {
                        let scale = value.cell.number == nil ? textScale(value.cell.text) ?? layout.scales[value.column] ?? 1
                            : layout.scales[value.column] ?? labelScale(row.label) ?? 1
                        amount = (amount * scale).rounded()
                    }
                    // "Đã giải ngân | 0": nothing spent is no result.
                    if amount == 0, r.g.zeroIsNothing.contains(indicator) { fromColumns.insert(indicator); continue }
                    fromColumns.insert(indicator)
                    // "Kết quả tóm tắt | 5 tin" beside "Tin, bài | 5": a summary cell restating
                    // what a column of that indicator gives on the same row, read once.
                    if restates(row, value, indicator) { replacedTexts.append(value.cell.text); continue }
                    let k = reading.entry(code)
                    reading.entries[k].figures.append(.init(indicator: indicator, value: amount, location: value.cell.location,
                        text: "\(layout.headers[value.column] ?? "") = \(value.cell.text)".trimmed()))
                }
                if let c = current {
                    // Results written as prose in a result column ("02 lớp; 186 lượt người").
                    // (Filler in a result cell, "Không", "—", is no result: a row of the plan's
                    // annex the unit had nothing for.)
                    var rowFigures: [GridReading.Figure] = []
                    for cell in row.valueWords where !r.isFiller(cell.text) {
                        let k = reading.entry(c), had = reading.entries[k].figures.count
                        absorbProse(cell, into: c, skip: fromColumns, label: stripBullet(row.label), &reading)
                        dropRestated(&reading.entries[k], from: had, earlier: &rowFigures)
                        // "06 công chức⏎Kinh phí đã chi: 62,4 tr.đ" in a column that holds money:
                        // the money is its result, the staff beside it went into the work.
                        if layout.holdsMoney(cell.column), reading.entries[k].figures.count > had {
                            let added = reading.entries[k].figures[had...].filter(\.indicator.isMoney)
                            reading.entries[k].figures.replaceSubrange(had..., with: added)
                        }
                    }
                    // "Có phát sinh … không?" answered "Không": nothing arose.
                    if layout.isQuestionnaire, reading.entries[reading.entry(c)].status == nil {
                        let answers = row.valueWords + [layout.column(.yesNo)].compactMap { $0 }.compactMap { row.row.cell(startingAt: $0) }
                        if let a = answers.first(where: { r.answersNotArising(question: row.label, answer: $0.text) }) {
                            setStatus(.notApplicable, a, confidence: 0.6)
                        }
                    }
                    if row.valueWords.isEmpty, let label = row.labelCell, !label.continued,
                       let (colon, colonOffset) = label.text.firstIndexAndOffset(ofASCII: ":"), colonOffset > 20 {
                        absorbProse(GridCell(column: label.column, span: label.span, text: String(label.text[label.text.index(after: colon)...]),
                                             number: nil, location: label.location, continued: false), into: c, skip: fromColumns, &reading)
                    } else if row.valueWords.isEmpty, layout.valueColumns.isEmpty, layout.column(.task) == nil,
                              let label = row.labelCell, !label.continued, !copiesPlan(label.text, c) {
                        // A table with no column of results ("Bộ phận thực hiện | Nội dung công việc
                        // đã thực hiện | Tình hình"): the row's words are its result, their figures
                        // the task's.
                        absorbProse(label, into: c, skip: fromColumns, &reading)
                    }
                }
                if let c = current, let note = row.noteCell, !note.continued {
                    for f in r.v.figures(in: Tokenizer.tokenize(note.text)).found {
                        noted.append((c, GridReading.Figure(indicator: f.indicator, value: f.value, location: note.location, text: f.phrase)))
                    }
                }
                // A row under no task whose results are prose ("Đăng 03 bài trên trang …"): its
                // figures are quoted with the row's finding, as its number columns are.
                if current == nil {
                    for cell in row.valueWords where !cell.continued && !row.values.contains(where: { $0.cell.location == cell.location }) {
                        for f in r.v.figures(in: Tokenizer.tokenize(cell.text)).found { quotes.append(f.phrase) }
                    }
                }
                reportUnread(row, quotes)
                continue
            }
            // The task column of a "one row per indicator" table names the task on every row.
            if let t = row.taskText, !t.isEmpty {
                if let code = r.taskCode(in: t, sequence: false) ?? r.taskCode(in: row.code, sequence: true) ?? r.taskCode(in: row.seq, sequence: true) {
                    if code != current { begin(code, row) }
                } else if !t.isEmpty, current == nil || rows.first(where: { $0.taskText == t && $0.position < row.position }) == nil {
                    // The kinds of figures in the rows this task cell stands over weigh for the
                    // tasks that report them ("Tuyên truyền" over a row of "tin, bài").
                    // So do the rows numbered under it that leave the task cell blank ("1 | Tập
                    // huấn, tuyên truyền … | | Hoàn thành" over "1.1 | | Lớp tập huấn … | 6 | lớp").
                    // So do the rows under it that leave both the task cell and the number blank
                    // ("3 | Tập huấn nhãn hàng hóa … | Lớp tập huấn | 3 | lớp" over "| | Học viên |
                    // 340 | lượt").
                    let number = row.seq.trimmed(" .")
                    let blankBelow = rows[(n + 1)...].prefix {
                        guard ($0.taskText ?? "").isEmpty else { return false }
                        let seq = $0.seq.trimmed(" .")
                        return seq.isEmpty || !number.isEmpty && seq.hasPrefix(number + ".")
                    }
                    var own = Set<IndicatorID>()
                    for other in rows.filter({ $0.taskText == t }) + blankBelow {
                        for _ in other.values {
                            let money: Bool? = r.moneyScale(other.unit) != nil ? true : (other.unit.trimmed().isEmpty ? nil : false)
                            if let id = r.indicator(label: stripBullet(other.label), unit: other.unit, money: money).best { own.insert(id) }
                        }
                    }
                    var m = byMeaning(t, group: groupNumber, figures: own)
                    // "Việc | Nội dung | Cộng số liệu | Tình hình" over "KT chợ | Kiểm tra đo lường
                    // tại chợ (nhiệm vụ phân quyền) | …": under a header of work, not of the plan's
                    // tasks, a cell of a few words standing over its own row alone is the work's
                    // short name, the label beside it its description; both name the task.
                    let label = stripBullet(row.label)
                    // (Not a subtotal's "Cộng nhóm 5" over "Số nội dung đã xong", nor a label that
                    // names what the row's number counts, "ISO cơ quan HC | Cơ quan, đơn vị được
                    // hướng dẫn | 36": that says nothing of the work.)
                    if workNames, blankBelow.isEmpty, rows.filter({ $0.taskText == t }).count == 1, t.spaceSeparatedCount <= 4,
                       !label.isEmpty, label != t, !isSubtotal(t), !isTotal(t),
                       row.values.allSatisfy({ $0.cell.number == nil }) || r.indicator(label: label, unit: row.unit, money: nil).best == nil {
                        let joined = byMeaning(t + ": " + label, group: groupNumber, figures: own)
                        if joined.code != nil { m = joined }
                    }
                    // A column saying which work each figure belongs to ("Thuộc nội dung"): the
                    // rows sharing its words are one task, named by the first one's own label
                    // when that names a task ("Số cuộc kiểm tra đo lường"), else by its words.
                    if belongsTo {
                        let first = byMeaning(stripBullet(row.label), group: groupNumber, figures: own)
                        if first.code != nil { m = first }
                    }
                    if let code = m.code {
                        begin(code, row)
                        if let other = overruled(m) { reading.ownKind[code] = (other, t, row.labelCell?.location.description ?? "") }
                    } else { current = nil; noteUnmatched(t, m.ranked, row, &reading, &unmatched) }
                }
                statusFrom(row.statusCell, strict: true)
                statusFrom(row.noteCell, strict: false, note: true)
                doneDate(row)
            }
            // A code column naming each row's task ("II-5-c | Số cơ sở được kiểm tra | cơ sở |
            // 26"): each row one result of that task, as beside a task column.
            if taskCol == nil, !row.isHeading, !layout.isBreakdown,
               let code = r.taskCode(in: row.code, sequence: true) ?? (row.shape == .code ? r.taskCode(in: row.seq, sequence: true) : nil) {
                if code != current { begin(code, row) }
                statusFrom(row.statusCell, strict: true)
            }
            // Status rows: "Tiến độ thực hiện | | Đang triển khai".
            let labelTokens = Tokenizer.tokenize(row.label)
            if taskCol == nil, let m = r.g.statusRows.match(labelTokens, at: labelTokens.firstIndex { $0.kind == .word } ?? 0),
               m.end >= labelTokens.count - 1 {
                for cell in row.valueWords + [row.statusCell, row.noteCell].compactMap({ $0 }) { statusFrom(cell, strict: true) }
                continue
            }
            let repeatsTaskSeq = current != nil && !row.seq.trimmed().isEmpty && row.seq == taskSeq && shape == .other
            if taskCol == nil, !repeatsTaskSeq, !row.mergedUnder,
               row.isHeading || (taskShape != nil && shape == taskShape && shape != .dash && shape != .empty) {
                // A heading row: a group, a task, or a line of prose under the task.
                let next = rows.dropFirst(n + 1).first
                let code = r.taskCode(in: row.code, sequence: true) ?? r.taskCode(in: row.seq, sequence: true) ?? r.taskCode(in: row.label, sequence: false)
                let nextIsHeading = next.map { n in
                    let s = n.shape
                    return (n.isHeading || s == taskShape) && s != shape && s != .dash && s != .empty
                } ?? false
                // "► NV: Kiểm tra TĐC hàng hóa …" over "- Số cuộc KT | cuộc | 9": a heading whose
                // label opens with the word for a task and its colon (grids.yaml
                // `task_row_labels`) names its task in the words after it — a task of its own,
                // no prose under the task above.
                let named = code == nil ? taskRowLabelled(row.label) : nil
                // A row of the task level is a task even when a group row follows it.
                if code == nil, nextIsHeading, shape != .dash, shape != .empty, shape != taskShape {
                    // A group row over task rows.
                    let number = ExtractionRun.romans[row.seq.trimmed(" .").uppercased()] ?? Int(row.seq.trimmed(" ."))
                    groupNumber = r.planGroup(row.label, number: number)
                    groupText = row.label
                    current = nil
                    unmatched = nil
                    statusFrom(row.statusCell, strict: false)
                    continue
                }
                if let code {
                    begin(code, row)
                    taskShape = shape
                } else if (shape == .dash || shape == .empty), let c = current, row.values.isEmpty, named == nil {
                    // Prose under the task: "- | Kết quả thực hiện: Sở đã …".
                    if let cell = row.labelCell { absorbProse(cell, into: c, &reading) }
                    statusFrom(row.statusCell, strict: false)
                    statusFrom(row.noteCell, strict: false, note: true)
                    continue
                } else {
                    let m = byMeaning(stripBullet(named ?? row.label), group: groupNumber, context: groupText,
                                            figures: childIndicators(rows, from: n, shape: shape, layout: layout),
                                            evidence: childWords(rows, from: n, shape: shape))
                    if let c = m.code ?? soleTask(m) {
                        begin(c, row)
                        taskShape = shape
                        if let other = overruled(m) { reading.ownKind[c] = (other, row.label, row.labelCell?.location.description ?? "") }
                    } else {
                        current = nil
                        taskShape = shape
                        noteUnmatched(row.label, m.ranked, row, &reading, &unmatched)
                    }
                }
                statusFrom(row.statusCell, strict: true)
                headingStatus(row)
                if row.position == taskRowPosition { fillStatus(row) }
                // A task's row with no number whose result column states how far it came
                // ("Chưa làm", "Không có phát sinh / Ghi chú: …").
                if current != nil, let cell = row.valueWords.first(where: { !$0.continued }),
                   let st = leadingStatus(cell.text) ?? statedStatus(cell.text.trimmed(" .;")) {
                    setStatus(st, cell, confidence: 0.8)
                }
                statusFrom(row.noteCell, strict: false, note: true)
                doneDate(row)
                if row.values.isEmpty { continue }
            }
            // A grid with no heading rows and no task around it ("1 | Lớp tập huấn cho tiểu
            // thương | Lớp | 3", "2 | Kiểm tra cân tại chợ | Cuộc | 2"): each row names its task.
            if flat, taskCol == nil, !row.label.isEmpty, !row.mergedUnder {
                let previous = current
                current = nil
                var own = Set<IndicatorID>()
                for (vi, value) in row.values.enumerated() {
                    // Money by the column, the unit cell ("Tiền phạt | đồng | 1.286.000.000") or what
                    // is written after the number ("1.250.000đ"); a count's unit likewise ("31 cơ sở").
                    let writtenMoney = textScale(value.cell.text) != nil
                    let rowUnit = row.lineUnits[vi] ?? row.unit
                    let money: Bool? = layout.roles[value.column] == .money || r.moneyScale(rowUnit) != nil || writtenMoney ? true : nil
                    let unit = rowUnit.trimmed().isEmpty && !writtenMoney ? unitAfterNumber(value.cell.text) : rowUnit
                    if let id = r.indicator(label: stripBullet(row.label), unit: unit, money: money,
                                            columnIndicator: layout.indicatorColumns[value.column]).best { own.insert(id) }
                }
                // "Cuộc kiểm tra tại chợ | 2" then "Cơ sở được kiểm tra | 17": a row whose words
                // name no task, counting what the task of the row above reports, goes on with it.
                let goesOn = previous.flatMap { p in !own.isEmpty && own.isSubset(of: r.profiles.figures[p] ?? []) ? p : nil }
                // Words that chose a task which reports none of what the row counts weigh less
                // than the row above's task, or the one task named before, that does.
                let meantRanked = byMeaning(stripBullet(row.label), group: rowGroup(row, labelCol) ?? groupNumber, context: groupText, figures: own)
                let meant = meantRanked.code
                // Nor does a task the plan gives to other kinds of units than the reporting one's.
                func forUnit(_ code: String) -> Bool {
                    guard let kind = unitGroup, let groups = r.profiles.unitGroups[code] else { return true }
                    return groups.contains(kind)
                }
                let fits = meant.map { !own.isDisjoint(with: r.profiles.figures[$0] ?? []) && forUnit($0) } ?? false
                // A row repeating the unit's own code of the row above ("CV-3") goes on with its task.
                let sameCode = previous != nil && shape == .other && !row.seq.trimmed().isEmpty && row.seq == taskSeq
                let code = r.taskCode(in: row.code, sequence: true) ?? r.taskCode(in: row.seq, sequence: true) ?? r.taskCode(in: row.label, sequence: false)
                    ?? (sameCode ? previous : nil)
                    ?? (standsAlone ? amongNamed(stripBullet(row.label), own, previous: previous) : nil)
                    ?? (fits ? meant : goesOn ?? namedBefore(own) ?? meant)
                if let code, code == goesOn, code == previous {
                    current = code
                } else if let code {
                    begin(code, row)
                    if code == meant, let other = overruled(meantRanked) { reading.ownKind[code] = (other, row.label, row.labelCell?.location.description ?? "") }
                    statusFrom(row.statusCell, strict: true)
                }
                // "Hoàn thành ngày | 20/9/2026" on a row naming its own task, as on a task's row.
                if current != nil { doneDate(row) }
            }
            // A result row: each number becomes a figure of the task above, or a finding.
            var quotes: [String] = []
            for (vi, value) in row.values.enumerated() {
                let cell = value.cell
                let role = layout.roles[value.column]
                // An empty unit cell: the unit written after the number ("15 cơ sở", "01 hội nghị"),
                // or shown after it by a sheet cell's number format ('0" DN"': 23 shown "23 DN").
                var row = row
                if let u = layout.pairedUnits[value.column] { row.unit = row.row.cell(startingAt: u)?.text ?? "" }
                if let u = row.lineUnits[vi] { row.unit = u }
                if row.unit.trimmed().isEmpty, let u = layout.columnUnits[value.column] { row.unit = u }
                if row.unit.trimmed().isEmpty, textScale(cell.text) == nil { row.unit = unitAfterNumber(cell.text) }
                // A unit of money in the unit cell, or else in the label ("Tiền phạt (đồng)").
                let unitScale = r.moneyScale(row.unit) ?? (row.unit.trimmed().isEmpty ? labelScale(row.label) : nil)
                if unitScale == nil, r.isSilentUnit(row.unit) { continue }
                // "3.500.000đ": an amount by what is written after it (or shown by its format).
                let writtenMoney = textScale(cell.text) != nil
                let money: Bool? = role == .money || unitScale != nil || writtenMoney ? true : (row.unit.trimmed().isEmpty || row.unit == "-" ? nil : false)
                let labelText = stripBullet(row.label)
                var id = r.indicator(label: labelText, unit: row.unit, money: money, columnIndicator: layout.indicatorColumns[value.column],
                                     taskMoney: soleMoney(of: current))
                // A number with its own unit of measure beside it ("SL | ĐV" pairs, a unit heading
                // its column) is counted by that unit: the row's words are shared by all its
                // numbers, and a kind they name that the unit cannot count is another number's.
                // A number on a line of its own cell is counted by its unit line alone: a unit
                // that counts nothing of the plan ("36 | khu phố") leaves it quoted.
                if row.lineUnits[vi] != nil, id.best != nil, money != true,
                   r.indicator(label: "", unit: row.unit, money: money).scores.isEmpty { id = (nil, [], false) }
                if layout.pairedUnits[value.column] != nil || layout.columnUnits[value.column] != nil, let best = id.best, money != true {
                    let byUnit = r.indicator(label: "", unit: row.unit, money: money).scores
                    if !byUnit.isEmpty, !byUnit.contains(where: { $0.0 == best }) {
                        id = (nil, id.scores.filter { s in byUnit.contains { $0.0 == s.0 } }, false)
                    }
                }
                // On a task's own row the label describes the task more than what was counted:
                // where label and unit together are unclear, the unit of measure says it among
                // the kinds of figures the task reports ("Phối hợp kiểm tra cân tại chợ | Cuộc |
                // 2" under a task of inspections; "Tổ chức tọa đàm | Cuộc" under one of training).
                // So on a row under the task's that leaves its label blank ("- | | 35 | cơ sở"
                // under "Kiểm tra … | 3 | cuộc"), among the kinds the task has not yet been given
                // in this table.
                // (Not a row whose words stand in another column: "Quý II | 11 | cơ sở" under a
                // merged label is a part of the task's result, of a kind its words leave open.)
                let blankUnder = labelText.isEmpty && row.position != taskRowPosition
                    && row.valueWords.allSatisfy { $0.continued || $0.text.trimmed().isEmpty }
                if id.best == nil, !id.excluded, row.position == taskRowPosition || blankUnder, let code = current,
                   let reported = r.profiles.figures[code] {
                    let given = blankUnder ? Set(reading.entries[reading.entry(code)].figures.map(\.indicator)) : []
                    let byUnit = r.indicator(label: "", unit: row.unit, money: money).scores.filter { reported.contains($0.0) && !given.contains($0.0) }.sorted { $0.1 > $1.1 }
                    if let top = byUnit.first, byUnit.count == 1 || top.1 > byUnit[1].1 { id = (top.0, byUnit, false) }
                }
                // "ĐVT | Số lượng | Số người tham dự": the unit of measure is the quantity
                // column's; a column whose header names its indicator counts that, whatever the
                // row's unit ("khóa" beside "41" people).
                // (A money column's amount is what the row's words say it is when they name
                // another amount: "Tiền xử phạt VPHC" under "Kinh phí (đồng)".)
                let otherAmount = id.best.map { $0.isMoney && $0 != layout.indicatorColumns[value.column] } ?? false
                if let own = layout.indicatorColumns[value.column], !(own.isMoney && otherAmount),
                   layout.valueColumns.contains(where: { layout.roles[$0] == .quantity && layout.indicatorColumns[$0] == nil }) {
                    id = (own, [(own, 1)], false)
                }
                if id.best == nil, !id.excluded, let named = indicatorElsewhere(row, value, unit: row.unit, money: money) { id = named }
                guard let indicator = id.best else {
                    quotes.append(quote(row, value))
                    if n < grandTotalAfter { unreadInColumn[value.column, default: []].insert(row.position) }
                    continue
                }
                var amount = value.value
                if indicator.isMoney {
                    let scale = textScale(cell.text) ?? unitScale ?? layout.scales[value.column] ?? 1
                    amount = (amount * scale).rounded()
                }
                guard var code = current else { quotes.append(quote(row, value)); continue }
                // "Nội dung | Số lượng" in a passage, a row counting what the passage's task never
                // reports ("Mẫu được lấy | 4" after the items on training): the row's own task —
                // the one the report named that reports it, else its words' — when that one does.
                if layout.isList, r.profiles.figures[code]?.contains(indicator) == false {
                    let words = stripBullet(row.label)
                    if let other = amongNamed(words, [indicator], previous: nil) ?? byMeaning(words, group: groupNumber, figures: [indicator]).code,
                       other != code, r.profiles.figures[other]?.contains(indicator) == true { code = other }
                }
                // "Kết quả tóm tắt | 5 tin" beside "Tin, bài | 5": a summary cell restating what
                // a column of that indicator gives on the same row is the same figure, read once.
                if restates(row, value, indicator) { replacedTexts.append(cell.text); continue }
                if n < grandTotalAfter { readInColumn[value.column, default: []].insert(indicator) }
                let k = reading.entry(code)
                reading.entries[k].figures.append(.init(indicator: indicator, value: amount, location: cell.location,
                                                        text: "\(labelText) = \(cell.text) \(layout.isList ? "" : unitBeside(cell.text, row.unit))".trimmed()))
            }
            // Beside a task column, a result written in words ("Đã hoàn thành", "Đăng 15 tin,
            // bài …") is the row's task's, as in a table of one row per task.
            if taskCol != nil, let c = current {
                for cell in row.valueWords { absorbProse(cell, into: c, label: stripBullet(row.label), &reading) }
            } else if let c = current, !row.values.isEmpty, !row.valueWords.isEmpty {
                // A result row whose other result column is prose ("Thực hiện | 26 | Đang làm
                // / 03 cuộc kiểm tra, 26 cơ sở; 04 cơ sở vi phạm …"): the prose's figures of
                // kinds the task's columns have not given are its results too.
                let given = Set(reading.entries[reading.entry(c)].figures.map(\.indicator))
                for cell in row.valueWords { absorbProse(cell, into: c, skip: given, label: stripBullet(row.label), &reading) }
            }
            // "Nội dung công việc | Hoạt động đã thực hiện | … | Số lượng | ĐVT": the work's name,
            // then what was done told in words beside the row's number ("Kiểm tra 22 cơ sở …;
            // 02 cơ sở vi phạm, phạt 30.000.000 đồng" beside "4 | cuộc"). The telling's figures
            // of kinds the task's columns have not given are its results too.
            if !tellingColumns.isEmpty, let c = current, !row.values.isEmpty, !row.isHeading {
                let tellings = row.row.cells.filter { tellingColumns.contains($0.column) && !$0.continued && !$0.text.isBlank }
                if !tellings.isEmpty {
                    let given = Set(reading.entries[reading.entry(c)].figures.map(\.indicator))
                    for cell in tellings { absorbProse(cell, into: c, skip: given, &reading) }
                }
            }
            // A count written in the note beside a result ("95 người dự", "05 cơ sở vi phạm"):
            // a figure of the row's task when its columns give none of that kind.
            if let c = current, let note = row.noteCell, !note.continued {
                for f in r.v.figures(in: Tokenizer.tokenize(note.text)).found {
                    noted.append((c, GridReading.Figure(indicator: f.indicator, value: f.value, location: note.location, text: f.phrase)))
                }
            }
            reportUnread(row, quotes)
            if current != nil, !(taskShape != nil && shape == taskShape) {
                statusFrom(row.statusCell, strict: false)
            }
        }
        if let c = current, !rows.isEmpty { rowTask[rows.count - 1] = c }
        // A row whose code cell names several tasks ("2.g; 4.c", "5.a + 5.b": grids.yaml
        // `code_joins`) reports on each: read as the first named, each other one takes the
        // row's status, and each of the row's figures goes to the named task that reports its
        // kind (task_profiles.yaml `figures`); among several, to the one whose words the
        // figure's own clause of the result holds ("lấy 20 mẫu khảo sát" is II.5.b's beside
        // II.5.a), else to the first named.
        for row in rows {
            guard let first = reading.rowTasks[row.row.index] else { continue }
            let codes = r.taskCodes(inCodeCell: row.code.isEmpty ? row.seq : row.code)
            guard codes.count >= 2, codes.contains(first) else { continue }
            let k = reading.entry(first)
            let here = Set(row.row.cells.map(\.location))
            let stated = reading.entries[k].status.flatMap { $0.location.map(here.contains) == true ? $0 : nil }
            for other in codes where other != first {
                let j = reading.entry(other)
                if let l = row.labelCell { reading.entries[j].sources.append(l.location.description) }
                if reading.entries[j].status == nil, let stated { reading.entries[j].status = stated }
            }
            let texts = Dictionary(row.row.cells.map { ($0.location, $0.text) }, uniquingKeysWith: { a, _ in a })
            var kept: [GridReading.Figure] = []
            for f in reading.entries[k].figures {
                guard here.contains(f.location) else { kept.append(f); continue }
                let fits = codes.filter { r.profiles.figures[$0]?.contains(f.indicator) == true }
                var target = fits.first ?? first
                if fits.count >= 2, let text = texts[f.location] {
                    let clause = text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).first { $0.contains(f.text) }.map(String.init) ?? ""
                    let scores = r.profiles.phraseScores(clause)
                    let ranked = fits.map { ($0, scores[$0] ?? 0) }
                    if let top = ranked.max(by: { $0.1 < $1.1 }), top.1 > 0, ranked.filter({ $0.1 == top.1 }).count == 1 { target = top.0 }
                }
                if target == first { kept.append(f) } else { reading.entries[reading.entry(target)].figures.append(f) }
            }
            reading.entries[k].figures = kept
        }
        /// A total row's cell as an amount of `id`: money scaled by what is written after the
        /// number, else by the column's scale.
        func totalAmount(_ value: (column: Int, value: Double, cell: GridCell), _ id: IndicatorID) -> Double {
            guard id.isMoney else { return value.value }
            let scale = (value.cell.number == nil ? textScale(value.cell.text) : nil) ?? layout.scales[value.column] ?? 1
            return (value.value * scale).rounded()
        }
        /// The total in place of the figures of kind `id` that entry `k`'s rows gave.
        func standForParts(_ k: Int, _ id: IndicatorID, _ value: (column: Int, value: Double, cell: GridCell), amount: Double, row: Row) {
            reading.entries[k].figures.removeAll { $0.indicator == id }
            reading.entries[k].figures.append(.init(indicator: id, value: amount, location: value.cell.location,
                text: "\(short(stripBullet(row.label.isEmpty ? row.seq : row.label))) – \(layout.headers[value.column] ?? "") = \(value.cell.text)"))
        }
        // A sub-units table's total is its result: it replaces the parts of each column it
        // gives; where the parts do not add up to it, a person is told.
        for total in breakdownTotals {
            guard let code = total.after > 0 ? rowTask[total.after - 1] : current else { continue }
            let k = reading.entry(code)
            for value in total.row.values {
                guard let id = layout.indicatorColumns[value.column] else {
                    // A column of no known indicator: its total, not only its parts, is quoted.
                    reading.findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                        message: r.g.message("total_unread", ["header": short(layout.headers[value.column] ?? ""), "value": value.cell.text, "task": code]),
                        source: value.cell.location.description))
                    continue
                }
                let amount = totalAmount(value, id)
                let parts = reading.entries[k].figures.filter { $0.indicator == id }
                let sum = parts.map(\.value).reduce(0, +)
                standForParts(k, id, value, amount: amount, row: total.row)
                if !parts.isEmpty, sum != amount {
                    reading.findings.append(Finding(severity: .warning, code: "figure-total-mismatch",
                        message: r.g.message("total_mismatch", ["task": code, "total": GridResolver.numberText(amount),
                                                                "header": short(layout.headers[value.column] ?? ""), "sum": GridResolver.numberText(sum)]),
                        source: value.cell.location.description))
                }
            }
        }
        // One task's rows by kind ("Công tơ điện 1 pha | chiếc | 9.845", "Cân ô tô | chiếc |
        // 142", …) over a total: in each column whose rows were read as one indicator, the total
        // is the result, and it covers the rows whose unit was not understood ("bộ").
        if !layout.isBreakdown, let total = grandTotal, let code = currentTask, reading.entries.allSatisfy({ $0.code == code }) {
            let k = reading.entry(code)
            var covered = Set<Int>()
            for value in total.values {
                guard let ids = readInColumn[value.column], ids.count == 1, let id = ids.first else { continue }
                let amount = totalAmount(value, id)
                let parts = reading.entries[k].figures.filter { $0.indicator == id }
                // The rows read add up to no more than the total: the total stands.
                guard parts.map(\.value).reduce(0, +) <= amount else { continue }
                replacedTexts += parts.map(\.text)
                standForParts(k, id, value, amount: amount, row: total)
                covered.formUnion(unreadInColumn[value.column] ?? [])
            }
            // A row's finding goes when its only unread number is one the total covers.
            let dropped = covered.compactMap { unreadFinding[$0] }.filter { $0.quotes == 1 }.map(\.index).sorted(by: >)
            for i in dropped where i < reading.findings.count { reading.findings.remove(at: i) }
        }
        // The count a total's label gives ("Tổng cộng: 05 đoàn") is the task's figure of its
        // kind when the rows gave none of that kind; else it is quoted with the rows' figures.
        for total in totalCounts {
            let task = total.after > 0 ? rowTask[total.after - 1] : current
            for f in r.v.figures(in: Tokenizer.tokenize(total.text)).found {
                if let code = task, reading.entries[reading.entry(code)].figures.allSatisfy({ $0.indicator != f.indicator }) {
                    reading.entries[reading.entry(code)].figures.append(.init(indicator: f.indicator, value: f.value, location: total.cell.location, text: f.phrase))
                } else if task == nil {
                    reading.findings.append(Finding(severity: .warning, code: "figure-without-task",
                        message: r.g.message("figures_without_task", ["quotes": GridResolver.quoted([f.phrase])]),
                        source: total.cell.location.description))
                }
            }
        }
        for (code, f) in noted {
            let k = reading.entry(code)
            let same = reading.entries[k].figures.filter { $0.indicator == f.indicator }
            // Only a kind of figure the task reports: a note's count of anything else ("12 hộ
            // kinh doanh" beside a course) is quoted for a person to place.
            if r.profiles.figures[code]?.contains(f.indicator) != true {
                reading.findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                    message: r.g.message("note_unread", ["quote": f.text, "task": code]),
                    source: f.location.description))
            } else if same.isEmpty {
                reading.entries[k].figures.append(f)
            } else if same.map(\.value).reduce(0, +) != f.value {
                reading.findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                    message: r.g.message("note_differs", ["quote": f.text, "task": code, "sum": GridResolver.numberText(same.map(\.value).reduce(0, +))]),
                    source: f.location.description))
            }
        }
        // The other questions of a task's row ("Có phát sinh? | FALSE" beside "Đã hoàn thành?"):
        // each answer a claim on the row's task, weighed as the status column's are. A status
        // per period ("Quý I | Quý II | Quý III": "Chưa bắt đầu | Đang làm | Hoàn thành"): the
        // latest period that states one is the task's, as a status column's cell is; a
        // forecast's column ("Quý IV (dự kiến)") is a target, not a period.
        let periodColumns = layout.roles.filter { $0.value == .period }.map(\.key).sorted().filter { c in
            // "Quý IV (dự kiến)": a forecast, whatever its parenthesis says of a period.
            !(layout.headers[c].map { h in r.g.columns.matches(in: Tokenizer.tokenize(h)).contains { $0.value == .target } } ?? false)
        }
        for row in rows {
            guard let code = reading.rowTasks[row.row.index] else { continue }
            if !periodColumns.isEmpty {
                let stated = periodColumns.compactMap { c -> (GridCell, TaskStatus)? in
                    guard let cell = row.row.cell(startingAt: c), !cell.continued, number(cell) == nil, let st = r.status(cell.text).status else { return nil }
                    return (cell, st)
                }
                if let (cell, st) = stated.last {
                    let k = reading.entry(code)
                    if reading.entries[k].status.map({ $0.confidence < 1 }) ?? true {
                        reading.entries[k].status = Claim(value: st, confidence: 1, location: cell.location)
                    }
                }
            }
            for (c, ask) in layout.questions.sorted(by: { $0.key < $1.key }) where c != statusCol {
                guard let cell = row.row.cell(startingAt: c), !cell.continued, let a = r.answer(cell.text, ask), let st = a.status else { continue }
                let k = reading.entry(code)
                // "Có thực hiện? | Có" then "Đã xong? | Chưa": a yes to whether the work was
                // taken up, a finer question (`refines_yes`) says how far it came.
                let refined = ask.refinesYes && reading.entries[k].status.flatMap { old in
                    questionAnswer(row, at: old.location, layout).map { $0.status == $0.ask.yes && $0.column != c }
                } == true
                if !refined, let old = reading.entries[k].status, old.confidence >= a.weight { continue }
                reading.entries[k].status = Claim(value: st, confidence: refined ? max(a.weight, reading.entries[k].status?.confidence ?? 0) : a.weight, location: cell.location)
            }
        }
        reading.entries.removeAll { blank.contains($0.code) && $0.status == nil && $0.figures.isEmpty && $0.texts.isEmpty }
        // A task taken for the unit's kind over the one its words were closer to: said, with the
        // figures counted for it, so that an officer can move them.
        for (code, why) in reading.ownKind.sorted(by: { $0.key < $1.key }) {
            guard let e = reading.entries.first(where: { $0.code == code }), !e.figures.isEmpty else { continue }
            let quotes = e.figures.map { "“\($0.text)”" }.joined(separator: "; ")
            let message = r.g.ownKindMessage.replacingOccurrences(of: "{label}", with: short(why.label))
                .replacingOccurrences(of: "{task}", with: code).replacingOccurrences(of: "{other}", with: why.other)
                .replacingOccurrences(of: "{quotes}", with: quotes)
            reading.findings.append(Finding(severity: .info, code: "task-close-call", message: message, source: why.place.isEmpty ? nil : why.place))
        }
        auditUnread(rows, rowTask, layout, &reading, alsoRead: replacedTexts)
        return reading
    }

    /// The bare yes or no a row answers in a question column at `location` (a cell of the
    /// row): the column, what its header asks, and the status the answer states.
    func questionAnswer(_ row: Row, at location: Location?, _ layout: GridLayout) -> (column: Int, ask: GridVocabulary.QuestionColumns.Ask, status: TaskStatus?)? {
        guard let location, let cell = row.row.cells.first(where: { $0.location == location }),
              let ask = layout.questions[cell.column], let a = r.answer(cell.text, ask) else { return nil }
        return (cell.column, ask, a.status)
    }

    /// Numbers written in the words of a row's cells (a task's label "Tổ chức 02 lớp …", a
    /// result or note in prose) that became no figure and that no finding of the reading
    /// quotes: quoted now, one finding per task of the grid, so that nothing the rows hold is
    /// dropped unseen. References, dates, years, percentages and codes are not results.
    func auditUnread(_ rows: [Row], _ rowTask: [Int: String], _ layout: GridLayout, _ reading: inout GridReading, alsoRead: [String] = []) {
        var raws = Set<String>()
        var values = Set<Double>()
        func collect(_ text: String) {
            for t in Tokenizer.tokenize(text) where t.kind == .number {
                raws.insert(String(t.raw))
                if let v = VietNumber.parse(t.raw) { values.insert(v) }
            }
        }
        // What the reading already says is gathered only when some cell may hold an unread
        // number (most grids have none): tokenizing every figure and finding costs.
        var collected = false
        func collectOnce() {
            guard !collected else { return }
            collected = true
            for e in reading.entries { for f in e.figures { values.insert(f.value); collect(f.text) } }
            for text in alsoRead { collect(text) }
            for f in reading.findings { collect(f.message) }
        }
        var quotes: [(task: String?, quote: String, location: String?)] = []
        var skip: Set<Int> = Set([layout.column(.sequence), layout.column(.code), layout.column(.measureUnit)].compactMap { $0 })
        for (c, role) in layout.roles where role == .date { skip.insert(c) }
        // What was planned or is still expected ("Dự kiến đến 31/12 | 01 cuộc trong tháng 12"),
        // a comparison ("So cùng kỳ"): never a result, so no figure left unread.
        for (c, role) in layout.roles where role == .target { skip.insert(c) }
        // (Rows whose note says their work is not the plan's hold nothing of it to lose.)
        for (n, row) in rows.enumerated() where !reading.outsidePlanRows.contains(row.row.index) {
            for cell in row.row.cells where !cell.continued && !skip.contains(cell.column) && layout.flags[cell.column] == nil && !isPeriodName(cell.text) && !isCodeCell(cell, layout) {
                // An ASCII digit test: Unicode's numeric property is slow and reports never
                // write their figures in other digits.
                guard cell.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), number(cell) == nil else { continue }
                // "1 - Hoàn thành", "4 - Không phát sinh": a status chosen from a numbered list,
                // its number the option's, no figure.
                if layout.roles[cell.column] == .status, r.v.isNumberedStatusOption(Tokenizer.tokenize(cell.text)) { continue }
                collectOnce()
                let tokens = Tokenizer.tokenize(cell.text)
                let found = r.v.figures(in: tokens)
                var missing: [String] = []
                for f in found.found where !values.contains(f.value) { missing.append(f.phrase) }
                for u in found.unplaced {
                    let nums = Tokenizer.tokenize(u.phrase).filter { $0.kind == .number }.map { String($0.raw) }
                    if !nums.contains(where: raws.contains) { missing.append(u.phrase) }
                }
                for u in found.unread where !raws.contains(u.number) {
                    if let v = VietNumber.parse(Substring(u.number)), values.contains(v) { continue }
                    missing.append(u.phrase)
                }
                for m in missing {
                    quotes.append((rowTask[n], m, cell.location.description))
                    collect(m)
                }
            }
        }
        guard !quotes.isEmpty else { return }
        var order: [String?] = []
        for q in quotes where !order.contains(where: { $0 == q.task }) { order.append(q.task) }
        for task in order {
            let mine = quotes.filter { $0.task == task }
            let list = mine.map { "“\(short($0.quote))”" }.joined(separator: "; ")
            if let task {
                reading.findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                    message: r.g.message("figures_unread", ["quotes": list, "task": task]),
                    source: mine.first?.location))
            } else {
                reading.findings.append(Finding(severity: .warning, code: "figure-without-task",
                    message: r.g.message("figures_without_task", ["quotes": list]),
                    source: mine.first?.location))
            }
        }
    }

    /// The one kind of money a task reports (an inspection's fines), nil when it reports none
    /// or several: what an amount on its rows is when the amount's words name no kind.
    /// Whether a column's header opens with the words of a column of results ("Thực hiện đến
    /// 30/9/2026 (đồng)", "Kết quả …"; grids.yaml `columns`), not with a thing it counts.
    func headsResults(_ header: String?) -> Bool {
        guard let header else { return false }
        let tokens = Tokenizer.tokenize(header)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), let m = r.g.columns.match(tokens, at: first),
              [GridColumnRole.quantity, .cumulative, .period, .periodTotal].contains(m.value) else { return false }
        // What follows, up to its bracket, is a period ("đến 30/9/2026", "9 tháng đầu năm"), not
        // a thing ("Giá trị hàng hóa thu hồi"): each of its words is a period's
        // (`results_period_words`), its numbers and dates aside.
        let end = tokens[m.end...].firstIndex { $0.raw == "(" } ?? tokens.endIndex
        var k = m.end
        while k < end {
            guard tokens[k].kind == .word else { k += 1; continue }
            guard let p = r.g.resultsPeriodWords.match(tokens, at: k), p.end <= end else { return false }
            k = p.end
        }
        return true
    }

    func soleMoney(of code: String?) -> IndicatorID? {
        guard let code, let money = r.profiles.figures[code]?.filter(\.isMoney), money.count == 1 else { return nil }
        return money.first
    }

    /// Numbers in a row's other columns (a note "03 đoàn kiểm tra", a column whose header is
    /// no known role): quoted, so that nothing in the row is dropped unseen. Sequence and code
    /// columns, years, percentages and dates are not results.
    /// The unit of measure a label column's header names ("Loại PTĐ", "Item type / Loại
    /// phương tiện đo"): what its rows count when their numbers carry no unit. Empty if none.
    func headerUnit(_ header: String) -> String {
        let tokens = Tokenizer.tokenize(header)
        var found = ""
        for k in tokens.indices where tokens[k].kind == .word {
            if let m = r.g.measureUnits.match(tokens, at: k) { found = tokens[k..<m.end].map { String($0.raw) }.joined(separator: " ") }
        }
        return found
    }

    /// A short cell under no known header that holds a task's code ("2.g", "5c").
    func isCodeCell(_ cell: GridCell, _ layout: GridLayout) -> Bool {
        layout.roles[cell.column] == nil && layout.indicatorColumns[cell.column] == nil && cell.number == nil
            && cell.text.utf8.count <= 8 && r.taskCode(in: cell.text, sequence: true) != nil
    }

    /// Numbers beside the row's result that add up to it ("Tổng số | Trong đó: chủ trì |
    /// phối hợp", "5 | 2 | 3") are its parts, said by the result: not quoted.
    func strayNumbers(_ row: Row, _ layout: GridLayout) -> [String] {
        var out: [String] = []
        var sum = 0.0
        for cell in row.row.cells where !cell.continued && !isCodeCell(cell, layout) && cell.column != pointerColumn {
            let role = layout.roles[cell.column]
            guard role == nil || role == .note, layout.flags[cell.column] == nil, cell.column != layout.labelColumn,
                  let n = number(cell) else { continue }
            if role == .note, !r.v.figures(in: Tokenizer.tokenize(cell.text)).found.isEmpty { continue }
            let unit = unitAfterNumber(cell.text)
            if r.isSilentUnit(unit) || cell.text.contains("%") { continue }
            if unit.isEmpty, VietNumber.isYear(n) { continue }
            let label = stripBullet(row.label.isEmpty ? (row.taskText ?? "") : row.label)
            let header = layout.headers[cell.column].map { " (\($0))" } ?? ""
            out.append("\(short(label)): \(cell.text)\(header)")
            sum += n
        }
        if !out.isEmpty, row.values.contains(where: { abs($0.value - sum) < 0.5 }) { return [] }
        return out
    }

    /// What a row says besides its label: its cells of words (results, notes), for the
    /// words that tell two close tasks apart.
    func rowWords(_ row: Row) -> String {
        (row.valueWords.map(\.text) + [row.noteCell].compactMap { $0?.text }).joined(separator: "\n")
    }

    /// The words of a heading row and of the result rows under it (up to the next heading).
    func childWords(_ rows: [Row], from n: Int, shape: Shape) -> String {
        var out: [String] = []
        for (k, row) in rows.enumerated().dropFirst(n) {
            let s = row.shape
            if k > n, row.isHeading && s != .dash && s != .empty || s == shape && s != .dash && s != .empty { break }
            out.append(row.label)
            out.append(rowWords(row))
        }
        return out.joined(separator: "\n")
    }

    /// The indicators of a heading row and the result rows under it (up to the next heading).
    func childIndicators(_ rows: [Row], from n: Int, shape: Shape, layout: GridLayout) -> Set<IndicatorID> {
        var out = Set<IndicatorID>()
        for (k, row) in rows.enumerated().dropFirst(n) {
            let s = row.shape
            if k > n, row.isHeading && s != .dash && s != .empty || s == shape && s != .dash && s != .empty { break }
            out.formUnion(nestedKinds[row.row.index] ?? [])
            for value in row.values {
                let unitScale = r.moneyScale(row.unit)
                let money: Bool? = layout.roles[value.column] == .money || unitScale != nil ? true : (row.unit.trimmed().isEmpty ? nil : false)
                if let id = r.indicator(label: stripBullet(row.label), unit: row.unit, money: money,
                                        columnIndicator: layout.indicatorColumns[value.column]).best { out.insert(id) }
            }
        }
        return out
    }

    /// Sub-units by rows, tasks by groups of columns (`GridRecognisers.placeGroups`): a task's
    /// figures are its total row's ("Toàn phường", "Tổng cộng"), or with none the sum of its
    /// sub-units' rows; its status is the verdicts row's cell over its columns ("Đánh giá chung").
    func readPlaceGroups(_ grid: Grid, layout: GridLayout) -> GridReading {
        let labelCol = layout.labelColumn!
        let headerEnd = grid.rows[layout.headerRows.upperBound - 1].index
        var reading = GridReading(rows: grid.rows[layout.headerRows.lowerBound].index...headerEnd)
        var totals: GridRow?
        var verdicts: GridRow?
        var places: [GridRow] = []
        var last = headerEnd
        for position in layout.headerRows.upperBound..<grid.rows.count {
            let gr = grid.rows[position]
            if endsGrid(gr) { break }
            if case .sheet = grid.source, gr.index - last > 1 { break }
            let label = gr.cell(at: labelCol)?.text ?? ""
            let tokens = Tokenizer.tokenize(label)
            let first = tokens.firstIndex { $0.kind == .word } ?? 0
            let numbers = gr.cells.contains { $0.column > labelCol && $0.number != nil }
            if r.g.statusRows.match(tokens, at: first).map({ $0.end >= tokens.count - 1 }) == true || r.g.columns.wholeMatch(label) == .status {
                verdicts = gr
            } else if isTotal(label) || r.v.totalRows.contains(VietText.words(label).prefix(1).joined(separator: " ")) && numbers {
                totals = gr
            } else if numbers {
                places.append(gr)
            } else { break }
            last = gr.index
            reading.rows = reading.rows.lowerBound...gr.index
        }
        var untasked: [String] = []
        var unread: [String: [String]] = [:]
        var firstPlace: [String: String] = [:]
        for group in layout.taskGroups {
            let own = Set(group.measures.compactMap(\.indicator))
            let code = byMeaning(group.text, figures: own).code
            var figures: [GridReading.Figure] = []
            for m in group.measures {
                var value: Double?
                var location: Location?
                var text = ""
                if let t = totals, let cell = t.cell(startingAt: m.column), let n = number(cell) {
                    value = n; location = cell.location
                    text = "\(short(t.cell(at: labelCol)?.text ?? "")) – \(m.header) = \(cell.text)"
                } else {
                    let cells = places.compactMap { $0.cell(startingAt: m.column) }.filter { number($0) != nil }
                    guard let firstCell = cells.first else { continue }
                    value = cells.reduce(0) { $0 + (number($1) ?? 0) }
                    location = firstCell.location
                    text = r.g.message("place_groups_sum", ["measure": m.header, "rows": String(cells.count)])
                }
                guard let v = value, let at = location else { continue }
                guard let indicator = m.indicator else {
                    let quote = "\(short(group.text)) – \(m.header): \(GridResolver.numberText(v))"
                    if let code { unread[code, default: []].append(quote); if firstPlace[code] == nil { firstPlace[code] = at.description } }
                    else { untasked.append(quote) }
                    continue
                }
                var amount = v
                if indicator.isMoney { amount = (v * (m.scale ?? 1)).rounded() }
                figures.append(.init(indicator: indicator, value: amount, location: at, text: text))
            }
            guard let code else {
                for f in figures { untasked.append("\(short(group.text)) – \(f.text)") }
                continue
            }
            let k = reading.entry(code)
            reading.entries[k].figures += figures
            reading.entries[k].texts.append(group.text)
            reading.entries[k].sources.append(group.location.description)
            if let v = verdicts, let cell = v.cell(at: group.columns.lowerBound) {
                if let p = r.progress(cell.text) {
                    reading.entries[k].status = Claim(value: p.status, confidence: p.confidence, location: cell.location)
                } else {
                    let s = r.status(cell.text)
                    if let st = s.status { reading.entries[k].status = Claim(value: st, confidence: 1, location: cell.location) }
                    else if s.unknown {
                        reading.findings.append(Finding(severity: .warning, code: "status-unrecognized",
                            message: r.g.message("status_unrecognized", ["cell": cell.text, "of": r.g.message("of_task", ["task": code])]),
                            source: cell.location.description))
                    }
                }
            }
        }
        noteUnplaced(&reading, unread: unread, firstPlace: firstPlace, untasked: untasked)
        return reading
    }

    /// The findings of a table's figures left unread, by task (quoted with the place of each
    /// task's first), and of those whose column names no task.
    func noteUnplaced(_ reading: inout GridReading, unread: [String: [String]], firstPlace: [String: String], untasked: [String]) {
        for (code, quotes) in unread.sorted(by: { $0.key < $1.key }) {
            reading.findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                message: r.g.message("figures_unread", ["quotes": GridResolver.quoted(quotes), "task": code]),
                source: firstPlace[code]))
        }
        if !untasked.isEmpty {
            reading.findings.append(Finding(severity: .warning, code: "figure-without-task",
                message: r.g.message("figures_without_task", ["quotes": GridResolver.quoted(untasked)]),
                source: nil))
        }
    }

    /// A transposed table: a column per task, a row per indicator (label and unit of measure),
    /// status rows ("Tiến độ", "Tình hình thực hiện") and note rows ("Ghi chú") giving each
    /// task's status in its column. A task gets an entry when its column states something; a
    /// number in a column whose task is unclear, or whose row's indicator is, is a finding.
    func readTransposed(_ grid: Grid, layout: GridLayout) -> GridReading {
        let labelCol = layout.labelColumn!
        let unitCol = layout.column(.measureUnit)
        let headerEnd = grid.rows[layout.headerRows.upperBound - 1].index
        var reading = GridReading(rows: grid.rows[layout.headerRows.lowerBound].index...headerEnd)
        var layout = layout
        // A column whose header's words left two tasks close: the kinds of figures in it and
        // the reporting unit's kind decide, as for a row.
        for (c, code) in layout.taskColumns where code.isEmpty {
            var own = Set<IndicatorID>()
            for gr in grid.rows[layout.headerRows.upperBound...] where gr.cell(startingAt: c)?.number != nil {
                let unit = unitCol.flatMap { gr.cell(at: $0)?.text } ?? ""
                let money: Bool? = r.moneyScale(unit) != nil ? true : (unit.trimmed().isEmpty ? nil : false)
                if let id = r.indicator(label: stripBullet(gr.cell(at: labelCol)?.text ?? ""), unit: unit, money: money).best { own.insert(id) }
            }
            // (The header's own words: a task's name under its group's, in two levels.)
            if let header = layout.headers[c] ?? grid.rows[layout.headerRows.lowerBound].cell(startingAt: c)?.text, let found = byMeaning(header, figures: own).code {
                layout.taskColumns[c] = found
            }
        }
        let columns = layout.taskColumns.keys.sorted()
        func setStatus(_ s: TaskStatus, _ code: String, _ cell: GridCell, _ confidence: Double) {
            let k = reading.entry(code)
            // Parts of one task that disagree, one still under way ("DONE" for one batch, "IP"
            // for the last): the task is under way.
            let stillOpen = reading.entries[k].status.map { $0.value == .completed && s == .inProgress && confidence >= $0.confidence } ?? false
            if !stillOpen, let old = reading.entries[k].status, old.confidence >= confidence,
               !r.v.statusReading.replaces(old.value, old.confidence, with: s, confidence) { return }
            reading.entries[k].status = Claim(value: s, confidence: confidence, location: cell.location)
        }
        var unread: [String: [String]] = [:]
        var untasked: [String] = []
        var firstPlace: [String: String] = [:]
        var last = headerEnd
        for position in layout.headerRows.upperBound..<grid.rows.count {
            let gr = grid.rows[position]
            if endsGrid(gr) { break }
            if case .sheet = grid.source, gr.index - last > 1, !continuesAfterGap(gr, layout) { break }
            last = gr.index
            reading.rows = reading.rows.lowerBound...gr.index
            let label = gr.cell(at: labelCol)?.text ?? ""
            let unit = unitCol.flatMap { gr.cell(at: $0)?.text } ?? ""
            if isTotal(label) || r.isNumbering(gr) { continue }
            let tokens = Tokenizer.tokenize(label)
            let first = tokens.firstIndex { $0.kind == .word } ?? 0
            let statusRow = r.g.statusRows.match(tokens, at: first).map { $0.end >= tokens.count - 1 } == true
                || r.g.columns.wholeMatch(label) == .status
            let noteRow = !statusRow && r.g.columns.matches(in: tokens).contains { $0.value == .note }
            for c in columns {
                guard let cell = gr.cell(startingAt: c), !cell.continued, let code = layout.taskColumns[c] else { continue }
                let place = cell.location.description
                if statusRow || noteRow {
                    // A status in a column whose task is unclear is quoted with it.
                    guard !code.isEmpty else {
                        if statusRow { untasked.append("\(short(label)): \(short(cell.text)) (\(short(layout.headers[c] ?? "")))") }
                        continue
                    }
                    if statusRow {
                        if let p = r.progress(cell.text) { setStatus(p.status, code, cell, p.confidence); continue }
                        let s = r.status(cell.text)
                        if let st = s.status { setStatus(st, code, cell, 1) } else if s.unknown {
                            reading.findings.append(Finding(severity: .warning, code: "status-unrecognized",
                                message: r.g.message("status_unrecognized", ["cell": cell.text, "of": r.g.message("of_task", ["task": code])]),
                                source: place))
                        }
                    } else if let st = r.noteStatus(cell.text) {
                        setStatus(st, code, cell, 0.6)
                    }
                    continue
                }
                guard let n = number(cell) else { continue }
                let quote = "\(short(stripBullet(label))): \(cell.text) \(unit)".trimmed()
                guard !code.isEmpty else { untasked.append("\(quote) (\(short(layout.headers[c] ?? "")))"); continue }
                let unitScale = r.moneyScale(unit) ?? (unit.trimmed().isEmpty ? labelScale(label) : nil)
                if unitScale == nil, r.isSilentUnit(unit) { continue }
                let money: Bool? = unitScale != nil ? true : (unit.trimmed().isEmpty || unit == "-" ? nil : false)
                let id = r.indicator(label: stripBullet(label), unit: unit, money: money)
                guard let indicator = id.best else {
                    unread[code, default: []].append(quote)
                    if firstPlace[code] == nil { firstPlace[code] = place }
                    continue
                }
                var amount = n
                if indicator.isMoney {
                    let scale = cell.number == nil ? textScale(cell.text) ?? unitScale ?? 1 : unitScale ?? 1
                    amount = (n * scale).rounded()
                }
                let k = reading.entry(code)
                reading.entries[k].figures.append(.init(indicator: indicator, value: amount, location: cell.location,
                                                        text: "\(stripBullet(label)) = \(cell.text) \(unit)".trimmed()))
            }
        }
        for c in columns {
            guard let code = layout.taskColumns[c], !code.isEmpty, let k = reading.entries.firstIndex(where: { $0.code == code }) else { continue }
            if let h = layout.headers[c] { reading.entries[k].texts.append(h) }
            if let cell = grid.rows[layout.headerRows.lowerBound].cell(startingAt: c) { reading.entries[k].sources.append(cell.location.description) }
        }
        noteUnplaced(&reading, unread: unread, firstPlace: firstPlace, untasked: untasked)
        return reading
    }

    /// A log's rows are events in time: a job logged "Đang thực hiện" in March and logged again
    /// "Đã hoàn thành" in September is done — its state is what its latest dated row says,
    /// whichever order the log is kept in, and the earlier rows' statuses are its past, not a
    /// disagreement for a person to settle. Only a row of the same job (the same words) is
    /// superseded: different activities of one task are its parts, one still open keeps the
    /// task open. The positions (in `rows`) of the superseded rows.
    func supersededLogRows(_ rows: [Row], dates: Int) -> Set<Int> {
        var latest: [String: (n: Int, day: Int)] = [:]
        var superseded = Set<Int>()
        for (n, row) in rows.enumerated() {
            guard let day = row.row.cell(startingAt: dates).flatMap(GridResolver.dayNumber) else { continue }
            let job = VietText.words(row.label).joined(separator: " ")
            guard !job.isEmpty else { continue }
            guard let before = latest[job] else { latest[job] = (n, day); continue }
            if day >= before.day { superseded.insert(before.n); latest[job] = (n, day) } else { superseded.insert(n) }
        }
        return superseded
    }

    /// The day a log's date cell names, as one number to order by (year, month, day; no year:
    /// the rows of one year): "12/3/2026", "14/08", or a date cell (a serial day).
    static func dayNumber(_ cell: GridCell) -> Int? {
        if let serial = cell.number, (20_000...80_000).contains(serial) {
            // Days since 1899-12-30 to a civil date (H. Hinnant's days-to-civil, from 1970-01-01).
            let z = Int(serial) - 25_569 + 719_468
            let era = z / 146_097, doe = z - era * 146_097
            let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9
            return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 10_000 + month * 100 + day
        }
        guard isDate(cell.text) else { return nil }
        let parts = cell.text.trimmed().split(separator: "/").map { Int($0) ?? 0 }
        guard (1...31).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
        return (parts.count == 3 ? parts[2] : 0) * 10_000 + parts[1] * 100 + parts[0]
    }

    /// "12/3/2026", "14/08": a date as written in a log.
    static func isDate(_ text: String) -> Bool {
        let parts = text.trimmed().split(separator: "/")
        return parts.count >= 2 && parts.count <= 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }

    /// A row that breaks the figure of the row above into parts: unnumbered, its label opening
    /// with a breakdown's words (vocabulary.yaml `figure_reading.breakdowns`: "Trong đó: - Xã
    /// chủ trì"), or bulleted right after such a row that opens a list ("- Phối hợp Chi cục
    /// TĐC"), with a number in the same unit of measure as the row above. `open`: the unit of the row being
    /// broken down, kept from row to row (nil once a row is no part).
    func isBreakdownPart(_ row: Row, after previous: Row?, open: inout String?) -> Bool {
        let unit = VietText.words(row.unit).joined(separator: " ")
        let unnumbered = row.shape == .empty || row.shape == .dash
        guard unnumbered, !row.values.isEmpty, !unit.isEmpty else { open = nil; return false }
        let label = stripBullet(row.label)
        let tokens = Tokenizer.tokenize(label)
        let first = tokens.firstIndex { $0.kind == .word } ?? 0
        if let m = r.v.figureReading.breakdowns.match(tokens, at: first), let previous, !previous.values.isEmpty,
           VietText.words(previous.unit).joined(separator: " ") == unit {
            // Only parts opened as a list ("Trong đó: - Xã chủ trì") go on in bulleted rows;
            // after "Trong đó: đột xuất" a bulleted row is the next figure of the task.
            let rest = tokens[m.end...].drop { $0.raw == ":" }
            open = rest.first.map { ["-", "–", "+", "•"].contains(String($0.raw)) } == true ? unit : nil
            return true
        }
        if let o = open, o == unit, label != row.label.trimmed() { return true }
        open = nil
        return false
    }

    /// A total or a subtotal written in a task column ("TỔNG CỘNG", "Cộng nhóm 2").
    func isTotal(_ text: String) -> Bool {
        text.utf8.count <= 40 && r.v.totalRows.contains(VietText.words(text).joined(separator: " ")) || isSubtotal(text)
    }

    /// "Tổng cộng: 05 đoàn", "Cộng 06 cuộc": a total row's label that goes on, after the
    /// total's words (vocabulary.yaml `total_rows`), with a count of a few words. Returns
    /// that count ("05 đoàn").
    func totalWithCount(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 60 else { return nil }
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        var words: [String] = []
        var end: Int?
        var k = first
        while k < tokens.count, tokens[k].kind == .word, words.count < 3 {
            words.append(tokens[k].folded)
            k += 1
            if r.v.totalRows.contains(words.joined(separator: " ")) { end = k }
        }
        guard var j = end else { return nil }
        // "Tổng cộng: 05 đoàn", "Cộng - 06 cuộc", "Cộng (03 cuộc)".
        while j < tokens.count, tokens[j].kind == .punct, tokens[j].raw == ":" || tokens[j].raw == "-" || tokens[j].raw == "(" { j += 1 }
        guard j < tokens.count, tokens[j].kind == .number else { return nil }
        let rest = tokens[j...]
        guard rest.filter({ $0.kind == .number }).count == 1, rest.filter({ $0.kind == .word }).count <= 3 else { return nil }
        let start = tokens[j].raw.startIndex
        return String(tokens[j].raw.base[start...]).trimmed(" .;)")
    }

    /// "Cộng nhóm 2", "Tổng cộng mục II": a row adding up a group's rows. So too a total's
    /// words (vocabulary.yaml `total_rows`) and a band's mark alone ("Cộng A", "Tổng I"): the
    /// sum of the rows under band "A. …", already read.
    func isSubtotal(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 80 else { return false }
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        if r.g.subtotalRows.match(tokens, at: first) != nil { return true }
        let rest = tokens[first...].filter { $0.kind != .punct }
        guard rest.count >= 2, rest.count <= 4, let mark = rest.last?.raw, bandMarkShape(String(mark)) != nil else { return false }
        return r.v.totalRows.contains(rest.dropLast().map(\.folded).joined(separator: " "))
    }

    /// A band's mark: one capital letter ("A", "B") or a roman numeral ("II"), the shape of
    /// the table's parts above its numbered rows; nil for anything else.
    func bandMarkShape(_ mark: String) -> Shape? {
        guard !mark.isEmpty, mark.count <= 4, mark.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return nil }
        if ExtractionRun.romans[mark] != nil { return .roman }
        return mark.count == 1 ? .letter : nil
    }

    /// A band across the table opened by a part's mark and a stop ("A. PHẦN VIỆC ĐƠN VỊ TỰ
    /// LÀM", "II. Phối hợp"), no figure: the mark and the words after it. Such a band names a
    /// part of the table (what the unit did alone, what with others), the context of the rows
    /// under it, no task.
    func markedBand(_ cell: GridCell) -> (mark: String, rest: String)? {
        let tokens = Tokenizer.tokenize(cell.text)
        guard tokens.count >= 4, bandMarkShape(String(tokens[0].raw)) != nil,
              tokens[1].kind == .punct, tokens[1].raw == "." || tokens[1].raw == ")" || tokens[1].raw == "-" || tokens[1].raw == "–",
              tokens[2...].filter({ $0.kind == .word }).count >= 2, !tokens.contains(where: { $0.kind == .number }),
              cell.text.spaceSeparatedCount <= Int(r.g.thresholds.bandWords) else { return nil }
        let after = cell.text.drop { $0 != tokens[1].raw.first! }.dropFirst()
        return (String(tokens[0].raw), String(after).trimmed())
    }

    /// After blank rows in a sheet, a row that goes on with the table: cells in two of its
    /// columns, one of them naming the row (sequence, code, label or task), no header of a
    /// table of its own. A note or a paragraph of one cell ends the table.
    /// A row's name that is a period ("T01", "Tháng 3", "Quý II"): no figure in it.
    func isPeriodName(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.first, first.kind == .word, let m = r.g.periodSheets.match(tokens, at: 0) else { return false }
        return m.end < tokens.count && tokens[m.end...].allSatisfy { $0.kind != .word || ExtractionRun.romans[String($0.raw).uppercased()] != nil }
    }

    func continuesAfterGap(_ row: GridRow, _ layout: GridLayout) -> Bool {
        let own = row.cells.filter { !$0.continued }
        guard own.count >= 2 else { return false }
        let naming: Set<GridColumnRole> = [.sequence, .code, .label, .task, .breakdown]
        guard own.contains(where: { c in layout.roles[c.column].map(naming.contains) == true }) else { return false }
        let headerLike = own.filter { $0.number == nil && r.headerRole($0.text).role != nil }.count
        return headerLike < 2
    }

    /// The plan group of a group row: one that names it by number ("Nhóm 2. …", "II.2 |
    /// Nhóm 2 …"), or a row merged across the table whose number and words are a group's.
    /// Such a row holds no figure of its own.
    /// The one cell of a row that spans the table (a band, "Kết quả: …" written under a task's
    /// row); nil for a row of several cells.
    func acrossTable(_ row: Row, width: Int) -> GridCell? {
        let own = row.row.cells.filter { !$0.continued }
        guard own.count == 1, let cell = own.first, cell.number == nil, cell.span >= max(2, width - 1) else { return nil }
        return cell
    }

    /// A note that opens by saying its row is not the plan's work (`outside_plan_notes`).
    func isOutsidePlanNote(_ text: String) -> Bool {
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        return r.g.outsidePlanNotes.match(tokens, at: first) != nil
    }

    /// A row of one cell of a few words, no figure, naming work outside the plan ("VII. HOẠT
    /// ĐỘNG KHÁC CỦA ĐƠN VỊ (ngoài Kế hoạch)", grids.yaml `outside_plan_bands`).
    func isOutsidePlanBand(_ row: Row) -> Bool {
        let own = row.row.cells.filter { !$0.continued }
        guard own.count == 1, let cell = own.first, cell.number == nil, !cell.text.contains(where: \.isNumber),
              cell.text.spaceSeparatedCount <= Int(r.g.thresholds.bandWords) else { return false }
        return !r.g.outsidePlanBands.matches(in: Tokenizer.tokenize(cell.text)).isEmpty
    }

    /// Whether a row's label is the plan's own text of task `code` (a copy of the plan's annex:
    /// the title matcher's score at least `plan_wording`, no figure in it): what the plan asks,
    /// not what the unit did.
    func copiesPlan(_ text: String, _ code: String) -> Bool {
        guard text.spaceSeparatedCount >= 6, let top = r.titles.rank(String(text.prefix(400))).first,
              top.code == code, top.score >= r.profiles.weights.planWording else { return false }
        return r.v.figures(in: Tokenizer.tokenize(text)).found.isEmpty
    }

    func groupRow(_ row: Row, width: Int) -> Int? {
        guard row.values.isEmpty, !row.row.cells.contains(where: { $0.number != nil }) else { return nil }
        let own = row.row.cells.filter { !$0.continued }
        guard let first = own.first else { return nil }
        let spanning = own.count == 1 && first.span >= max(2, width - 1)
        let text = row.label.isEmpty ? first.text : row.label
        if spanning || own.count <= 3, let n = r.groupNumber(text, spanning: spanning) { return n }
        // "II.2 | Nhóm 2 …": the code of a plan group in the code column.
        let code = (row.code.isEmpty ? row.seq : row.code).trimmed(" .")
        if code.hasPrefix("II."), let n = Int(code.dropFirst(3)), r.groups.contains(n) { return n }
        return nil
    }

    /// The update a cell numbers ("Lần 2", "Lần CN 3": `grids.yaml` `revision_marks` and a
    /// number, the whole cell).
    func revisionNumber(_ cell: GridCell?) -> Int? {
        guard let cell, !cell.continued, cell.number == nil, cell.text.utf8.count <= 24 else { return nil }
        let tokens = Tokenizer.tokenize(cell.text.trimmed())
        guard tokens.count >= 2, let m = r.g.revisionMarks.match(tokens, at: 0), m.end == tokens.count - 1,
              tokens[m.end].kind == .number else { return nil }
        return Int(tokens[m.end].raw)
    }

    /// An update log: one task written over several rows, each an update numbered in a column
    /// of its own ("Lần 1 | 15/4 | Đang làm | 2 | 230", "Lần 2 | 20/7 | … | 4 | 485"), the task's
    /// cell merged over them. Each update restates the figures to its date; the last one holds
    /// the task's figures and status, the earlier ones are history, not parts to add.
    func supersedeRevisions(_ rows: inout [Row]) {
        guard rows.count >= 2 else { return }
        // The column of marks: the one whose cells number updates on two rows at least, one of
        // them past the first.
        var byColumn: [Int: [Int: Int]] = [:]
        for (n, row) in rows.enumerated() {
            for cell in row.row.cells { if let k = revisionNumber(cell) { byColumn[cell.column, default: [:]][n] = k } }
        }
        guard let (_, marks) = byColumn.filter({ $0.value.count >= 2 && $0.value.values.contains { $0 >= 2 } }).min(by: { $0.key < $1.key }) else { return }
        var superseded: [Int] = []
        for n in 0..<(rows.count - 1) {
            guard let a = marks[n], let b = marks[n + 1], b > a,
                  // The next update is the same task's: its label merged with this one's, or left empty.
                  rows[n + 1].label.isEmpty || rows[n + 1].labelCell?.continued == true else { continue }
            // Running totals never fall: rounds whose counts do ("Lần 1 | 5", "Lần 2 | 3") are
            // parts to add.
            let later = Dictionary(rows[n + 1].values.map { ($0.column, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard rows[n].values.allSatisfy({ v in later[v.column].map { $0 >= v.value } ?? true }) else { continue }
            superseded.append(n)
        }
        for n in superseded {
            rows[n].values = []
            rows[n].valueWords = []
            if rows[n].statusCell?.continued == false { rows[n].statusCell = nil }
            rows[n].noteCell = nil
        }
    }

    /// A row that ends the grid: a section heading ("Khó khăn, vướng mắc:"), the closing.
    /// The rows (positions in `grid.rows`) that hold what was planned when a task is written
    /// over two rows, the plan then what was done (`grids.yaml` `row_roles`: "KH" over "TH"):
    /// marked in a column whose every cell below the header is such a mark, or by a label that
    /// is nothing but one. Both kinds of mark must stand in the grid: a lone "Kế hoạch" row is
    /// some other table's. Their numbers are no results.
    func plannedRows(_ grid: Grid, layout: GridLayout) -> Set<Int> {
        let body = layout.headerRows.upperBound..<grid.rows.count
        guard !body.isEmpty else { return [] }
        func marks(_ cells: [(Int, String)]) -> Set<Int>? {
            var planned = Set<Int>(), done = 0
            for (position, text) in cells {
                guard text.utf8.count <= 40, let target = r.g.rowRoles.wholeMatch(stripBullet(text)) else { return nil }
                if target { planned.insert(position) } else { done += 1 }
            }
            return !planned.isEmpty && done > 0 ? planned : nil
        }
        // A column of marks, whatever its header ("KH/TH", "Loại số liệu").
        var columns: [Int: [(Int, String)]] = [:]
        for position in body {
            for cell in grid.rows[position].cells where !cell.continued && cell.number == nil {
                let t = cell.text.trimmed()
                if !t.isEmpty { columns[cell.column, default: []].append((position, t)) }
            }
        }
        for c in columns.keys.sorted() where c != layout.labelColumn && layout.roles[c] != .status && layout.roles[c] != .note {
            if let cells = columns[c], cells.count >= 2, let planned = marks(cells) { return planned }
        }
        // Labels that are only a mark, under the task's own row ("- Kế hoạch", "- Thực hiện").
        guard let labelColumn = layout.labelColumn else { return [] }
        let labelled = body.compactMap { position -> (Int, String)? in
            guard let cell = grid.rows[position].cell(at: labelColumn), !cell.continued else { return nil }
            let t = cell.text.trimmed()
            return t.utf8.count <= 40 && r.g.rowRoles.wholeMatch(stripBullet(t)) != nil ? (position, t) : nil
        }
        return marks(labelled) ?? []
    }

    /// The status columns headed as percentages (`progress_percent.header_marks`: "Tiến độ
    /// (%)") whose cells hold bare numbers, each with the factor that makes them percentages:
    /// 100 when every number lies within 0…1 (a sheet's 0% format stores 60% as 0.6), else 1.
    func percentScales(_ grid: Grid, layout: GridLayout) -> [Int: Double] {
        var out: [Int: Double] = [:]
        for (c, role) in layout.roles where role == .status {
            guard let header = layout.headers[c], r.g.progressHeaderMarks.contains(where: { header.contains($0) }) else { continue }
            let numbers = grid.rows[layout.headerRows.upperBound...].compactMap { $0.cell(startingAt: c)?.number }
            guard !numbers.isEmpty else { continue }
            out[c] = numbers.allSatisfy { (0...1).contains($0) } ? 100 : 1
        }
        return out
    }

    static let headingNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    func endsGrid(_ row: GridRow) -> Bool {
        let own = row.cells.filter { !$0.continued }
        guard let first = own.first, own.count <= 2, !row.cells.contains(where: { $0.number != nil }) else { return false }
        var text = first.text
        if own.count == 2, text.count <= 4 { text = own[1].text }
        let tokens = Tokenizer.tokenize(String(text.prefix(120)))
        guard var start = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        // "Câu 6. Khó khăn, vướng mắc?": the question's number is no part of the heading.
        if tokens[start].folded == "cau", start + 1 < tokens.count, tokens[start + 1].kind == .number {
            start += 2
            while start < tokens.count, tokens[start].kind == .punct { start += 1 }
            guard start < tokens.count else { return false }
        }
        // "II. KHÓ KHĂN, VƯỚNG MẮC", "B) Kiến nghị": a roman or a letter numbering the heading
        // is no part of it either.
        if start + 2 < tokens.count, tokens[start + 1].raw == "." || tokens[start + 1].raw == ")",
           Self.headingNumerals.contains(tokens[start].folded) || tokens[start].raw.count == 1 {
            start += 2
            while start < tokens.count, tokens[start].kind == .punct { start += 1 }
            guard start < tokens.count else { return false }
        }
        if let m = r.v.sectionMatch(tokens, at: start), m.value != .results, m.value != .appendix { return true }
        let f = VietText.fold(String(text.prefix(40)))
        return f.hasPrefix("nguoi lap") || f.hasPrefix("thu truong") || f.hasPrefix("noi nhan")
    }

    /// A label opening with a count's words ("Số cuộc kiểm tra", "Tổng số cơ sở"):
    /// `figure_reading.label_leads`.
    func opensWithCountLabel(_ label: String) -> Bool {
        let tokens = Tokenizer.tokenize(String(stripBullet(label).prefix(60)))
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        return r.v.figureReading.labelLeads.match(tokens, at: first) != nil
    }

    func noteUnmatched(_ label: String, _ ranked: [(code: String, score: Double)], _ row: Row,
                       _ reading: inout GridReading, _ unmatched: inout (index: Int, label: String, quotes: [String])?) {
        let text = short(stripBullet(label))
        // A row with no words names nothing; its numbers, if any, are quoted as under no task.
        guard text.contains(where: \.isLetter) else { unmatched = nil; return }
        if let a = ranked.first, ranked.count > 1, a.score >= r.g.thresholds.task {
            let b = ranked[1]
            reading.findings.append(Finding(severity: .warning, code: "task-ambiguous",
                message: r.g.message("task_ambiguous", ["label": text, "first": a.code, "first_score": score(a.score),
                                                        "second": b.code, "second_score": score(b.score)]),
                source: row.labelCell?.location.description))
        } else {
            // The nearest task, named with its score, is where a person looks first; the row's
            // stated status is quoted, since it is not recorded either.
            var message = unmatchedMessage(text, [])
            if let a = ranked.first, a.score > 0 { message += r.g.message("unmatched_nearest", ["task": a.code, "score": score(a.score)]) }
            if let cell = row.statusCell, !cell.continued, !cell.text.trimmed().isEmpty {
                message += r.g.message("unmatched_status", ["status": short(cell.text)])
            }
            reading.findings.append(Finding(severity: .warning, code: "task-unmatched",
                message: message, source: row.labelCell?.location.description))
        }
        unmatched = (reading.findings.count - 1, reading.findings[reading.findings.count - 1].message, [])
    }

    func unmatchedMessage(_ label: String, _ quotes: [String]) -> String {
        var m = r.g.message("task_unmatched", ["label": label])
        if !quotes.isEmpty { m += r.g.message("unmatched_figures", ["quotes": GridResolver.quoted(quotes)]) }
        return m
    }

    /// The status a row's label ends with, after one of grids.yaml's `heading_status_marks`
    /// ("— Đang thực hiện") or in closing brackets ("(hoàn thành)", "[đã xong]"): only words the
    /// status vocabulary knows, a few of them, no number.
    func trailingStatus(_ label: String) -> TaskStatus? {
        let text = label.trimmed(" .;")
        var tail: Substring?
        // An opening bracket among the marks (`status_reading.brackets` pairs it with its
        // closing one): the label ends with a status alone in brackets ("… (hoàn thành)",
        // "… [đang làm]").
        let brackets = r.v.statusReading.brackets
        if let open = r.g.headingStatusMarks.first(where: { brackets[$0].map { text.hasSuffix($0) } ?? false }),
           let at = text.lastIndex(of: Character(open)) {
            tail = text[text.index(after: at)..<text.index(before: text.endIndex)]
        } else {
            for mark in r.g.headingStatusMarks where brackets[mark] == nil {
                // Most labels hold no mark: a byte search (text and marks are NFC, so a label
                // without the mark's bytes holds nothing canonically equal to it) spares
                // Foundation's search, which was a twentieth of extraction.
                guard text.containsBytes(mark),
                      let range = text.range(of: mark, options: .backwards), range.lowerBound > text.startIndex else { continue }
                let after = text[range.upperBound...]
                if tail == nil || after.count < tail!.count { tail = after }
            }
        }
        if let t = tail, let s = statedStatus(String(t), afterTitle: true) { return s }
        // "Kiểm tra hàng hóa lưu thông (mục 5a – đang triển khai)": the bracket names the
        // task's place in the plan, then its status after a mark.
        if let t = tail, text.hasSuffix(")") || text.hasSuffix("]") {
            for mark in r.g.headingStatusMarks where brackets[mark] == nil && t.contains(mark) {
                if let range = t.range(of: mark, options: .backwards), range.lowerBound > t.startIndex,
                   let s = statedStatus(String(t[range.upperBound...]), afterTitle: true) { return s }
            }
        }
        return nil
    }

    /// A few words that state a status on their own ("Đang thực hiện", "Đã xong", "Không có
    /// phát sinh"): the status opens them ("xăng dầu, LPG" is none), no number but a share of
    /// the work after them ("Hoàn thành 100%", "Đang triển khai ~70%"), no question ("… có
    /// thực hiện không?") and no bare yes/no answer ("Không").
    /// `afterTitle`: the words end a task's title after a mark ("… / không phát sinh"), where
    /// an answer of several words is the task's status; alone in a cell it answers a question.
    func statedStatus(_ text: String, afterTitle: Bool = false) -> TaskStatus? {
        guard !text.contains("?") else { return nil }
        let tokens = Tokenizer.tokenize(text)
        let words = tokens.filter { $0.kind == .word }.count
        guard words >= 1, words <= 6,
              !tokens.indices.contains(where: { tokens[$0].kind == .number && !($0 + 1 < tokens.count && tokens[$0 + 1].raw == "%") }),
              let first = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        if let m = r.g.negativeAnswers.match(tokens, at: first), m.end >= tokens.count - 1, !(afterTitle && m.words >= 2) { return nil }
        let opens = r.v.statuses.match(tokens, at: first) != nil || r.v.assessments.match(tokens, at: first) != nil
            || r.g.assessments.match(tokens, at: first) != nil
            || r.g.statusOpenings.match(tokens, at: first) != nil
        return opens ? r.status(text).status : nil
    }

    /// The items of a difficulties or proposals cell: one per line, bullets dropped; "Không",
    /// "Không có" and the like are none.
    func items(_ cell: GridCell) -> [Item] {
        var out: [Item] = []
        for line in cell.text.split(whereSeparator: \.isNewline) {
            let t = stripBullet(String(line)).trimmed()
            guard t.contains(where: \.isLetter) else { continue }
            let tokens = Tokenizer.tokenize(t.trimmed(" ."))
            if let m = r.g.negativeAnswers.match(tokens, at: 0), m.end == tokens.count { continue }
            out.append(Item(text: t, source: cell.location.description))
        }
        return out
    }

    /// A cell of one line "Khó khăn: …" / "Đề xuất: …": the label a difficulties or proposals
    /// column is headed by (grids.yaml `columns`), a colon, then the item itself.
    func labelledItem(_ cell: GridCell) -> (GridColumnRole, Item)? {
        let t = stripBullet(cell.text).trimmed()
        guard !t.contains(where: \.isNewline), let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) <= 40 else { return nil }
        guard let role = r.g.columns.wholeMatch(String(t[..<colon])), role == .difficulty || role == .proposal else { return nil }
        let rest = String(t[t.index(after: colon)...]).trimmed()
        guard rest.count(where: \.isLetter) >= 12 else { return nil }
        return (role, Item(text: rest, source: cell.location.description))
    }

    /// A band carrying a sub-unit's opinion under its table (grids.yaml `opinion_labels`: "Ý
    /// kiến của phòng: Khó khăn – Thiết bị xuống cấp. Đề xuất – Đề nghị Sở …"): each sentence
    /// that opens with the label of a difficulty or a proposal and a colon or a dash starts an
    /// item of that kind, the sentences after it continue it. Nothing when the opinion's first
    /// sentence opens with no such label.
    func opinionItems(_ cell: GridCell) -> [(GridColumnRole, Item)] {
        let t = stripBullet(cell.text).trimmed()
        guard !t.contains(where: \.isNewline), let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) <= 40,
              r.g.opinionLabels.wholeMatch(String(t[..<colon])) != nil else { return [] }
        var items: [(role: GridColumnRole, text: String)] = []
        for sentence in String(t[t.index(after: colon)...]).components(separatedBy: ". ") {
            let part = sentence.trimmed()
            guard !part.isEmpty else { continue }
            if let (role, rest) = itemLabelled(part) { items.append((role, rest)); continue }
            guard !items.isEmpty else { return [] }
            items[items.count - 1].text += ". " + part
        }
        return items.filter { $0.text.count(where: \.isLetter) >= 12 }
            .map { ($0.role, Item(text: $0.text.trimmed(" ."), source: cell.location.description)) }
    }

    /// "Khó khăn – Thiếu kiểm định viên …", "Đề xuất: …": the kind an item's label names and
    /// the words after the label's colon or dash.
    func itemLabelled(_ text: String) -> (GridColumnRole, String)? {
        let marks: [String] = [":", " – ", " — ", " - "]
        guard let (mark, range) = marks.compactMap({ m in text.range(of: m).map { (m, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound }),
              text.distance(from: text.startIndex, to: range.lowerBound) <= 40, !mark.isEmpty,
              let role = r.g.columns.wholeMatch(String(text[..<range.lowerBound])), role == .difficulty || role == .proposal else { return nil }
        return (role, String(text[range.upperBound...]).trimmed())
    }

    /// The depth of a numbering: I, II above A, B above 1, 2 above 1.1 above bullets.
    func level(_ shape: Shape) -> Int {
        switch shape {
        case .roman: return 0
        case .letter: return 1
        case .number, .code, .other: return 2
        case .dotted: return 3
        case .dash, .empty: return 4
        }
    }

    /// A question of a questionnaire: it asks ("… không?"), or is numbered as one ("Câu 3.",
    /// "3.", a sequence cell).
    func isQuestion(_ row: Row) -> Bool {
        if !row.seq.trimmed().isEmpty { return true }
        let label = row.label.trimmed()
        if label.contains("?") { return true }
        let tokens = Tokenizer.tokenize(String(label.prefix(12)))
        guard let first = tokens.first else { return false }
        if first.kind == .number, tokens.count > 1, tokens[1].raw == "." || tokens[1].raw == ")" { return true }
        return first.kind == .word && first.folded == "cau" && tokens.count > 1 && tokens[1].kind == .number
    }

    /// Results written as "label: number unit" in a cell ("Số lượt người tham dự: 130;",
    /// "- Số tiền xử phạt: 3.000.000 đồng"), one per line or clause: each read as a result
    /// row of its own (indicator from the label and the unit). Returns the figures and the
    /// text without the clauses read.
    func labelledFigures(_ text: String) -> (figures: [(IndicatorID, Double, String)], rest: String) {
        guard FoundationSearchFilter.foundationContains(":", in: text) else { return ([], text) }
        var figures: [(IndicatorID, Double, String)] = []
        var rest: [String] = []
        for line in text.splitting(onASCII: "\n", omittingEmptySubsequences: false) {
            var kept: [Substring] = []
            for clause in line.splitting(onASCII: ";", omittingEmptySubsequences: false) {
                if let f = labelledFigure(String(clause)) { figures.append(f) } else { kept.append(clause) }
            }
            rest.append(kept.joined(separator: ";"))
        }
        return (figures, rest.joined(separator: "\n"))
    }

    func labelledFigure(_ clause: String) -> (IndicatorID, Double, String)? {
        guard let colon = clause.lastIndex(of: ":") else { return nil }
        let label = stripBullet(String(clause[..<colon]).trimmed())
        let value = String(clause[clause.index(after: colon)...]).trimmed(" .,")
        guard label.contains(where: \.isLetter), label.count <= 80, !value.isEmpty,
              let n = number(GridCell(column: 0, span: 1, text: value, number: nil, location: .part(""), continued: false)) else { return nil }
        // "TCVN ISO 9001: 2015": a standard's number before the colon, its year after it.
        if label.last?.isNumber == true, VietNumber.isYear(n) { return nil }
        // "02 cuộc (CK: 01)", "Phạt: 4.000.000đ (cùng kỳ: 2.500.000đ)": the colon inside a
        // bracket that compares the figure before it (`figure_reading.comparisons`) labels
        // another period's or the plan's number, not this one's — the figure reader reads the
        // part, bracket and all.
        if let open = label.lastIndex(of: "("), !label[open...].contains(")") {
            let inside = Tokenizer.tokenize(String(label[label.index(after: open)...]))
            if let first = inside.firstIndex(where: { $0.kind == .word }), r.v.figureReading.comparisons.hasMatch(inside, at: first) { return nil }
        }
        let unit = unitAfterNumber(value)
        let scale = textScale(value)
        guard let id = r.indicator(label: label, unit: unit, money: scale != nil ? true : (unit.isEmpty ? nil : false), rowMoney: false).best else { return nil }
        let amount = id.isMoney ? (n * (scale ?? 1)).rounded() : n
        return (id, amount, "\(label): \(value)")
    }

    /// Whether the label of a field read by `labelledFigure` ("Số cuộc kiểm tra: 14") names
    /// the kind it was read as by itself, without the unit after the number.
    func labelNames(_ id: IndicatorID, _ phrase: String) -> Bool {
        guard let colon = phrase.lastIndex(of: ":") else { return false }
        let label = stripBullet(String(phrase[..<colon]).trimmed())
        return r.indicator(label: label, unit: "", money: id.isMoney ? true : nil, rowMoney: false).best == id
    }

    /// "Số cuộc / số cơ sở được kiểm tra / tiền phạt | 02 cuộc / 09 cơ sở / 2.500.000 đồng":
    /// a label and a cell of as many parts, read part by part.
    func parallelFigures(label: String, _ text: String) -> [(IndicatorID, Double, String)]? {
        let slash = UInt8(ascii: "/")
        guard label.utf8.contains(slash), text.utf8.contains(slash) else { return nil }
        let labels = label.components(separatedBy: " / ")
        let values = text.components(separatedBy: " / ")
        guard labels.count >= 2, labels.count == values.count else { return nil }
        var out: [(IndicatorID, Double, String)] = []
        for (l, v) in zip(labels, values) {
            let l = l.trimmed(), v = v.trimmed(" .;")
            guard let f = labelledFigure("\(l): \(v)") else { return nil }
            out.append(f)
        }
        return out
    }

    func absorbProse(_ cell: GridCell, into code: String, skip: Set<IndicatorID> = [], label: String? = nil, _ reading: inout GridReading) {
        let k = reading.entry(code)
        /// The cell's fields whose label alone names what they count ("Số cuộc kiểm tra: 14").
        var summary: [(IndicatorID, Double)] = []
        var text = partChainTotals(unitsOutOfBrackets(withoutNoteLines(cell.text)))
        if let label, let parts = parallelFigures(label: label, text) {
            for (id, value, phrase) in parts where !skip.contains(id) {
                reading.entries[k].figures.append(.init(indicator: id, value: value, location: cell.location, text: phrase))
            }
            text = ""
        } else {
            let labelled = labelledFigures(text)
            for (id, value, phrase) in labelled.figures where !skip.contains(id) {
                reading.entries[k].figures.append(.init(indicator: id, value: value, location: cell.location, text: phrase))
                if labelNames(id, phrase) { summary.append((id, value)) }
            }
            text = labelled.rest
        }
        let tokens = Tokenizer.tokenize(text)
        let statusTokens = text == cell.text ? tokens : Tokenizer.tokenize(cell.text)
        var found = r.v.figures(in: tokens)
        // "Số lớp/hội nghị: 06; Số người tham dự: 742.⏎Tổ chức 06 lớp tập huấn …": the cell
        // gives its figures as fields, then tells the work in a sentence that names them
        // again. A figure of the sentence of the kind and value of a field whose label alone
        // names that kind is the field told again, not a second result (each field answers
        // for one such figure; a label that names only a period or a place, "Tháng 3: 01
        // cuộc", answers for none, and its lines add up).
        for (id, value) in summary {
            if let i = found.found.firstIndex(where: { $0.indicator == id && $0.value == value }) { found.found.remove(at: i) }
        }
        // "Góp ý 07 dự thảo (05 QCVN, 02 TCVN)": a count and its parts in one cell; the
        // count is the result, its parts are not added to it.
        for id in Set(found.found.map(\.indicator)) {
            let values = found.found.filter { $0.indicator == id }.map(\.value)
            guard values.count >= 2, let top = values.max(), top > 0, values.reduce(0, +) == 2 * top else { continue }
            var kept = false
            found.found.removeAll { f in
                guard f.indicator == id else { return false }
                if f.value == top, !kept { kept = true; return false }
                return true
            }
        }
        for f in found.found where !skip.contains(f.indicator) {
            reading.entries[k].figures.append(.init(indicator: f.indicator, value: f.value, location: cell.location, text: f.phrase))
        }
        // "4 buổi; 520 học viên": a result cell of short parts, each a number and a unit of
        // measure as a "ĐVT" column would hold it; the unit says what the number counts.
        let read = Set(found.found.map(\.indicator)).union(skip)
        // (A text with neither separator is one part, already tokenized.)
        let onepart = !text.utf8.contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\n") }
        for part in onepart ? (text.isEmpty ? [] : [text[...]]) : text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let t = (onepart ? tokens : Tokenizer.tokenize(String(part))).filter { $0.kind != .punct }
            guard t.count >= 2, t.count <= 4, t[0].kind == .number, let value = VietNumber.parse(t[0].raw),
                  r.v.figures(in: t).found.isEmpty, let m = r.g.measureUnits.match(t, at: 1), m.end == t.count else { continue }
            let ranked = m.value.sorted { $0.value > $1.value }
            guard let top = ranked.first, top.value >= r.g.thresholds.indicator, ranked.count == 1 || ranked[1].value < top.value,
                  !read.contains(top.key) else { continue }
            reading.entries[k].figures.append(.init(indicator: top.key, value: value, location: cell.location, text: String(part).trimmed()))
        }
        // An amount of no stated kind in a task that reports only one kind of money (the
        // fines of an inspection task, the budget of a training task) is that kind.
        let moneyKinds = (r.profiles.figures[code] ?? []).filter(\.isMoney)
        for u in found.unplaced {
            if moneyKinds.count == 1, let id = moneyKinds.first, let amount = amount(u.phrase) {
                reading.entries[k].figures.append(.init(indicator: id, value: amount, location: cell.location, text: u.phrase))
                continue
            }
            reading.findings.append(Finding(severity: .warning, code: "amount-unplaced",
                message: r.g.message("amount_unplaced", ["quote": u.phrase, "task": code]),
                source: cell.location.description))
        }
        // A status line opening the cell ("Đã xong" / "Đăng 12 tin …") as a cell states it;
        // else the text's own status claim, weighed as the status recogniser weighs it
        // (`status_reading.weights`). Either replaces only a weaker claim.
        let leading = leadingStatus(cell.text).map { (value: $0, confidence: r.v.statusReading.weight(.cell)) }
        if let s = leading ?? r.v.statusClaim(in: statusTokens).map({ (value: $0.value, confidence: $0.confidence) }),
           reading.entries[k].status.map({ r.v.statusReading.replaces($0.value, $0.confidence, with: s.value, s.confidence) }) ?? true {
            reading.entries[k].status = Claim(value: s.value, confidence: s.confidence, location: cell.location)
        }
        reading.entries[k].texts.append(cell.text)
        reading.entries[k].sources.append(cell.location.description)
    }

    /// A row whose result is told twice, the story in one column ("Diễn giải kết quả": "Năm
    /// 2025 … Năm 2026 kiểm tra 09 cuộc tại 73 cơ sở …") and its figures again in another
    /// ("Số liệu năm 2026": "09 cuộc; 73 cơ sở"): a figure of the kind and value an earlier
    /// cell of the same row gave is that result restated, not a second one to add. The
    /// figures read from this cell (from `start` on) join `earlier` for the row's next cells.
    func dropRestated(_ entry: inout GridReading.EntryClaim, from start: Int, earlier: inout [GridReading.Figure]) {
        guard start < entry.figures.count else { return }
        let added = Array(entry.figures[start...])
        let kept = added.filter { f in !earlier.contains { $0.indicator == f.indicator && $0.value == f.value } }
        earlier += added
        entry.figures.replaceSubrange(start..., with: kept)
    }

    /// A result cell without its note lines ("Ghi chú: còn 01 đợt tháng 11/2026"): what is
    /// left or remarked is no result.
    func withoutNoteLines(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "\n")), text.containsByte(UInt8(ascii: ":")) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            guard let colon = line.firstIndex(of: ":") else { return true }
            return r.g.columns.wholeMatch(String(line[..<colon])) != .note
        }
        return lines.joined(separator: "\n")
    }

    /// The status the first word of a text states (grids.yaml `status_openings`: "Chưa …",
    /// "Đang …"), whatever follows it.
    func openingStatus(_ text: String) -> TaskStatus? {
        let tokens = Tokenizer.tokenize(String(text.prefix(60)))
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        return r.g.statusOpenings.match(tokens, at: first)?.value
    }

    /// A result cell of several lines whose first line is a status on its own ("Đã xong" /
    /// "Đăng 12 tin, bài …" / "Ghi chú: …"): the words the status vocabulary or the
    /// assessments know, opening a short line with no number.
    func leadingStatus(_ text: String) -> TaskStatus? {
        guard let newline = text.firstIndexAndOffset(ofASCII: "\n")?.index else { return nil }
        return statedStatus(String(text[..<newline]).trimmed(" .:;"))
    }

    /// The amount in đồng of a money phrase ("14.000.000 đ", "12,5 triệu đồng").
    func amount(_ phrase: String) -> Double? {
        let tokens = Tokenizer.tokenize(phrase)
        guard let first = tokens.first, first.kind == .number, let scale = textScale(phrase) else { return nil }
        return Vocabulary.amount(first.raw, scaled: scale)
    }

    /// A value cell's number: stored, or written ("1.250", "15,5", "37.500.000đ", "03").
    func number(_ cell: GridCell) -> Double? {
        if let n = cell.number { return n }
        let tokens = Tokenizer.tokenize(cell.text.trimmed())
        guard let first = tokens.first, first.kind == .number else { return nil }
        if let total = addedUp(tokens) { return total }
        // A number and at most a short unit ("26 chiếc", "1,2 tỷ đồng"); anything longer, or a
        // second number, is prose ("04 đoàn; 57 cửa hàng; …") and read as prose.
        let rest = tokens.dropFirst()
        if rest.contains(where: { $0.kind == .number }) || rest.filter({ $0.kind == .word }).count > 3
            || rest.contains(where: { $0.kind == .punct && ";:".contains($0.raw.first!) }) { return nil }
        // "1.406" (a count written with a thousands dot), "37.500.000đ"; not "1.a" or "12/2026".
        if tokens.count > 1, tokens[1].kind == .punct, "/-:".contains(tokens[1].raw.first!) { return nil }
        if tokens.count > 1, tokens[1].kind == .word, TaskReferenceParser.letters.contains(tokens[1].folded), !tokens[1].breakBefore,
           r.v.moneyScales.match(tokens, at: 1) == nil { return nil }
        if let scale = textScale(cell.text), scale > 1 { return Vocabulary.amount(first.raw, scaled: scale).map { $0 / scale } }
        return VietNumber.parse(first.raw)
    }

    /// "1+0+2+1=4", "6 + 0 + 11 + 5 = 22": a count typed part by part (quarter by quarter) with
    /// its total after "=": the total, when the parts add up to it (else the cell is prose,
    /// quoted for a person).
    func addedUp(_ tokens: [Token]) -> Double? {
        guard tokens.count >= 5, tokens.count <= 40, tokens.contains(where: { $0.raw == "=" }) else { return nil }
        var parts: [Double] = []
        var k = 0
        while k < tokens.count, tokens[k].kind == .number, let n = VietNumber.parse(tokens[k].raw) {
            parts.append(n)
            k += 1
            guard k < tokens.count, tokens[k].raw == "+" else { break }
            k += 1
        }
        guard parts.count >= 2, k + 1 < tokens.count, tokens[k].raw == "=", tokens[k + 1].kind == .number,
              let total = VietNumber.parse(tokens[k + 1].raw), k + 2 == tokens.count,
              abs(parts.reduce(0, +) - total) < 0.5 else { return nil }
        return total
    }

    /// The lines of a cell's text, trimmed, blank ones dropped.
    func cellLines(_ text: String) -> [String] {
        // (A text with no newline's bytes is one line: kept whole, without walking its characters.)
        guard text.mayHoldNewline else { let t = text.trimmed(); return t.isEmpty ? [] : [t] }
        return text.split(whereSeparator: \.isNewline).map { String($0).trimmed() }.filter { !$0.isEmpty }
    }

    /// A cell of several lines each of which is one number ("4⏎31⏎3⏎7.500.000"): the numbers,
    /// each with a cell of its line's text at the cell's place.
    func numberLines(_ cell: GridCell) -> [(value: Double, cell: GridCell)]? {
        guard cell.number == nil else { return nil }
        let lines = cellLines(cell.text)
        guard lines.count > 1 else { return nil }
        var out: [(value: Double, cell: GridCell)] = []
        for line in lines {
            var c = cell
            c.text = line
            guard let n = number(c) else { return nil }
            out.append((n, c))
        }
        return out
    }

    /// The kinds each indicator column's header names, for the headers that name several
    /// ("Số buổi / số tin": classes and news items).
    func multiKindHeaders(_ layout: GridLayout) -> [Int: Set<IndicatorID>] {
        var out: [Int: Set<IndicatorID>] = [:]
        for c in layout.indicatorColumns.keys {
            guard let header = layout.headers[c] else { continue }
            let tokens = Tokenizer.tokenize(header)
            let kinds = Set(r.v.indicatorColumns.matches(in: tokens).map(\.value) + r.v.counts.matches(in: tokens).map(\.value))
            if kinds.count >= 2 { out[c] = kinds }
        }
        return out
    }

    /// "Số buổi / số tin | 07 tin bài": under a header naming several kinds (`kinds`), a count
    /// whose own unit names another of them than the column's (`named`) counts that one.
    func ownOfHeaderKinds(_ kinds: Set<IndicatorID>, named: IndicatorID?, unit: String) -> IndicatorID? {
        guard unit.contains(where: \.isLetter), r.moneyScale(unit) == nil,
              let own = r.indicator(label: "", unit: unit, money: false).best, own != named, kinds.contains(own) else { return nil }
        return own
    }

    /// The kinds a row's counts name by their own units alone, by column, when at least two
    /// counts name two different kinds so (money aside: its words say which amount). A unit
    /// that names several kinds ("cơ sở") names the one the row's task reports that it weighs
    /// for most (`measure_units`), when no other count of the row names that one.
    func unitOwnKinds(_ row: Row, task: String?) -> [Int: IndicatorID] {
        var out: [Int: IndicatorID] = [:]
        var open: [(column: Int, scores: [(IndicatorID, Double)])] = []
        for value in row.values where value.cell.number == nil {
            let after = unitAfterNumber(value.cell.text)
            guard after.contains(where: \.isLetter), r.moneyScale(after) == nil else { continue }
            let reading = r.indicator(label: "", unit: after, money: false)
            if let id = reading.best { out[value.column] = id } else if !reading.scores.isEmpty { open.append((value.column, reading.scores)) }
        }
        guard !out.isEmpty else { return [:] }
        let reported = task.flatMap { r.profiles.figures[$0] } ?? []
        for (column, scores) in open {
            let kinds = scores.filter { reported.contains($0.0) && !out.values.contains($0.0) }.sorted { $0.1 > $1.1 }
            if let top = kinds.first, kinds.count == 1 || top.1 > kinds[1].1 { out[column] = top.0 }
        }
        return Set(out.values).count >= 2 ? out : [:]
    }

    /// The words after the number of a value cell ("1,2 tỷ đồng" → "tỷ đồng").
    func unitAfterNumber(_ text: String) -> String {
        let tokens = Tokenizer.tokenize(text)
        guard tokens.count > 1, tokens[0].kind == .number, addedUp(tokens) == nil else { return "" }
        let base = tokens[1].raw.base
        let unit = String(base[tokens[1].raw.startIndex..<tokens[tokens.count - 1].raw.endIndex])
        // "07 (tin, bài)": the unit in brackets after the number (`unitsOutOfBrackets`).
        if unit.hasPrefix("("), unit.hasSuffix(")"), unit.dropFirst().firstIndex(of: "(") == nil {
            let inside = unitsOutOfBrackets("0 " + unit).dropFirst(2)
            if !inside.hasPrefix("(") { return String(inside) }
        }
        return unit
    }

    /// Figures as a finding quotes them: each in “…”, joined by "; ".
    static func quoted(_ quotes: [String]) -> String {
        var seen = Set<String>()
        return quotes.filter { seen.insert($0).inserted }.map { "“\($0)”" }.joined(separator: "; ")
    }

    /// The row's unit to write after a value cell's text, unless the cell already shows it ("9 hồ sơ").
    func unitBeside(_ text: String, _ unit: String) -> String {
        let u = unit.trimmed()
        return u.isEmpty || unitAfterNumber(text) == u ? "" : u
    }

    /// A unit of money written in parentheses in a row's label ("Tiền phạt (triệu đồng)").
    func labelScale(_ label: String) -> Double? {
        let bytes = label.utf8
        guard let open = bytes.lastIndex(of: UInt8(ascii: "(")) else { return nil }
        let after = bytes.index(after: open)
        let close = bytes[after...].firstIndex(of: UInt8(ascii: ")")) ?? bytes.endIndex
        guard bytes.distance(from: after, to: close) <= 24 else { return nil }
        return r.moneyScale(String(label[after..<close]))
    }

    /// A money scale written in the value cell itself ("1,2 tỷ đồng").
    func textScale(_ text: String) -> Double? {
        let tokens = Tokenizer.tokenize(text)
        guard tokens.count > 1, tokens[0].kind == .number, let m = r.v.moneyScales.match(tokens, at: 1) else { return nil }
        var factor = m.value
        if factor == 1, let more = r.v.moneyScales.match(tokens, at: m.end) { factor = more.value }
        return factor
    }

    /// A result cell that writes each number first and its unit of measure in round brackets
    /// after it ("02 (cuộc); 26 (cơ sở); 5.250.000 (đồng)"), read as "02 cuộc; 26 cơ sở; …": the
    /// brackets dropped where they open right after a number, close the part (nothing but
    /// punctuation after them: "01 (một) cuộc" spells its number out) and hold at most
    /// `thresholds.bracketed_unit_words` words and no digit ("07 dự thảo (05 QCVN, 02 TCVN)" keeps its parts).
    func unitsOutOfBrackets(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            let before = rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ")") else { break }
            let inside = after[..<close]
            let lastBefore = before.last(where: { $0 != " " })
            // The unit closes its part ("02 (cuộc);"): "01 (một) cuộc" spells the number out.
            let next = after[after.index(after: close)...].first(where: { $0 != " " })
            if before.last == " " || before.last?.isNumber == true, lastBefore?.isNumber == true,
               next.map({ !$0.isLetter && !$0.isNumber }) ?? true,
               !inside.contains(where: { $0.isNumber || $0 == "(" }),
               inside.split(separator: " ").count <= bracketedUnitWords, inside.contains(where: \.isLetter) {
                out += before
                if before.last != " " { out += " " }
                out += inside
            } else {
                out += rest[...close]
            }
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }
    var bracketedUnitWords: Int { Int(r.g.thresholds.bracketedUnitWords) }

    /// "Cuộc/CS/VP (số cuộc/số cơ sở/số vi phạm) | 03/22/02": a header naming several kinds
    /// of figure between slashes (in its closing brackets, else in its words) over a cell of as
    /// many bare numbers between slashes: the cell read as "số cuộc: 03; số cơ sở: 22; …", each
    /// number under its own kind's words. Nil for any other cell (a date has no such header).
    func slashPacked(_ cell: GridCell, header: String?) -> GridCell? {
        guard let header, header.contains("/"), cell.text.contains("/") else { return nil }
        let numbers = cell.text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmed() }
        guard numbers.count >= 2, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        func parts(_ text: Substring) -> [String]? {
            let p = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmed() }
            return p.count == numbers.count && p.allSatisfy({ $0.contains(where: \.isLetter) }) ? p : nil
        }
        var kinds: [String]?
        if let open = header.lastIndex(of: "("), let close = header.lastIndex(of: ")"), open < close {
            kinds = parts(header[header.index(after: open)..<close])
            if kinds == nil { kinds = parts(header[..<open]) }
        } else {
            kinds = parts(Substring(header))
        }
        guard let kinds else { return nil }
        var packed = cell
        packed.text = zip(kinds, numbers).map { "\($0): \($1)" }.joined(separator: "; ")
        return packed
    }

    /// The words after a row label's opening word for a task and its colon ("► NV: Kiểm tra
    /// TĐC hàng hóa …" → "Kiểm tra TĐC hàng hóa …"; grids.yaml `task_row_labels`), nil for any
    /// other label.
    func taskRowLabelled(_ label: String) -> String? {
        guard !r.g.taskRowLabels.isEmpty else { return nil }
        var t = Substring(label)
        while let f = t.first, "-–+•*●▪►▶➤→ ".contains(f) { t = t.dropFirst() }
        guard let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) <= 24,
              r.g.taskRowLabels.wholeMatch(String(t[..<colon])) != nil else { return nil }
        let rest = String(t[t.index(after: colon)...]).trimmed()
        return rest.split(separator: " ").count >= 2 ? rest : nil
    }

    func stripBullet(_ text: String) -> String {
        var t = Substring(text)
        while let f = t.first, "-–+•*●▪ ".contains(f) { t = t.dropFirst() }
        return String(t)
    }

    func short(_ text: String) -> String {
        let one = text.replacingOccurrences(of: "\n", with: " ")
        return one.count > 120 ? String(one.prefix(117)) + "…" : one
    }

    /// A number the Vietnamese way: "1.250.000", "15,5".
    static func numberText(_ d: Double) -> String {
        let whole = Int64(d.rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 { grouped = "." + digits.suffix(3) + grouped; digits = String(digits.dropLast(3)) }
        grouped = (whole < 0 ? "-" : "") + digits + grouped
        let fraction = abs(d - Double(whole))
        if fraction > 1e-9 {
            let f = String(String(format: "%.3f", fraction).dropFirst(2)).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
            if !f.isEmpty { grouped += "," + f }
        }
        return grouped
    }

    func score(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return String(r).replacingOccurrences(of: ".", with: ",")
    }
}

extension GridResolver {
    /// Whether a row's period (`row_period`) is another than the report's: it names a year
    /// before the plan's (the latest of its four-digit years, within `header_years`), or the
    /// plan's target (`row_period_plans`).
    func isOtherPeriod(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 40 else { return false }
        var years: [Int] = []
        var run = ""
        for ch in text + " " {
            if ch.isASCII, ch.isNumber { run.append(ch); continue }
            if run.count == 4, let y = Int(run), r.g.headerYears.contains(y) { years.append(y) }
            run = ""
        }
        if let planYear = r.v.figureReading.planYear, let last = years.max(), last < planYear { return true }
        return !r.g.rowPeriodPlans.matches(in: Tokenizer.tokenize(text)).isEmpty
    }
}
