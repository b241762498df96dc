import Foundation
import VietText
import Yams

/// What a grid column holds, decided from its header words (`grids.yaml`, `columns`).
enum GridColumnRole: String, Sendable, Equatable, CaseIterable {
    case sequence, label, task, breakdown, measureUnit = "measure_unit", quantity, money, status, note, code
    /// The answer to a question ("Trả lời"): figures, ticked boxes and prose, one row a question.
    case answer
    /// A running total to date ("Lũy kế 9 tháng"): the result, beside the periods it adds up.
    case cumulative
    /// A column adding up the period columns beside it ("Tháng 7 | Tháng 8 | Tháng 9 | Cộng"):
    /// read as the running total when periods stand beside it, else as a column of results.
    case periodTotal = "period_total"
    /// One period's part of the result ("Quý III", "Thực hiện tháng 10"): not the result
    /// when a running total stands beside it.
    case period
    /// What was planned or how far it came ("Kế hoạch năm", "Tỷ lệ % so KH"): never a result.
    case target
    /// A yes/no answer ("Có/Không"): whether something was done, not how far.
    case yesNo = "yes_no"
    /// What stood in the way, or what the unit asks, beside each task ("Khó khăn | Kiến
    /// nghị"): items of the report's difficulties or proposals.
    case difficulty, proposal
    /// A date or a time ("Ngày", "Thời gian thực hiện", "Ngày cập nhật"): when something was
    /// done or is due, never a result (a sheet's serial dates are numbers).
    case date
    /// Who in the unit did the work ("Bộ phận thực hiện", "Người phụ trách"): the unit's own
    /// offices or staff, neither a unit of the plan nor a result.
    case performer
    /// Which plan each row's work comes from ("Nguồn nhiệm vụ | KH 2026 / KH 2025 chuyển
    /// sang"): a row carried over from an earlier year's plan is no result of this one.
    case source
    /// Which period each row's figure is of, one row a period ("Kỳ | Mã việc | Chỉ tiêu | Giá
    /// trị" over "9T-2025 | … ", "9T-2026 | …", "KH-2026 | …"): a row of an earlier year or of
    /// the plan (`row_period_plans`) is a comparison, no result of this report.
    case rowPeriod = "row_period"
}

/// How units write tables and sheets, loaded strictly from the pipeline's `grids.yaml`: an
/// unknown key, a wrong type or an unknown indicator or task is an error naming the file and
/// the line.
public struct GridVocabulary: Sendable {
    var columns = PhraseTable<GridColumnRole>()
    /// Unit-of-measure phrases → indicator weights.
    var measureUnits = PhraseTable<[IndicatorID: Double]>()
    var qualifiers = PhraseTable<IndicatorID>()
    var notCounted = PhraseTable<Bool>()
    var uncountedQualifiers = PhraseTable<Bool>()
    var silentUnits = PhraseTable<Bool>()
    var statusRows = PhraseTable<Bool>()
    var assessments = PhraseTable<TaskStatus>()
    /// Short heads of columns of ticks, one a status, beside others of their kind or under a
    /// parent heading the statuses ("Tình trạng" over "Đã xong | Đang làm | Chưa"), read as
    /// statuses only there (`tick_heads`).
    var tickHeads = PhraseTable<TaskStatus>()
    var statusOpenings = PhraseTable<TaskStatus>()
    /// Headers of a column adding up the period columns beside it ("Cộng", "Tổng cộng"), with
    /// at most `periodTotalExtraWords` words more.
    var periodTotals = PhraseTable<Bool>()
    /// Their first words as written, lower case with diacritics: a header whose first word
    /// carries other marks ("Công trình" is not "Cộng") is another word.
    var periodTotalLeads = Set<String>()
    /// Headers of a task column that says which work of the plan each row's figure belongs to
    /// ("Thuộc nội dung"): the rows sharing its words are one task, named by the first row's
    /// own label when that names one, else by those words.
    var belongsTo = PhraseTable<Bool>()
    /// In a column of each row's period (`row_period`), the words of a row of the plan's
    /// target ("KH-2026", "Kế hoạch năm"), not of results.
    var rowPeriodPlans = PhraseTable<Bool>()
    /// What a unit types in a result cell of a row it has nothing to report on ("Không",
    /// "Kết quả:" with nothing after it; a cell of dashes alone needs no entry): no result.
    var fillerCells = PhraseTable<Bool>()
    /// What a unit writes in a task column for "the same as the row above" ("nt", "như
    /// trên", "-nt-"): the row goes on with the task of the row above.
    var dittoMarks = PhraseTable<Bool>()
    /// What joins two task codes in one code cell ("2.g; 4.c", "5.a + 5.b", "2.h và 2.i"): a
    /// row that reports on several tasks at once (`code_joins`, lower case).
    var codeJoins: [String] = []
    /// The label a results row opens with under a task's row ("Kết quả: …" across the table).
    var resultLabels = PhraseTable<Bool>()
    /// The label of a band under a sub-unit's table giving its opinion ("Ý kiến của phòng:
    /// Khó khăn – …"): what follows are its difficulties and proposals.
    var opinionLabels = PhraseTable<Bool>()
    /// The label of a band across the table after a group's rows that assesses them ("►
    /// Đánh giá chung nhóm A: đang thực hiện."): the status of the group's tasks.
    var groupAssessmentLabels = PhraseTable<Bool>()
    /// A band across the table over rows of work outside the plan ("NHIỆM VỤ PHÁT SINH NGOÀI
    /// KẾ HOẠCH"): the rows under it report no task of the plan.
    var outsidePlanBands = PhraseTable<Bool>()
    /// A note opening with these says its row's work is not the plan's ("Không thuộc KH 38 –
    /// ghi để theo dõi"): the row reports no task.
    var outsidePlanNotes = PhraseTable<Bool>()
    /// A cell numbering the updates of one task's figures ("Lần 1", "Lần 2", "Lần CN 3"): the
    /// word before the number. Under one task, the last update holds its figures and status.
    var revisionMarks = PhraseTable<Bool>()
    /// A running total to the end of the previous period ("Lũy kế đến tháng trước", "Lũy kế
    /// kỳ trước") beside the running total of now: a part of it, never the result.
    var earlierRunningTotals = PhraseTable<Bool>()
    /// The words of a header that is the whole year beside its periods ("Quý I | … | Quý IV |
    /// Năm 2026", "Tháng 10 | Cả năm 2026"): with the year, the sum of the periods beside it.
    var yearTotals = PhraseTable<Bool>()
    /// The words of a period after a header's results word ("Thực hiện đến 30/9/2026 (đồng)"):
    /// a header whose other words are all these heads a column of results, the task's money
    /// under a money scale; any other word names a thing of its own ("Giá trị hàng hóa thu hồi").
    var resultsPeriodWords = PhraseTable<Bool>()
    var periodTotalExtraWords = 2
    /// The numbers read as years in a column's header ("Năm 2025 | 10T/2026"): the latest is
    /// the period reported, earlier ones comparisons.
    var headerYears = 2000...2100
    /// At most this many words beside the year in a period's header ("Năm 2026 (đến 15/10)").
    var headerYearWords = 4
    /// A document's own key to its status marks: what counts as a mark (at most `markChars`
    /// characters, or `abbreviationChars` in capitals), how many words a mark's meaning may
    /// have, and how many distinct marks a document may have before they are data, not a key.
    var legendMarkChars = 6
    var legendAbbreviationChars = 12
    var legendMeaningWords = 10
    var legendMaxMarks = 40
    /// Statuses written only as a cell's fill colour, explained by a legend of swatches ("▇ |
    /// Đã hoàn thành"): the words that say a status is the lack of a colour ("Không tô màu:
    /// không phát sinh"), and how much a task's colour weighs as a status claim.
    var unfilled = PhraseTable<Bool>()
    var fillConfidence = 0.8
    /// A record card ("Nhiệm vụ | …", "Tình trạng | …"): at least `cardMinFields` field names
    /// with a column role, each of at most `cardFieldWords` words, in at most `cardMaxRows` rows.
    var cardMinFields = 3
    /// The finding when a row's task is taken for the unit's kind over the one its words were
    /// closer to; placeholders {label}, {task}, {other}, {quotes}.
    var ownKindMessage = "Dòng “{label}” được xếp vào nhiệm vụ {task} (nhiệm vụ Kế hoạch giao cho loại đơn vị này), lời văn gần với nhiệm vụ {other}; đề nghị kiểm tra. Số liệu đã tính cho {task}: {quotes}."
    var cardFieldWords = 6
    /// What the grid resolver tells an officer, by kind of finding (`messages`), each with the
    /// placeholders `messagePlaceholders` names.
    var messages: [String: String] = [:]
    /// Every message the resolver says and the placeholders its words must keep.
    static let messagePlaceholders: [String: [String]] = [
        "status_unrecognized": ["cell", "of"], "of_task": ["task"], "of_row": ["label"],
        "figures_unread": ["quotes", "task"], "figures_without_task": ["quotes"],
        "total_unread": ["header", "value", "task"], "total_mismatch": ["task", "total", "header", "sum"],
        "note_unread": ["quote", "task"], "note_differs": ["quote", "task", "sum"],
        "task_ambiguous": ["label", "first", "first_score", "second", "second_score"],
        "task_unmatched": ["label"], "unmatched_figures": ["quotes"], "unmatched_nearest": ["task", "score"],
        "unmatched_status": ["status"], "amount_unplaced": ["quote", "task"], "place_groups_sum": ["measure", "rows"],
    ]

    /// Message `key` with its placeholders ("{task}") replaced by `values`, in one pass: a value
    /// that holds braces itself (a unit's words) is never read as a placeholder.
    func message(_ key: String, _ values: [String: String]) -> String {
        GridVocabulary.render(messages[key] ?? "", values)
    }

    static func render(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { out += rest[open...]; return out }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
    /// The first header phrase of each column role: the header of a column extraction adds
    /// (the cards' numbers).
    var columnNames: [GridColumnRole: String] = [:]
    /// A form of several cards one under another ("NHIỆM VỤ 1", then its fields): the words
    /// of a card's own heading row, before its number.
    var cardBlockHeads = PhraseTable<Bool>()
    var cardMaxRows = 16
    /// Marks after which a task's heading row ends with its status ("II.2.e Góp ý QCVN —
    /// Đang thực hiện"); an opening parenthesis encloses it ("… (đang thực hiện)").
    var headingStatusMarks: [String] = []
    /// A note that a dash in a table stands for zero (`zero_dashes`: "dấu “-” là không có số
    /// liệu (bằng 0)"): the dashes written alone in its value columns, and the words that
    /// must follow the dash in the note within `reach` words.
    var zeroDashes: [String] = []
    var zeroDashMeanings = PhraseTable<Bool>()
    var zeroDashReach = 0
    /// A line counting one thing by numbered area ("Cuộc KT — KV1: 2 · KV2: 1 ⇒ 3"): the mark
    /// after its label, the marks between its parts, the marks before its total.
    struct PartChains: Sendable {
        var labelMarks: [String] = []
        var separators: [String] = []
        var totals: [String] = []
    }
    var partChains = PartChains()
    /// A column under a header no role names ("Tự nhận xét", "Ý kiến") whose cells are short
    /// statuses or assessments: at least `assessmentColumnCells` of them, each of at most
    /// `assessmentColumnWords` words and no number, and no other cell longer or with a number.
    var assessmentColumnCells = 2
    var assessmentColumnWords = 4
    /// Columns headed by states ("Đã thực hiện | Đang thực hiện") hold the work in words when
    /// a cell below one has at least this many words; else they are ticked (`status_headed_words`).
    var statusHeadedWords = 4
    /// Two status columns, an earlier report's and the present one ("Tình trạng (BC 6 tháng) |
    /// Tình trạng (đến 20/10/2026)"), told apart by their headers (`status_periods`): words of
    /// an earlier period (false), of the present (true); `statusPeriodUntil` ("đến") before a
    /// number or date names the present too.
    var statusPeriods = PhraseTable<Bool>()
    var statusPeriodUntil = PhraseTable<Bool>()
    /// Rows that add up a group of rows ("Cộng nhóm 2", "Tổng cộng nhóm II"), by their opening words.
    var subtotalRows = PhraseTable<Bool>()
    /// Marks typed between columns in plain paragraphs (`LineBuilder.pipedRows`), as typed,
    /// spaces included: "|", " – ".
    var columnMarks: [String] = ["|"]
    /// Marks that part columns only in a run opened by a header row (`headed_column_marks`).
    var headedColumnMarks: [String] = []
    /// Headers of a column of the plan's products ("Sản phẩm đầu ra"): a target beside another
    /// column of results, the results when alone.
    var planOutputs = PhraseTable<Bool>()
    /// Headers of a column that names the plan's work each row does, in the unit's words
    /// ("Theo Kế hoạch"), read as a target's by their words (`GridRecognisers.plannedWorkColumn`).
    var plannedWork = PhraseTable<Bool>()
    /// A row label's opening word for a task before its colon ("► NV: …", "Nhiệm vụ: …").
    var taskRowLabels = PhraseTable<Bool>()
    /// Marks that say what a row's numbers are when a task is written over two rows, the plan
    /// then what was done ("KH" over "TH", "Kế hoạch" over "Thực hiện"): true for the plan's
    /// row (no result), false for the done row. Read from a column whose every cell is such a
    /// mark, or from row labels that are nothing but such a mark.
    var rowRoles = PhraseTable<Bool>()
    /// Words that open a plan group's row before its number ("Nhóm 2.", "Nhóm nhiệm vụ 5.").
    var groupWords = PhraseTable<Bool>()
    /// Header words that name a column's role only as the header's whole words ("Cập nhật",
    /// "Phụ trách"): inside a longer header they are a task's own words ("Cập nhật điều ước …",
    /// "Nhiệm vụ phụ trách").
    var wholeHeaderWords = PhraseTable<Bool>()
    /// Header cells that are only a mark numbering the rows ("#", "No."): the sequence
    /// column, which words alone cannot name (a mark folds to no word).
    var sequenceMarks: Set<String> = []
    /// Headers of a sequence column that name the report's own items when their numbers repeat
    /// row after row (`item_references`).
    var itemReferences = PhraseTable<Bool>()
    /// A progress written as a percentage in a status column ("đạt 80% kế hoạch"): done at
    /// `completedAt`, not begun at 0, under way between; it weighs `confidence`, less than a
    /// status word in the note beside it.
    var progressCompletedAt = 100.0
    /// Marks in a status column's header that say its numbers are percentages ("Tiến độ (%)"):
    /// a bare number there ("0.6" in a sheet's 0% format, "60") is how far the work came.
    var progressHeaderMarks: [String] = []
    var progressConfidence = 0.5
    /// Words a note cell may hold before its one percentage for the share to be the task's
    /// progress ("đạt 100%", "mới được 60%", "khoảng 60%", a bare "0%"): a note in other
    /// words ("tăng 15% so với cùng kỳ") states none (`progress_percent.note_leads`).
    var progressNoteLeads = PhraseTable<Bool>()
    /// Sheets named as one period ("Quý I", "Tháng 10") beside a sheet named as the whole
    /// ("Cả năm", "Tổng hợp"): the whole is the result, the periods its parts.
    var periodSheets = PhraseTable<Bool>()
    var wholeSheets = PhraseTable<Bool>()
    /// Sheets of one place beside the sheet of the whole ("Ấp Miễu Ba", "KDC số 1" beside
    /// "Tổng hợp"): parts of the whole, as period sheets are.
    var placeSheets = PhraseTable<Bool>()
    /// The words that name a numbered sheet or table of figures ("Biểu 01", "Phụ lục 2"): a
    /// task's row that cites one ("Số liệu: Biểu 01, Biểu 02") gives that sheet its task.
    var sheetReferences = PhraseTable<Bool>()
    /// Tick-box marks as written ("☒", "[x]"): a checked one says the words after it, an
    /// unchecked one says nothing.
    var checkedMarks: [String] = []
    /// A cell holding only one of these ticks its row's box in a column of ticks (`ticks.cells`).
    var tickCells: Set<String> = []
    var uncheckedMarks: [String] = []
    /// Whether a cell is one tick alone: a mark of `ticks.cells` or a checked box.
    func isTick(_ text: String) -> Bool {
        let t = text.trimmed()
        return tickCells.contains(t) || checkedMarks.contains(t)
    }
    /// A question whether something arose ("Có phát sinh … không?"): answered no, the task
    /// did not arise.
    var arisingQuestions = PhraseTable<Bool>()
    var negativeAnswers = PhraseTable<Bool>()
    /// A column whose header asks a yes/no question about the work ("Đã hoàn thành?", "Làm
    /// xong chưa?", "Có phát sinh?"): its answers state the status (`question_columns`).
    var questions = QuestionColumns()
    /// A column of progress as a fraction of the unit's own planned activities ("Hoạt động
    /// (đã làm/KH)": "2/3"): the words before and after the header's slash
    /// (`fraction_columns`).
    var fractionDone = PhraseTable<Bool>()
    var fractionPlan = PhraseTable<Bool>()
    var fractionConfidence = 0.5

    /// What a question column's answers say.
    struct QuestionColumns: Sendable {
        /// What the header asks, by its words: the status of a yes and of a no, and how much
        /// a no weighs ("not done yet" says less than what the note beside it says).
        struct Ask: Sendable {
            var yes: TaskStatus?
            var no: TaskStatus?
            var noWeight: Double
            /// How much a yes weighs: 1, or less where the yes says the work is not finished
            /// ("Còn việc tồn? | Có") and a note beside it may say more ("Chưa bắt đầu").
            var yesWeight = 1.0
            /// A finer question ("Đã xong?") whose answer stands over a yes to a broader one on
            /// the same row ("Có thực hiện? | Có"): the work was taken up, this says how far.
            var refinesYes = false
        }
        /// Words closing a header that make it a question when it has no "?" ("… chưa").
        var closingWords = PhraseTable<Bool>()
        /// Header words → index in `asks`; the longest phrase in the header decides.
        var askWords = PhraseTable<Int>()
        var asks: [Ask] = []
        var yes = PhraseTable<Bool>()
        var no = PhraseTable<Bool>()
    }
    /// Column headers written as open questions ("Việc gì?", "Bao nhiêu cuộc kiểm tra?",
    /// "Kiểm tra bao nhiêu cơ sở?", "Phạt bao nhiêu (đồng)?"): read by their other words
    /// (`open_questions`); such a header asks no yes/no.
    var openQuestions = OpenQuestions()
    struct OpenQuestions: Sendable {
        /// Question words; a value of true asks a count ("bao nhiêu", "mấy"). Folded, "đâu" is
        /// also "dầu" and "mấy" "máy": a match counts only when written with its own marks
        /// (`exact`, lower case, NFC).
        var words = PhraseTable<Bool>()
        var exact: Set<String> = []
        /// Particles closing a question ("… tới đâu rồi?"): dropped with it.
        var particles = PhraseTable<Bool>()
        /// The word a count's header opens with once the question is read ("số").
        var countWord = ""
        /// What a count of money counts when the question names no noun ("tiền").
        var moneyNoun = ""
    }
    var weights = Weights()
    /// The indicator of an amount on a task's own row under a money column naming none.
    var taskRowMoney: IndicatorID?
    /// Indicators of which a zero is no result (nothing spent): left out, not quoted.
    var zeroIsNothing: Set<IndicatorID> = []
    var thresholds = Thresholds()

    struct Weights: Sendable {
        var headNoun = 1.0, qualifier = 2.0, measureUnit = 1.0, headerPhrase = 2.0
        /// Task by meaning: the plan title's similarity, a profile phrase (per word, shared
        /// among the tasks it names), the group row above against the row's own words, a task
        /// of the row's plan group, each kind of figure under the row the task reports or not.
        var title = 1.0, profilePhrase = 0.12, groupRow = 0.5, sameGroup = 0.1, figureFit = 0.08, figureMisfit = 0.08, resultWords = 0.0, shortLabel = 0.0, profileWhole = 0.0
    }

    struct Thresholds: Sendable {
        var indicator = 1.0, indicatorMargin = 0.4, task = 0.35, taskMargin = 0.06
        /// A unit of measure is this many words at most; a longer cell under "Đơn vị" is a name.
        var unitWords = 2.0
        /// A task by meaning the plan gives to other kinds of units than the reporting one's
        /// yields to the best task given to its kind that reports the row's figures, when that
        /// one scores at least this share of the first's.
        var ownKindShare = 0.75
        /// A task's row whose words score for one task alone is that task from this score on.
        var soleTask = 0.2
        /// A column headed like a unit of measure ("Đơn vị phối hợp / chủ trì") with at least
        /// this many word cells, none of them a unit of measure, says something else of each
        /// row (a role, a partner): not the rows' units.
        var foreignUnitCells = 2.0
        /// A header of no known role of at most this many words is read as a row's label is.
        var headerLabelWords = 6.0
        /// In a table read as transposed, a header of at least this many words that names a
        /// task by meaning heads that task's column, whatever a measure's, place's or
        /// performer's words it also holds.
        var transposedTaskWords = 4.0
        /// A column of results whose cells are sentences of at least this many words, in a
        /// header with no label column, names each row's work.
        var proseLabelWords = 4.0
        /// Columns read by their cells' types: the body rows looked at, the cells needed, the
        /// share of numbers that makes a column of results, the words of a task cell at most
        /// and the repeats on consecutive rows that make a task column.
        var typedColumnRows = 12.0, typedColumnCells = 3.0, typedColumnShare = 0.8
        var typedTaskWords = 12.0, typedTaskRepeats = 1.0
        /// A row numbered a level below a task's row ("1.1" under "1") with words of its own
        /// (a result or a status) that clearly names another task is that task's row; 0: never.
        var subRowPeers = 0.0
        /// A text cell of at most this many words whose numbers the figure reader reads as
        /// figures ("Cuộc KT (3); Cơ sở (26)", "04 lớp; 210 lượt người") counts as a number
        /// cell when a column is typed by what its cells hold; 0: never.
        var typedFigureWords = 0.0
        /// The share of a typed task or label column's texts that must name a task of the plan
        /// (by its code or clearly by meaning; a label by meaning above the task threshold).
        var typedTaskResolved = 0.5, typedLabelResolved = 0.5
        /// A header cell of more words than this (or a sentence with its full stop) is no
        /// header over columns read by their cells.
        var typedHeaderWords = 12.0
        /// Another cell of a row that names the indicator its number counts is a noun phrase of
        /// at most this many words; a longer one describes the work.
        var indicatorCellWords = 8.0
        /// A grid listing at least this many of the plan's tasks by code, each row only a code,
        /// a number and a short name, is a catalogue (a form's lookup list), no report; 0: never.
        var catalogueTasks = 0.0
        /// …each name of at most this many words.
        var catalogueNameWords = 16.0
        /// A biểu typed with tab stops in the body (`GridSegmenter.tabbedGrids`) starts at a
        /// row whose every cell is of at most this many words and has no digit; 0: such runs
        /// of paragraphs are no grid.
        var tabbedHeaderWords = 0.0
        /// Columns of parts beside one column of the whole ("Xăng dầu | Vàng | … | Cộng",
        /// `GridRecognisers.partsWithWhole`): the most words a part's header has; 0 turns the
        /// reading off.
        var partColumnWords = 0.0
        /// A copy of the plan's annex with status tick columns (`GridResolver.mirrorsPlan`) has
        /// at least this many task cells in the plan's own words, and half of its task cells.
        var mirrorRows = 3.0
        /// A row of one cell naming work outside the plan (`outside_plan_bands`) is of at most
        /// this many words.
        var bandWords = 14.0
        /// A group assessment's label (`group_assessment_labels`) names its group in at most
        /// this many words before the colon ("Đánh giá chung nhóm A:").
        var groupAssessmentWords = 4.0
        /// Columns typed with "|" in plain paragraphs (`LineBuilder.pipedRows`) are cells when
        /// a run of at least this many paragraphs is parted into as many cells each, at least
        /// this many; 0: "|" parts nothing.
        var pipedRows = 0.0
        /// A biểu drawn with spaces in plain paragraphs (`LineBuilder.spacedRows`): its header
        /// is parted into columns by runs of at least `spacedGap` spaces and stands next to a
        /// rule of at least `spacedRuleLength` "-", "=" or "_"; it is read when at least
        /// `spacedRows` rows follow. 0: never.
        var spacedRows = 0.0
        var spacedGap = 0.0
        var spacedRuleLength = 0.0
        /// The most words a unit in round brackets after a number may have ("02 (cuộc)").
        var bracketedUnitWords = 0.0
        /// A Word table of one cell (a frame drawn round the text) holding at least this many
        /// lines is the report's body in a box: its lines are read as paragraphs of the body
        /// (`LineBuilder.lines`). 0: never.
        var framedBodyLines = 0.0
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    public static func load(contentsOf url: URL, indicators: [IndicatorID], tasks: [String]) throws -> GridVocabulary {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw LoadError(file: url.path, line: nil, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(yaml: text, file: url.path, indicators: indicators, tasks: tasks)
    }

    public static func parse(yaml: String, file: String = "grids.yaml", indicators: [IndicatorID], tasks: [String]) throws -> GridVocabulary {
        let root: Node
        do {
            guard let r = try Yams.compose(yaml: yaml) else { throw LoadError(file: file, line: nil, message: "the file is empty") }
            root = r
        } catch let e as LoadError { throw e } catch {
            throw LoadError(file: file, line: nil, message: "\(error)")
        }
        func fail(_ node: Node?, _ message: String) -> LoadError {
            LoadError(file: file, line: node?.mark.map { $0.line }, message: message)
        }
        func mapping(_ node: Node, _ field: String) throws -> [(String, Node, Node)] {
            guard let m = node.mapping else { throw fail(node, "\(field) must be a mapping") }
            return try m.map { pair in
                guard let k = pair.key.string else { throw fail(pair.key, "\(field): keys must be text") }
                return (k, pair.key, pair.value)
            }
        }
        func strings(_ node: Node, _ field: String) throws -> [String] {
            guard let s = node.sequence else { throw fail(node, "\(field) must be a list") }
            return try s.map { item in
                guard let t = item.string, !t.isEmpty else { throw fail(item, "\(field): every item must be a phrase") }
                return t
            }
        }
        func number(_ node: Node, _ field: String) throws -> Double {
            guard let s = node.string, let d = Double(s) else { throw fail(node, "\(field) must be a number") }
            return d
        }
        let known = Set(indicators)
        func indicator(_ name: String, _ node: Node, _ field: String) throws -> IndicatorID {
            let id = IndicatorID(name)
            guard known.contains(id) else { throw fail(node, "\(field): unknown indicator \(name)") }
            return id
        }
        func status(_ name: String, _ node: Node, _ field: String) throws -> TaskStatus {
            guard let s = TaskStatus(rawValue: name), s != .unknown else {
                throw fail(node, "\(field).\(name): unknown status (use completed, in_progress, not_started, not_applicable)")
            }
            return s
        }

        var v = GridVocabulary()
        for (key, keyNode, value) in try mapping(root, "the top level") {
            switch key {
            case "columns":
                for (role, roleNode, list) in try mapping(value, "columns") {
                    guard let r = GridColumnRole(rawValue: role) else { throw fail(roleNode, "columns.\(role): unknown column role") }
                    for p in try strings(list, "columns.\(role)") {
                        v.columns.add(p, r)
                        if v.columnNames[r] == nil { v.columnNames[r] = p }
                    }
                }
            case "measure_units":
                for (unit, _, spec) in try mapping(value, "measure_units") {
                    var w: [IndicatorID: Double] = [:]
                    for (name, nameNode, weight) in try mapping(spec, "measure_units.\(unit)") {
                        w[try indicator(name, nameNode, "measure_units.\(unit)")] = try number(weight, "measure_units.\(unit).\(name)")
                    }
                    v.measureUnits.add(unit, w)
                }
            case "qualifiers":
                for (phrase, _, target) in try mapping(value, "qualifiers") {
                    guard let name = target.string else { throw fail(target, "qualifiers.\(phrase) must name an indicator") }
                    v.qualifiers.add(phrase, try indicator(name, target, "qualifiers.\(phrase)"))
                }
            case "not_counted":
                for p in try strings(value, key) { v.notCounted.add(p, true) }
            case "uncounted_qualifiers":
                for p in try strings(value, key) { v.uncountedQualifiers.add(p, true) }
            case "silent_units":
                for p in try strings(value, key) { v.silentUnits.add(p, true) }
            case "status_rows":
                for p in try strings(value, key) { v.statusRows.add(p, true) }
            case "assessments":
                for (name, nameNode, list) in try mapping(value, "assessments") {
                    let s = try status(name, nameNode, "assessments")
                    for p in try strings(list, "assessments.\(name)") { v.assessments.add(p, s) }
                }
            case "tick_heads":
                for (name, nameNode, list) in try mapping(value, "tick_heads") {
                    let s = try status(name, nameNode, "tick_heads")
                    for p in try strings(list, "tick_heads.\(name)") { v.tickHeads.add(p, s) }
                }
            case "row_roles":
                for (name, nameNode, list) in try mapping(value, "row_roles") {
                    guard name == "target" || name == "actual" else {
                        throw fail(nameNode, "row_roles.\(name): unknown row role (use target or actual)")
                    }
                    for p in try strings(list, "row_roles.\(name)") { v.rowRoles.add(p, name == "target") }
                }
            case "status_openings":
                for (name, nameNode, list) in try mapping(value, "status_openings") {
                    let s = try status(name, nameNode, "status_openings")
                    for p in try strings(list, "status_openings.\(name)") { v.statusOpenings.add(p, s) }
                }
            case "period_totals":
                for p in try strings(value, key) {
                    v.periodTotals.add(p, true)
                    if let first = p.split(separator: " ").first { v.periodTotalLeads.insert(String(first).lowercased()) }
                }
            case "row_period_plans":
                for p in try strings(value, key) { v.rowPeriodPlans.add(p, true) }
            case "belongs_to":
                for p in try strings(value, key) { v.belongsTo.add(p, true) }
            case "filler_cells":
                for p in try strings(value, key) { v.fillerCells.add(p, true) }
            case "ditto_marks":
                for p in try strings(value, key) { v.dittoMarks.add(p, true) }
            case "code_joins":
                v.codeJoins = try strings(value, key).map { $0.lowercased() }.filter { !$0.isEmpty }
            case "result_labels":
                for p in try strings(value, key) { v.resultLabels.add(p, true) }
            case "opinion_labels":
                for p in try strings(value, key) { v.opinionLabels.add(p, true) }
            case "group_assessment_labels":
                for p in try strings(value, key) { v.groupAssessmentLabels.add(p, true) }
            case "outside_plan_bands":
                for p in try strings(value, key) { v.outsidePlanBands.add(p, true) }
            case "outside_plan_notes":
                for p in try strings(value, key) { v.outsidePlanNotes.add(p, true) }
            case "revision_marks":
                for p in try strings(value, key) { v.revisionMarks.add(p, true) }
            case "earlier_running_totals":
                for p in try strings(value, key) { v.earlierRunningTotals.add(p, true) }
            case "year_totals":
                for p in try strings(value, key) { v.yearTotals.add(p, true) }
            case "results_period_words":
                for p in try strings(value, key) { v.resultsPeriodWords.add(p, true) }
            case "period_total_extra_words":
                v.periodTotalExtraWords = Int(try number(value, key))
            case "header_years":
                let bounds = try strings(value, key).compactMap { Int($0) }
                guard bounds.count == 2, bounds[0] <= bounds[1] else { throw fail(value, "\(key) must be two years, the first not after the second") }
                v.headerYears = bounds[0]...bounds[1]
            case "header_year_words":
                v.headerYearWords = Int(try number(value, key))
            case "legend":
                for (name, nameNode, n) in try mapping(value, "legend") {
                    let x = Int(try number(n, "legend.\(name)"))
                    switch name {
                    case "mark_chars": v.legendMarkChars = x
                    case "abbreviation_chars": v.legendAbbreviationChars = x
                    case "meaning_words": v.legendMeaningWords = x
                    case "max_marks": v.legendMaxMarks = x
                    default: throw fail(nameNode, "legend.\(name): unknown key (use mark_chars, abbreviation_chars, meaning_words, max_marks)")
                    }
                }
            case "fills":
                for (name, nameNode, n) in try mapping(value, "fills") {
                    switch name {
                    case "unfilled": for p in try strings(n, "fills.unfilled") { v.unfilled.add(p, true) }
                    case "confidence": v.fillConfidence = try number(n, "fills.confidence")
                    default: throw fail(nameNode, "fills.\(name): unknown key (use unfilled, confidence)")
                    }
                }
            case "own_kind_message":
                guard let t = value.string, t.contains("{task}"), t.contains("{other}"), t.contains("{quotes}") else {
                    throw fail(value, "own_kind_message must be a text with {task}, {other} and {quotes}")
                }
                v.ownKindMessage = t
            case "messages":
                for (name, nameNode, n) in try mapping(value, "messages") {
                    guard let needed = GridVocabulary.messagePlaceholders[name] else {
                        throw fail(nameNode, "messages.\(name): unknown message (use \(GridVocabulary.messagePlaceholders.keys.sorted().joined(separator: ", ")))")
                    }
                    guard let t = n.string, !t.isEmpty else { throw fail(n, "messages.\(name) must be a text") }
                    if let missing = needed.first(where: { !t.contains("{\($0)}") }) {
                        throw fail(n, "messages.\(name) must keep {\(missing)}")
                    }
                    v.messages[name] = t
                }
            case "cards":
                for (name, nameNode, n) in try mapping(value, "cards") {
                    if name == "block_heads" {
                        for p in try strings(n, "cards.block_heads") { v.cardBlockHeads.add(p, true) }
                        continue
                    }
                    let x = Int(try number(n, "cards.\(name)"))
                    switch name {
                    case "min_fields": v.cardMinFields = x
                    case "field_words": v.cardFieldWords = x
                    case "max_rows": v.cardMaxRows = x
                    default: throw fail(nameNode, "cards.\(name): unknown key (use min_fields, field_words, max_rows, block_heads)")
                    }
                }
            case "status_headed_words":
                v.statusHeadedWords = Int(try number(value, key))
            case "status_periods":
                for (name, nameNode, list) in try mapping(value, "status_periods") {
                    let phrases = try strings(list, "status_periods.\(name)")
                    switch name {
                    case "earlier": for p in phrases { v.statusPeriods.add(p, false) }
                    case "current": for p in phrases { v.statusPeriods.add(p, true) }
                    case "until": for p in phrases { v.statusPeriodUntil.add(p, true) }
                    default: throw fail(nameNode, "status_periods.\(name): unknown key (use earlier, current, until)")
                    }
                }
            case "heading_status_marks":
                v.headingStatusMarks = try strings(value, key)
            case "zero_dashes":
                for (name, nameNode, n) in try mapping(value, "zero_dashes") {
                    switch name {
                    case "dashes": v.zeroDashes = try strings(n, "zero_dashes.dashes")
                    case "meanings": for p in try strings(n, "zero_dashes.meanings") { v.zeroDashMeanings.add(p, true) }
                    case "reach": v.zeroDashReach = Int(try number(n, "zero_dashes.reach"))
                    default: throw fail(nameNode, "zero_dashes.\(name): unknown key (use dashes, meanings, reach)")
                    }
                }
            case "part_chains":
                for (name, nameNode, list) in try mapping(value, "part_chains") {
                    let marks = try strings(list, "part_chains.\(name)")
                    switch name {
                    case "label": v.partChains.labelMarks = marks
                    case "parts": v.partChains.separators = marks
                    case "total": v.partChains.totals = marks
                    default: throw fail(nameNode, "part_chains.\(name): unknown key (use label, parts, total)")
                    }
                }
            case "assessment_column":
                for (name, nameNode, n) in try mapping(value, "assessment_column") {
                    let x = Int(try number(n, "assessment_column.\(name)"))
                    switch name {
                    case "min_cells": v.assessmentColumnCells = x
                    case "max_words": v.assessmentColumnWords = x
                    default: throw fail(nameNode, "assessment_column.\(name): unknown key (use min_cells, max_words)")
                    }
                }
            case "ticks":
                for (name, nameNode, list) in try mapping(value, "ticks") {
                    switch name {
                    case "checked": v.checkedMarks = try strings(list, "ticks.checked")
                    case "unchecked": v.uncheckedMarks = try strings(list, "ticks.unchecked")
                    case "cells": v.tickCells = Set(try strings(list, "ticks.cells"))
                    default: throw fail(nameNode, "ticks.\(name): unknown key (use checked, unchecked, cells)")
                    }
                }
            case "arising":
                for (name, nameNode, list) in try mapping(value, "arising") {
                    switch name {
                    case "questions": for p in try strings(list, "arising.questions") { v.arisingQuestions.add(p, true) }
                    case "negative_answers": for p in try strings(list, "arising.negative_answers") { v.negativeAnswers.add(p, true) }
                    default: throw fail(nameNode, "arising.\(name): unknown key (use questions, negative_answers)")
                    }
                }
            case "question_columns":
                var q = QuestionColumns()
                for (name, nameNode, n) in try mapping(value, "question_columns") {
                    switch name {
                    case "closing_words": for p in try strings(n, "question_columns.closing_words") { q.closingWords.add(p, true) }
                    case "yes": for p in try strings(n, "question_columns.yes") { q.yes.add(p, true) }
                    case "no": for p in try strings(n, "question_columns.no") { q.no.add(p, true) }
                    case "asks":
                        guard let list = n.sequence else { throw fail(n, "question_columns.asks must be a list") }
                        for item in list {
                            var ask = QuestionColumns.Ask(yes: nil, no: nil, noWeight: 0)
                            var words: [String] = []
                            var weight: Double?
                            for (field, fieldNode, f) in try mapping(item, "question_columns.asks") {
                                switch field {
                                case "words": words = try strings(f, "question_columns.asks.words")
                                case "yes": ask.yes = try status(f.string ?? "", f, "question_columns.asks.yes")
                                case "no": ask.no = try status(f.string ?? "", f, "question_columns.asks.no")
                                case "no_weight": weight = try number(f, "question_columns.asks.no_weight")
                                case "yes_weight": ask.yesWeight = try number(f, "question_columns.asks.yes_weight")
                                case "refines_yes": ask.refinesYes = f.string == "true"
                                default: throw fail(fieldNode, "question_columns.asks.\(field): unknown key (use words, yes, no, no_weight, yes_weight, refines_yes)")
                                }
                            }
                            guard !words.isEmpty else { throw fail(item, "question_columns.asks: words missing") }
                            if ask.no != nil {
                                guard let w = weight else { throw fail(item, "question_columns.asks: no_weight missing (how much a no weighs)") }
                                ask.noWeight = w
                            }
                            for w in words { q.askWords.add(w, q.asks.count) }
                            q.asks.append(ask)
                        }
                    default: throw fail(nameNode, "question_columns.\(name): unknown key (use closing_words, asks, yes, no)")
                    }
                }
                v.questions = q
            case "open_questions":
                var q = OpenQuestions()
                for (name, nameNode, n) in try mapping(value, "open_questions") {
                    switch name {
                    case "words", "counts":
                        for p in try strings(n, "open_questions.\(name)") {
                            q.words.add(p, name == "counts")
                            q.exact.insert(p.lowercased().precomposedStringWithCanonicalMapping)
                        }
                    case "particles":
                        for p in try strings(n, "open_questions.particles") {
                            q.particles.add(p, true)
                            q.exact.insert(p.lowercased().precomposedStringWithCanonicalMapping)
                        }
                    case "count_word": q.countWord = n.string ?? ""
                    case "money_noun": q.moneyNoun = n.string ?? ""
                    default: throw fail(nameNode, "open_questions.\(name): unknown key (use words, counts, particles, count_word, money_noun)")
                    }
                }
                v.openQuestions = q
            case "fraction_columns":
                var seen = Set<String>()
                for (name, nameNode, n) in try mapping(value, "fraction_columns") {
                    seen.insert(name)
                    switch name {
                    case "done": for p in try strings(n, "fraction_columns.done") { v.fractionDone.add(p, true) }
                    case "plan": for p in try strings(n, "fraction_columns.plan") { v.fractionPlan.add(p, true) }
                    case "confidence": v.fractionConfidence = try number(n, "fraction_columns.confidence")
                    default: throw fail(nameNode, "fraction_columns.\(name): unknown key (use done, plan, confidence)")
                    }
                }
                if let missing = ["done", "plan", "confidence"].first(where: { !seen.contains($0) }) {
                    throw fail(value, "fraction_columns.\(missing): missing")
                }
            case "subtotal_rows":
                for p in try strings(value, key) { v.subtotalRows.add(p, true) }
            case "plan_outputs":
                for p in try strings(value, key) { v.planOutputs.add(p, true) }
            case "planned_work":
                for p in try strings(value, key) { v.plannedWork.add(p, true) }
            case "task_row_labels":
                for p in try strings(value, key) { v.taskRowLabels.add(p, true) }
            case "column_marks":
                v.columnMarks = try strings(value, key)
            case "headed_column_marks":
                v.headedColumnMarks = try strings(value, key)
            case "group_words":
                for p in try strings(value, key) { v.groupWords.add(p, true) }
            case "whole_header_words":
                for p in try strings(value, key) { v.wholeHeaderWords.add(p, true) }
            case "sequence_marks":
                for p in try strings(value, key) { v.sequenceMarks.insert(p) }
            case "item_references":
                for p in try strings(value, key) { v.itemReferences.add(p, true) }
            case "progress_percent":
                for (name, nameNode, n) in try mapping(value, "progress_percent") {
                    if name == "header_marks" { v.progressHeaderMarks = try strings(n, "progress_percent.header_marks"); continue }
                    if name == "note_leads" { for p in try strings(n, "progress_percent.note_leads") { v.progressNoteLeads.add(p, true) }; continue }
                    let d = try number(n, "progress_percent.\(name)")
                    switch name {
                    case "completed_at": v.progressCompletedAt = d
                    case "confidence": v.progressConfidence = d
                    default: throw fail(nameNode, "progress_percent.\(name): unknown key (use completed_at, confidence, header_marks, note_leads)")
                    }
                }
            case "sheets":
                for (name, nameNode, list) in try mapping(value, "sheets") {
                    switch name {
                    case "periods": for p in try strings(list, "sheets.periods") { v.periodSheets.add(p, true) }
                    case "whole": for p in try strings(list, "sheets.whole") { v.wholeSheets.add(p, true) }
                    case "references": for p in try strings(list, "sheets.references") { v.sheetReferences.add(p, true) }
                    case "places": for p in try strings(list, "sheets.places") { v.placeSheets.add(p, true) }
                    default: throw fail(nameNode, "sheets.\(name): unknown key (use periods, whole, references, places)")
                    }
                }
            case "zero_is_nothing":
                for n in value.sequence ?? [] {
                    guard let name = n.string else { throw fail(n, "zero_is_nothing must list indicators") }
                    v.zeroIsNothing.insert(try indicator(name, n, "zero_is_nothing"))
                }
            case "task_row_money":
                guard let name = value.string else { throw fail(value, "task_row_money must name an indicator") }
                v.taskRowMoney = try indicator(name, value, "task_row_money")
            case "weights":
                for (name, nameNode, n) in try mapping(value, "weights") {
                    let d = try number(n, "weights.\(name)")
                    switch name {
                    case "head_noun": v.weights.headNoun = d
                    case "qualifier": v.weights.qualifier = d
                    case "measure_unit": v.weights.measureUnit = d
                    case "header_phrase": v.weights.headerPhrase = d
                    case "title": v.weights.title = d
                    case "profile_phrase": v.weights.profilePhrase = d
                    case "group_row": v.weights.groupRow = d
                    case "result_words": v.weights.resultWords = d
                    case "profile_whole": v.weights.profileWhole = d
                    case "short_label": v.weights.shortLabel = d
                    case "same_group": v.weights.sameGroup = d
                    case "figure_fit": v.weights.figureFit = d
                    case "figure_misfit": v.weights.figureMisfit = d
                    default: throw fail(nameNode, "weights.\(name): unknown weight")
                    }
                }
            case "thresholds":
                for (name, nameNode, n) in try mapping(value, "thresholds") {
                    let d = try number(n, "thresholds.\(name)")
                    switch name {
                    case "indicator": v.thresholds.indicator = d
                    case "indicator_margin": v.thresholds.indicatorMargin = d
                    case "task": v.thresholds.task = d
                    case "task_margin": v.thresholds.taskMargin = d
                    case "unit_words": v.thresholds.unitWords = d
                    case "own_kind_share": v.thresholds.ownKindShare = d
                    case "sole_task": v.thresholds.soleTask = d
                    case "foreign_unit_cells": v.thresholds.foreignUnitCells = d
                    case "header_label_words": v.thresholds.headerLabelWords = d
                    case "transposed_task_words": v.thresholds.transposedTaskWords = d
                    case "prose_label_words": v.thresholds.proseLabelWords = d
                    case "typed_column_rows": v.thresholds.typedColumnRows = d
                    case "typed_column_cells": v.thresholds.typedColumnCells = d
                    case "typed_column_share": v.thresholds.typedColumnShare = d
                    case "typed_task_words": v.thresholds.typedTaskWords = d
                    case "typed_task_repeats": v.thresholds.typedTaskRepeats = d
                    case "sub_row_peers": v.thresholds.subRowPeers = d
                    case "typed_figure_words": v.thresholds.typedFigureWords = d
                    case "typed_task_resolved": v.thresholds.typedTaskResolved = d
                    case "typed_label_resolved": v.thresholds.typedLabelResolved = d
                    case "typed_header_words": v.thresholds.typedHeaderWords = d
                    case "indicator_cell_words": v.thresholds.indicatorCellWords = d
                    case "catalogue_tasks": v.thresholds.catalogueTasks = d
                    case "catalogue_name_words": v.thresholds.catalogueNameWords = d
                    case "tabbed_header_words": v.thresholds.tabbedHeaderWords = d
                    case "part_column_words": v.thresholds.partColumnWords = d
                    case "mirror_rows": v.thresholds.mirrorRows = d
                    case "band_words": v.thresholds.bandWords = d
                    case "group_assessment_words": v.thresholds.groupAssessmentWords = d
                    case "piped_rows": v.thresholds.pipedRows = d
                    case "spaced_rows": v.thresholds.spacedRows = d
                    case "spaced_gap": v.thresholds.spacedGap = d
                    case "spaced_rule_length": v.thresholds.spacedRuleLength = d
                    case "bracketed_unit_words": v.thresholds.bracketedUnitWords = d
                    case "framed_body_lines": v.thresholds.framedBodyLines = d
                    default: throw fail(nameNode, "thresholds.\(name): unknown threshold")
                    }
                }
            default:
                throw fail(keyNode, "\(key): unknown key")
            }
        }
        if let missing = GridVocabulary.messagePlaceholders.keys.sorted().first(where: { v.messages[$0] == nil }) {
            throw fail(root, "messages.\(missing): missing (every finding the grid resolver gives needs its words)")
        }
        return v
    }
}
