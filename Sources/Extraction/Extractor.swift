import DocumentModel
import Foundation
import Plan
import VietText

/// Turns one document into a submission against the plan's catalogue. The same value is used
/// by `tonghop extract` and by the nightly run.
public struct Extractor: Sendable {
    let vocabulary: Vocabulary
    let tasks: [TaskInfo]
    let tasksByCode: [String: TaskInfo]
    let titles: TitleMatcher
    let groups: [Int: String]
    let groupTitles: TitleMatcher
    let units: UnitRegistry
    /// The registry the extractor names units from.
    public var unitRegistry: UnitRegistry { units }
    /// Units by their id in upper case, for ids written in file names ("SO-YT_BC_….docx").
    let unitsByUpperID: [String: ReportingUnit]
    /// The folded names of the plan's units whose name has words of the plan's subject
    /// ("Chi cục Tiêu chuẩn Đo lường Chất lượng"), longest first: a body named in a title's
    /// line says nothing of what the document is about (`titleSpeaksOfPlan`). In the body a
    /// name counts unless a recipient or template lead stands before it (`withoutRecipients`):
    /// there it may be whom the work was done with.
    let subjectBodyNames: [String]
    /// What each task is about, for passages that name their task the unit's own way.
    let profiles: TaskProfiles
    /// How units write tables and sheets (grids.yaml), shared by every document; without it
    /// grids are read as lines.
    private(set) var gridRecognisers: GridRecognisers?
    /// What extraction says about what it could not read (silent_loss.yaml); without it,
    /// only the recognisers' own findings.
    var silentLoss: SilentLossPolicy?
    /// The days a report on the plan can be dated (from the plan's date; Header.swift): nil
    /// when the extractor was made without a plan.
    var reportDates: ClosedRange<PlanDate>?

    public init(tasks: [TaskInfo], units: UnitRegistry, vocabulary: Vocabulary, profiles: TaskProfiles = TaskProfiles()) {
        self.vocabulary = vocabulary
        self.profiles = profiles
        self.tasks = tasks
        self.tasksByCode = Dictionary(tasks.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.titles = TitleMatcher(tasks: tasks, citations: profiles.citations)
        var groups: [Int: String] = [:]
        for t in tasks where groups[t.group] == nil { groups[t.group] = t.groupTitle }
        self.groups = groups
        self.groupTitles = TitleMatcher(tasks: groups.sorted { $0.key < $1.key }.map {
            TaskInfo(code: "\($0.key)", group: $0.key, letter: "", title: $0.value, groupTitle: $0.value)
        })
        self.units = units
        self.unitsByUpperID = Dictionary(units.units.map { ($0.id.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })
        let subject = vocabulary.planSubject.words + vocabulary.planSubject.marks
        self.subjectBodyNames = Set(units.units.flatMap { [$0.name] + $0.aliases }.map { VietText.fold($0) }
            .filter { name in name.utf8.count >= 8 && subject.contains { name.containsBytes($0) } })
            .sorted(by: ExtractionRun.longestFirst)
    }

    /// An extractor for a pipeline: its catalogue, its units and its vocabulary file.
    /// `vocabulary`: the pipeline's `vocabulary.yaml` when the caller has loaded it already
    /// (`Pipeline.load` does, to check every file first); read from the folder otherwise.
    /// Loading it is a sixth of a command's start (236 M instructions), done twice before.
    public init(pipeline: PipelineDefinition, vocabulary loaded: Vocabulary? = nil) throws {
        var vocabulary = try loaded ?? Vocabulary.load(contentsOf: pipeline.directory.appendingPathComponent("vocabulary.yaml"))
        vocabulary.figureReading.planYear = pipeline.plan.year > 0 ? pipeline.plan.year : nil
        let tasks = pipeline.catalogue.tasks.map {
            TaskInfo(code: $0.code.rawValue, group: $0.group, letter: String($0.code.rawValue.split(separator: ".").last ?? ""),
                     title: $0.text, groupTitle: $0.groupTitle)
        }
        let profilesFile = pipeline.directory.appendingPathComponent("task_profiles.yaml")
        let profiles = FileManager.default.fileExists(atPath: profilesFile.path)
            ? try TaskProfiles.load(contentsOf: profilesFile, taskCodes: Set(tasks.map(\.code)), indicators: Set(vocabulary.indicatorIDs))
            : TaskProfiles()
        self.init(tasks: tasks, units: pipeline.units, vocabulary: vocabulary, profiles: profiles)
        reportDates = HeaderReader.reportDates(plan: pipeline.plan, dates: vocabulary.documentDate)
        let grids = pipeline.directory.appendingPathComponent("grids.yaml")
        if FileManager.default.fileExists(atPath: grids.path) {
            let gridVocabulary = try GridVocabulary.load(contentsOf: grids, indicators: vocabulary.indicatorIDs, tasks: tasks.map(\.code))
            gridRecognisers = GridRecognisers(extractor: self, vocabulary: gridVocabulary)
        }
        let silentLossFile = pipeline.directory.appendingPathComponent("silent_loss.yaml")
        if FileManager.default.fileExists(atPath: silentLossFile.path) {
            silentLoss = try SilentLossPolicy.load(contentsOf: silentLossFile, indicators: Set(vocabulary.indicatorIDs))
        }
    }

    /// Extracts a document that the reader produced. `fileName` is the file's own name (for the
    /// last-resort unit lookup), `file` the path as given.
    public func extract(_ document: Document, file: String, fileName: String, sha256: String) -> Submission {
        // Each text of the document is tokenized once, for every reader (TextReadings.swift).
        let readings = TextReadings()
        var submission = TextReadings.$current.withValue(readings) {
            extractReport(document, file: file, fileName: fileName, sha256: sha256, readings: readings)
        }
        if submission.status == .extracted { submission.comments = Self.comments(of: document) }
        return submission
    }

    /// The comments reviewers left in the file, each placed at the paragraph or table cell it
    /// is anchored in (the reader lists an anchored comment's text among the paragraph's
    /// notes), else at the comments part. Empty comments are not kept.
    static func comments(of document: Document) -> [UnitComment] {
        guard !document.comments.isEmpty else { return [] }
        var anchors: [String: String] = [:]
        func walk(_ blocks: [Block]) {
            for b in blocks {
                switch b {
                case .paragraph(let p):
                    for n in p.notes ?? [] where anchors[n] == nil { anchors[n] = p.location.description }
                case .table(let t):
                    for row in t.rows { for cell in row.cells { walk(cell.blocks) } }
                }
            }
        }
        walk(document.body)
        return document.comments.compactMap { c in
            let text = c.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !text.isEmpty else { return nil }
            return UnitComment(text: text, author: c.author, source: anchors[text] ?? "word/comments.xml comment \(c.id)")
        }
    }

    private func extractReport(_ document: Document, file: String, fileName: String, sha256: String, readings: TextReadings) -> Submission {
        // A returned tonghop form is read by its own structure (FormRecogniser.swift).
        if let form = extractForm(document, file: file, fileName: fileName, sha256: sha256) { return form }
        // Another unit's report left as a sheet of the workbook is set aside, and said.
        let (sent, setAside) = senderSheets(document, fileName: fileName, readings: readings)
        // An activity log tagged by work beside or over the unit's own summary by work: the
        // summary's totals are read, not the log's parts again.
        let document = TaggedLogs.summarized(sent, vocabulary.taggedLogs)
        var run = ExtractionRun(extractor: self, document: document, readings: readings)
        // The unit first: which kinds of units a task is for is evidence for tasks by meaning.
        let header = run.header(fileName: fileName)
        run.reportingUnitGroup = header.unit.flatMap { units.unit(id: $0.id) }?.kind.group
        if let unit = header.unit.flatMap({ units.unit(id: $0.id) }) {
            // Longest first: the full name is taken out before a shorter alias inside it.
            run.reportingUnitNames = Set(([unit.name] + unit.aliases).map { VietText.fold($0) }.filter { $0.utf8.count >= 8 })
                .sorted(by: ExtractionRun.longestFirst)
        }
        run.process()
        // For whoever tunes the rules: each line as read — its section, the task whose passage
        // it stands in, whether a grid or the layout took it — on standard error.
        if ProcessInfo.processInfo.environment["TONGHOP_TRACE_LINES"] != nil { run.traceLines() }
        run.settleWrittenTotals()
        run.noteSums()
        var submission = Submission(file: file, sha256: sha256, status: .extracted)
        submission.unit = header.unit
        submission.document = header.info
        submission.findings = header.findings + setAside
        let settled = run.setAsideForeignFigures(run.settleOddFigures(run.settleTasksOfOtherUnits(run.entries())))
        submission.entries = run.settleKindredFigures(settled)
        run.placeClosingStatuses(&submission.entries)
        run.placeJointStatuses(&submission.entries)
        run.placeGroupStatuses(&submission.entries)
        run.placeStatusSummaries(&submission.entries)
        run.placeDistantStatuses(&submission.entries)
        if let rest = run.restStatus {
            for k in submission.entries.indices where submission.entries[k].status == .unknown {
                submission.entries[k].status = rest.status
                submission.entries[k].statusSource = rest.location?.description
            }
        }
        run.noteStatusesOfUnnamedTasks(&submission.entries)
        run.markFigures(&submission.entries)
        // The difficulties stated inside entries, each once.
        submission.difficulties = run.difficulties + run.inlineDifficulties.filter { item in
            !run.difficulties.contains { $0.text == item.text }
        }
        submission.proposals = run.proposals
        if let g = run.glossary {
            for k in submission.difficulties.indices { submission.difficulties[k].text = g.original(of: submission.difficulties[k].text) }
            for k in submission.proposals.indices { submission.proposals[k].text = g.original(of: submission.proposals[k].text) }
        }
        run.noteCloseCalls(submission.entries)
        run.noteOddFigures(submission.entries)
        run.noteTasksOfOtherUnits(submission.entries)
        run.noteContestedFigures(submission.entries)
        run.noteConflictingStatuses(submission.entries)
        run.sweepUnaccountedNumbers(submission.entries)
        run.nameNearestTasks()
        submission.findings += run.findings
        // A task whose status another finding already quotes (words no rule reads, claims
        // that disagree) needs no second one saying it is unknown.
        let quotedStatus = Set(submission.findings.filter { $0.code.hasPrefix("status-") }.flatMap { f in
            submission.entries.map(\.task).filter { f.message.contains($0) }
        })
        for e in submission.entries where e.status == .unknown && !quotedStatus.contains(e.task) {
            let missing = Finding(severity: .warning, code: "status-missing",
                message: "Báo cáo không nêu tiến độ của nhiệm vụ \(e.task); tình trạng được ghi là “chưa rõ”.",
                source: e.sources.first)
            // One look per task: said within a finding that already asks about the task's
            // figures or placement (`joins_task` in silent_loss.yaml), else on its own.
            if let policy = silentLoss, let k = policy.taskFinding(for: e.task, among: submission.findings) {
                submission.findings[k].message += " " + missing.message
            } else {
                submission.findings.append(missing)
            }
        }
        // A sheet titled its own way ("BẢNG THEO DÕI TIẾN ĐỘ GIẢI NGÂN …", "KẾT QUẢ THÁNG HÀNH
        // ĐỘNG …") has its title in capitals under the header block: a title to judge it by,
        // whether or not tasks were found by meaning in its rows (a report on another subject
        // has "kiểm tra" and "tuyên truyền" rows too). An annex's caps line ("PHỤ LỤC 1. SỐ
        // LIỆU NĂM 2026") names no subject (`capitals_title.not_titles`).
        let title = run.documentTitle() ?? run.capitalsTitle()
        // An untitled letter says what it reports on in its opening ("… gửi báo cáo kết quả
        // công tác <subject> như sau:"): that subject stands for the title it lacks.
        let leadIn = title == nil ? run.leadInSubject() : nil
        let titled = title ?? leadIn
        // Under a title about something else, the subject's words must stand in more than one
        // line: a report on teaching the law that lists the law on standards among the laws it
        // taught names the subject once, in passing.
        // Under a title about something else, the subject's words in a few lines do not make
        // it the plan's report when most of its passages and rows name no task of the plan
        // (`other_title_min_task_share`; a passage or row is unresolved when it is left
        // unmatched, between two tasks, or with figures under no task): each item of a report
        // on another programme is that programme's, one of them at most near a task of this
        // plan by its words.
        let resolved = submission.entries.count
        let unresolved = Set(submission.findings.filter { ["task-unmatched", "task-ambiguous", "figure-without-task"].contains($0.code) }
            .map { $0.source ?? $0.message }).count
        let fewTasks = resolved + unresolved > 0
            && Double(resolved) < vocabulary.planSubject.otherTitleMinTaskShare * Double(resolved + unresolved)
        if !run.mentionsPlan, titled.map({ !run.titleSpeaksOfPlan($0) }) ?? submission.entries.isEmpty,
           titled != nil && fewTasks || !run.speaksOfPlanSubject(minLines: titled == nil ? 1 : vocabulary.planSubject.otherTitleMinLines,
                                                                bodiesAsPlaces: titled.map { run.titleNamesASubject($0) } ?? false),
           !run.citesTaskByCode(), !run.quotesATaskOfThePlan() {
            // A report on another subject sent by mistake: it names neither the directive nor
            // a task by its code or its plan wording, its title is about something else and
            // nowhere does it speak of the plan's subject. Tasks found by meaning alone do not
            // save it (a report on labour safety has "tập huấn" and "kiểm tra" too). Its
            // figures must not be counted under this plan, even when its unit is known — or
            // its file name says "CT38": the name is the sender's label, not the document's
            // words (a price table saved as "bieu bao cao CT38.xlsx").
            let about = title.map { vocabulary.refusal("titled_other", ["title": $0]) }
                ?? leadIn.map { vocabulary.refusal("untitled_about", ["subject": $0]) } ?? vocabulary.refusal("untitled")
            let reason = vocabulary.refusal("not_about_plan", ["about": about])
            submission = Submission(file: file, sha256: sha256, status: .rejected, reason: reason, rejectionKind: "notAReport",
                                    findings: [Finding(severity: .error, code: "not-a-report", message: reason)])
        } else if submission.unit == nil && !run.mentionsPlan && !run.speaksOfPlanSubject(),
                  submission.entries.allSatisfy({ $0.status == .unknown && $0.indicators.isEmpty }) {
            // No sender, no word of the plan or its subject, and nothing said of any task: a
            // code-shaped heading ("1. A Numbered Header.") is no report.
            let reason = vocabulary.refusal("no_sender")
            submission = Submission(file: file, sha256: sha256, status: .rejected, reason: reason, rejectionKind: "notAReport",
                                    findings: [Finding(severity: .error, code: "not-a-report", message: reason)])
        } else if submission.entries.isEmpty {
            submission.findings.append(Finding(severity: .warning, code: "no-tasks",
                message: vocabulary.refusal("no_tasks")))
        }
        // Said once per place, after every decision that counts findings by kind.
        if let policy = silentLoss { submission.findings = policy.mergedByPlace(submission.findings) }
        return submission
    }
}

/// The mutable state of reading one document, line by line.
struct ExtractionRun {
    let x: Extractor
    let document: Document
    let lines: [Line]
    /// Held directly: a computed accessor would copy the whole vocabulary on every use.
    let v: Vocabulary

    final class EntryBuilder {
        let code: String
        var status: TaskStatus?
        var statusSource: String?
        /// The weight of the claim the status rests on (`status_reading.weights`): a claim
        /// of a later passage or cell replaces it only when it weighs more ("- Tiến độ: …"
        /// below "- Kết quả: Đã hoàn thành việc …", words in the note column beside a
        /// percentage of the plan).
        var statusConfidence = 0.0
        /// The status was taken from a numbered step's line ("Bước 2: …").
        var statusFromStep = false
        /// Every status claimed for the task, taken or not: two that disagree are quoted.
        var statusClaims: [(value: TaskStatus, weight: Double, source: String?)] = []
        var figures: [IndicatorID: Figure] = [:]
        var texts: [String] = []
        var sources: [String] = []
        /// The figures of each passage already added, to tell a restatement from new figures.
        var passageSignatures: Set<[IndicatorID: Double]> = []
        /// The signatures of the lines under the task's current heading: they join
        /// `passageSignatures` when the next heading of the task begins.
        var currentSignatures: Set<[IndicatorID: Double]> = []
        func noteSignature(_ s: [IndicatorID: Double]) {
            if passageStart == nil { passageSignatures.insert(s) } else { currentSignatures.insert(s) }
        }
        /// Where the passage under the task's last heading starts among each indicator's
        /// sources: a total line below ("Tổng cộng: 12 tin") stands for the parts after it.
        var passageStart: [IndicatorID: Int]?
        /// The parts a line of the whole stood for, once they added up to it ("Sở tổng hợp: 59
        /// cơ sở" for "44 cơ sở" and "15 cơ sở"): read, though no longer a source of the figure,
        /// so the sweep of unread numbers passes over them.
        var partsOfWholes: [FigureSource] = []
        /// The indicators a log's closing restated (ClosingTotals.swift): its figures replaced
        /// the earlier ones of their kind once; more closing lines of the task add to them.
        var closedIndicators: Set<IndicatorID> = []
        init(code: String) { self.code = code }
    }

    var builders: [String: EntryBuilder] = [:]
    var order: [String] = []
    /// The tasks begun by a paragraph opening with an item mark ("(2) Kiểm tra cân tại chợ"),
    /// by the mark (`itemKey(_:)`): a table further on whose columns are headed by those marks
    /// alone ("Chỉ tiêu | ĐVT | (1) | (2)") gives each column's figures to its item's task.
    var markedItems: [String: String] = [:]
    var current: String?
    var group: Int?
    var section: SectionKind? { didSet { carriedOver = false } }
    /// Under an item its heading tags as carried over from an earlier year's plan ("2. Kiểm
    /// định … (chuyển tiếp KH 2025)"): its lines, to the next heading, are not read.
    var carriedOver = false
    /// Under side-by-side headings, the section of each column.
    var itemColumns: [Int: SectionKind] = [:]
    var table: TableContext?
    /// `comparisonColumns` of the table being read, kept while its headers stay the same:
    /// every indicator row asks, and the answer tokenizes every header.
    var comparisonsRead: (headers: [Int: String], subHeaders: [Int: String], columns: Set<Int>)?
    var container: Line.Container?
    var difficulties: [Item] = []
    /// The difficulties stated inside entries, cut from the document (InlineItems.swift).
    var inlineDifficulties: [Item] = []
    /// What the document's list of abbreviations defined, when it has one (Glossary.swift).
    var glossary: AbbreviationGlossary.Reading?
    var proposals: [Item] = []
    var findings: [Finding] = []
    var mentionsPlan = false
    /// The last task line that was not recognised, while its rows follow: their numbers go
    /// into its finding.
    var unmatched: (index: Int, text: String, quotes: [String])?
    /// Figures of the text that a table restated value for value, counted as the table's:
    /// their words were read, and the sweep of unread numbers passes over them.
    var restatedSources: [FigureSource] = []
    /// Tasks with figures restated by another passage, noted once for the report.
    var restatedNoted = Set<String>()
    var restatedTasks: [String] = []
    var restatedSource: String?
    /// How the current table's task rows are numbered: a measure row numbered as they are,
    /// with its own status, is a task row; numbered under them, a figure.
    enum RowNumbering { case roman, arabic, heading, other }
    var taskRowsNumbered: RowNumbering = .other
    /// The kind of the reporting unit, when the header tells it.
    var reportingUnitGroup: UnitGroup?
    /// The reporting unit's names (its name and aliases, folded, longest first): they say who
    /// sends a document, not what it is about.
    var reportingUnitNames: [String] = []

    /// Longest first, names of one length in their own order: the names are taken out of a
    /// text one after another, and two of one length that overlap leave different remainders
    /// by which goes first (a Set's order, which changes from run to run, decided it).
    static func longestFirst(_ a: String, _ b: String) -> Bool {
        a.utf8.count != b.utf8.count ? a.utf8.count > b.utf8.count : a < b
    }
    /// The index of the line being read, for looking ahead at a passage's body.
    var lineIndex = 0
    /// A heading of the unit's own that named no task by code or title: the passage under it
    /// is resolved by meaning when its first line of content comes.
    var openHeading: (text: String, location: Location?, group: Int?, tried: Bool)?
    /// A status after a tab at the end of a heading whose task waits for the lines under it
    /// ("1. Tuyên truyền …⇥Đã thực hiện xong"): given to that task when it is decided.
    var headingTrailingStatus: (claim: StatusClaim, location: Location, heading: Location?)?
    /// How the item that began the current passage is marked ("1.", "-", "a)"): a later line
    /// marked the same way is an item of its own (`itemMarker(_:)`).
    var passageItemMarker: String?
    /// Whether the current passage began with a bullet right under a heading of the unit's own
    /// found by meaning: a later bullet starts another task only when its words do not name
    /// the heading's task too.
    var bulletsUnderHeading = false
    /// Whether the current passage's bullets stand under a heading that joins two works (each
    /// bullet resolved by its own words; `isJointHeading(_:)`).
    var bulletsUnderJointHeading = false
    /// The status of the heading the items below stand under, when it groups them by status
    /// ("2. Các nội dung đang tiếp tục thực hiện:", `status_headings`), and its place.
    var headingStatus: (status: TaskStatus, location: Location?)?
    /// The lines read as such headings: they name a group of items, no task's status of their own.
    var statusHeadingLines = IndexSet()
    /// Whether the items below stand under a heading that names a field of the plan's subject
    /// ("2. Lĩnh vực chất lượng sản phẩm, hàng hóa", `field_headings`): each is resolved by
    /// its own words, as under a heading that groups items by status.
    var fieldHeading = false
    /// The line that began the current passage (its item is not a sibling of itself).
    var passageStartLine = -1
    /// The last line read into tasks' passages, and the tasks it was read into: a status line
    /// right after it is said of its one task (`taskOfFollowingStatus`).
    var lastAbsorbed: (line: Int, codes: Set<String>) = (-1, [])
    /// The status stated of the rest of the tasks ("Các nội dung còn lại … đã hoàn thành"), and
    /// its place: given to each task the report names with no status (`status_references.rest_openers`).
    var restStatus: (status: TaskStatus, location: Location?)?
    /// The task a line that only states a status was read into after its passage had ended
    /// (the line's context for the silent-loss sweep).
    var statusLineTask: String?
    /// A run of plain paragraphs that are items of their own (ParagraphItems.swift): their
    /// lines and the heading they stand under; and the last line a run was looked for to.
    /// The run of paragraph items read ahead, and each paragraph's task by its own words.
    var paragraphItems: (lines: ClosedRange<Int>, resolutions: [MeaningResolution])?
    var paragraphRunChecked = -1
    var inLayoutTable = false
    /// The current table opened with the header block or the signature block.
    var layoutTableOpened = false
    /// Folded labels that open two or more rows of the document's Word tables ("Việc đã làm",
    /// "Tình trạng", one record table per task): a record's fields, no item's name (`labelledRow`).
    var repeatedRowLabels: Set<String> = []
    /// Lines whose row number stands in a cell of its own before the item's title, the
    /// numbers counting up from 1 through the document (`numberedTitleRows`).
    var numberedTitleRows: Set<Int> = []
    /// The task whose passage a table stands in, and whether the table began tasks of its own.
    var passageBeforeTable: String?
    var tableStartedTask = false
    /// The table just read reported only the passage's own task, which goes on below it — in
    /// the body, not into a table after it (`apply`).
    var passageKeptByRows = false
    /// The sheet row of the line read before, and whether a blank row stands between it and
    /// this line (rows with nothing in them are not lines).
    var lastSheetRow: Int?
    var afterBlankRow = false
    /// By task, where the diary's dated entries claimed its status (`readDatedEntry`).
    var datedClaims: [String: Set<String>] = [:]
    /// The task the last dated entry went to: the next entry is read afresh, not as more of
    /// its passage.
    var datedEntryTask: String?
    /// Inside a log's closing block ("CHỐT THEO TỪNG VIỆC", ClosingTotals.swift) until the next
    /// section or sheet; the line that opened a closing line of its own ("Tổng kết: …").
    var closingBlock = false
    var closingLine = -1
    /// Reading a log's dated row: each row is an event of its own, so equal figures of two
    /// rows ("01 cuộc" in March, "01 cuộc" in May) add up; no row restates another.
    var inLogRow = false
    /// Places of status cells a later dated row of the same job superseded
    /// (`GridResolver.supersededLogRows`): the job's past, never quoted as a conflict.
    var pastStatusPlaces: Set<String> = []
    func isTable(_ c: Line.Container?) -> Bool { if case .table? = c { return true } else { return false } }
    /// Figures of the passage being read, committed together (see `commitPassage`).
    /// `summary`: said of the whole ("Sở tổng hợp: 07 cuộc", `summary_words`), a total of the
    /// task's last figures of its kind when it equals their sum.
    var pending: [(id: IndicatorID, value: Double, location: Location?, text: String, total: Bool, summary: Bool)] = []
    var pendingAutoCommit = true
    var grids: GridState
    /// The section and layout flag of each line as the main loop read it (for the sweep).
    var lineContexts: [LineContext] = []
    /// Decisions by meaning that were close calls, kept from the non-mutating resolver.
    let resolutions = ResolutionLog()
    /// The tokens and numbers of each text, read once for every recogniser (TextReadings.swift).
    let readings: TextReadings
    /// Where each line's cells are, by their locations' text, made once (SilentLoss.swift).
    let linePlaces = LinePlaces()

    struct TableContext {
        var roles: [Int: ColumnRole] = [:]
        var scales: [Int: Double] = [:]
        var headerRows = 0
        /// Columns under a header cell that spans several (a two-level header's parent).
        var spanned: Set<Int> = []
        /// Every header cell's text by column, to quote a number with its column's words.
        var headers: [Int: String] = [:]
        /// A second header row's own words by column, when it has no roles (periods under
        /// a spanning parent: "Cùng kỳ 2025 | 10 tháng 2026").
        var subHeaders: [Int: String] = [:]
        var isIndicatorSheet: Bool { roles.values.contains(.indicatorName) }
        /// The leftmost column with the role.
        func column(_ role: ColumnRole) -> Int? {
            var best: Int?
            for (c, r) in roles where r == role && (best == nil || c < best!) { best = c }
            return best
        }
    }

    /// `readsGrids`: false for a run that only reads the document's header (`header(fileName:)`
    /// reads lines, never grids), which then makes no grid state.
    init(extractor: Extractor, document: Document, readings: TextReadings? = nil, readsGrids: Bool = true) {
        x = extractor
        // The difficulties a diary states inside its entries ("…; vướng là …") are cut out
        // before anything is read: items of the report, not results (InlineItems.swift).
        var document = document
        // A report dictated by voice ("… 4 cuộc phẩy kiểm tra …", no capitals) is read as the
        // typed report it stands for (Dictation.swift).
        extractor.vocabulary.spokenPunctuation.undictate(&document)
        // A report in its writer's shorthand, explained once in a list of abbreviations ("Viết
        // tắt dùng trong phiếu: DN – doanh nghiệp …"), is read in full words (Glossary.swift).
        glossary = extractor.vocabulary.abbreviationGlossary.expand(&document)
        inlineDifficulties = Self.cutInlineDifficulties(&document, extractor.vocabulary)
        // Notes typed after the body and pointed to by marks in it are read where their marks
        // stand, as Word's own footnotes are (TypedNotes.swift).
        Self.inlineTypedNotes(&document)
        self.document = document
        // Columns typed with "|" in plain paragraphs: found once, for the lines and the grids.
        // A biểu drawn with spaces (SpacedColumns.swift) is handed on the same way.
        var piped = LineBuilder.pipedRows(of: document.body, least: Int(extractor.gridRecognisers?.g.thresholds.pipedRows ?? 0),
                                          marks: extractor.gridRecognisers?.g.columnMarks ?? ["|"],
                                          headedMarks: extractor.gridRecognisers?.g.headedColumnMarks ?? [],
                                          headerWords: Int(extractor.gridRecognisers?.g.thresholds.tabbedHeaderWords ?? 6))
        if let t = extractor.gridRecognisers?.g.thresholds {
            piped.merge(LineBuilder.spacedRows(of: document.body, gap: Int(t.spacedGap), least: Int(t.spacedRows),
                                               ruleLength: Int(t.spacedRuleLength))) { piped, _ in piped }
        }
        var lines = LineBuilder.lines(of: document, numberingMarks: extractor.vocabulary.numberingMarks,
                                         labels: extractor.vocabulary.itemSectionLabels, boards: extractor.profiles.weights.sheetBoards > 0,
                                         piped: piped, framedLines: Int(extractor.gridRecognisers?.g.thresholds.framedBodyLines ?? 0))
        // A task board pasted into Word ("Chưa làm | Đang làm | Đã xong" over cells of cards):
        // each card a work with its stage.
        if document.kind == .wordprocessing {
            let vocabulary = extractor.vocabulary
            lines = LineBuilder.wordBoards(lines) { vocabulary.cellStatus($0) != nil }
        }
        // "✅ Kiểm tra cân …", "2. Tuyên truyền … 🔄": a status symbol alone at a line's start or
        // end, which the document keys nowhere ("✅ xong", "⏳: đang làm"), is the status it
        // commonly means, read as if written in brackets at the line's end.
        let symbols = extractor.vocabulary.statusReading.symbols
        if !symbols.isEmpty, document.kind == .wordprocessing {
            lines = Self.symbolStatuses(lines, symbols, keyed: { extractor.vocabulary.cellStatus($0) != nil })
        }
        // "1/ Tuyên truyền", "IV/ …": an item numbered with another mark (`numbering_marks`) is
        // read as if numbered "1." — a paragraph, or a sheet row typed in one cell.
        if !extractor.vocabulary.numberingMarks.isEmpty {
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.renumbered(lines[i].cells[0].text, marks: extractor.vocabulary.numberingMarks) { lines[i].cells[0].text = text }
            }
        }
        // "Điểm 1. Tuyên truyền / hoàn thành", "Việc 2: …": an item numbered after a word of
        // the unit's own (`item_number_words`) is read as if numbered "1.", so the paragraphs
        // and bullets under it are its passage.
        if !extractor.vocabulary.itemNumberWords.isEmpty {
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.wordNumbered(lines[i].cells[0].text, words: extractor.vocabulary.itemNumberWords) { lines[i].cells[0].text = text }
            }
        }
        // "(Cán bộ theo dõi: đ/c …; tình trạng: đã xong)": a paragraph wholly in brackets that
        // opens with a short label and its colon is a note on the item above, read without its
        // brackets as the same fields typed without them are (`bracketed_note_label_words`).
        let noteWords = extractor.vocabulary.bracketedNoteLabelWords
        if noteWords > 0 {
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.bracketedNote(lines[i].cells[0].text, labelWords: noteWords) { lines[i].cells[0].text = text }
            }
        }
        // "“Dự lớp tập huấn của Sở” – Cử 04 công chức …": a title in quotation marks, then after
        // a spaced dash what was done: read as the title and its colon are (`run_in_titles`).
        let runIn = extractor.vocabulary.runInTitles
        if runIn.titleWords > 0, document.kind == .wordprocessing {
            let v = extractor.vocabulary
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.runInTitle(lines[i].cells[0].text, marks: runIn.marks, titleWords: runIn.titleWords,
                                              opensStatus: { v.statusOrAssessment(Tokenizer.tokenize($0), at: 0) != nil }) {
                    lines[i].cells[0].text = text
                }
            }
        }
        // "- 05 cuộc, 41 lượt cơ sở … – kiểm tra đo lường …": the figures first, the job after a
        // dash, read job first (`figures_first`).
        if extractor.vocabulary.figuresFirst.jobWords > 0 {
            let rule = extractor.vocabulary.figuresFirst
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.jobFirst(lines[i].cells[0].text, marks: rule.marks, jobWords: rule.jobWords) { lines[i].cells[0].text = text }
            }
        }
        // "i) …", "ii) …", "iii) …": items numbered in lower-case roman numerals are the unit's
        // own, read as "1)", "2)", "3)" — when the document numbers so past "i)" (a lone "i)"
        // is the plan's letter i).
        Self.renumberLowerRoman(&lines)
        // "(1) Tuyên truyền …", "(2) Kiểm tra …": items numbered in brackets, read as "1)", "2)".
        Self.renumberBracketed(&lines)
        // "[ĐL-CL] Kiểm tra …: 04 cuộc … — còn làm": a field tag in square brackets opening
        // an item is a mark like a bullet; the item is read from its own words.
        if extractor.vocabulary.fieldTagChars > 0 {
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.untagged(lines[i].cells[0].text, extractor.vocabulary) { lines[i].cells[0].text = text }
            }
        }
        // "Tiến độ: □ Xong ■ Đang làm □ Chưa làm": a line of tick boxes says the words after
        // its checked box, as a grid's cell does; with every box left unchecked it says none.
        // A line with one box is a list's item under a box for a bullet ("☐ Một số hộ …").
        if let gr = extractor.gridRecognisers {
            let unchecked = gr.g.uncheckedMarks, marks = gr.g.checkedMarks + gr.g.uncheckedMarks
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                let text = lines[i].cells[0].text
                guard unchecked.contains(where: { text.containsBytes($0) }),
                      marks.reduce(0, { $0 + text.components(separatedBy: $1).count - 1 }) >= 2 else { continue }
                lines[i].cells[0].text = gr.untick(text)
            }
        }
        // "2. Nhiệm vụ được giao: <task> – Kết quả: <result> – Tiến độ: …": a task written as
        // one line of fields is read as "2. <task>: <result> – Tiến độ: …".
        let vocab = extractor.vocabulary
        if !vocab.fieldLineTitles.isEmpty, !vocab.fieldLineResults.isEmpty {
            for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
                if let text = Self.fieldLine(lines[i].cells[0].text, titles: vocab.fieldLineTitles, results: vocab.fieldLineResults) {
                    lines[i].cells[0].text = text
                } else if let text = Self.titleFieldLine(lines[i].cells[0].text, titles: vocab.fieldLineTitles) {
                    lines[i].cells[0].text = text
                }
            }
        }
        // "Việc: kiểm tra cân tại chợ" over "Số cuộc | 02 cuộc" and "Tiến độ | Rồi", block after
        // block: a task named by a title label alone, not numbered, is a heading when the same
        // label opens two lines of the document or more (a form the writer repeats per task);
        // read as the next numbered heading ("1) <the task>"), as a numbered one is.
        // The label may carry the task's number ("Việc 1: …", "Việc 2: …"), and the title may
        // stand in a table's first cell beside its status alone ("Việc 1: … | [Hoàn thành]"):
        // the number is the heading's own.
        if !vocab.fieldLineTitles.isEmpty {
            var opened: [String: [Int]] = [:]
            var numbers: [Int: Int] = [:]
            for i in lines.indices where !lines[i].cells.isEmpty && !lines[i].cells[0].continued {
                // The label first: its test is on the first cell's bytes, the row's on every cell.
                if let (label, n) = Self.titleLabel(lines[i].cells[0].text, titles: vocab.fieldLineTitles), Self.titleRow(lines[i]) {
                    opened[label, default: []].append(i)
                    if let n { numbers[i] = n }
                }
            }
            // Labels that carry numbers count 1, 2, 3 down the document, or they are no headings.
            let headings = opened.values.filter { rows in
                guard rows.count >= 2 else { return false }
                let given = rows.compactMap { numbers[$0] }
                return given.isEmpty || (given.count == rows.count && given == Array(1...given.count))
            }
            var number = 0
            for i in headings.flatMap({ $0 }).sorted() {
                let text = lines[i].cells[0].text
                guard let colon = text.firstIndex(of: ":") else { continue }
                let title = text[text.index(after: colon)...].trimmedAsFoundationWhitespaces()
                guard title.split(separator: " ").count >= 2 else { continue }
                number += 1
                lines[i].cells[0].text = "\(numbers[i] ?? number)) " + title
            }
        }
        // "Sở KH&CN đề nghị: <the request>." over "Phường đã thực hiện: …" and "Mức đáp ứng: …":
        // the plan's own request quoted (`items.quoted_requesters`) names the task reported on
        // below it; each such line is read as the next numbered heading ("1) <the request>."),
        // its results and how far it was met on the lines under it.
        var requests = 0
        for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
            if let text = Self.quotedRequestLine(lines[i].cells[0].text, number: requests + 1, extractor.vocabulary) {
                lines[i].cells[0].text = text
                requests += 1
            }
        }
        self.lines = lines
        var rowLabels: [String: Int] = [:]
        for line in lines where line.cells.count >= 2 {
            guard case .table = line.container else { continue }
            rowLabels[Self.rowLabelKey(line.cells[0].text), default: 0] += 1
        }
        repeatedRowLabels = Set(rowLabels.filter { $0.value >= 2 }.keys)
        numberedTitleRows = Self.numberedTitleRows(lines)
        // A key of the unit's own status words ("Đạt: đang làm, đúng tiến độ") overrides the
        // vocabulary's meaning of those words in this document (StatusKeys.swift).
        var vocabulary = extractor.vocabulary
        let statusKeys = vocabulary.statusKeys(lines.flatMap { line in
            line.cells.flatMap { cell in LineBuilder.hasByte(cell.text, 0x0A) ? cell.text.split(separator: "\n").map(String.init) : [cell.text] }
        })
        for (word, status) in statusKeys {
            vocabulary.assessments.set(word, status)
            vocabulary.statuses.set(word, status)
        }
        v = vocabulary
        if let readings {
            readings.reserve(lines: lines.count)
            self.readings = readings
        } else {
            self.readings = TextReadings(lines: lines.count)
        }
        grids = readsGrids ? GridState(document: document, extractor: extractor, piped: piped, statusKeys: statusKeys) : GridState()
    }

    /// Dashes that part the fields of a line ("… – Kết quả: …").
    static let fieldDashes: Set<Character> = ["–", "—", "-"]

    /// A line that opens (after its number or bullet) with a label naming the task (`titles`)
    /// and a colon, and goes on, after a dash, with a result label (`results`) and a colon:
    /// rewritten as "<number> <task>: <result and the rest>"; nil for any other line.
    static func fieldLine(_ text: String, titles: [String], results: [String]) -> String? {
        // A colon character is a colon byte: most lines have none, and the character search
        // below walks them whole.
        guard text.utf8.count <= 4000, LineBuilder.hasByte(text, 0x3A),
              let (colon, colonOffset) = text.firstIndexAndOffset(ofASCII: ":"), colonOffset <= 60 else { return nil }
        // The number or bullet before the label: "2.", "b)", "III.", "-", "+".
        var words = text[..<colon].split(separator: " ", omittingEmptySubsequences: true)
        var prefixCount = 0
        while let w = words.first, prefixCount < 2,
              w.count <= 5, w.allSatisfy({ $0.isNumber || ".)/".contains($0) || fieldDashes.contains($0) || "+•*".contains($0) })
                || w.count <= 5 && (w.last == "." || w.last == ")") && w.dropLast().allSatisfy({ $0.isLetter }) && w.count <= 2
                || w.count <= 6 && (w.last == "." || w.last == ")") && w.dropLast().allSatisfy({ "IVX".contains($0) }) {
            words.removeFirst(); prefixCount += 1
        }
        guard !words.isEmpty, titles.contains(VietText.fold(words.joined(separator: " "))) else { return nil }
        let head = words.first!.startIndex
        let rest = text[text.index(after: colon)...]
        // The first result label after a dash: "– Kết quả:".
        var i = rest.startIndex
        while i < rest.endIndex {
            if fieldDashes.contains(rest[i]), i == rest.startIndex || rest[rest.index(before: i)] == " " {
                let after = rest[rest.index(after: i)...]
                if let c = after.firstIndex(of: ":"), after.distance(from: after.startIndex, to: c) <= 40,
                   results.contains(VietText.fold(String(after[..<c]).trimmedAsFoundationWhitespaces())) {
                    let title = rest[..<i].trimmedAsFoundationWhitespaces()
                    guard !title.isEmpty else { return nil }
                    return String(text[..<head]) + title + ":" + String(after[after.index(after: c)...])
                }
            }
            i = rest.index(after: i)
        }
        return nil
    }

    /// A numbered line that names the task by a title label alone ("1) Công việc: <the task>."),
    /// its results on the lines below ("Làm được: …", "Chưa làm được: …"): rewritten as "1)
    /// <the task>.", a numbered heading resolved by its words; nil for any other line (one not
    /// numbered, or one whose fields go on after a dash, `fieldLine`'s).
    static func titleFieldLine(_ text: String, titles: [String]) -> String? {
        guard text.utf8.count <= 600, LineBuilder.hasByte(text, 0x3A),
              let (colon, colonOffset) = text.firstIndexAndOffset(ofASCII: ":"), colonOffset <= 40 else { return nil }
        let words = text[..<colon].split(separator: " ", omittingEmptySubsequences: true)
        guard let number = words.first, words.count >= 2, number.count <= 4, number.last == "." || number.last == ")",
              number.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) || number.count <= 2 && number.dropLast().allSatisfy(\.isLetter)
        else { return nil }
        guard titles.contains(VietText.fold(words.dropFirst().joined(separator: " "))) else { return nil }
        let title = text[text.index(after: colon)...].trimmedAsFoundationWhitespaces()
        // A title of a few words is no task's name ("1) Công việc: kiểm tra").
        guard title.split(separator: " ").count >= 4 else { return nil }
        return String(number) + " " + title
    }

    /// The folded title label ("việc", "nhiệm vụ") that opens a line not numbered, before its
    /// colon, with the task's words after it, and the number the label carries ("Việc 2:",
    /// "Việc số 2:"); nil for any other line.
    static func titleLabel(_ text: String, titles: [String]) -> (String, Int?)? {
        guard text.utf8.count <= 600, LineBuilder.hasByte(text, 0x3A),
              let (colon, colonOffset) = text.firstIndexAndOffset(ofASCII: ":"), colonOffset <= 30 else { return nil }
        var words = VietText.fold(String(text[..<colon]).trimmedAsFoundationWhitespaces()).split(separator: " ").map(String.init)
        var number: Int?
        if let last = words.last, let n = Int(last), n >= 1, n <= 99 {
            number = n
            words.removeLast()
            if words.last == "so" { words.removeLast() }
        }
        let label = words.joined(separator: " ")
        guard titles.contains(label), text[text.index(after: colon)...].contains(where: \.isLetter) else { return nil }
        return (label, number)
    }

    /// A line that may be a task's title: one cell, or a table row whose other cells say no
    /// figure (its status beside the title, "Việc 1: … | [Hoàn thành]").
    static func titleRow(_ line: Line) -> Bool {
        guard line.cells.count > 1 else { return line.cells.count == 1 }
        guard case .table = line.container else { return false }
        return line.cells.dropFirst().allSatisfy { !$0.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) }
    }

    /// A line, not numbered, that quotes the plan's own request ("Sở KH&CN đề nghị: phối hợp
    /// kiểm tra …"; the requester `items.quoted_requesters`, then a proposal's word and the
    /// colon): rewritten as "<number>) <the request>", a numbered heading resolved by its words;
    /// nil for any other line, and for a request of fewer than four words.
    static func quotedRequestLine(_ text: String, number: Int, _ v: Vocabulary) -> String? {
        guard text.utf8.count <= 600, LineBuilder.hasByte(text, 0x3A),
              let (colon, colonOffset) = text.firstIndexAndOffset(ofASCII: ":"), colonOffset <= 60 else { return nil }
        let tokens = Tokenizer.tokenize(String(text[..<colon]))
        guard tokens.first?.kind == .word, let who = v.items.quotedRequesters.match(tokens, at: 0),
              let asks = v.sections.match(tokens, at: who.end), asks.value == .proposals, asks.end == tokens.count else { return nil }
        let request = text[text.index(after: colon)...].trimmedAsFoundationWhitespaces()
        guard request.split(separator: " ").count >= 4 else { return nil }
        return "\(number)) " + request
    }

    /// A line that opens with one of `words` (folded, at most three words), then a number of
    /// at most two digits and ".", ":" or ")" and a space ("Điểm 1. …", "Việc 2: …"):
    /// rewritten as "1. …"; nil for any other line. A plan's point is a letter ("điểm h"), and
    /// "Điểm 1 Mục II" has no mark after its number: neither is rewritten. A dash set apart
    /// after the number marks it as the dot does ("Đầu việc 02 – Kiểm tra …").
    static func wordNumbered(_ text: String, words: [String]) -> String? {
        guard text.utf8.count <= 4000, let first = text.first(where: { $0 != " " && $0 != "\t" }), first.isLetter else { return nil }
        let parts = text.splitting(onASCII: " ", maxSplits: 4)
        for n in 1...3 where parts.count > n {
            let number = parts[n]
            if parts.count > n + 1, ["-", "–", "—"].contains(parts[n + 1]), (1...2).contains(number.count),
               number.allSatisfy({ $0.isASCII && $0.isNumber }), words.contains(VietText.fold(parts[..<n].joined(separator: " "))) {
                let rest = text[parts[n + 1].endIndex...].drop(while: { $0 == " " || $0 == "\t" })
                guard !rest.isEmpty else { return nil }
                return String(number) + ". " + rest
            }
            guard let mark = number.last, mark == "." || mark == ":" || mark == ")" else { continue }
            let digits = number.dropLast()
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  words.contains(VietText.fold(parts[..<n].joined(separator: " "))) else { continue }
            let rest = text[number.endIndex...].drop(while: { $0 == " " || $0 == "\t" })
            guard !rest.isEmpty, number.endIndex < text.endIndex, text[number.endIndex] == " " || text[number.endIndex] == "\t" else { return nil }
            return String(digits) + ". " + rest
        }
        return nil
    }

    /// A line wholly in one pair of brackets whose inside opens with a label of at most
    /// `labelWords` words (letters only) and a colon: the inside; nil for any other line.
    /// "(1) … (2) …" and "(Kèm theo Báo cáo số …)" are left as they are.
    static func bracketedNote(_ text: String, labelWords: Int) -> String? {
        guard text.utf8.count <= 2000 else { return nil }
        let t = text.trimmedAsFoundationWhitespaces()
        guard t.first == "(", t.last == ")", t.count >= 4 else { return nil }
        // The opening bracket closes only at the end.
        var depth = 0
        let last = t.index(before: t.endIndex)
        for i in t.indices {
            if t[i] == "(" { depth += 1 } else if t[i] == ")" {
                depth -= 1
                if depth == 0 && i != last { return nil }
            }
        }
        guard depth == 0 else { return nil }
        let inner = t.dropFirst().dropLast().trimmedAsFoundationWhitespaces()
        guard let colon = inner.firstIndex(of: ":") else { return nil }
        let label = inner[..<colon]
        let words = label.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty, words.count <= labelWords, label.allSatisfy({ $0.isLetter || $0 == " " }),
              !inner[inner.index(after: colon)...].trimmedAsFoundationWhitespaces().isEmpty else { return nil }
        return inner
    }

    /// "- 05 cuộc, 41 lượt cơ sở, 02 cơ sở vi phạm – kiểm tra đo lường, chất lượng theo phân
    /// cấp (Đang thực hiện).": a line (a bullet's or not) that opens with its figures and names
    /// its job after a spaced dash (one of `marks`) in at least `jobWords` words, rewritten job
    /// first ("- kiểm tra đo lường … (Đang thực hiện): 05 cuộc, …") so that the job is read as
    /// the item's title, as when written so. nil for any other line.
    static func jobFirst(_ text: String, marks: [String], jobWords: Int) -> String? {
        guard !marks.isEmpty, jobWords > 0, text.utf8.count <= 1000,
              // Every line is asked: most open with a letter, and are let go before any copy.
              let lead = text.unicodeScalars.first(where: { !ScalarClass.isWhitespace($0) }),
              lead.value >= 0x30 && lead.value <= 0x39 || "-+•*–".unicodeScalars.contains(lead) else { return nil }
        let t = text.trimmedAsFoundationWhitespaces()
        var body = Substring(t)
        var bullet = ""
        if let f = body.first, "-+•*–".contains(f), body.dropFirst().first == " " {
            bullet = String(f) + " "
            body = body.dropFirst(2)
        }
        guard let first = body.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39 else { return nil }
        // A count and its noun ("05 cuộc", "1.250 lượt"), not an item's number ("2.1. …", "3) …").
        let scalars = Array(body.unicodeScalars.prefix(24))
        var k = 0
        func digit(_ i: Int) -> Bool { i < scalars.count && scalars[i].value >= 0x30 && scalars[i].value <= 0x39 }
        while digit(k) || (k > 0 && k < scalars.count && (scalars[k] == "." || scalars[k] == ",") && digit(k + 1)) { k += 1 }
        guard k < scalars.count, scalars[k] == " ", k + 1 < scalars.count, scalars[k + 1].properties.isAlphabetic else { return nil }
        for mark in marks {
            guard let r = body.range(of: " \(mark) ") else { continue }
            let figures = body[..<r.lowerBound].trimmedAsFoundationWhitespaces()
            var job = body[r.upperBound...].trimmedAsFoundationWhitespaces()
            guard let j = job.unicodeScalars.first, j.properties.isAlphabetic,
                  job.split(separator: " ").count >= jobWords, !figures.isEmpty else { continue }
            while let l = job.last, l == "." || l == ";" || l == "," { job.removeLast() }
            // A bracket closing the job ("(Đang thực hiện)") closes the line, as it was written.
            var tail = ""
            if job.last == ")", let open = job.lastIndex(of: "("), open > job.startIndex {
                tail = " " + job[open...]
                job = job[..<open].trimmedAsFoundationWhitespaces()
            }
            return bullet + job + ": " + figures + tail
        }
        return nil
    }

    /// "“Dự lớp tập huấn của Sở” – Cử 04 công chức …": a title of at most `titleWords` words
    /// in quotation marks (a bullet's or not), a spaced dash (one of `marks`), then what was
    /// done in at least four words that open with no status ("– đang làm" ends a heading with
    /// its status). Rewritten with a colon for the dash, as when written so; nil for any other
    /// line. (A title not in quotation marks is left alone: a dash also joins the parts of a
    /// name, "Trung tâm Văn hóa – Thông tin".)
    static func runInTitle(_ text: String, marks: [String], titleWords: Int, opensStatus: (String) -> Bool) -> String? {
        guard !marks.isEmpty, titleWords > 0, text.utf8.count <= 2000,
              let lead = text.first(where: { $0 != " " && $0 != "\t" }),
              itemBullets.contains(lead) || "“«\"".contains(lead) else { return nil }
        var body = Substring(text.trimmedAsFoundationWhitespaces())
        var bullet = ""
        if let f = body.first, itemBullets.contains(f), body.dropFirst().first == " " {
            bullet = String(f) + " "
            body = body.dropFirst(2).drop(while: { $0 == " " })
        }
        let closing: [Character: Character] = ["“": "”", "«": "»", "\"": "\""]
        guard let open = body.first, let close = closing[open], let end = body.dropFirst().firstIndex(of: close) else { return nil }
        let title = body[...end]
        let after = body[body.index(after: end)...].drop(while: { $0 == " " })
        guard let mark = marks.first(where: { after.hasPrefix($0 + " ") }) else { return nil }
        let rest = after.dropFirst(mark.count + 1).drop(while: { $0 == " " })
        guard title.split(separator: " ").count <= titleWords, !title.contains(":"), rest.split(separator: " ").count >= 4,
              let r0 = rest.first, r0.isLetter, !opensStatus(String(rest.prefix(60))) else { return nil }
        return bullet + title + ": " + rest
    }

    static let lowerRomans: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10]

    /// The lower-case roman number opening a line ("iii) …", "iv. …") and the rest after it.
    static func lowerRomanNumber(_ text: String) -> (value: Int, rest: Substring)? {
        let head = text.prefix(6)
        guard let mark = head.firstIndex(where: { $0 == ")" || $0 == "." }) else { return nil }
        guard let n = lowerRomans[String(head[..<mark])] else { return nil }
        let rest = text[text.index(after: mark)...]
        guard rest.first == " " else { return nil }
        return (n, rest)
    }

    static func renumberLowerRoman(_ lines: inout [Line]) {
        let candidates = lines.indices.compactMap { i -> (index: Int, value: Int, rest: Substring)? in
            guard lines[i].cells.count == 1, !lines[i].cells[0].continued, let (n, rest) = lowerRomanNumber(lines[i].cells[0].text) else { return nil }
            return (i, n, rest)
        }
        // Past "i)": at least one number only roman numerals write ("ii", "iii", "iv", …).
        guard candidates.contains(where: { $0.value >= 2 }) else { return }
        for c in candidates { lines[c.index].cells[0].text = "\(c.value))" + c.rest }
    }

    /// "(1) Tuyên truyền …", "(2) Phối hợp kiểm tra …": paragraphs that open with a number in
    /// brackets, then a word with a capital, are items numbered the unit's way, read as "1) …",
    /// "2) …" — when the document numbers so from "(1)" to "(2)" at least. A count in brackets
    /// ("(03) cuộc kiểm tra") opens no capitalised word and stays as written.
    static func renumberBracketed(_ lines: inout [Line]) {
        let number = bracketedItem
        var found: [Int: Int] = [:]
        for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
            if let (n, _) = number(lines[i].cells[0].text), n <= 2, found[n] == nil { found[n] = i }
        }
        guard let one = found[1], let two = found[2], one < two else { return }
        for i in lines.indices where lines[i].cells.count == 1 && !lines[i].cells[0].continued {
            if let (n, rest) = number(lines[i].cells[0].text) { lines[i].cells[0].text = "\(n)) " + rest }
        }
    }

    /// "(2) Góp ý …": the number in brackets that opens a line before a capitalised word, and
    /// the rest of the line from that word.
    static func bracketedItem(_ text: String) -> (n: Int, rest: Substring)? {
        let t = text.drop { $0 == " " || $0 == "\t" }
        guard t.first == "(" else { return nil }
        let digits = t.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let n = Int(digits) else { return nil }
        let after = t.dropFirst(1 + digits.count)
        guard after.first == ")" else { return nil }
        let rest = after.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let word = rest.drop { $0 == " " || $0 == "\t" }
        guard let f = word.first, f.isUppercase else { return nil }
        return (n, word)
    }

    /// A line's number written with one of `marks` instead of "." ("1/ Tuyên truyền", "IV/
    /// Khó khăn") rewritten with "."; nil when the line does not open so (a letter's "c/ …"
    /// is left as it is: a short label inside a passage). The mark must be followed by a space: "15/3", "1/2" are no numbers
    /// of items. Numbers of two or three levels ("1.1- …") are rewritten alike ("1.1. …").
    /// The line without the field tag that opens it: "[" two to `field_tags.max_chars`
    /// capitals, digits or the joining marks "-", "/", ".", "&" (at least one letter) "]",
    /// then a space and the item. Not a tick ("[x]", "[ ]", one character) and not a status in
    /// brackets ("[XONG]", "[ĐANG LÀM]"), which say how far the item came. Nil when no tag.
    static func untagged(_ text: String, _ v: Vocabulary) -> String? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        let n = inner.count
        guard n >= 2, n <= v.fieldTagChars, inner.contains(where: \.isLetter),
              inner.allSatisfy({ $0.isNumber || $0.isLetter && $0.isUppercase || "-/.&".contains($0) }) else { return nil }
        let rest = text[text.index(after: close)...]
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let item = rest.trimmedAsFoundationWhitespaces()
        guard item.contains(where: \.isLetter) else { return nil }
        if v.statuses.wholeMatch(String(inner)) != nil || v.assessments.wholeMatch(String(inner)) != nil { return nil }
        return item
    }

    /// The lines with a status symbol alone at a body line's start or end (`status_reading.
    /// symbols`) written instead as its words in brackets at the end ("✅ Kiểm tra cân: 3 cuộc"
    /// → "Kiểm tra cân: 3 cuộc (hoàn thành)"). A symbol the document keys itself — followed
    /// anywhere by a status's words (`keyed`: "✅ xong; ⏳ đang làm") — is left to that key.
    static func symbolStatuses(_ lines: [Line], _ symbols: [Character: String], keyed: (String) -> Bool) -> [Line] {
        // Almost no line holds a symbol: one pass over its scalars says so before any copy.
        let firstScalars = Set(symbols.keys.compactMap { $0.unicodeScalars.first })
        func mayHold(_ text: String) -> Bool { text.unicodeScalars.contains { firstScalars.contains($0) } }
        var ownKey = Set<Character>()
        for line in lines {
            for cell in line.cells where cell.text.utf8.count <= 1200 && mayHold(cell.text) && cell.text.unicodeScalars.count <= 300 {
                let chars = Array(cell.text)
                for (i, c) in chars.enumerated() where symbols[c] != nil {
                    let after = String(chars[(i + 1)...]).trimmed(" :=-–\t")
                    let words = after.split(separator: " ").prefix(3)
                    for n in stride(from: words.count, through: 1, by: -1) where keyed(words.prefix(n).joined(separator: " ").trimmed(" ,;.")) {
                        ownKey.insert(c)
                        break
                    }
                }
            }
        }
        var out = lines
        for i in out.indices where out[i].container == .body && out[i].cells.count == 1 && mayHold(out[i].cells[0].text) {
            let text = out[i].cells[0].text.trimmed()
            guard text.count >= 6 else { continue }
            var body = text
            var status: String?
            if let first = body.first, let words = symbols[first], !ownKey.contains(first) {
                status = words; body = String(body.dropFirst()).trimmed()
            } else if let last = body.last, let words = symbols[last], !ownKey.contains(last) {
                status = words; body = String(body.dropLast()).trimmed()
            }
            guard let status, body.split(separator: " ").count >= 2 else { continue }
            out[i].cells[0].text = body + " (" + status + ")"
        }
        return out
    }

    static func renumbered(_ text: String, marks: [Unicode.Scalar]) -> String? {
        let s = text.unicodeScalars
        var k = s.startIndex
        while k < s.endIndex, s[k] == " " || s[k] == "\t" { k = s.index(after: k) }
        let start = k
        var count = 0
        while k < s.endIndex, count < 4, ScalarClass.isNumeric(s[k]) { k = s.index(after: k); count += 1 }
        // Numbered on two or three levels ("1.1- Tuyên truyền", "2.3– Góp ý"): each level at
        // most two digits, the last followed by the mark.
        var levels = 1
        while count > 0, count <= 2, levels < 3, k < s.endIndex, s[k] == ".",
              s.index(after: k) < s.endIndex, ScalarClass.isNumeric(s[s.index(after: k)]) {
            var j = s.index(after: k)
            var digits = 0
            while j < s.endIndex, digits < 3, ScalarClass.isNumeric(s[j]) { j = s.index(after: j); digits += 1 }
            guard digits <= 2 else { return nil }
            k = j; count = digits; levels += 1
        }
        // "A - Những việc đã làm", "B - Khó khăn", "C/ Kiến nghị": the report's parts lettered
        // with one capital (a space before the mark or none), read as "B. Khó khăn" (a part's
        // label then opens its items). One capital alone: a word of two or more letters before
        // a dash is a title ("KT - xg").
        var letterEnd: String.UnicodeScalarView.Index?
        if count == 0, k < s.endIndex, s[k].isASCII, ("A"..."Z").contains(s[k]) {
            var j = s.index(after: k)
            if j < s.endIndex, s[j] == " " { j = s.index(after: j) }
            if j < s.endIndex, marks.contains(s[j]) { letterEnd = s.index(after: k); k = j; count = 1 }
        }
        if count == 0 {
            while k < s.endIndex, count < 4, "IVX".unicodeScalars.contains(s[k]) { k = s.index(after: k); count += 1 }
        }
        guard count > 0, count <= 3, k < s.endIndex, marks.contains(s[k]) else { return nil }
        let after = s.index(after: k)
        guard after < s.endIndex, s[after] == " " || s[after] == "\t" else { return nil }
        // "1° – Về tuyên truyền …": a dash between the number and the title is no word of it.
        var titleStart = after
        var j = after
        while j < s.endIndex, s[j] == " " || s[j] == "\t" { j = s.index(after: j) }
        if j < s.endIndex, "–—-".unicodeScalars.contains(s[j]) {
            let next = s.index(after: j)
            if next < s.endIndex, s[next] == " " || s[next] == "\t" { titleStart = next }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[start..<(letterEnd ?? k)])
        out.append(".")
        out.append(contentsOf: s[titleStart...])
        return String(out)
    }

    // MARK: Main loop

    mutating func process() {
        var linesInSheet = 0
        var skippedSheet: String?
        lineContexts.reserveCapacity(lines.count)
        // The parts of a report on several subjects that are not about this plan are not read.
        // Through a constant: a closure that reaches the run through this mutating method's
        // `self` copies the whole run at each call (once per line).
        let run = self
        let otherSubject = ReportParts.otherSubjectLines(lines) { run.reportPart($0) }
        for (index, line) in lines.enumerated() {
            lineIndex = index
            var byGrid = false
            statusLineTask = nil
            defer { lineContexts.append(LineContext(section: section, layout: inLayoutTable,
                                                    task: byGrid || otherSubject.contains(index) ? nil : current ?? statusLineTask, byGrid: byGrid)) }
            if otherSubject.contains(index) { continue }
            if case .sheet(let name) = line.container {
                if name == skippedSheet { continue }
                linesInSheet = line.container == container ? linesInSheet + 1 : 0
                // A long sheet whose first rows hold nothing of the plan (an inventory, a
                // price list) is not read to its end: the rest cannot be a report either.
                if linesInSheet == 300, order.isEmpty, table == nil, section == nil {
                    skippedSheet = name
                    findings.append(Finding(severity: .info, code: "sheet-skipped",
                        message: "Trang tính “\(name)” không có nội dung về nhiệm vụ của Kế hoạch trong 300 dòng đầu; phần còn lại không được đọc.",
                        source: Location.part(name).description))
                    continue
                }
            }
            if line.container != container {
                // A new table or sheet: its columns are its own. Leaving a table also ends a
                // passage that was read from it.
                // A table inside a task's passage (figures under "1. Kiểm tra …") leaves the
                // passage open: "Đánh giá: Đang thực hiện." below the table is that task's.
                if case .table = container {
                    if passageKeptByRows, isTable(line.container) { passageBeforeTable = nil }
                    current = tableStartedTask ? nil : passageBeforeTable
                    passageKeptByRows = false
                }
                if case .table = line.container, !isTable(container) {
                    passageBeforeTable = current
                    tableStartedTask = false
                }
                // A new sheet starts afresh: the difficulties or the signature that ended the
                // sheet before do not reach into its tables ("Biểu 01" after "III. KIẾN NGHỊ").
                if case .sheet = line.container {
                    current = nil; group = nil; closingBlock = false
                    if section?.holdsItems == true || section == .closing || section == .plans { section = nil; itemColumns = [:] }
                }
                container = line.container
                unmatched = nil
                table = nil
                // The Quốc hiệu header block and the "Nơi nhận" signature block are layout:
                // told from the table's first row.
                if case .table = line.container { inLayoutTable = isLayoutTable(line) } else { inLayoutTable = false }
                layoutTableOpened = inLayoutTable
            } else if layoutTableOpened {
                // A whole report laid out in one borderless table, the header block its first
                // row: the rows that hold the report's own sentences are read as the report;
                // the signature block below them is layout again.
                if isLayoutTable(line) { inLayoutTable = true } else if inLayoutTable, holdsReportText(line) { inLayoutTable = false }
            }
            // A sheet that only lists the plan's tasks for a form's lookups, or whose figures
            // another sheet adds up: no report of its own, nor its words the document's.
            if case .sheetCell(_, let row, _)? = line.firstLocation {
                afterBlankRow = lastSheetRow.map { row - $0 > 1 } ?? false
                lastSheetRow = row
            } else {
                afterBlankRow = false
                lastSheetRow = nil
            }
            if grids.setAside(line) { byGrid = true; continue }
            if !mentionsPlan, index < 60 {
                // Any mention of the directive: "38-CT/TW", "Chỉ thị (số) 38", "CT38". Cheap
                // byte tests first; fold only lines that have a "38".
                // A table's column header that names the plan ("Nội dung (theo KH CT38)") is
                // the template's word, not the document's: a report on another programme
                // filled into the plan's form is not about the plan for it.
                // A sheet of one place's or period's figures that another sheet adds up is that
                // sheet's part: its caption ("Số liệu Ấp … (phục vụ báo cáo CT38)") is the
                // template's, as a sheet of summed parts is set aside whole; the document is what
                // the summing sheet says it is.
                if namesThePlan(line.text), !isColumnHeaderRow(line),
                   grids.place(line).map({ grids.periodParts[$0.0] == nil }) ?? true { mentionsPlan = true }
            }
            if readGrid(line) { byGrid = true; continue }
            handle(line)
        }
    }

    mutating func handle(_ line: Line) {
        // "Khó khăn, vướng mắc | Đề xuất, kiến nghị" side by side: each column its own section.
        if let columns = itemSectionColumns(line) {
            section = .difficultiesAndProposals
            itemColumns = columns
            current = nil
            table = nil
            return
        }
        // "Như vậy, trong 03 nội dung có liên quan: 01 đã hoàn thành, 01 đang thực hiện, 01 chưa
        // thực hiện." after a letter's items closes them: what follows, with no heading of its
        // own ("Sở mới được tái lập, … . Kính đề nghị Sở …"), is the unit's difficulties and
        // requests, each sentence by its words, no part of the last item's passage.
        if current != nil, section == nil || section == .results, isClosingTally(line) {
            section = .difficultiesAndProposals
            current = nil
            table = nil
            return
        }
        // Section headings switch what the following lines are.
        if let (kind, remainder) = sectionHeading(line) {
            // "- Khó khăn: …" under a task of the results: that task's difficulty, an item of
            // the report's; the task's passage and the results go on.
            if kind.holdsItems, let remainder, current != nil, section == nil || section == .results || section == .appendix {
                addItems(from: remainder, source: line.firstLocation, as: kind == .proposals ? .proposals : .difficulties)
                // The task's own shortcoming says how far it came ("- Hạn chế: còn 01 lớp nên
                // nội dung này vẫn đang thực hiện, chưa xong."): a status stated there is the
                // task's, as in any line of its passage.
                if kind == .difficulties, let code = current, let b = builders[code],
                   let claim = v.statusClaim(in: readings.tokens(remainder)) {
                    setStatus(claim.value, on: b, location: line.firstLocation, confidence: claim.confidence)
                }
                return
            }
            // "Kết quả thực hiện:" as the label of a task's block (a form letter's "NHIỆM VỤ 1:
            // … ⏎ Căn cứ: … ⏎ Kết quả thực hiện: ⏎ - Số cuộc kiểm tra: 1"): the task's passage
            // goes on under it.
            if kind == .results, remainder == nil, current != nil, section == nil || section == .results,
               line.cells.count == 1, line.text.trimmed().hasSuffix(":") { return }
            section = kind
            itemColumns = [:]
            current = nil
            table = nil
            closingBlock = false
            headingStatus = nil
            fieldHeading = false
            if let remainder, kind.holdsItems { addItems(from: remainder, source: line.firstLocation) }
            return
        }
        // The closing, and what the unit plans for next year, report nothing done.
        if section == .closing || section == .plans { return }
        // "Từ những nội dung trên, Chi cục kính trình:": a submission's requests follow.
        if line.cells.count == 1, v.items.isSubmissionLeadIn(line.text) {
            section = .proposals
            itemColumns = [:]
            current = nil
            table = nil
            return
        }
        if section?.holdsItems == true {
            // "Ủy ban nhân dân phường … kính báo cáo./": the letter closes under its last items.
            // A numbered item that opens with a submission's words ("1. Kính trình Giám đốc
            // Sở xem xét bổ sung kinh phí …") is a request, not the closing formula.
            if line.cells.count <= 2, v.items.isClosing(line.text),
               case let item = stripEnumerator(line.text), !(item.utf8.count < line.text.utf8.count && v.items.opensWithSubmission(item)) {
                section = .closing
                itemColumns = [:]
                return
            }
            if !itemColumns.isEmpty {
                // Each cell under the heading of its column (or the nearest one to its left).
                for cell in line.cells where !cell.continued {
                    guard let kind = itemColumns.filter({ $0.key <= cell.column }).max(by: { $0.key < $1.key })?.value else { continue }
                    addItems(from: cell.text, source: cell.location, as: kind)
                }
                return
            }
            if let header = tableHeader(line) { table = header; return }
            let text = itemText(line)
            if !text.isEmpty { addItems(from: text, source: line.firstLocation) }
            return
        }
        if inLayoutTable { return }
        if table == nil, trailingStatusClaim(line) == nil, !isFieldPair(line), let header = tableHeader(line) {
            table = header
            return
        }
        // In a sheet, a blank row and then a row of one cell (a note, a closing block "CHỐT
        // THEO TỪNG VIỆC …" of one line per job) end the table, as they end a grid
        // (`continuesAfterGap`): its lines are read as the text they are, not as rows of the
        // log's columns.
        if table != nil, afterBlankRow, case .sheet = line.container, line.cells.filter({ !$0.continued }).count == 1 {
            table = nil
        }
        if table != nil, case .body = line.container, line.cells.count == 1, startsWithHeadingNumber(line.text) {
            // A table of tab-separated lines in the body (a PDF converted to Word) ends at the
            // next numbered heading; a page number or a running head inside it does not end it.
            table = nil
        }
        // A log's closing title alone on its line: the lines below restate each job's totals,
        // each read by its own words (ClosingTotals.swift).
        if section == nil || section == .results, isClosingTitle(line) {
            closingBlock = true
            current = nil
            table = nil
            headingStatus = nil
            return
        }
        if var t = table {
            // A second header row (two-level headers) refines the roles of its columns.
            // Only right under the first header, only without figures, and only over columns
            // the first header left open or spanned ("Kết quả thực hiện" over indicator columns).
            if t.headerRows == 1, !line.cells.contains(where: { $0.value != nil || Double($0.text) != nil }),
               let sub = tableHeader(line, anchored: false), sub.roles.count >= 2, rowTask(line, t) == nil,
               sub.roles.keys.allSatisfy({ t.roles[$0] == nil || t.spanned.contains($0) || t.roles[$0] == .result }) {
                for (c, r) in sub.roles { t.roles[c] = r }
                for (c, h) in sub.headers { t.headers[c] = t.headers[c].map { "\($0) – \(h)" } ?? h }
                for (c, s) in sub.scales { t.scales[c] = s }
                t.headerRows = 2
                table = t
                return
            }
            // A second header row of periods under a spanning parent ("Kết quả thực hiện" over
            // "Cùng kỳ 2025 | 10 tháng 2026"): no role of its own, but its words say which
            // column is the period reported and which a comparison (`comparisonColumns`).
            // Only cells under the parent's span, none with a figure, the name column empty.
            if t.headerRows == 1, !t.spanned.isEmpty, !line.cells.contains(where: { $0.value != nil || Double($0.text) != nil }) {
                let filled = line.cells.filter { !$0.continued && !$0.text.trimmed().isEmpty }
                let spannedAll = t.spanned.union(t.spanned.map { $0 - 1 })
                if filled.count >= 2, filled.allSatisfy({ spannedAll.contains($0.column) }) {
                    for c in filled { t.subHeaders[c.column] = c.text; t.headers[c.column] = t.headers[c.column].map { "\($0) – \(c.text)" } ?? c.text }
                    t.headerRows = 2
                    table = t
                    return
                }
            }
            t.headerRows = 3
            table = t
            inLogRow = logRowDay(line) != nil
            handleRow(line, t)
            inLogRow = false
            return
        }
        handleText(line)
    }

    // MARK: Sections

    /// A heading such as "II. KHÓ KHĂN, VƯỚNG MẮC", "Đề xuất, kiến nghị:", or a row "I | Khó
    /// khăn, vướng mắc". Returns the section and any text after a colon.
    func sectionHeading(_ line: Line) -> (SectionKind, String?)? {
        guard let heading = sectionHeadingByWords(line) else { return nil }
        // "Đề nghị ghi nhận: Hoàn thành.": a status label (its first word a section's, "Đề
        // nghị") before a status is the item's verdict, no section. Asked only of the lines
        // whose words open a section: the check reads a status.
        let cells = line.cells.filter { !$0.continued && !isEnumerator($0.text) }
        if cells.count == 1, let text = cells.first?.text, let c = text.firstIndex(of: ":"),
           isPassageLabel(title: String(text[..<c]), rest: String(text[text.index(after: c)...])) { return nil }
        return heading
    }

    /// The section a line's words open, and the text after its colon (`sectionHeading`
    /// without its status-label check).
    func sectionHeadingByWords(_ line: Line) -> (SectionKind, String?)? {
        // A heading row has few cells: a numbering cell, the heading, perhaps its content.
        guard line.cells.count <= 4 else { return nil }
        let cells = line.cells.filter { !$0.continued && !isEnumerator($0.text) }
        guard let first = cells.first, cells.count <= 2 else { return nil }
        // A heading or a lead-in is short: what matters is in its first words. Colons are
        // looked for among the first 200 scalars (a character each in NFC text).
        func colon(in t: String) -> String.Index? {
            let ts = t.unicodeScalars
            var i = ts.startIndex, n = 0
            while i < ts.endIndex, n < 200 {
                if ts[i] == ":" { return i }
                i = ts.index(after: i); n += 1
            }
            return nil
        }
        guard first.text.utf8.count <= 800 || colon(in: first.text) != nil else { return nil }
        // "KK1. Dữ liệu …", "KN2 | Đề nghị …": an item numbered under its section's short name.
        if let (kind, rest) = numberedItem(first.text) {
            return (kind, rest.isEmpty ? (cells.count == 2 ? cells[1].text : nil) : rest)
        }
        var text = stripEnumerator(Self.pointDashStripped(articleNumberStripped(first.text)))
        // "5 Khó khăn, vướng mắc", "6 Kiến nghị": a clause numbered as in a standard, with no
        // dot after its number, when a section's word follows the number.
        if let space = text.firstIndex(of: " "), text.distance(from: text.startIndex, to: space) <= 2,
           text[..<space].allSatisfy({ $0.isASCII && $0.isNumber }),
           case let rest = text[text.index(after: space)...].trimmed(), v.sectionFirstWords.contains(firstFoldedWord(rest)) {
            text = rest
        }
        // "Hỏi: Khó khăn, vướng mắc trong quá trình thực hiện?": an outline's question, labelled
        // by a word of `outline.questions`, opens the part it asks about.
        if let c = colon(in: text), text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: c) <= 12 {
            var label = VietText.fold(String(text[..<c])).split(separator: " ").map(String.init)
            // Numbered: "Câu 7:", "Câu hỏi 3:".
            if label.count >= 2, let n = label.last, n.allSatisfy({ $0.isASCII && $0.isNumber }) { label.removeLast() }
            if v.questionWords.contains(label) {
                text = String(text[text.unicodeScalars.index(after: c)...]).trimmed()
                // "Câu 7: Đơn vị có khó khăn, vướng mắc gì trong quá trình triển khai?": the
                // question asks for the part it names, wherever its words name it.
                if text.hasSuffix("?") {
                    let tokens = Tokenizer.tokenize(text)
                    if let hit = v.sections.matches(in: tokens).first(where: { $0.value == .difficulties || $0.value == .proposals }) {
                        return (hit.value, cells.count == 2 ? cells[1].text : nil)
                    }
                }
            }
        }
        // A heading's colon is near its start; what follows becomes a string only when the line
        // is a heading.
        var after: Substring?
        // A label ending in its colon, alone on its line ("Phường đề xuất:").
        var labelled = false
        if let colon = colon(in: text) {
            labelled = !text[text.unicodeScalars.index(after: colon)...].unicodeScalars.contains(where: { !ScalarClass.isWhitespace($0) }) && cells.count == 1
            let rest = text[text.unicodeScalars.index(after: colon)...]
            if rest.unicodeScalars.contains(where: { !ScalarClass.isWhitespace($0) }) { after = rest }
            text = String(text[..<colon])
        }
        // "Tồn: | Chợ … khó kiểm tra", "* Khó: …": a section's name clipped to its first word
        // (`clipped_section_labels`) is a heading only as a label before its colon.
        if text.utf8.count <= 24, !v.clippedSectionLabels.isEmpty, colon(in: first.text) != nil,
           let kind = v.clippedSectionLabels[Vocabulary.clippedLabelKey(text)] {
            return (kind, after.map { $0.trimmed() } ?? (cells.count == 2 ? cells[1].text : nil))
        }
        // "Challenges (khó khăn, vướng mắc)": a heading and its translation in parentheses is
        // one heading; the translation adds no words to it.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let head = text[..<open].trimmed()
            if !head.isEmpty { text = head }
        }
        let secondCell = cells.count == 2 ? cells[1].text : nil
        var remainder: String? { after.map { $0.trimmed() } ?? secondCell }
        let hasRemainder = after != nil || secondCell != nil
        // Section words stand at the start; the word count of the rest is all that matters.
        let wordCount = text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
        // Most lines neither start with a section word nor are a short lead-in before a colon:
        // reject them before tokenizing.
        if !v.sectionFirstWords.contains(firstFoldedWord(text)), !(hasRemainder || labelled) || wordCount > (labelled ? max(14, v.items.leadInMaxWords) : 14) { return nil }
        let tokens = Tokenizer.tokenize(wordCount > 24 ? String(text.prefix(160)) : text)
        /// "Nơi nhận báo cáo: Chi cục …" among a form's fields: after the closing's words (to
        /// token `end` of the label) more words of the label, and a value after its colon — a
        /// field naming who receives the report, not the closing's "Nơi nhận:" over its list.
        func isRecipientField(after end: Int) -> Bool {
            guard end < tokens.count, tokens[end].kind == .word, let after else { return false }
            return after.contains(where: \.isLetter)
        }
        let words = tokens.filter { $0.kind == .word }
        // "II. Đơn vị đề xuất", "Xã kiến nghị": who speaks (`items.requesters`), then the
        // section's words, make its heading as the words alone do.
        let firstWord = tokens.firstIndex(where: { $0.kind == .word }) ?? 0
        var opening = words.isEmpty ? nil : v.sectionMatch(tokens, at: firstWord)
        if !words.isEmpty, opening == nil, let who = v.items.requesters.match(tokens, at: firstWord), who.end < tokens.count,
           let m = v.sectionMatch(tokens, at: who.end), m.value == .difficulties || m.value == .proposals {
            opening = m
        }
        guard let m = opening else {
            if VietText.fold(text).hasPrefix("noi nhan") {
                return isRecipientField(after: min(tokens.count, firstWord + 2)) ? nil : (.closing, nil)
            }
            // "Quá trình triển khai còn một số khó khăn, vướng mắc: (1) …; (2) …" — a short
            // lead-in that names the section, then the items after the colon.
            // "Phường đề xuất:", "Khó khăn của phường:": a short label alone on its line.
            // "Bên cạnh những kết quả nêu trên, phường vẫn còn gặp một số khó khăn, đó là:": a
            // longer lead-in alone on its line that ends with its section's words (and what
            // introduces the items, `items.lead_in_tails`).
            let leadIn = labelled && wordCount > v.items.labelMaxWords && wordCount <= v.items.leadInMaxWords
            if hasRemainder && wordCount <= 14 || labelled && wordCount <= v.items.labelMaxWords || leadIn {
                for hit in v.sections.matches(in: tokens) where hit.value == .difficulties || hit.value == .proposals {
                    // "Sở KH&CN đề nghị: phối hợp kiểm tra …": the plan's own request quoted
                    // (`items.quoted_requesters`), a task the unit reports on, no proposal.
                    if hit.value == .proposals, let first = tokens.firstIndex(where: { $0.kind == .word }),
                       v.items.quotedRequesters.match(tokens, at: first)?.end == hit.start { continue }
                    if leadIn {
                        guard v.items.endsLeadIn(tokens, at: hit.end) else { continue }
                        if let end = tokens[..<hit.start].lastIndex(where: { $0.raw == "." || $0.raw == ";" }),
                           tokens[..<end].filter({ $0.kind == .word }).count >= 3 { return nil }
                        return (hit.value, remainder)
                    }
                    // (A label alone says its section last: "Đặc khu xin phản ánh một số khó khăn:".)
                    if !hasRemainder, v.items.headingTailEnd(tokens, from: hit.end).map({ $0 < tokens.count }) ?? (hit.end < tokens.count) {
                        guard tokens[hit.end...].contains(where: { $0.kind == .word }) else { return (hit.value, remainder) }
                        // ("Về khó khăn, chúng tôi thấy:": the section named as the topic, then
                        // after a comma who speaks; what the speaker says follows the colon.)
                        if labelled, tokens[hit.end].raw == ",", v.items.speaks(after: Array(tokens[(hit.end + 1)...])) {
                            return (hit.value, remainder)
                        }
                        // ("Có mấy khó khăn như sau:", "Phường có một số đề xuất sau:": the
                        // section, then what introduces its items, `items.lead_in_tails`.)
                        if labelled, v.items.endsLeadIn(tokens, at: hit.end) { return (hit.value, remainder) }
                        continue
                    }
                    // "Công tác tuyên truyền đã hoàn thành. Khó khăn: …": a sentence before the
                    // section's word reports; the paragraph is read clause by clause.
                    // ("Câu 6. Khó khăn, vướng mắc …?" is a numbered question, no sentence.)
                    if let end = tokens[..<hit.start].lastIndex(where: { $0.raw == "." || $0.raw == ";" }),
                       tokens[..<end].filter({ $0.kind == .word }).count >= 3 { return nil }
                    return (hit.value, remainder)
                }
            }
            return nil
        }
        // "Trên đây là báo cáo …", "Nơi nhận:": the report's closing, however long the line.
        // (Not "Nơi nhận báo cáo: Chi cục …" among a form's fields at its head: a label longer
        // than the closing's words, its value after the colon, names who receives the report.)
        if m.value == .closing { return isRecipientField(after: m.end) ? nil : (.closing, nil) }
        var covered = tokens[..<m.end].filter { $0.kind == .word }.count
        var kind = m.value
        var headingEnd = m.end
        // "Khó khăn, vướng mắc và đề xuất, kiến nghị": a second section phrase right after the
        // first (joined by "và", "," or "-") makes one heading over both kinds of items.
        if kind == .difficulties || kind == .proposals {
            var k = m.end
            while k < tokens.count, tokens[k].kind == .punct && !tokens[k].breakBefore || tokens[k].folded == "va" { k += 1 }
            if k > m.end, let second = v.sectionMatch(tokens, at: k),
               second.value == .difficulties || second.value == .proposals {
                covered += tokens[m.end..<second.end].filter { $0.kind == .word }.count
                headingEnd = second.end
                // ("Issues / Khó khăn": the same section in two languages.)
                if second.value != kind { kind = .difficultiesAndProposals }
            }
            // "Hạn chế, khó khăn và nguyên nhân": words a heading carries after its phrase.
            if let end = v.items.headingTailEnd(tokens, from: headingEnd) {
                covered += tokens[headingEnd..<end].filter { $0.kind == .word }.count
            }
        }
        let isUpper = ScalarClass.isUpperCase(text)
        // "Những khó khăn của xã trong thời gian qua là: …": a short lead-in that names its
        // section and ends with what introduces the items (`items.lead_in_tails`), the items
        // after its colon on the same line.
        let leadInBeforeItems = after != nil && wordCount <= 14 && kind != .results &&
            (kind == .difficulties || kind == .proposals || kind == .difficultiesAndProposals) &&
            tokens.indices.contains { v.items.leadInTails.match(tokens, at: $0)?.end == tokens.count }
        let short = wordCount <= covered + 2 || (isUpper && wordCount <= 16) || (hasRemainder && wordCount <= covered + 4) || leadInBeforeItems
        guard short else { return nil }
        // "Kết quả thực hiện: …" inside a task passage is a label, not a section.
        if kind == .results, hasRemainder { return nil }
        return (kind, remainder)
    }

    /// A heading numbered as an article ("Điều 3. Khó khăn, vướng mắc", `article_words`) read
    /// as numbered "3. Khó khăn, vướng mắc"; a part numbered in roman ("PHẦN II. KHÓ KHĂN,
    /// VƯỚNG MẮC") as "II. …", the way officers number a report's parts; any other text as it is.
    func articleNumberStripped(_ text: String) -> String {
        guard !v.articleWords.isEmpty, text.utf8.count >= 4 else { return text }
        let words = text.splitting(onASCII: " ", maxSplits: 2)
        guard words.count == 3, v.articleWords.contains(VietText.fold(String(words[0]))) else { return text }
        let number = words[1]
        // "PHẦN III – KHÓ KHĂN, ĐỀ XUẤT": the number parted from the heading by a dash standing
        // on its own, as "PHẦN III. …" by its dot.
        if let dash = words[2].first, "-–—".contains(dash), words[2].dropFirst().first == " ",
           number.count <= 4, number.allSatisfy({ $0.isASCII && $0.isNumber }) || romanValue(String(number)) != nil {
            let rest = words[2].dropFirst().trimmed()
            if !rest.isEmpty { return String(number) + ". " + rest }
        }
        guard let mark = number.last, mark == "." || mark == ":", number.count >= 2, number.count <= 5 else { return text }
        let digits = number.dropLast()
        guard digits.count <= 3 && digits.allSatisfy({ $0.isASCII && $0.isNumber })
                || romanValue(String(digits)) != nil else { return text }
        return String(number.dropLast()) + ". " + words[2]
    }

    /// An item numbered under the short name of its section, the number joined to the name
    /// ("KK1.", "KN2", "ĐX3)") or, without a number, parted from the item by a dash ("KK -
    /// …"): the section and what follows the number or the dash.
    func numberedItem(_ text: String) -> (SectionKind, String)? {
        let t = text.trimmed()
        let scalars = t.unicodeScalars
        var k = scalars.startIndex, letters = 0, digits = 0
        while k < scalars.endIndex, letters < 5, ScalarClass.isWordLetter(scalars[k]) { k = scalars.index(after: k); letters += 1 }
        let nameEnd = k
        while k < scalars.endIndex, digits < 3, ScalarClass.isNumeric(scalars[k]) { k = scalars.index(after: k); digits += 1 }
        guard letters >= 2, digits <= 2 else { return nil }
        if digits == 0 {
            // "KK - Nhân sự mỏng …", "ĐX – Đề nghị …": the short name in capitals, a dash, the
            // item (a word, "Khó - …", is no short name).
            guard String(t[..<nameEnd]) == String(t[..<nameEnd]).uppercased() else { return nil }
            while k < scalars.endIndex, ScalarClass.isWhitespace(scalars[k]) { k = scalars.index(after: k) }
            guard k > nameEnd, k < scalars.endIndex, "-–—".unicodeScalars.contains(scalars[k]) else { return nil }
            k = scalars.index(after: k)
            guard k < scalars.endIndex, ScalarClass.isWhitespace(scalars[k]) else { return nil }
        } else if k < scalars.endIndex, ".):".unicodeScalars.contains(scalars[k]) { k = scalars.index(after: k) }
        guard k == scalars.endIndex || ScalarClass.isWhitespace(scalars[k]) else { return nil }
        let tokens = Tokenizer.tokenize(String(t[..<nameEnd]))
        guard let m = v.sectionMatch(tokens, at: 0), m.end == tokens.count,
              m.value == .difficulties || m.value == .proposals else { return nil }
        return (m.value, String(t[k...]).trimmed())
    }

    func isEnumerator(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        let t = text.trimmed()
        if t.isEmpty || t.count > 6 { return false }
        // A task code ("1.a", "II.2.h") is none of these shapes.
        return t.allSatisfy { $0.isNumber || ".)(-+•*–".contains($0) } || romanValue(t) != nil
            || (t.count == 1 || t.count == 2 && ".)".contains(t.last!)) && t.first.map { TaskReferenceParser.letters.contains(String($0).lowercased()) } == true
    }

    /// "III.- KHÓ KHĂN, VƯỚNG MẮC" → "III. KHÓ KHĂN, VƯỚNG MẮC": a section's number written
    /// with a dash after its point (roman or arabic, then ".-" or ".–" and a space).
    static func pointDashStripped(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var k = scalars.startIndex, n = 0
        while k < scalars.endIndex, n < 5, ScalarClass.isNumeric(scalars[k]) || "IVXivx".unicodeScalars.contains(scalars[k]) {
            k = scalars.index(after: k); n += 1
        }
        guard n > 0, k < scalars.endIndex, scalars[k] == "." else { return text }
        let dash = scalars.index(after: k)
        guard dash < scalars.endIndex, scalars[dash] == "-" || scalars[dash] == "–" else { return text }
        let after = scalars.index(after: dash)
        guard after < scalars.endIndex, scalars[after] == " " else { return text }
        return String(text.unicodeScalars[..<dash]) + String(text.unicodeScalars[after...])
    }

    static let romans: [String: Int] = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10]

    func stripEnumerator(_ text: String) -> String {
        // Roman or arabic numerals, letters with ")" or ".", bullets — all in the first few
        // characters, so only those are looked at. On scalars (NFC text: a character each).
        let scalars = text.unicodeScalars
        let end = scalars.endIndex
        var s = scalars.startIndex
        while s < end, Self.bulletScalars.contains(scalars[s]) || scalars[s] == " " { s = scalars.index(after: s) }
        // "2.3.", "1.1.2" then a space: a multi-level number.
        do {
            var k = s, dots = 0, digits = 0
            // "A.1.", "B.3)": a part's letter before the number ("PHẦN A" … "A.1. Tuyên truyền …").
            if k < end, scalars[k].value >= 0x41, scalars[k].value <= 0x5A {
                let dot = scalars.index(after: k)
                if dot < end, scalars[dot] == ".", scalars.index(after: dot) < end, ScalarClass.isNumeric(scalars[scalars.index(after: dot)]) {
                    k = scalars.index(after: dot); dots = 1; digits = 1
                }
            }
            while k < end, ScalarClass.isNumeric(scalars[k]) || scalars[k] == "." {
                if scalars[k] == "." { dots += 1 } else { digits += 1 }
                k = scalars.index(after: k)
            }
            if dots >= 2 || dots == 1 && k < end && scalars[scalars.index(before: k)] != ".",
               digits >= 2, k < end, scalars[k] == " " || scalars[k] == ")" {
                if scalars[k] == ")" { k = scalars.index(after: k) }
                return text[k...].trimmed()
            }
        }
        // The first "." or ")" among the first seven scalars, and its distance.
        var r: String.Index?
        var distance = 0
        var k = s
        while k < end, distance < 7 {
            if scalars[k] == "." || scalars[k] == ")" { r = k; break }
            k = scalars.index(after: k)
            distance += 1
        }
        if let r, distance <= 5 {
            let head = text[s..<r].trimmed("( ")
            let hs = head.unicodeScalars
            if !hs.isEmpty, hs.allSatisfy(ScalarClass.isNumeric) || romanValue(head) != nil
                || (hs.count == 1 && ScalarClass.isAlphabetic(hs.first!)) {
                let next = scalars.index(after: r)
                if next == end || scalars[next] == " " { s = next }
            }
        } else if s < end, scalars[s] == "(" {
            var close = scalars.index(after: s)
            var d = 1
            while close < end, d < 7, scalars[close] != ")" { close = scalars.index(after: close); d += 1 }
            if close < end, d <= 4, scalars[close] == ")" { s = scalars.index(after: close) }
        }
        if s == scalars.startIndex, let f = scalars.first, !ScalarClass.isWhitespace(f),
           let l = scalars.last, !ScalarClass.isWhitespace(l) { return text }
        return text[s...].trimmed()
    }

    /// The marks that open a bulleted item (`itemMarker(_:)`): a dash, a plus, a round or
    /// square dot, the middle dot "·" some typists use for a dot in a list, and the pins and
    /// diamonds of a chat's list ("📌 KT cân tại chợ …").
    static let itemBullets = "-+•–*●▪·📌📍🔹🔸"

    static let bulletScalars: Set<Unicode.Scalar> = ["-", "+", "•", "–", "—", "*", "●", "▪", "◦", "·", "‒",
                                                     "→", "⇒", "►", "▶", "➢", "➤", "❖", "◆", "○",
                                                     "📌", "📍", "🔹", "🔸"]

    /// Whether a line opens with a roman numeral and its mark ("IV.", "II)"): a part's title.
    func opensWithRomanNumber(_ text: String) -> Bool {
        guard let dot = text.prefix(6).firstIndex(where: { $0 == "." || $0 == ")" }) else { return false }
        return romanValue(String(text[..<dot])) != nil
    }

    func romanValue(_ text: String) -> Int? {
        guard text.utf8.count <= 8 else { return nil }
        return Self.romans[text.trimmed(". ").uppercased()]
    }

    // MARK: Difficulties and proposals

    func itemText(_ line: Line) -> String {
        if let t = table, let c = t.column(.task) ?? t.column(.result),
           let cell = line.cells.first(where: { $0.column == c && !$0.continued }) { return cell.text }
        let cells = line.cells.filter { !$0.continued && !isEnumerator($0.text) }
        return cells.map(\.text).joined(separator: " ")
    }

    /// The folded letters (at most 12) a text starts with: a cheap test of whether it can
    /// start with a phrase.
    func firstFoldedWord(_ text: some StringProtocol) -> String {
        let ws = text.unicodeScalars
        var wordEnd = ws.startIndex, letters = 0
        while wordEnd < ws.endIndex, letters < 24, ScalarClass.isWordLetter(ws[wordEnd]) { wordEnd = ws.index(after: wordEnd); letters += 1 }
        return VietText.fold(String(text[..<wordEnd]))
    }

    /// A row whose every cell is a difficulties or a proposals heading, both kinds present:
    /// the section of each column.
    func itemSectionColumns(_ line: Line) -> [Int: SectionKind]? {
        // ("TT | Khó khăn, vướng mắc | Kiến nghị, đề xuất tương ứng": a numbering column
        // beside them heads nothing.)
        func numbering(_ cell: Line.Cell) -> Bool {
            cell.text.utf8.count <= 12 && x.gridRecognisers?.g.columns.wholeMatch(cell.text) == .sequence
        }
        guard line.cells.count >= 2, line.cells.count <= 4,
              line.cells.allSatisfy({ numbering($0) || $0.text.utf8.count <= 80 && v.sectionFirstWords.contains(firstFoldedWord(stripEnumerator($0.text))) })
        else { return nil }
        let cells = line.cells.filter { !$0.continued && !numbering($0) }
        guard cells.count >= 2 else { return nil }
        var columns: [Int: SectionKind] = [:]
        for cell in cells {
            let text = stripEnumerator(cell.text)
            guard text.utf8.count <= 80, let kind = itemHeadingKind(text.trimmed(" :")) else { return nil }
            columns[cell.column] = kind
        }
        return Set(columns.values).count == 2 ? columns : nil
    }

    /// The kind of items a cell heads when its words are a difficulties or proposals phrase,
    /// perhaps with a heading's tail ("Kiến nghị, đề xuất tương ứng").
    func itemHeadingKind(_ text: String) -> SectionKind? {
        let tokens = Tokenizer.tokenize(text).filter { $0.kind != .punct }
        guard !tokens.isEmpty, let m = v.sectionMatch(tokens, at: 0), m.value == .difficulties || m.value == .proposals else { return nil }
        if m.end == tokens.count { return m.value }
        return v.items.headingTails.match(tokens, at: m.end)?.end == tokens.count ? m.value : nil
    }

    mutating func addItems(from text: String, source: Location?, as kind: SectionKind? = nil) {
        // "… kiêm nhiệm nhiều lĩnh vực. Kiến nghị: đề nghị Sở …": a sentence that opens with
        // the other kind's word and a colon starts items of that kind.
        let tokens = Tokenizer.tokenize(text)
        if let k = tokens.indices.dropFirst().first(where: { tokens[$0 - 1].raw == "." && opensItems(tokens, at: $0) }),
           let m = v.sectionMatch(tokens, at: k) {
            addItems(from: Vocabulary.span(tokens, 0, k), source: source, as: kind)
            if m.end + 1 < tokens.count { addItems(from: Vocabulary.span(tokens, m.end + 1, tokens.count), source: source, as: m.value) }
            return
        }
        // "Địa bàn xã rộng … . Một khó khăn nữa là … . Xã kiến nghị Chi cục …": one paragraph
        // of several items, written as an officer talks; each sentence that asks, or counts
        // another item, is an item of its own (one that asks is a proposal).
        let starts = v.items.sentenceItemStarts(tokens)
        if !starts.isEmpty {
            var from = 0
            var fromAsks = false
            for s in starts + [(index: tokens.count, asks: false)] {
                if s.index > from {
                    let piece = Vocabulary.span(tokens, from, s.index)
                    addItemPieces(from: piece, source: source, as: fromAsks && kind != nil ? .proposals : kind)
                }
                from = s.index
                fromAsks = s.asks
            }
            return
        }
        addItemPieces(from: text, source: source, as: kind)
    }

    /// The items of one paragraph or cell that holds one item, or several numbered inline.
    mutating func addItemPieces(from text: String, source: Location?, as kind: SectionKind?) {
        for piece in splitInline(text) {
            var item = stripEnumerator(piece)
            while let l = item.last, ";.,:".contains(l) || l == " " { item.removeLast() }
            item = item.trimmed()
            // "./." closing a letter's last sentence is no item.
            if !item.unicodeScalars.contains(where: ScalarClass.isAlphabetic) { continue }
            let key = VietText.words(item).joined(separator: " ")
            if v.nothingItems.contains(key) || key.hasPrefix("khong co ") && key.spaceSeparatedCount <= 6 { continue }
            // "Thanh tra Thành phố không có khó khăn, vướng mắc.": the unit's name, then nothing.
            if v.nothingItems.contains(where: { n in n.spaceSeparatedCount >= 3 && key.hasSuffix(" " + n) && key.spaceSeparatedCount - n.spaceSeparatedCount <= 5 }) { continue }
            // A cause given as such, who drew up the sheet, a signer's title: no item. A
            // submission's numbered request ("Kính trình Giám đốc Sở xem xét …") shares the
            // closing formula's words and is an item all the same.
            if v.items.isNoItem(item), !v.items.opensWithSubmission(item) { continue }
            // Minutes' discussion names who spoke before what holds the work back ("Đ/c Nguyễn
            // Hoàng Phúc: Phường chưa có công chức …"; `clauses.speakers`): the item is what
            // was said.
            if let said = speechRemainder(item) { item = said; while let l = item.last, ";.,:".contains(l) || l == " " { item.removeLast() } }
            let kind = kind ?? itemKind(item)
            // Under the proposals, a line that asks nothing ("Bản ký số sẽ gửi sau.") is none.
            if kind == .proposals, !isProposal(item), !v.items.canAsk(item) { continue }
            // "Lực lượng kiểm tra mỏng, nên đề nghị Chi cục …": a difficulty and the request it
            // leads to, written as one item of a "Khó khăn – Đề xuất" list.
            var parts = v.items.split(item, proposal: kind == .proposals).map { (text: $0, kind: kind) }
            if kind == .difficulties, let both = v.items.causeAndRequest(item) {
                parts = (both.difficulty.map { v.items.split($0, proposal: false) } ?? []).map { (text: $0, kind: kind) } + [(both.proposal, .proposals)]
            }
            for (part, kind) in parts {
                let entry = Item(text: part, source: source?.description ?? "")
                if kind == .proposals {
                    proposals.append(entry)
                } else {
                    difficulties.append(entry)
                }
            }
        }
    }

    /// The kind of an item by the section it stands in and what it says: under one heading
    /// over both kinds, a proposal when it asks someone for something (a request, a body and
    /// what it should do, or what should be done with no shortage stated: "Chi cục phối hợp
    /// kiểm tra …", "Mở lớp tập huấn …"); under the difficulties, a proposal only when it
    /// opens with a request ("Đề nghị Sở …", "Xã đề nghị …").
    func itemKind(_ item: String) -> SectionKind? {
        switch section {
        case .difficultiesAndProposals?:
            return isProposal(item) || v.items.asks(item) ? .proposals : .difficulties
        case .difficulties?:
            return isProposal(item) || v.items.opensWithRequest(ItemWords.words(item)) ? .proposals : .difficulties
        default:
            return section
        }
    }

    /// A line that opens with `closing_tallies.openers` and counts the items by state: at
    /// least `least_states` of its clauses hold a number and a status after it ("01 đã hoàn
    /// thành", "Sở có 02 nội dung đã hoàn thành").
    func isClosingTally(_ line: Line) -> Bool {
        let words = v.closingTallies
        guard words.leastStates > 0, line.cells.count == 1 else { return false }
        // Most lines open with none of the openers: their start is looked at before their tokens.
        let start = VietText.fold(String(line.text.prefix(24)))
        guard words.starts.contains(where: { start.hasPrefix($0) }) else { return false }
        let tokens = readings.tokens(line.text)
        guard tokens.count <= 80, let first = tokens.firstIndex(where: { $0.kind == .word }),
              words.openers.match(tokens, at: first) != nil else { return false }
        var counted = 0
        var from = 0
        for i in 0...tokens.count where i == tokens.count || tokens[i].kind == .punct && [",", ";", ":"].contains(tokens[i].raw) {
            defer { from = i + 1 }
            let part = Array(tokens[from..<i])
            guard let n = part.firstIndex(where: { $0.kind == .number }), v.statusClaim(in: Array(part[(n + 1)...])) != nil else { continue }
            counted += 1
        }
        return counted >= words.leastStates
    }

    /// An item that opens with a proposal's words ("Đề nghị Sở …", "Kiến nghị …").
    func isProposal(_ item: String) -> Bool {
        let tokens = Tokenizer.tokenize(String(item.prefix(60)))
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        return v.sectionMatch(tokens, at: first)?.value == .proposals
    }

    /// "(1) …; (2) …" or "1) …; 2) …" written on one line become separate items; bullets on
    /// separate lines of one cell too. Plain scanning of UTF-8 bytes (every mark looked for is
    /// ASCII), no shared Regex.
    func splitInline(_ text: String) -> [String] {
        let chars = Array(text.utf8)
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        // Starts of "(n)" or "n)" enumerators at the line start or after a separator.
        var starts: [(marker: Int, content: Int)] = []
        var k = 0
        while k < chars.count {
            let atStart = k == 0 || chars[k - 1] == 0x20 || chars[k - 1] == 0x3B || chars[k - 1] == 0x2E || chars[k - 1] == 0x0A
            if atStart {
                var j = k
                if chars[j] == 0x28 { j += 1 }
                let digitsStart = j
                while j < chars.count, isDigit(chars[j]), j - digitsStart < 2 { j += 1 }
                if j > digitsStart, j < chars.count, chars[j] == 0x29 {
                    var c = j + 1
                    while c < chars.count, chars[c] == 0x20 { c += 1 }
                    starts.append((k, c))
                    k = c
                    continue
                }
            }
            k += 1
        }
        guard starts.count >= 2 else {
            let parts = text.nonEmptyLines.map(String.init).filter { !$0.trimmed().isEmpty }
            return parts.isEmpty ? [text] : parts
        }
        var out: [String] = []
        for (n, st) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].marker : chars.count
            out.append(String(decoding: chars[st.content..<max(st.content, end)], as: UTF8.self))
        }
        return out
    }

    // MARK: Narrative

    mutating func handleText(_ line: Line) {
        // A heading numbered by Word's automatic numbering ("1.", "2." not in the text) is read
        // as if its number were typed.
        var line = line
        if let label = line.listLabel, line.cells.count == 1, Self.isHeadingNumber(label), !line.text.hasPrefix(label) {
            line.cells[0].text = label + " " + line.cells[0].text
        }
        // "Trả lời: Đã thực hiện …" under a question of the outline: the answer is the content.
        if line.cells.count == 1, let answer = outlineAnswer(line.text) {
            guard !answer.isEmpty else { return }
            line.cells[0].text = answer
        }
        // "1 | Kiểm tra hàng hóa tại chợ" in a sheet or a row typed with tabs, no table's header
        // above, its figures on the rows below: the item's number in a cell of its own before
        // its title is read as "1." typed before it, a numbered heading; a lone number is no
        // figure. A row with figures of its own beside the title is read as a row, and so is a
        // sheet's row with a status beside it (its cells are the row's columns); a paragraph
        // typed with tabs may close with its status, read as the item's (`trailingStatusClaim`).
        if numberedTitleRows.contains(lineIndex), let n = line.cells.first {
            var merged = line.cells[1]
            merged.text = n.text.trimmed(". )") + ". " + merged.text
            line.cells = [merged] + line.cells.dropFirst(2)
        }
        guard section != .closing else { return }
        // "a) Phối hợp kết nối cơ sở dữ liệu ……… Đang làm": a status set at the line's end
        // after a tab (a dotted leader to the right margin) is the item's, said as a cell
        // says it; the line is read without it.
        var trailingStatus: (claim: StatusClaim, location: Location)?
        if let claim = trailingStatusClaim(line), let last = line.cells.last {
            trailingStatus = (claim, last.location)
            line.cells.removeLast()
        }
        defer {
            if let t = trailingStatus, let code = current, let b = builders[code] {
                // The item's own status slot: as strong as a labelled status.
                setStatus(t.claim.value, on: b, location: t.location, confidence: max(t.claim.confidence, v.statusReading.weight(.labelled)))
            } else if let t = trailingStatus, current == nil, let h = openHeading, h.location == line.firstLocation {
                // The heading's task is decided by meaning with the lines under it: its status
                // waits for that task (`begin`).
                headingTrailingStatus = (t.claim, t.location, h.location)
            }
        }
        // "Số cơ sở vi phạm ⇥ 01 cơ sở": the label says what the figure counts, as before a colon.
        if isFieldPair(line) {
            line.cells = [Line.Cell(column: line.cells[0].column, span: 1, text: line.cells[0].text.trimmed(": .…") + ": " + line.cells[1].text,
                                    value: line.cells[1].value, location: line.cells[1].location, continued: false)]
        }
        // "Số liệu → | Cuộc KT | 6 | Cơ sở | 38 | Phạt (đ) | 5000000": labels and their figures
        // in turn across a row, each label before its figure (not the noun after a number that
        // says what it counts): read as "Cuộc KT: 6; Cơ sở: 38; …", fields typed on a line.
        if let fields = Self.alternatingFields(line) {
            line.cells = [Line.Cell(column: line.cells[0].column, span: 1, text: fields, value: nil,
                                    location: line.cells[line.cells.count % 2].location, continued: false)]
        }
        let text = line.text
        // "Các nội dung còn lại nêu tại mục II đã hoàn thành theo Kế hoạch.": the status of
        // the tasks left with none, not of the item above.
        if section == nil || section == .results, line.cells.count == 1, !v.statusReferences.restOpeners.isEmpty {
            let tokens = readings.tokens(text)
            if let first = tokens.firstIndex(where: { $0.kind == .word }), v.statusReferences.restOpeners.match(tokens, at: first) != nil,
               let claim = v.statusClaim(in: tokens), claim.value != .unknown {
                restStatus = (claim.value, line.firstLocation)
                current = nil
                return
            }
        }
        // "Tiến độ so với Kế hoạch: đang thực hiện." or "Nội dung này đến nay đã thực hiện
        // xong." on its own line right after an item whose passage ended with its paragraph:
        // the status of that item's task.
        if current == nil, let code = taskOfFollowingStatus(line) {
            absorb(text, into: code, location: line.firstLocation)
            statusLineTask = code
            return
        }
        // "↪ a.Quang TP: ok xong" under "📌 KT cân tại chợ …: 2 đợt/ 31 cân": a superior's reply
        // threaded under the item above, in a chat pasted into the report, states its status.
        // Said as a cell is ("ok xong", "ko phát sinh"): the reply is the verdict, whole.
        // The item is the line right above, read into one task (a difficulty or a request
        // the chat raised is no task's: the reply to it is none's either).
        if line.cells.count == 1, let (said, claim) = replyStatus(text),
           let code = lastAbsorbed.line == lineIndex - 1 && lastAbsorbed.codes.count == 1 ? lastAbsorbed.codes.first
                : passageStartLine == lineIndex - 1 ? current : nil {
            absorb(said, into: code, location: line.firstLocation)
            if let b = builders[code] { setStatus(claim.value, on: b, location: line.firstLocation, confidence: claim.confidence) }
            statusLineTask = code
            return
        }
        // "Câu 2. Kết quả tuyên truyền … (số tin, bài; số lớp …)?": a question of the outline
        // the unit answers; the answer below is resolved by meaning under the question's words.
        if section != .plans, line.cells.count == 1, let title = outlineQuestionTitle(text) {
            current = nil
            openHeading = (title, line.firstLocation, group, false)
            return
        }
        // A plan group heading ("1. Tuyên truyền, nâng cao nhận thức …") first: its words are
        // close to its tasks' titles.
        // A code, if any, stands near the start: look for it once.
        let leadRefs = TaskReferenceParser.references(in: text, within: 80)
        let leadRef = leadRefs.first
        // A diary's dated entry ("- Ngày 12/3/2026: …") under no task's passage, or after the
        // entry before it: the job it names by its own words.
        if section == .results || section == nil, line.cells.count == 1, leadRef == nil,
           current == nil || current == datedEntryTask, let said = datedEntryRemainder(text) {
            readDatedEntry(said, line)
            datedEntryTask = current
            return
        }
        if section == .results || section == .appendix || section == nil, line.cells.count == 1,
           leadRef == nil || leadRef!.offset > 60, let said = speechRemainder(text) {
            // A speaker's words in minutes: no task's title, the speech is the content.
            readSpeech(said, line)
            return
        }
        // "2. Kiểm định phương tiện đo tồn đọng … (chuyển tiếp KH 2025)", beside "1. … (KH 2026)":
        // an item whose heading tags it as work carried over from an earlier year's plan
        // (`figure_reading.carried_over`) is done this year but no result of this plan; its
        // lines ("- Kết quả: …", "- Tiến độ: …") are not read, to the next heading.
        if section == .results || section == nil, line.cells.count == 1 {
            let heading = line.isBold || startsWithHeadingNumber(text)
            if heading, let tag = text.closingParenthesis(trimming: " .:;"), v.figureReading.isCarriedOver(tag) {
                current = nil
                openHeading = nil
                carriedOver = true
                return
            }
            if carriedOver {
                guard heading else { return }
                carriedOver = false
            }
        }
        if section != .plans, let (code, rest) = planWordingTask(line) {
            // A task's own wording copied from the plan as its heading: the task, matched on
            // the plan's text. The heading is the plan's words, not the unit's report; what
            // follows its colon is.
            begin(code)
            // A numbered item so worded: the items marked alike after it are items of their own.
            passageItemMarker = Self.itemMarker(text)
            group = x.tasksByCode[code]?.group ?? group
            if let rest { absorb(rest, into: code, location: line.firstLocation) }
            return
        }
        if section == .results || section == .appendix || section == nil, line.cells.count == 1, let status = statusHeading(line) {
            // "1. Các nội dung đã hoàn thành:": no task; the items below are each resolved by
            // their own words and take its status unless they state one.
            current = nil
            openHeading = nil
            headingStatus = (status, line.firstLocation)
            statusHeadingLines.insert(lineIndex)
            fieldHeading = false
            return
        }
        if section == .results || section == .appendix || section == nil, line.cells.count == 1, isFieldHeading(line) {
            // "2. Lĩnh vực chất lượng sản phẩm, hàng hóa": a heading that names a field of the
            // plan's subject groups the work of several tasks; each item below is resolved by
            // its own words (a paragraph under it with no bullet or number of its own is read
            // under the heading, as under any heading of the unit's own).
            // A field is no group of the plan.
            current = nil
            group = nil
            openHeading = (stripEnumerator(text).trimmed(": "), line.firstLocation, nil, false)
            headingStatus = nil
            fieldHeading = true
            return
        }
        if let title = ordinalHeadingTitle(text) {
            current = nil
            headingStatus = nil
            fieldHeading = false
            openHeading = (title, line.firstLocation, group, false)
            return
        }
        let heading = groupHeading(line, leadRef: leadRef)
        if heading != nil { headingStatus = nil; fieldHeading = false }
        if case .some(.some(let g)) = heading {
            group = g
            current = nil
            // "1. Công tác tuyên truyền (nhiệm vụ tại điểm a khoản 1 Mục II)": a heading that
            // names one task of the plan starts that task.
            let refs = TaskReferenceParser.references(in: text)
            if refs.count == 1, let code = code(refs[0].group, refs[0].letter) {
                begin(code)
                // "2. Nhiệm vụ tại điểm c khoản 2 Mục II (…): Không phát sinh." — what follows
                // the heading's colon is the task's result.
                if let colon = Self.headingColon(in: text) {
                    let rest = String(text[text.unicodeScalars.index(after: colon)...]).trimmed()
                    if !rest.isEmpty { absorb(rest, into: code, location: line.firstLocation) }
                }
            }
            else { openHeading = (stripEnumerator(text), line.firstLocation, g, false) }
            return
        }
        // "Về công tác tuyên truyền: Ủy ban nhân dân xã đã …" — a paragraph that opens on its
        // topic with a short title before a colon: a new item, whatever passage it follows,
        // when its title names a task by meaning (or two close ones); the title is its
        // heading, the rest of the paragraph its first content. A title that names none is
        // left to the rules below (the plan's titles, a passage going on).
        // A bold heading of the unit's own whose words name no task ("Khu phố 12", "Cấp
        // phường", "Phần thứ ba. NÂNG CAO NĂNG LỰC CÁN BỘ": results grouped by place or by
        // part) ends the passage above all the same; the lines below are read by their own
        // words, as under no heading.
        // Read once per line: the rule below for a heading that names a task asks again.
        var boldHeading: (title: String, namesATask: Bool, closeCall: CloseCall?)?? = nil
        if current != nil, section != .closing, section != .plans {
            boldHeading = boldHeadingReading(line, group: group)
            if let heading = boldHeading! {
                if !heading.namesATask { current = nil }
                // Its own words alone were a close call: said to a person, whichever rule
                // below places the passage (the heading's body may tip the scores).
                else if let closeCall = heading.closeCall { resolutions.closeCalls.append(closeCall) }
            }
        }
        // "Kiểm tra⏎theo thẩm quyền | Tổ công tác xã kiểm tra …⏎Số cuộc kiểm tra: 02⏎Tiến độ:
        // Đang làm": a row of a table with no header, a short label beside the report's text,
        // is an item of its own, named by its label and read with its text alone, whatever row
        // came before it (`layout_rows.label_max_words`). A label that names no task ends the
        // passage above, and the rules below read the row. A label that opens other rows of
        // the table too ("Việc đã làm", "Tình trạng": a record's fields) is no item's name.
        var runIn: (title: String, rest: String, resolution: MeaningResolution)?
        var labelled = false
        if section == .results || section == .appendix || section == nil, table == nil, let (title, rest) = labelledRow(line) {
            let resolution = resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true)
            if case .none = resolution { current = nil } else { runIn = (title, rest, resolution); labelled = true }
        } else if section == .results || section == .appendix || section == nil, line.cells.count == 1,
           leadRef == nil || leadRef!.offset > 60, let (title, rest) = runInTopic(text) {
            let resolution = resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true)
            if case .none = resolution {
                // A new item all the same: it does not go on with the passage above.
                current = nil
            } else { runIn = (title, rest, resolution) }
        }
        if let (title, rest, resolution) = runIn {
            current = nil
            if readJointItem(title: title, rest: rest, line: line) { return }
            switch resolution {
            case .task(let code):
                begin(code)
                if labelled {
                    absorb(rest, into: code, location: line.firstLocation)
                    return
                }
                // "2) Tổ kiểm tra …: …" then "3) Phường hướng dẫn …": items marked alike after it
                // are items of their own, as after any numbered item.
                let marker = Self.itemMarker(text)
                passageItemMarker = marker
                // The first clause is the title's: the paragraph is read whole, as any passage's.
                if !rest.isEmpty {
                    if readItemClauses(line, of: code, marker: marker) { return }
                    absorb(text, into: code, location: line.firstLocation)
                }
                return
            case .ambiguous(let a, let b):
                noteAmbiguous(a, b, heading: title, quotes: numberQuotes(rest), location: line.firstLocation)
                openHeading = (title, line.firstLocation, group, true)
                return
            case .none: break
            }
        } else if let code = taskStart(line, leadRefs: leadRefs) {
            begin(code)
            passageItemMarker = Self.itemMarker(text)
        } else if let ref = leadRef, ref.offset <= 60,
                  VietText.fold(String(text.prefix(ref.offset + 12))).containsBytes("nhiem vu") {
            // "Nhiệm vụ 2.k" names a task the plan does not have.
            current = nil
            findings.append(Finding(severity: .warning, code: "task-unknown",
                message: "Báo cáo nêu nhiệm vụ “\(ref.group).\(ref.letter)” không có trong Kế hoạch; nội dung này chưa được tổng hợp.",
                source: line.firstLocation?.description))
            return
        } else if let g = heading {
            group = g
            current = nil
            // "2. Về công tác kiểm tra đo lường tại chợ": the unit's own heading; what follows is
            // resolved by meaning.
            openHeading = (stripEnumerator(text), line.firstLocation, nil, false)
            return
        } else if section == .results || section == .appendix || section == nil, looksLikeItemHeading(text),
                  current == nil || text.first?.isNumber == true || text.hasPrefix("(") || Self.partItemNumber(text)
                    || stripEnumerator(text).prefix(while: { $0 != ":" }).spaceSeparatedCount > 5 || namesPerformer(itemTitle(text).title[...]),
                  !namesPeriod(itemTitle(text).title) || current == nil && openHeading.map(\.tried) ?? true {
            // (A short label inside a task's passage — "- Kinh phí thực hiện: …", "- Đánh giá:
            // …" — is part of that passage. So is a period's bullet under a heading of the
            // unit's own that still waits for its first content — "3. Cử công chức tham dự tập
            // huấn" then "- 6 tháng đầu năm 2026: không phát sinh.": the heading names the task,
            // read with the bullet's words below.)
            // "- Khảo sát chất lượng …: Phòng đã …" starts a new item; when its title names no
            // task clearly, its figures must not run into the task above.
            current = nil
            var (title, rest) = itemTitle(text)
            // "- Phòng Quản lý thương mại: phối hợp kiểm tra …": a division's name says who did
            // the work; what it did names the task.
            if namesPerformer(title[...]), !rest.isEmpty { (title, rest) = (rest, "") }
            if readJointItem(title: title, rest: rest, line: line) { return }
            switch resolveByMeaning(heading: title, body: rest + "\n" + passageBody(after: lineIndex, titledItem: true), group: group, requireHeading: true) {
            case .task(let code): begin(code); passageItemMarker = Self.itemMarker(text)
            case .ambiguous(let a, let b):
                noteAmbiguous(a, b, heading: title, quotes: numberQuotes(text), location: line.firstLocation)
                openHeading = (title, line.firstLocation, group, true)
                return
            case .none:
                if section == nil { break }
                noteUnmatchedTask(title, line)
                openHeading = (title, line.firstLocation, group, true)
                return
            }
        } else if section == .results || section == .appendix || section == nil, let item = shortItemTask(text), item.starts(current) {
            // "- Đào tạo, tập huấn: đã cử 02 công chức …" below another task's item, "- Về tuyên
            // truyền: …" under a heading of the unit's own: a short title that names a task
            // starts it; the line is its first content. Two close candidates, neither the task
            // above, end the passage above and are named to a person.
            switch item {
            case .task(let code): begin(code); passageItemMarker = Self.itemMarker(text)
            case .ambiguous(let a, let b):
                current = nil
                noteAmbiguous(a, b, heading: text, quotes: numberQuotes(text), location: line.firstLocation)
                openHeading = (text, line.firstLocation, group, true)
                return
            case .none: break
            }
        } else if section != .closing, section != .plans, isNumberedPoint(text) {
            // "1.2. Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường": a point
            // of the unit's own numbering; what follows is resolved by meaning.
            current = nil
            openHeading = (stripEnumerator(text), line.firstLocation, group, false)
            return
        } else if section != .closing, section != .plans, isSubheading(line) {
            // "Về áp dụng hệ thống quản lý chất lượng tại cơ quan:" in bold: a heading of the
            // unit's own that names no task clearly ends the passage above; what follows is
            // resolved by meaning.
            current = nil
            openHeading = (String(stripEnumerator(text).dropLast()), line.firstLocation, group, false)
            return
        } else if section != .closing, section != .plans, let (title, names, closeCall) = boldHeading ?? boldHeadingReading(line, group: group), names {
            // "❖ Phổ biến, tập huấn" in bold with no colon: a heading of the unit's own that
            // names a task ends the passage above; what follows is resolved by meaning under it.
            // Taken by its own words alone: a close call there is said to a person (once).
            if boldHeading == nil, let closeCall { resolutions.closeCalls.append(closeCall) }
            current = nil
            openHeading = (title, line.firstLocation, group, false)
            return
        } else if section == .results || section == .appendix || section == nil && !citesThePlan(text), line.cells.count == 1,
                  headingStatus == nil, !fieldHeading, let (title, rest) = runInTitle(text),
                  current != nil || openHeading.map({ h in
                      if h.tried { return true }
                      if case .none = judgeByMeaning(heading: h.text, body: "", group: h.group, requireHeading: true).0 { return true }
                      return false
                  }) ?? true,
                  current == nil || Self.itemMarker(text) != nil || line.listLabel != nil
                    || title.spaceSeparatedCount >= 4 && rest.first?.isNumber != true,
                  case let resolution = resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true),
                  resolution.starts(current) {
            if readJointItem(title: title, rest: rest, line: line) { return }
            // "Tuyên truyền — đăng 15 tin, bài …", "Phản ánh, tố giác. Trong kỳ không phát sinh
            // …", "2) Hỗ trợ áp dụng hệ thống quản lý. Hướng dẫn 34 doanh nghiệp …": a paragraph
            // that opens with a short title of the unit's own names its task by that title,
            // whatever passage it follows (inside a passage: a marked item, or a title of a few
            // words before words that are not a figure — "Xử lý vi phạm: 03 cơ sở" is the
            // passage's own). The paragraph is the item's content. Right under a heading of the
            // unit's own that names a task, not yet resolved, the heading names the task ("2.2.
            // Lấy mẫu … – đang triển khai" over "Lấy mẫu phân tích …, gồm: 260 mẫu …"); under
            // one that names none ("1. Kết quả thực hiện") the title does.
            switch resolution {
            case .task(let code):
                begin(code)
                let marker = Self.itemMarker(text)
                passageItemMarker = marker
                if readItemClauses(line, of: code, marker: marker) { return }
                absorb(text, into: code, location: line.firstLocation)
                // An item with no number or bullet of its own is its paragraph: the next
                // paragraph is read afresh, not as more of it.
                if passageItemMarker == nil, line.listLabel == nil { current = nil }
                return
            case .ambiguous(let a, let b):
                current = nil
                noteAmbiguous(a, b, heading: title, quotes: numberQuotes(rest), location: line.firstLocation)
                openHeading = (title, line.firstLocation, group, true)
                return
            case .none: break
            }
        }
        // A plain paragraph among others that each name their own task: an item of its own.
        if section != .plans, section != .closing, readParagraphItem(line) { return }
        if headingStatus != nil || fieldHeading, section != .plans, section != .closing, let marker = Self.itemMarker(text),
           current == nil || marker == passageItemMarker,
           // "* Tình hình: đã xong." under the item above: its status, no item of its own.
           case let (title, rest) = itemTitle(text), current == nil || !isPassageLabel(title: title, rest: rest) {
            // An item under a heading that groups items by status: resolved by its own words.
            switch resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true) {
            case .task(let code):
                if code != current { begin(code) }
                passageItemMarker = marker
            case .ambiguous(let a, let b):
                current = nil
                noteAmbiguous(a, b, heading: title, quotes: numberQuotes(text), location: line.firstLocation)
                return
            case .none: current = nil
            }
        }
        if current == nil, var h = openHeading, !h.tried, section != .plans, section != .closing {
            // The first content under a heading of the unit's own: the heading's words, the
            // body's words and the kinds of its figures say which task it is.
            h.tried = true
            openHeading = h
            switch resolveByMeaning(heading: h.text, body: text + "\n" + passageBody(after: lineIndex, titledItem: true), group: h.group, requireHeading: true) {
            case .task(let heading):
                // "1° – Tuyên truyền và bồi dưỡng công chức" over "· Phường đăng 15 tin …" and
                // "· Cử 02 công chức dự lớp …": under a heading that joins two works, each
                // bullet is the task its own words name among those the heading's words name.
                let joint = isJointHeading(h.text)
                var code = heading
                if joint {
                    let named = rankByMeaning(heading: h.text, body: "", group: h.group, requireHeading: true).prefix(2).map(\.code)
                    if let own = jointHeadingItem(heading: h.text, text: text, group: h.group, between: named) { code = own }
                }
                begin(code)
                // "2.3. Góp ý dự thảo quy chuẩn … – đã hoàn thành": the heading ends with its
                // item's status.
                if let claim = v.headingTailStatus(Tokenizer.tokenize(h.text)), let b = builders[code] {
                    setStatus(claim.value, on: b, location: h.location, confidence: claim.confidence)
                }
                // "3. Kiểm tra …" then "3.1. Tổ chức 09 cuộc kiểm tra …", "3.2. Lấy 52 mẫu …":
                // the points numbered under the heading are items of their own, each resolved
                // again when its words name another task (bullets under it are the heading's).
                if let marker = Self.itemMarker(text), marker.hasPrefix("1.1.") { passageItemMarker = marker }
                // "2. Tập huấn, hội nghị" then "+ Phối hợp mở hội nghị phổ biến …", "+ Xã cử
                // hai công chức đi dự lớp tập huấn …": a bullet below whose words name another
                // task, and not the heading's, is that task's item.
                else if let marker = Self.itemMarker(text), Self.isBullet(marker) {
                    passageItemMarker = marker
                    bulletsUnderHeading = !joint
                    bulletsUnderJointHeading = joint
                }
                // "2. Phường đang hướng dẫn …" then "3. Phường phối hợp Chi cục lấy 4 mẫu …": the
                // items numbered under it alike, each resolved again when its own words name
                // another task and not the heading's.
                else if let marker = Self.itemMarker(text), marker == "1." || marker == "1)" || marker == "1/" {
                    passageItemMarker = marker
                    bulletsUnderHeading = true
                }
            case .ambiguous(let a, let b):
                // "1° – Về tuyên truyền và bồi dưỡng cán bộ" then "· Phường đã cho phát 14 tin
                // …", "· Cử 04 công chức dự lớp …": a heading that joins two topics (`clauses.
                // joint_titles`) stands over one item of each; a bullet whose own words name one
                // of the two tasks is that task's, and each bullet after it is resolved again.
                if let code = jointHeadingItem(heading: h.text, text: text, group: h.group, between: [a.code, b.code]),
                   let marker = Self.itemMarker(text) {
                    begin(code)
                    passageItemMarker = marker
                    bulletsUnderJointHeading = true
                    break
                }
                noteAmbiguous(a, b, heading: h.text, quotes: numberQuotes(text), location: h.location)
                return
            case .none:
                // The heading names no task ("I. KẾT QUẢ"): its first passage may report several
                // tasks clause by clause; else it is quoted under the heading.
                if !numberQuotes(text).isEmpty {
                    if section != .plans, readClauses(line) { return }
                    noteUnmatchedTask(h.text, line)
                    return
                }
            }
        }
        if let code = current, let marker = passageItemMarker, passageStartLine != lineIndex, section != .plans, Self.itemMarker(text) == marker {
            // "4. Cử 02 công chức tham gia lớp tập huấn …" after "3. Kiểm tra theo nội dung
            // phân quyền: …": an item marked like the one that began the passage is an item of
            // its own; when its words name another task, it is that task's.
            let (title, rest) = itemTitle(text)
            let underHeading = bulletsUnderHeading
            // "· Tin, bài giới thiệu: 07" under "2- Vận động doanh nghiệp tham dự Giải thưởng …":
            // a bullet that only labels a number is a figure of the heading's task, never a task.
            let underJointHeading = bulletsUnderJointHeading
            let onlyLabelsANumber = (underHeading || underJointHeading) && Self.labelsOnlyANumber(rest)
            switch onlyLabelsANumber ? MeaningResolution.none : resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true) {
            case .task(let other) where other != code
                && !(underHeading && rankByMeaning(heading: title, body: rest, group: group, requireHeading: true).contains { $0.code == code }):
                begin(other)
                passageItemMarker = marker
                bulletsUnderHeading = underHeading
                bulletsUnderJointHeading = underJointHeading
            case .ambiguous(let a, let b) where a.code != code && b.code != code
                && !(underHeading && rankByMeaning(heading: title, body: rest, group: group, requireHeading: true).contains { $0.code == code }):
                current = nil
                noteAmbiguous(a, b, heading: title, quotes: numberQuotes(text), location: line.firstLocation)
                openHeading = (title, line.firstLocation, group, true)
                return
            default: break
            }
        }
        guard let code = current else {
            if section == nil || section == .results || section == .appendix {
                // A narrative paragraph with no heading of its own: its clauses may each name
                // a task ("…; đồng thời …"). The opening that cites the plan names none.
                if !(section == nil && citesThePlan(text)), readClauses(line) { return }
                // "UBND phường báo cáo kết quả thực hiện Kế hoạch … theo Biểu đính kèm. Trong năm,
                // phường đã …": the sentences after the opening's are read.
                if section == nil, citesThePlan(text), let rest = afterOpening(text) {
                    var body = line
                    body.cells = [Line.Cell(column: line.cells[0].column, span: 1, text: rest, value: nil,
                                            location: line.cells[0].location, continued: false)]
                    if readClauses(body) { return }
                }
                // A letter's opening that cites the request, then reports after its lead-in
                // ("Phúc đáp Công văn số … , Phòng … báo cáo như sau: đối với việc …"): what
                // follows the lead-in's colon is read as a paragraph of its own.
                if section == nil, citesThePlan(text), let rest = leadInRemainder(text) {
                    var body = line
                    body.cells = [Line.Cell(column: line.cells[0].column, span: 1, text: rest, value: nil,
                                            location: line.cells[0].location, continued: false)]
                    if readClauses(body) { return }
                }
                noteUnplacedFigures(text, line)
            }
            return
        }
        // Inside a task's passage, a clause that opens "đồng thời …" or a sentence "Về …" may
        // report another task.
        if section != .plans, readClauses(line) { return }
        absorb(text, into: code, location: line.firstLocation)
    }

    /// The task a line that only states a status is said of, when it stands right after a line
    /// read into that one task's passage (and the passage ended there): a line of at most
    /// `status_references.follow_words` words, no figures, that opens with a status label
    /// ("Tiến độ so với Kế hoạch: đang thực hiện, dự kiến …"), or with words that refer back
    /// to the work (`status_leads`: "Nội dung này đến nay vẫn đang triển khai.") and then its
    /// status. A label's status no rule reads is the task's to quote; a line whose words after
    /// the leads are not the status ("Nhiệm vụ phối hợp với APO: không phát sinh") names a
    /// task of its own and is not taken.
    func taskOfFollowingStatus(_ line: Line) -> String? {
        guard section == nil || section == .results || section == .appendix, line.cells.count == 1,
              lineIndex > 0, lastAbsorbed.line == lineIndex - 1, lastAbsorbed.codes.count == 1,
              let code = lastAbsorbed.codes.first, lines[lineIndex - 1].container == line.container,
              line.text.spaceSeparatedCount <= v.statusReferences.followWords else { return nil }
        // "C. Các việc chưa làm" after the last item of "B. Các việc còn đang làm": a numbered
        // heading grouping the items below by status, not the verdict on the item above.
        if stripEnumerator(line.text).utf8.count < line.text.utf8.count,
           v.groupingStatus(readings.tokens(stripEnumerator(line.text).trimmed(": "))) != nil { return nil }
        let tokens = readings.tokens(line.text)
        guard var k = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        var labelled = false, referred = false
        if let label = v.statusLabels.match(tokens, at: k) {
            labelled = true
            k = v.afterLabelDate(tokens, at: label.end)
        } else {
            // A short subject before words that refer back to the item ("Phường xác định việc
            // này đã làm xong.", "Xã đánh giá việc này: còn tiếp tục.").
            let r = v.statusReferences
            if v.statusLeads.match(tokens, at: k) == nil, !r.backReferences.isEmpty {
                var j = k, words = 0
                while j < tokens.count, words < v.statusReading.subjectWords, tokens[j].kind == .word, r.backReferences.match(tokens, at: j) == nil {
                    words += 1; j += 1
                }
                if j < tokens.count, r.backReferences.match(tokens, at: j) != nil { k = j }
            }
            referred = r.backReferences.match(tokens, at: k) != nil
            // (A lead that begins a status of its own, "vẫn đang triển khai", is the status.)
            while k < tokens.count, v.statusOrAssessment(tokens, at: k) == nil, let lead = v.statusLeads.match(tokens, at: k) { k = lead.end }
        }
        while k < tokens.count, tokens[k].kind == .punct { k += 1 }
        guard k < tokens.count, k > 0 else { return nil }
        let numbers = readings.numbers(line.text, v)
        guard numbers.found.isEmpty, numbers.unplaced.isEmpty else { return nil }
        let stated = v.statusOrUnrecognized(in: tokens)
        // After a label the line is the item's verdict, whatever it names first ("Nhận định:
        // Sở đã hoàn thành toàn bộ các lượt góp ý …", "Nhận định: việc duy trì … đã hoàn thành.").
        if let claim = stated.claim {
            if claim.start == k || labelled { return code }
            // After the words that refer back, the subject again, then the status ("Việc này
            // phường vẫn đang làm, …").
            guard referred, claim.start > k else { return nil }
            var j = k, words = 0
            while j < claim.start, tokens[j].kind == .word, v.statusLeads.match(tokens, at: j) == nil { words += 1; j += 1 }
            while j < claim.start, v.statusOrAssessment(tokens, at: j) == nil, let lead = v.statusLeads.match(tokens, at: j) { j = lead.end }
            return j == claim.start && words <= v.statusReading.subjectWords ? code : nil
        }
        return labelled && stated.unrecognized != nil ? code : nil
    }

    /// What a reply threaded under an item says (`status_references.reply_marks`): the words
    /// after the reply mark and the replier's name, when they state a status and no figure.
    func replyStatus(_ text: String) -> (said: String, claim: StatusClaim)? {
        let r = v.statusReferences
        // (Every line is asked: one opening with a letter or a digit is no reply.)
        guard !r.replyMarks.isEmpty, let first = text.first, !first.isLetter, !first.isNumber,
              let mark = r.replyMarks.first(where: { text.hasPrefix($0) }) else { return nil }
        let rest = String(text.dropFirst(mark.count))
        guard let colon = rest.firstIndex(of: ":"), rest[..<colon].spaceSeparatedCount <= r.replyLabelWords else { return nil }
        let said = rest[rest.index(after: colon)...].trimmed()
        guard !said.isEmpty, said.spaceSeparatedCount <= r.followWords else { return nil }
        let numbers = readings.numbers(said, v)
        guard numbers.found.isEmpty, numbers.unplaced.isEmpty, let claim = v.cellStatusClaim(said) else { return nil }
        return (said, claim)
    }

    /// A row of a table's column headers: three cells or more, none of them a number.
    func isColumnHeaderRow(_ line: Line) -> Bool {
        line.container != .body && line.cells.count >= 3
            && !line.cells.contains { $0.value != nil || Double($0.text.trimmed(" .")) != nil }
    }

    /// A row of at least two label-and-figure pairs in turn, or one after a lead cell that
    /// ends with an arrow or a colon ("Số liệu →", "Kết quả:"): its pairs as fields, "Cuộc KT:
    /// 6; Cơ sở: 38" (the lead says only that figures follow); nil for any other row. A label
    /// has letters and no digit; a figure is a number cell or a number typed alone.
    static func alternatingFields(_ line: Line) -> String? {
        let cells = line.cells.filter { !$0.continued && !$0.text.trimmed().isEmpty }
        guard cells.count >= 3, cells.count == line.cells.count else { return nil }
        let start = cells.count % 2
        if cells.count == 3, let mark = cells[0].text.trimmed().last, mark != "→" && mark != ":" { return nil }
        func isFigure(_ c: Line.Cell) -> Bool {
            if case .number? = c.value { return true }
            let t = c.text.trimmed()
            return !t.isEmpty && t.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
        }
        func isLabel(_ c: Line.Cell) -> Bool {
            c.text.contains(where: \.isLetter) && !c.text.contains(where: \.isNumber) && c.text.split(separator: " ").count <= 6
        }
        if start == 1, !isLabel(cells[0]) { return nil }
        var fields: [String] = []
        var k = start
        while k + 1 < cells.count {
            guard isLabel(cells[k]), isFigure(cells[k + 1]) else { return nil }
            fields.append(cells[k].text.trimmed(" :→-–") + ": " + cells[k + 1].text.trimmed())
            k += 2
        }
        return fields.joined(separator: "; ")
    }

    /// A body line "label ⇥ value" ("Số cuộc kiểm tra ⇥ 02 cuộc", a dotted tab leader to the
    /// figure): a field of its passage, never a table's header.
    func isFieldPair(_ line: Line) -> Bool {
        guard case .body = line.container, line.cells.count == 2 else { return false }
        return line.cells[1].text.first?.isNumber == true && !line.cells[0].text.contains(where: \.isNumber)
    }

    /// A body line of an item and, after a tab, a status alone ("a) Phối hợp kết nối …
    /// ……… Đang làm"): the status's claim.
    func trailingStatusClaim(_ line: Line) -> StatusClaim? {
        guard case .body = line.container, line.cells.count == 2, let last = line.cells.last,
              last.text.spaceSeparatedCount <= 6, line.cells[0].text.spaceSeparatedCount >= 3,
              numberQuotes(last.text).isEmpty, let claim = v.cellStatusClaim(last.text),
              claim.end >= Tokenizer.tokenize(last.text).count - 1 else { return nil }
        return claim
    }

    /// The text of the lines after `index` that continue its passage: up to the next heading
    /// (numbered, lettered, roman, bold and short, or a section heading), at most 25 lines,
    /// in the same table or body.
    /// `titledItem`: the line opens an item of its own (a titled item, the first content under
    /// a heading): a line after it marked alike and titled as an item ("- Công tác tuyên truyền
    /// …: …" then "- Kiểm định cân …: …") is its sibling, not its body.
    func passageBody(after index: Int, titledItem: Bool = false) -> String {
        guard index + 1 < lines.count else { return "" }
        let container = lines[index].container
        let marker = titledItem ? Self.itemMarker(lines[index].text) : nil
        var out: [String] = []
        for line in lines[(index + 1)...].prefix(15) {
            if line.container != container { break }
            let t = line.text
            // (Parts of one work titled alike — "- Tổ kiểm tra số 1 (đo lường): …", "- Tổ kiểm
            // tra số 2 (…): …" — are read together.)
            if let marker, Self.itemMarker(t) == marker, looksLikeItemHeading(t), !opensAlike(t, lines[index].text) { break }
            if line.isBold && t.spaceSeparatedCount <= 30 { break }
            if line.listLabel != nil, let l = line.listLabel, l.first?.isNumber == true || l.count <= 3 && l.hasSuffix(")") { break }
            if startsWithHeadingNumber(t) { break }
            // The next question of an outline the unit answers.
            if outlineQuestionTitle(t) != nil { break }
            // A section heading starts with a section word: test that before the full rule.
            if v.sectionFirstWords.contains(firstFoldedWord(stripEnumerator(t))), sectionHeading(line) != nil { break }
            out.append(t)
        }
        return out.joined(separator: "\n")
    }

    /// Whether two items' titles open with the same two words ("Tổ kiểm tra số 1 …", "Tổ kiểm
    /// tra số 2 …"), their markers set aside.
    func opensAlike(_ a: String, _ b: String) -> Bool {
        func head(_ t: String) -> [Substring] { VietText.fold(stripEnumerator(t)).split(separator: " ").prefix(2).map { $0 } }
        let (x, y) = (head(a), head(b))
        return x.count == 2 && x == y
    }

    /// A short line numbered on several levels ("1.2.", "2.1)") with no figures: a heading.
    func isNumberedPoint(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber, text.spaceSeparatedCount <= 25 else { return false }
        let head = text.prefix(8)
        guard let space = head.firstIndex(of: " ") else { return false }
        let number = head[..<space]
        guard number.filter({ $0 == "." }).count >= 1, number.dropLast().contains("."),
              number.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }) else { return false }
        if numberQuotes(text).isEmpty { return true }
        // "1.1 Công tác kiểm tra" with no full stop after its number: the figure reader reads
        // "1.1" as a number; the words after it, opening with a capital ("1,5 tỷ đồng" is a
        // sum, never a point), are what must hold no figure.
        let rest = text[text.index(text.startIndex, offsetBy: number.count)...].trimmed()
        guard !number.hasSuffix("."), !number.hasSuffix(")"), rest.first?.isUppercase == true else { return false }
        return numberQuotes(rest).isEmpty
    }

    /// "1.", "2)", "IV.", "a)", "b." at the start: the shape of a heading's number.
    func startsWithHeadingNumber(_ text: String) -> Bool {
        let head = text.prefix(6)
        guard let end = head.firstIndex(where: { $0 == "." || $0 == ")" }) else { return false }
        let n = head[..<end].trimmed("( ")
        guard !n.isEmpty else { return false }
        if n.allSatisfy(\.isNumber) || romanValue(n) != nil { return true }
        return n.count == 1 && TaskReferenceParser.letters.contains(n.lowercased())
    }

    /// Every number of a text quoted with its words.
    func numberQuotes(_ text: String) -> [String] {
        let n = readings.numbers(text, v)
        return n.found.map(\.phrase) + n.unplaced.map(\.phrase) + n.unread.map(\.phrase)
    }

    /// A line that begins a task: an explicit code near its start ("Nhiệm vụ II.1.a:", "Thực
    /// hiện nhiệm vụ 1.a", "điểm d khoản 2 Mục II"), a plan-numbered item "a) …" under a group
    /// heading, or a short heading that names a task by its title.
    func taskStart(_ line: Line, leadRefs: [TaskReference]) -> String? {
        let text = line.text
        let leadRef = leadRefs.first
        if let ref = leadRef, ref.offset <= 60 {
            if let code = code(ref.group, ref.letter) { return code }
        }
        // A heading that names its task at its end: "2. Kiểm tra chất lượng … (điểm a khoản 5
        // Mục II)", "Về nhiệm vụ phối hợp kiểm tra (nhiệm vụ 5.c):". One reference, no figures.
        let wordCount = text.spaceSeparatedCount
        if wordCount <= 40, line.isBold || wordCount <= 30 || text.hasSuffix(":") || text.hasSuffix(")") {
            // The references found within the first 80 characters are all there are in a
            // line that short.
            let refs = text.utf8.count <= 80 ? leadRefs : TaskReferenceParser.references(in: text)
            if refs.count == 1, let code = code(refs[0].group, refs[0].letter),
               readings.numbers(text, v).found.isEmpty {
                return code
            }
        }
        // "– Phổ biến, hướng dẫn 37 doanh nghiệp …; đăng 09 tin, bài … (mục 1b – đã hoàn
        // thành).": an item that closes by citing its one task of the plan in brackets names
        // that task, figures and all.
        if line.cells.count == 1, let code = closingReference(text) { return code }
        // "a) Tổ chức …" or an automatic list label "a)".
        var letter: String?
        var title = text
        if let label = line.listLabel, let l = label.lowercased().first, label.count <= 3, TaskReferenceParser.letters.contains(String(l)) {
            letter = String(l)
        } else if !text.dropFirst(3).isEmpty {
            let chars = Array(text.prefix(3))
            // "a/ " (its space: "đ/c" is "đồng chí") only on a heading of its own, a bold or short
            // line with no figures over its passage ("a/ Tuyên truyền, phổ biến quy định …"):
            // "a/ Số cuộc kiểm tra: 02 cuộc", "a/ Lấy 64 mẫu …" are parts of the item above.
            let slashHeading = chars[1] == "/" && chars[2] == " " && (line.isBold || wordCount <= 20)
                && readings.numbers(text, v).found.isEmpty
            if chars[0].isLetter, chars[1] == ")" || (chars[1] == "." && chars[2] == " ") || slashHeading,
               TaskReferenceParser.letters.contains(String(chars[0]).lowercased()) {
                letter = String(chars[0]).lowercased()
                title = String(text.dropFirst(2))
            }
        }
        if let letter {
            let titlePart = String(title.prefix(while: { $0 != ":" }).prefix(300))
            // "1.2. Vận động … ⏎ a) Nội dung đã làm: … ⏎ b) Tình trạng: …": letters of the item's
            // own fields under its heading (`clauses.field_titles`, `status_labels`) go on with it.
            if current != nil, titlePart.count < title.count, isFieldTitle(titlePart) { return nil }
            if let g = group, let code = code(g, letter) {
                // The unit's own lettering of one task's activities ("1. Tuyên truyền …" over
                // "a) Phát 24 tin …", "b) Lồng ghép nội dung tuyên truyền …"): a letter after the
                // first whose words name, by meaning, the task the item above opened goes on
                // with that task, whatever the plan's task of that letter.
                if let cur = current, cur != code, x.tasksByCode[cur]?.group == g,
                   case .task(let named) = judgeByMeaning(heading: titlePart, body: "", group: g).0, named == cur {
                    return cur
                }
                let ranked = x.titles.rank(titlePart, group: g)
                let own = ranked.first(where: { $0.code == code })?.score ?? 0
                // The unit's own lettering under the plan's group heading ("2. … ⏎ b) Phối hợp
                // đề xuất cải tiến Hệ thống thông tin giải quyết TTHC" is the plan's 2.h): the
                // letter stands when its task's title is not far behind the best one's.
                if let top = ranked.first, top.code == code || own >= 0.12 && own >= top.score * x.profiles.weights.letterTitleShare {
                    return code
                }
            }
            // The unit's own lettering ("a) Về tuyên truyền, phổ biến pháp luật: …"): by meaning,
            // the item's words after its title and the lines below as its body.
            let rest = title.count > titlePart.count ? String(title.dropFirst(titlePart.count + 1)) : ""
            if case .task(let c) = resolveByMeaning(heading: titlePart, body: rest + "\n" + passageBody(after: lineIndex, titledItem: true), group: group, requireHeading: true) {
                return c
            }
            return x.titles.best(titlePart, threshold: 0.45)
        }
        // A heading-like line (bold, short, or ending with ":") naming a task by title, or a
        // "title: result" paragraph ("1.1. Tổ chức các lớp tập huấn …: Ủy ban nhân dân …").
        // Only where results are reported: titles and headers above them are not tasks.
        // A report with no results heading at all starts its items right after the opening:
        // there, a bold or colon-ended heading may name a task too — not the title or the
        // opening sentence, which cite the report, the plan or the directive.
        guard section == .results || section == .appendix || section == nil && (line.isBold || text.hasSuffix(":")) && !citesThePlan(text)
        else { return nil }
        let words = text.spaceSeparatedCount
        let body = stripEnumerator(text)
        // "- Số lớp/buổi tuyên truyền, tập huấn: " — a form's field, filled or not, is no heading.
        if let colon = Self.headingColon(in: body), isFieldLine(title: String(body[..<colon]), rest: String(body[body.unicodeScalars.index(after: colon)...])) { return nil }
        // "- Mức độ so với Kế hoạch năm 2026: hoàn thành.", "Từ tháng 01 đến tháng 11/2026:
        // phường đã đăng …" inside a task's passage: a status label (and what it is measured
        // against) before the status it states, or a period, is no task's title, whatever
        // words of the plan it shares.
        if current != nil, let colon = Self.headingColon(in: body), isPassageLabel(title: String(body[..<colon]), rest: String(body[body.unicodeScalars.index(after: colon)...])) { return nil }
        // "c/ Xử lý vi phạm: 03 cơ sở vi phạm, phạt tiền …" inside a task's passage: a short
        // label before the passage's own figures, not a task named by its title.
        if current != nil, !startsWithHeadingNumber(text), text.first?.isNumber != true,
           let colon = Self.headingColon(in: body), body[..<colon].spaceSeparatedCount <= 5,
           !numberQuotes(String(body[colon...])).isEmpty { return nil }
        if words <= 60, line.isBold || text.hasSuffix(":") || words <= 30 {
            let titlePart = String(body[..<(body.unicodeScalars.firstIndex(of: ":") ?? body.endIndex)])
            if let best = x.titles.best(titlePart, group: group, threshold: 0.5) {
                // The title matcher's pick stands unless the task profiles, reading the heading
                // and its passage, clearly name another task.
                if case .task(let c) = resolveByMeaning(heading: titlePart, body: passageBody(after: lineIndex, titledItem: true), group: group, requireHeading: true) { return c }
                return best
            }
        }
        if let colon = Self.headingColon(in: body), body.unicodeScalars.distance(from: body.startIndex, to: colon) <= 400 {
            let titlePart = String(body[..<colon])
            if titlePart.spaceSeparatedCount >= 4, let best = x.titles.best(titlePart, group: group, threshold: 0.45) {
                let rest = String(body[body.unicodeScalars.index(after: colon)...])
                if case .task(let c) = resolveByMeaning(heading: titlePart, body: rest + "\n" + passageBody(after: lineIndex, titledItem: true), group: group, requireHeading: true) { return c }
                return best
            }
        }
        return nil
    }

    /// A line that is a task's own wording in the plan, copied whole or shortened ("…"),
    /// perhaps with its reference appended ("(điểm a khoản 5 Mục II Kế hoạch)"): the plan-text
    /// recogniser. It claims the task only on a strong match of the plan's text — a long
    /// stretch of one task's words, far ahead of the next task — never on keywords alone;
    /// a reference the line itself gives wins. Lines that report (figures, a label before a
    /// colon) are content, not headings.
    func planWordingTask(_ line: Line) -> (code: String, rest: String?)? {
        let text = line.text
        let words = text.spaceSeparatedCount
        // A long stretch of the plan's words; a line that names its task by code ("Nhiệm vụ
        // 2.c: …") or by the plan's lettering ("b) …") is read by those.
        guard words >= 10, words <= 160, line.cells.count <= 2 else { return nil }
        // "Căn cứ Quyết định số … về ban hành Kế hoạch …": a line that cites its basis quotes
        // another document, whose words may be close to a task's (`citing_openings`).
        let folded = VietText.fold(String(stripEnumerator(text).prefix(40)))
        if v.citingOpenings.contains(where: { folded.hasPrefix($0 + " ") }) { return nil }
        if let ref = TaskReferenceParser.references(in: text, within: 80).first, ref.offset <= 60 { return nil }
        if let label = line.listLabel, label.count <= 3, label.first?.isLetter == true { return nil }
        if let f = text.unicodeScalars.first, ScalarClass.isAlphabetic(f), text.unicodeScalars.dropFirst().first.map({ $0 == ")" || $0 == "." }) == true { return nil }
        var body = stripEnumerator(text)
        var rest: String?
        // "- Kết quả: …", "Nhiệm vụ 2: …": a label and what follows is content, except a
        // label that quotes the task (`plan_wording_labels`: "Nhiệm vụ …:", "Yêu cầu: «…»").
        // After a long title, the colon ends the title: "1.1. <the plan's words>: Ủy ban nhân
        // dân phường đã …".
        if let colon = Self.headingColon(in: body) {
            let after = String(body[body.unicodeScalars.index(after: colon)...]).trimmed()
            if body.unicodeScalars.distance(from: body.startIndex, to: colon) < 40 {
                let label = VietText.fold(String(body[..<colon]))
                guard v.planWordingLabels.contains(where: { label.hasPrefix($0) }) else { return nil }
                body = after
            } else {
                body = String(body[..<colon])
                rest = after.isEmpty ? nil : after
            }
        }
        // A short heading ("Về truy xuất nguồn gốc sản phẩm, hàng hóa") is the unit's own
        // words, resolved by meaning; the plan's wording is a long stretch.
        guard body.spaceSeparatedCount >= 12 else { return nil }
        // Folded once for both rankings when the line is within the prefix ranked.
        let bodyWords = TitleMatcher.significantWords(body)
        let ranked = body.utf8.count <= 700 ? x.titles.rankWithShared(words: bodyWords) : x.titles.rankWithShared(String(body.prefix(700)))
        guard let top = ranked.first, top.score >= x.profiles.weights.planWording, top.keywords >= 4 else { return nil }
        if ranked.count > 1, top.score - ranked[1].score < x.profiles.weights.planWordingMargin { return nil }
        // A plan group's own heading ("1. Tuyên truyền, nâng cao nhận thức …", "5. Công tác
        // kiểm tra, giám sát về …") is its group's wording, not a task's. (The task matcher
        // counts group words too, so its score is no bound here.)
        if let g = x.groupTitles.rank(words: bodyWords).first, g.score >= min(top.score, x.profiles.weights.planWording) { return nil }
        // The plan's text holds no results: a line with figures in it is a report. (Read last:
        // few lines get this far, and reading figures costs more than ranking titles.)
        let numbers = readings.numbers(body, v)
        guard numbers.found.isEmpty, numbers.unplaced.isEmpty else { return nil }
        let refs = TaskReferenceParser.references(in: body, within: body.count)
        if refs.count == 1, let code = code(refs[0].group, refs[0].letter) { return (code, rest) }
        // A title before its colon, short of a word-for-word copy (`confident_title`), may share
        // a long stretch of one task's text only through the plan's common subject: "3.2. Kiểm
        // tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa: …" shares "kiểm tra nhà nước
        // về chất lượng sản phẩm, hàng hóa" with II.2.h (registering the import inspection
        // online) and uses none of that task's own words (task_profiles.yaml): it names the
        // inspection itself. When the task profiles, reading the title and what it reports,
        // clearly name another task the title itself speaks of, that task is the title's, as for
        // a heading matched on its title (`taskStart`). A line with no colon mixes its title
        // with what it reports, and a title with the task's own words is the task's: both keep
        // the plan's wording. A bold title alone on its line ("8. Kiểm tra nhà nước về đo
        // lường, chất lượng sản phẩm, hàng hóa" over "Kết quả: …", "Số liệu: …") is such a
        // title too, its passage below it, when the plan's text of the task it names is also
        // near (`letter_title_share` of the top's score): "Phối hợp hoàn thiện hệ thống giải
        // quyết thủ tục hành chính" is II.2.h's own wording, whatever the profiles read in it.
        let boldTitle = rest == nil && line.isBold && body.spaceSeparatedCount <= 25
        if rest != nil || boldTitle, top.score < x.profiles.weights.confidentTitle, x.profiles.phraseScores(body)[top.code] == nil {
            let after = (rest.map { $0 + "\n" } ?? "") + passageBody(after: lineIndex, titledItem: true)
            if case (.task(let c), _) = judgeByMeaning(heading: body, body: after, group: group, requireHeading: true), c != top.code,
               !boldTitle || (ranked.first(where: { $0.code == c })?.score ?? 0) >= top.score * x.profiles.weights.letterTitleShare {
                return (c, rest)
            }
        }
        return (top.code, rest)
    }

    /// "2. Phối hợp kiểm tra … và cử cán bộ dự tập huấn: phối hợp kiểm tra 06 cuộc, 41 cơ sở
    /// …; cử 02 cán bộ dự 01 lớp tập huấn …": an item whose title joins two works (`clauses.
    /// joint_titles`), each side naming a task of its own, and whose content gives each its own
    /// part, the parts parted by ";". Each part is the task its own words rank first of the
    /// two, and the parts name both; else the item is read as before. A joint total before a
    /// breakdown's words ("tổng cộng 03 lớp, trong đó: …", `figure_reading.breakdowns`) is
    /// neither task's: the parts after it are read.
    mutating func readJointItem(title: String, rest: String, line: Line) -> Bool {
        guard isJointHeading(title), FoundationSearchFilter.foundationContains(";", in: rest) else { return false }
        var parts = rest.partsOutsideBrackets(";").map { $0.trimmed(" .,") }.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.count <= 4 else { return false }
        let tokens = readings.tokens(parts[0])
        for k in tokens.indices {
            guard let m = v.figureReading.breakdowns.match(tokens, at: k), m.end + 1 < tokens.count, tokens[m.end].raw == ":" else { continue }
            parts[0] = Vocabulary.span(tokens, m.end + 1, tokens.count)
            break
        }
        // The two works: each side of the joining word names a task of its own ("Phối hợp kiểm
        // tra theo nội dung phân quyền | cử cán bộ dự tập huấn"); "Phối hợp kiểm tra và xử lý
        // vi phạm" names one work twice.
        let titleTokens = readings.tokens(title)
        var named: [String] = []
        for k in titleTokens.indices.dropFirst() where titleTokens[k].kind == .word && v.jointTitles.contains(titleTokens[k].folded) && k + 1 < titleTokens.count {
            let sides = [Vocabulary.span(titleTokens, 0, k), Vocabulary.span(titleTokens, k + 1, titleTokens.count)]
            let tops = sides.compactMap { rankByMeaning(heading: $0, body: "", group: group, requireHeading: true).first.flatMap { $0.score > 0 ? $0.code : nil } }
            if tops.count == 2, tops[0] != tops[1] { named = tops; break }
        }
        guard named.count == 2 else { return false }
        var codes: [String] = []
        for part in parts {
            guard !numberQuotes(part).isEmpty else { return false }
            let ranked = rankByMeaning(heading: part, body: "", group: group).filter { named.contains($0.code) }
            guard let top = ranked.first, top.score > 0, ranked.count < 2 || ranked[1].score < top.score else { return false }
            codes.append(top.code)
        }
        guard Set(codes).count >= 2 else { return false }
        for (part, code) in zip(parts, codes) {
            if builders[code] == nil { builders[code] = EntryBuilder(code: code); order.append(code) }
            absorb(part, into: code, location: line.firstLocation)
        }
        current = nil
        return true
    }

    /// A heading that joins topics with one of `clauses.joint_titles` ("Về tuyên truyền và bồi
    /// dưỡng cán bộ").
    func isJointHeading(_ heading: String) -> Bool {
        guard !v.jointTitles.isEmpty else { return false }
        let words = VietText.fold(stripEnumerator(heading)).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.contains(where: { v.jointTitles.contains(String($0)) })
    }

    /// The task of a bulleted item under a heading that joins topics with one of `clauses.
    /// joint_titles` ("Về tuyên truyền và bồi dưỡng cán bộ") and is close to two tasks: the one
    /// of `between` that the item's own words name, or nil.
    func jointHeadingItem(heading: String, text: String, group: Int?, between: [String]) -> String? {
        guard let marker = Self.itemMarker(text), Self.isBullet(marker), isJointHeading(heading) else { return nil }
        let (title, rest) = itemTitle(text)
        guard case .task(let code) = resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true),
              between.contains(code) else { return nil }
        return code
    }

    /// The words after an item's colon are one number, with at most a short unit or aside
    /// ("07", "386 lượt", "05 (04 lớp tập huấn, 01 buổi tọa đàm)", "86.400.000 đồng").
    static func labelsOnlyANumber(_ rest: String) -> Bool {
        let t = rest.trimmingCharacters(in: .whitespaces)
        guard let first = t.unicodeScalars.first, ScalarClass.isNumeric(first) else { return false }
        let main = t.split(separator: "(", maxSplits: 1).first.map(String.init) ?? t
        return main.split(whereSeparator: { $0 == " " }).count <= 3
    }

    /// An item's title (its words before a heading colon, without its number or bullet) and
    /// the words after the colon ("" when there is none).
    func itemTitle(_ text: String) -> (title: String, rest: String) {
        let body = stripEnumerator(text)
        let colon = Self.headingColon(in: body) ?? body.endIndex
        let rest = colon < body.endIndex ? String(body[body.unicodeScalars.index(after: colon)...]) : ""
        return (String(body[..<colon]), rest)
    }

    /// A heading that groups the items below it by status: `status_headings` words, then a
    /// status, then at most a few words, no figures ("1. Các nội dung đã hoàn thành:", "Những
    /// việc đang tiếp tục thực hiện", "3. Các nội dung chưa triển khai, không phát sinh:").
    /// The first status it names.
    func statusHeading(_ line: Line) -> TaskStatus? {
        let text = line.text
        // Shaped as a heading: numbered, bold, or ending with its colon — "Nhiệm vụ đang thực
        // hiện." under an item is that item's status.
        guard text.utf8.count <= 200, line.isBold || text.trimmed().hasSuffix(":") || stripEnumerator(text).utf8.count < text.utf8.count else { return nil }
        let body = stripEnumerator(text).trimmed(": ")
        if let status = v.groupingStatus(readings.tokens(body)) { return status }
        // "4. Đang làm, chưa xong:", "2. Quý II/2026 đã xong:": a numbered heading that is only
        // a status (after the period it was reached in), over items of its own: outside a
        // task's passage, or a sibling of such a heading — "- Đã hoàn thành:" inside a task's
        // passage opens that task's list of what was done.
        guard current == nil || headingStatus != nil, text.trimmed().hasSuffix(":"),
              stripEnumerator(text).utf8.count < text.utf8.count else { return nil }
        return v.statusAloneHeading(readings.tokens(body))
    }

    /// A heading that names a field of the plan's subject, not a task: shaped as a heading
    /// (numbered, bold, or ending with its colon), short, no figures, opening with one of
    /// `field_headings` ("1. Lĩnh vực đo lường", "Mảng chất lượng:") or only a field's name
    /// (`field_names`: "II. CHẤT LƯỢNG SẢN PHẨM").
    func isFieldHeading(_ line: Line) -> Bool {
        guard !v.fieldHeadings.isEmpty else { return false }
        let text = line.text
        guard text.utf8.count <= 200 else { return false }
        let body = stripEnumerator(text).trimmed(": ")
        guard line.isBold || text.trimmed().hasSuffix(":") || body.utf8.count < text.utf8.count,
              body.spaceSeparatedCount <= 15, !body.contains(where: \.isNumber) else { return false }
        let folded = VietText.fold(body)
        if v.fieldHeadings.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }) { return true }
        // "I. ĐO LƯỜNG", "II. CHẤT LƯỢNG SẢN PHẨM": a field's bare name, whole, in capitals
        // after a roman numeral as a part's title is (`field_names`); "1. Tuyên truyền:" or
        // "TUYÊN TRUYỀN:" over a ward's items is the one task it names.
        guard body.spaceSeparatedCount <= 8, !body.contains(where: \.isLowercase),
              opensWithRomanNumber(text) else { return false }
        return v.fieldNames.contains(LineBuilder.sectionLabelKey(body))
    }

    /// "Về công tác tuyên truyền: …", "Đối với hỗ trợ doanh nghiệp: …": a paragraph that opens
    /// on its topic (`clauses.topics`) with a short title (`clauses.topic_title_words` words at
    /// most, no figures, not a status or figure label) before a colon, then its content. The
    /// title and the content after its colon (perhaps empty).
    func runInTopic(_ text: String) -> (title: String, rest: String)? {
        guard v.topicTitleWords > 0, text.utf8.count >= 6 else { return nil }
        // Numbered and lettered items ("1. Về …: …", "b) Về …: …") are the plan's or the unit's
        // numbering, read by the rules for numbered items; a bullet is no number.
        if text.first?.isNumber == true || Self.itemMarker(text) == "a)" { return nil }
        let body = stripEnumerator(text)
        guard let colon = Self.headingColon(in: body),
              body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: colon) <= 200 else { return nil }
        let title = String(body[..<colon])
        let words = title.spaceSeparatedCount
        guard words >= 2, words <= v.topicTitleWords else { return nil }
        let tokens = readings.tokens(title)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), first == 0,
              let topic = v.clauseTopics.match(tokens, at: 0), topic.end < tokens.count else { return nil }
        if title.contains(where: \.isNumber) {
            let n = readings.numbers(title, v)
            guard n.found.isEmpty, n.unread.isEmpty, n.unplaced.isEmpty else { return nil }
        }
        guard v.statusLabels.match(tokens, at: topic.end) == nil, v.sectionMatch(tokens, at: topic.end) == nil,
              !isFigureLabel(Array(tokens[topic.end...])) else { return nil }
        // "- Về khối lượng: …", "- Về chất lượng: …" under a job's heading: an aspect of the
        // item above (`clauses.field_titles`), no topic of its own.
        if let m = v.fieldTitles.match(tokens, at: topic.end), tokens[m.end...].allSatisfy({ $0.kind == .punct }) { return nil }
        let rest = String(body[body.unicodeScalars.index(after: colon)...]).trimmed()
        return (title, rest)
    }

    /// Reads the clauses of an item that began `code`'s passage (`readClauses`, not in the
    /// plans section); true when it did. Clauses read on in the item's own task keep it an item
    /// (`passageItemMarker`): the items marked alike after it are items of their own.
    mutating func readItemClauses(_ line: Line, of code: String, marker: String?) -> Bool {
        guard section != .plans, readClauses(line) else { return false }
        if current == code, passageItemMarker == nil { passageItemMarker = marker }
        return true
    }

    /// A title that is a division of the unit by its name ("Phòng Quản lý thương mại", "Chi
    /// cục Quản lý thị trường"; `clauses.performer_titles`, its later words capitalised): who
    /// did the work, not what it was.
    func namesPerformer(_ title: Substring) -> Bool {
        Self.namesSomeone(title) && title.spaceSeparatedCount <= 8
            && v.performerTitles.match(readings.tokens(String(title)), at: 0) != nil
    }

    /// "Tuyên truyền — đăng 15 tin, bài …", "Phản ánh, tố giác. Trong kỳ không phát sinh …",
    /// "Hệ thống quản lý chất lượng: Sở duy trì …": a paragraph that opens with a short title of
    /// the unit's own, set apart by a heading colon, by a mark of `clauses.title_marks` between
    /// spaces, or by the full stop of a first sentence of at most `clauses.title_sentence_words`
    /// words. The title holds no figures and is no status, figure or section label; the
    /// content after it is not empty. The title and the content (the earliest mark wins).
    func runInTitle(_ text: String) -> (title: String, rest: String)? {
        guard v.topicTitleWords > 0, text.utf8.count >= 12 else { return nil }
        let body = stripEnumerator(text)
        // "Phòng Quản lý thương mại: phối hợp kiểm tra …": a division of the unit by its name
        // says who did the work, not what it was; the line is read by its content.
        if let colon = Self.headingColon(in: body), namesPerformer(body[..<colon]) { return nil }
        let scalars = body.unicodeScalars
        var cut: (end: String.Index, next: String.Index, sentence: Bool)?
        if let colon = Self.headingColon(in: body) { cut = (colon, scalars.index(after: colon), false) }
        for mark in v.titleMarks {
            // (Foundation's search is left the texts where it can find the mark.)
            let needle = " " + mark + " "
            guard FoundationSearchFilter.mayFindExactly(needle, in: body),
                  let r = body.range(of: needle), cut == nil || r.lowerBound < cut!.end else { continue }
            // A dash before a capital joins a name ("Phòng Kiểm tra – Pháp chế", "Văn hóa – Xã
            // hội"); a title's content goes on in lower case.
            // A name has a word of its own in capitals before the dash too ("Kiểm", "Kinh"); a
            // title of the unit's own in its usual case, acronyms aside ("ISO 9001 tại UBND xã –
            // Đã công bố lại …"), is a title whatever case its content opens with.
            if body[r.upperBound...].first?.isUppercase == true, Self.namesSomeone(body[..<r.lowerBound]) { continue }
            cut = (r.lowerBound, r.upperBound, false)
        }
        if v.titleSentenceWords > 0 {
            // The first full stop that ends a sentence: after a word of three letters at least
            // or of two in lower case ("TP. Hồ Chí Minh" is no sentence's end), before a space
            // and a capital letter.
            var k = scalars.startIndex
            var letters = 0
            var lower = false
            while k < scalars.endIndex, cut == nil || k < cut!.end {
                let c = scalars[k]
                if c == ".", letters >= 3 || letters == 2 && lower {
                    let after = scalars.index(after: k)
                    if after < scalars.endIndex, scalars[after] == " " {
                        let next = scalars.index(after: after)
                        if next < scalars.endIndex, scalars[next].properties.isUppercase {
                            cut = (k, after, true)
                            break
                        }
                    }
                }
                letters = ScalarClass.isWordLetter(c) ? letters + 1 : 0
                lower = c.properties.isLowercase
                k = scalars.index(after: k)
            }
        }
        guard let cut, cut.end > body.startIndex else { return nil }
        let title = String(body[..<cut.end]).trimmed(" ,;")
        let rest = String(body[cut.next...]).trimmed()
        let words = title.spaceSeparatedCount
        // A title that cites a document ("(Kèm theo Báo cáo số … của Phòng Kiểm tra – Pháp chế)")
        // is none, nor a dash inside a name with a word or two after it.
        guard words >= 2, words <= (cut.sentence ? v.titleSentenceWords : v.topicTitleWords), rest.spaceSeparatedCount >= 3,
              !citesThePlan(title), title.first != "(" else { return nil }
        if title.contains(where: \.isNumber) {
            let n = readings.numbers(title, v)
            guard n.found.isEmpty, n.unread.isEmpty, n.unplaced.isEmpty else { return nil }
        }
        let tokens = readings.tokens(title)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }),
              v.statusLabels.match(tokens, at: first) == nil, v.sectionMatch(tokens, at: first) == nil,
              !isFigureLabel(Array(tokens[first...])), !isFieldLine(title: title, rest: rest) else { return nil }
        // A sentence that states a status ("Công tác tuyên truyền đã hoàn thành.") is no title.
        guard !tokens.indices.contains(where: { v.statuses.match(tokens, at: $0) != nil }) else { return nil }
        return (title, rest)
    }

    /// Whether words before a dash hold a word in title case after their first ("Phòng Kiểm
    /// tra", "Sở Văn hóa"): a name the dash may go on ("– Pháp chế"). Acronyms ("ISO", "UBND")
    /// are no names' words.
    static func namesSomeone(_ text: Substring) -> Bool {
        for word in text.split(separator: " ").dropFirst() {
            let letters = word.filter(\.isLetter)
            if let first = letters.first, first.isUppercase, letters.dropFirst().contains(where: \.isLowercase) { return true }
        }
        return false
    }

    /// The colon that ends a heading's title: the first one not between digits ("ISO
    /// 9001:2015", "8:30" are no titles' end).
    static func headingColon(in text: String) -> String.Index? {
        // On the UTF-8 bytes: ":" is one byte, and only the scalars either side of one are
        // decoded.
        headingColonOffset(text.utf8.span).map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// `headingColon` on valid UTF-8: the byte offset of the colon.
    static func headingColonOffset(_ b: Span<UInt8>) -> Int? {
        @inline(__always) func scalar(at k: Int) -> Unicode.Scalar { Tokenizer.scalar(b, k).0 }
        for i in 0..<b.count where b[i] == 0x3A {
            var p = i - 1
            while p >= 0, b[p] & 0xC0 == 0x80 { p -= 1 }
            let numericBefore = p >= 0 && ScalarClass.isNumeric(scalar(at: p))
            let digitAfter = i + 1 < b.count && ScalarClass.isNumeric(scalar(at: i + 1))
            if !(numericBefore && digitAfter) { return i }
        }
        return nil
    }

    /// A bold line ending with ":" of a few words, no figures, not a label ("Kết quả thực
    /// hiện:", "Tiến độ:"): a heading.
    func isSubheading(_ line: Line) -> Bool {
        let text = line.text
        guard line.isBold, text.hasSuffix(":"), line.cells.count == 1 else { return false }
        let words = text.spaceSeparatedCount
        guard words >= 4, words <= 40 else { return false }
        let tokens = Tokenizer.tokenize(text)
        guard v.figures(in: tokens).found.isEmpty else { return false }
        return v.statusLabels.match(tokens, at: 0) == nil && v.sectionMatch(tokens, at: 0) == nil
    }

    /// A bold paragraph of two to `clauses.bold_heading_words` words with no colon, no
    /// figures, no status and no sentence's end ("❖ Phổ biến, tập huấn", "• Kiểm tra chất
    /// lượng xăng dầu", "Công tác tuyên truyền"): its title.
    /// A bold heading of the unit's own (`boldHeadingTitle`) and whether its words name a task
    /// by meaning (with the close call, when they name one only just); nil for a line that is
    /// none. A method, not a function nested in `handleText`: a nested function there reaches
    /// the run through the mutating method's `self` and copied the whole run at each call
    /// (354 copies on the speed sample).
    func boldHeadingReading(_ line: Line, group: Int?) -> (title: String, namesATask: Bool, closeCall: CloseCall?)? {
        guard let title = boldHeadingTitle(line) else { return nil }
        let (resolution, closeCall) = judgeByMeaning(heading: title, body: "", group: group, requireHeading: true)
        if case .none = resolution { return (title, false, nil) }
        return (title, true, closeCall)
    }

    func boldHeadingTitle(_ line: Line) -> String? {
        let text = line.text
        guard v.boldHeadingWords > 0, line.isBold || Self.sheetCapitals(line, v.capitalsTitle, titleWords: v.planSubject.titleWords), line.cells.count == 1,
              let last = text.last, !".;:!?…".contains(last) else { return nil }
        // A unit's name in capitals over its sheet ("PHÒNG KIỂM TRA – PHÁP CHẾ") heads no work.
        if !line.isBold, !x.units.resolve(text).isEmpty { return nil }
        let words = text.spaceSeparatedCount
        guard words >= 2, words <= v.boldHeadingWords, Self.headingColon(in: text) == nil else { return nil }
        let tokens = readings.tokens(text)
        guard v.figures(in: tokens).found.isEmpty, let first = tokens.firstIndex(where: { $0.kind == .word }),
              v.statusLabels.match(tokens, at: first) == nil, v.sectionMatch(tokens, at: first) == nil,
              !tokens.indices.contains(where: { v.statuses.match(tokens, at: $0) != nil }) else { return nil }
        return stripEnumerator(text).trimmed()
    }

    /// Whether a sheet's line is written in capitals, as a heading is where no bold is kept
    /// (a sheet's "KIỂM TRA CHẤT LƯỢNG, ĐO LƯỜNG XĂNG DẦU" over the task's own figures): at
    /// least `capitals_title.min_letters` letters, `capitals_share` of them capitals. (A
    /// Word document's bold is kept: its capitals lines are the header block's as often.)
    static func sheetCapitals(_ line: Line, _ c: Vocabulary.CapitalsTitle, titleWords: [String]) -> Bool {
        guard case .sheet = line.container else { return false }
        let text = line.text
        guard c.minLetters > 0, text.utf8.count <= c.maxChars else { return false }
        // The issuing body's name ("ỦY BAN NHÂN DÂN XÃ …", `not_titles`) heads the sheet, and a
        // document's title ("DANH SÁCH QUYẾT ĐỊNH XỬ PHẠT …", `plan_subject.title_words`) names
        // what the sheet is, no work.
        let opening = VietText.fold(String(text.prefix(80)))
        guard !c.notTitles.contains(where: { opening.hasPrefix($0) }), !titleWords.contains(where: { opening.hasPrefix($0) }) else { return false }
        var letters = 0, upper = 0
        for ch in text where ch.isLetter {
            letters += 1
            if ch.isUppercase { upper += 1 }
        }
        return letters >= c.minLetters && Double(upper) >= Double(letters) * c.capitalsShare
    }

    /// Whether a text names the directive or the plan ("Chỉ thị 38", "38-CT/TW", "…/KH-SKHCN").
    func namesThePlan(_ text: String) -> Bool {
        let s = v.planSubject
        if !s.directiveMark.isEmpty, !text.containsBytes(s.directiveMark), s.planMarks.isEmpty { return false }
        let f = Self.withoutDenials(VietText.fold(text), of: s.directive + s.planMarks, s)
        return s.directive.contains(where: { f.containsBytes($0) }) || s.planMarks.contains(where: { f.containsBytes($0) })
    }

    /// A folded text without the mentions of `marks` that a word of `plan_subject.not_of`
    /// denies ("khong thuoc kh38"): a row noted as not of the plan does not name it.
    static func withoutDenials(_ f: String, of marks: [String], _ s: Vocabulary.PlanSubject) -> String {
        // Every line passes here: only one that holds a mark is looked at further.
        guard !s.notOf.isEmpty else { return f }
        var out = f
        for mark in marks where out.containsBytes(mark) {
            for denial in s.notOf where out.containsBytes(denial + " " + mark) { out = out.replacingOccurrences(of: denial + " " + mark, with: " ") }
        }
        return out
    }

    /// The document's own title: the line after a bare "BÁO CÁO" / "BIỂU …" heading (the
    /// trích yếu) or a title line near the top that starts with such a word, with the short
    /// lines that continue it.
    func documentTitle() -> String? {
        for (i, line) in lines.prefix(40).enumerated() {
            for cell in line.cells where !cell.continued {
                // A letter's trích yếu under its number in the header block ("Số: 402/UBND-VHXH⏎
                // V/v phúc đáp Công văn số 3127/SVHTT"): a line of the cell, with the lines that
                // continue it in lower case.
                // (A text without a line-feed byte is one line: most cells are not split.)
                if LineBuilder.hasByte(cell.text, 0x0A) {
                    let cellLines = cell.text.splitting(onASCII: "\n", omittingEmptySubsequences: false).map { $0.trimmed() }
                    for (k, l) in cellLines.enumerated().dropFirst() {
                        let f = VietText.fold(String(l.prefix(12)))
                        guard f.hasPrefix("v/v") || f.hasPrefix("ve viec") else { continue }
                        var title = l
                        for next in cellLines[(k + 1)...].prefix(2) {
                            guard let c = next.first, c.isLowercase else { break }
                            title += " " + next
                        }
                        return Self.quotable(title)
                    }
                }
                let folded = VietText.fold(String(cell.text.prefix(80)))
                guard v.planSubject.titleWords.contains(where: { folded.hasPrefix($0) }) else { continue }
                var parts: [String] = []
                if folded.split(separator: " ").count > 2 { parts.append(cell.text) }
                for next in lines[(i + 1)...].prefix(3) {
                    guard next.cells.count == 1, let t = next.cells.first?.text, t.count <= 160,
                          !VietText.fold(String(t.prefix(12))).hasPrefix("kinh gui") else { break }
                    // A title goes on in words, never into a bulleted or numbered line.
                    if let f = t.unicodeScalars.first, Self.bulletScalars.contains(f) || startsWithHeadingNumber(t) { break }
                    if t.allSatisfy({ "_-—–=*. ".contains($0) }) { break }
                    parts.append(t)
                    if parts.count >= 3 { break }
                }
                guard !parts.isEmpty else { continue }
                let title = parts.joined(separator: " ")
                return Self.quotable(title)
            }
        }
        return nil
    }

    /// A title written in capitals near the top ("BẢNG THEO DÕI TIẾN ĐỘ GIẢI NGÂN VỐN …"),
    /// when no line starts with a title word: a line of one cell, of at least six words, not
    /// numbered, its letters in upper case, that is neither the Quốc hiệu, a layout block,
    /// nor the sender's name.
    func capitalsTitle() -> String? {
        let c = v.capitalsTitle
        // The issuing body's lines stand above the document's number ("SỞ KHOA HỌC VÀ CÔNG
        // NGHỆ⏎PHÒNG THÍ NGHIỆM …⏎Số: 19/BC-PTN"): the header block, never the title, whatever
        // kind of body they name.
        let numberLine = lines.prefix(c.lines).firstIndex { line in
            line.cells.contains { !$0.continued && HeaderReader.isNumberLine(VietText.fold(String($0.text.prefix(24)))) }
        }
        for (i, line) in lines.prefix(c.lines).enumerated() {
            if lineContexts.indices.contains(i), lineContexts[i].layout { continue }
            if let n = numberLine, i < n { continue }
            let texts = line.cells.filter { !$0.continued && !$0.text.isEmpty }
            // A title beside the sheet's fields on one row ("Số BC: | 21/BC-QLCN | KẾT QUẢ …"):
            // the one long cell, when each other cell is a label or a value (it has a lower-case
            // letter or a digit), never a row of column heads in capitals ("TT | ĐVT | …").
            let long = texts.filter { $0.text.spaceSeparatedCount >= c.minWords }
            guard long.count == 1, let text = long.first?.text, !FoundationSearchFilter.foundationContains("\n", in: text),
                  texts.count == 1 || texts.allSatisfy({ cell in
                      cell.text == text || cell.text.contains { $0.isLowercase || $0.isNumber } }) else { continue }
            // A numbered or bulleted line is a heading of the body ("I. KẾT QUẢ THỰC HIỆN").
            if let f = text.unicodeScalars.first, Self.bulletScalars.contains(f) || startsWithHeadingNumber(text) { continue }
            // Counted until the share can no longer be reached: were every byte still unread an
            // upper-case letter, the share would fall short (a long paragraph of prose is
            // given up after its first words, not read to its end).
            var upper = 0, letters = 0, unreachable = false
            var i = text.startIndex, seen = 0
            while i < text.endIndex {
                let ch = text[i]
                i = text.index(after: i)
                if ch.isLetter {
                    letters += 1
                    if ch.isUppercase { upper += 1 }
                }
                seen += 1
                if seen & 63 == 0, c.capitalsShare <= 1 {
                    let rest = Double(text.utf8.distance(from: i, to: text.endIndex))
                    if Double(upper) + rest + 1 < (Double(letters) + rest) * c.capitalsShare { unreachable = true; break }
                }
            }
            guard !unreachable, letters >= c.minLetters, Double(upper) >= Double(letters) * c.capitalsShare else { continue }
            let f = VietText.fold(text)
            if isLayoutTable(line) || c.notTitles.contains(where: { f.hasPrefix($0) }) || reportingUnitNames.contains(where: { f.containsBytes($0) }) { continue }
            // An annex's caps line ("PHỤ LỤC 2 – KẾT QUẢ THỰC HIỆN KẾ HOẠCH <chương trình>
            // NĂM 2026", `capitals_title.annex_leads`): what follows the lead and its number is
            // the title when it reads as one (it opens with a title word) and names a subject
            // of its own; "PHỤ LỤC 1. SỐ LIỆU NĂM 2026" names none and is no title, as before.
            var title = text
            if let lead = c.annexLeads.first(where: { f.hasPrefix($0) }) {
                guard let rest = Self.afterAnnexLead(text, leadWords: lead.spaceSeparatedCount),
                      v.planSubject.titleWords.contains(where: { VietText.fold(rest).hasPrefix($0) }), titleNamesASubject(rest) else { continue }
                title = rest
            }
            return title.count > c.maxChars ? String(title.prefix(c.maxChars - 3)) + "…" : title
        }
        return nil
    }

    /// What an annex's caps line says after its lead of `leadWords` words and the annex's
    /// number ("PHỤ LỤC II: KẾT QUẢ …", "PHỤ LỤC SỐ 3 – …" → "KẾT QUẢ …"); nil when nothing
    /// follows.
    static func afterAnnexLead(_ text: String, leadWords: Int) -> String? {
        var words = text.split(separator: " ").dropFirst(leadWords)
        let marks = CharacterSet(charactersIn: ".:;,-–—()")
        while let first = words.first {
            let bare = first.trimmingCharacters(in: marks)
            let f = VietText.fold(bare)
            if bare.isEmpty || f == "so" || bare.allSatisfy(\.isNumber) || romans[bare.uppercased()] != nil || bare.count == 1 && first.count > 1 {
                words = words.dropFirst()
            } else { break }
        }
        let rest = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .:;,-–—"))
        return rest.isEmpty ? nil : rest
    }

    /// A title or subject as a refusal quotes it: at most 240 characters, cut with "…".
    static func quotable(_ text: String) -> String {
        text.count > 240 ? String(text.prefix(237)) + "…" : text
    }

    /// The subject an untitled letter's opening says it reports on ("Dạ, UBND xã … gửi báo cáo
    /// kết quả công tác phòng, chống thiên tai … như sau:" → "phòng, chống thiên tai …"): the
    /// words after an opening of `plan_subject.lead_in_opens` up to one of `lead_in_ends`, on
    /// a line of the first forty outside the layout blocks; nil unless at least
    /// `lead_in_min_words` of them are more than the words any report's opening has.
    func leadInSubject() -> String? {
        let s = v.planSubject
        guard !s.leadInOpens.isEmpty, !s.leadInEnds.isEmpty else { return nil }
        let opens = s.leadInOpens.map { $0.split(separator: " ").map(String.init) }
        let ends = s.leadInEnds.map { $0.split(separator: " ").map(String.init) }
        func bare(_ w: Substring) -> String {
            VietText.fold(String(w)).trimmingCharacters(in: CharacterSet.alphanumerics.inverted)
        }
        for (index, line) in lines.prefix(40).enumerated() {
            if lineContexts.indices.contains(index), lineContexts[index].layout { continue }
            // An opening is a sentence, not a page: only its first words are looked at, and only
            // when they hold an end ("như sau").
            guard line.cells.count == 1 else { continue }
            let head = String(line.text.prefix(400))
            let headFolded = VietText.fold(head)
            guard s.leadInEnds.contains(where: { headFolded.containsBytes($0) }) else { continue }
            let words = head.split(whereSeparator: \.isWhitespace)
            let folded = words.map(bare)
            func at(_ phrase: [String], _ i: Int) -> Bool {
                i + phrase.count <= folded.count && zip(phrase, folded[i...]).allSatisfy { $0 == $1 }
            }
            guard let (start, open) = folded.indices.lazy.compactMap({ i in opens.first { at($0, i) }.map { (i, $0) } }).first else { continue }
            let from = start + open.count
            guard let end = (from..<folded.count).first(where: { i in ends.contains { at($0, i) } }) else { continue }
            let own = folded[from..<end].filter { !$0.isEmpty && !s.leadInGeneric.contains($0) && !$0.allSatisfy(\.isNumber) }
            guard own.count >= s.leadInMinWords else { return nil }
            let subject = words[from..<end].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
            return Self.quotable(subject)
        }
        return nil
    }

    /// Whether a title names a subject of its own: a word left once the words any report's
    /// title has are set aside — its kind (`title_words`, `lead_in_opens`: "Báo cáo kết quả
    /// công tác"), its period and the other words of `lead_in_generic` ("quý III năm 2026"),
    /// numbers and the sender's own name. "Kết quả công tác quý III năm 2026" names none;
    /// "Kết quả Tháng hành động vì an toàn thực phẩm" does.
    func titleNamesASubject(_ title: String) -> Bool {
        let s = v.planSubject
        var folded = VietText.fold(title)
        for name in reportingUnitNames where folded.containsBytes(name) { folded = folded.replacingOccurrences(of: name, with: " ") }
        let kinds = Set((s.titleWords + s.leadInOpens).flatMap { $0.split(separator: " ").map(String.init) })
        let generic = s.leadInGeneric
        return folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { w in
            let word = String(w)
            return !word.allSatisfy(\.isNumber) && !generic.contains(word) && !kinds.contains(word)
        }
    }

    /// Whether a title speaks of the plan's subject ("tiêu chuẩn, đo lường, chất lượng").
    func titleSpeaksOfPlan(_ title: String) -> Bool {
        let s = v.planSubject
        var folded = VietText.fold(title)
        // A body of the plan named in the title's line ("(Mẫu biểu kèm theo công văn của Chi cục
        // Tiêu chuẩn Đo lường Chất lượng)") says who sent the template, not what it reports on.
        for name in x.subjectBodyNames where folded.containsBytes(name) { folded = folded.replacingOccurrences(of: name, with: " ") }
        let f = Self.withoutRecipients(folded, s)
        return s.words.contains { f.containsBytes($0) } || s.marks.contains { f.containsBytes($0) } || s.directive.contains { f.containsBytes($0) }
    }

    /// Whether the document speaks of the plan's subject: a mark of it ("TĐC"), or at least
    /// `min_distinct` distinct words of it ("đo lường", "chất lượng", "truy xuất nguồn gốc") —
    /// one alone ("nâng cao chất lượng công tác") is in reports on any subject. The layout
    /// blocks (the Quốc hiệu header, "Nơi nhận" and the signature) and the "Kính gửi" line say
    /// to whom a document goes, not what it is about: a report on disaster prevention copied
    /// to the "Chi cục TĐC" does not speak of the subject.
    ///
    /// `minLines`: in how many lines the words must stand, together, to count (a title about
    /// something else asks for `other_title_min_lines`); a mark alone always counts.
    ///
    /// `bodiesAsPlaces`: under a title that names a subject of its own, a body of the plan's
    /// subject named by its name is where work was done or who gets the report (see below).
    func speaksOfPlanSubject(minLines: Int = 1, bodiesAsPlaces: Bool = false) -> Bool {
        let s = v.planSubject
        var seen = Set<String>()
        var linesWithWords = 0
        var inRecipients = false, afterAddressee = false
        for (index, line) in lines.enumerated() {
            if lineContexts.indices.contains(index), lineContexts[index].layout { continue }
            var f = VietText.fold(line.text)
            if f.hasPrefix("kinh gui") || f.hasPrefix("noi nhan") { inRecipients = f.hasPrefix("noi nhan"); afterAddressee = !inRecipients; continue }
            // The addressee goes on in parentheses on the next line ("Kính gửi: Sở Khoa học và
            // Công nghệ ⏎ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)"): through whom the letter
            // goes, not what it is about.
            if afterAddressee, line.text.trimmed().hasPrefix("(") { continue }
            afterAddressee = false
            // The "Nơi nhận:" list typed as its own bulleted lines under the label ("- Sở KH&CN
            // (Chi cục TĐC);"): copies go there, the list says nothing of the subject.
            if inRecipients, let first = line.text.unicodeScalars.first, Self.bulletScalars.contains(first) { continue }
            inRecipients = false
            // The sender's own name ("Chi cục Tiêu chuẩn Đo lường Chất lượng" atop an
            // inventory sheet) names the unit, not the document's subject.
            for name in reportingUnitNames where f.containsBytes(name) { f = f.replacingOccurrences(of: name, with: " ") }
            // A body named after a lead of `recipient_leads` ("Mẫu biểu kèm theo Công văn của Chi
            // cục Tiêu chuẩn Đo lường Chất lượng", "gửi Chi cục …") is who sent the template or
            // gets the copy, not what is reported on; named as whom the work was done with
            // ("Phối hợp Chi cục TĐC kiểm tra cân"), it speaks of the subject.
            f = Self.withoutRecipients(f, s)
            f = Self.withoutDenials(f, of: s.marks + s.directive, s)
            // Under a title about something else, a body of the plan's subject named by its
            // name ("kiểm tra … tại Chi cục TĐC", "báo cáo để Chi cục Tiêu chuẩn Đo lường Chất
            // lượng tổng hợp") is where work was done or who gets the report: its line counts as
            // one line of the subject's words, not as a mark that proves the subject alone.
            // Under a title that names no subject ("Kết quả công tác quý III năm 2026") the
            // body's name is a mark: the work done with it is the report's subject.
            var inLine = false
            if minLines > 1, bodiesAsPlaces {
                for name in x.subjectBodyNames where f.containsBytes(name) {
                    f = f.replacingOccurrences(of: name, with: " ")
                    inLine = true
                    seen.insert(name)
                }
            }
            if s.marks.contains(where: { f.containsBytes($0) }) { return true }
            for w in s.words where f.containsBytes(w) { seen.insert(w); inLine = true }
            if inLine { linesWithWords += 1 }
            if seen.count >= s.minDistinct, linesWithWords >= minLines { return true }
        }
        return false
    }

    /// A folded line without the bodies it says it goes to ("(kem theo bao cao gui chi cuc
    /// tieu chuan do luong chat luong …)"): from a recipient lead followed by a body's kind to
    /// the end of the clause (a parenthesis, a comma, a semicolon or a full stop closes it).
    static func withoutRecipients(_ folded: String, _ s: Vocabulary.PlanSubject) -> String {
        guard !s.recipientLeads.isEmpty, s.recipientLeads.contains(where: { folded.containsBytes($0) }) else { return folded }
        var words = folded.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var i = 0
        while i < words.count {
            let lead = s.recipientLeads.first { l in
                let lw = l.split(separator: " ")
                return i + lw.count <= words.count && zip(lw, words[i...]).allSatisfy { $0 == $1 }
            }
            guard let lead else { i += 1; continue }
            let start = i + lead.split(separator: " ").count
            let rest = words[start...].prefix(4).joined(separator: " ")
            guard s.recipientBodies.contains(where: { rest.hasPrefix($0 + " ") || rest == $0 }) else { i += 1; continue }
            var end = start
            while end < words.count {
                let w = words[end]
                end += 1
                if w.hasSuffix(")") || w.hasSuffix(",") || w.hasSuffix(";") || w.hasSuffix(".") { break }
            }
            words.removeSubrange(i..<end)
        }
        return words.joined(separator: " ")
    }

    /// Whether some line is a stretch of a task's own wording in the plan, matched strongly
    /// (a heading copied from the plan): a task recognised with confidence, not by meaning.
    func quotesATaskOfThePlan() -> Bool {
        let w = x.profiles.weights
        return lines.contains { line in
            let t = line.text
            guard t.spaceSeparatedCount >= 6 else { return false }
            guard let top = x.titles.rankWithShared(String(t.prefix(400))).first else { return false }
            return top.score >= w.confidentTitle && top.keywords >= 4
        }
    }

    /// Whether any line names a task of the plan by its code ("nhiệm vụ 2.h", "điểm c khoản 5").
    func citesTaskByCode() -> Bool {
        lines.contains { line in
            TaskReferenceParser.references(in: line.text, within: 120).contains { code($0.group, $0.letter) != nil && $0.offset <= 100 }
        }
    }

    /// What follows an opening's lead-in colon ("… báo cáo như sau:", "… có ý kiến như sau:",
    /// "… báo cáo:"), when the opening goes on to report in the same paragraph.
    func leadInRemainder(_ text: String) -> String? {
        guard text.utf8.count > 120, let colon = Self.headingColon(in: text) else { return nil }
        let before = VietText.fold(String(text[..<colon])).trimmed()
        guard v.clauseLeadIns.contains(where: { before.hasSuffix($0) }) else { return nil }
        let rest = String(text[text.unicodeScalars.index(after: colon)...]).trimmed()
        return rest.spaceSeparatedCount >= 8 ? rest : nil
    }

    /// What follows the sentences of a paragraph's opening that cite the plan or the request,
    /// when more follows; nil otherwise.
    func afterOpening(_ text: String) -> String? {
        let clauses = clauseTexts(text, withinTask: false)
        guard clauses.count > 1, let first = clauses.firstIndex(where: { !citesThePlan($0) }), first > 0,
              let at = text.range(of: clauses[first]) else { return nil }
        let rest = String(text[at.lowerBound...])
        return numberQuotes(rest).isEmpty ? nil : rest
    }

    func citesThePlan(_ text: String) -> Bool {
        // A text of at most 300 bytes has at most 300 characters: the prefix is the text itself.
        let f = VietText.fold(text.utf8.count <= 300 ? text : String(text.prefix(300)))
        return f.containsBytes("bao cao") || f.containsBytes("ke hoach") || f.containsBytes("chi thi") || f.containsBytes("kinh gui")
    }

    /// "1. Tuyên truyền, nâng cao nhận thức …" — a plan group heading — or the unit's own
    /// numbered heading ("2. Kết quả thực hiện các nhiệm vụ cụ thể"), which ends a passage.
    func groupHeading(_ line: Line, leadRef: TaskReference?) -> Int?? {
        let text = line.text
        // The number's "." or ")" is among the first five characters: look there only before
        // trimming a copy of the whole line.
        let ts = text.unicodeScalars
        var k = ts.startIndex
        while k < ts.endIndex, ScalarClass.isWhitespace(ts[k]) { k = ts.index(after: k) }
        var steps = 0
        while k < ts.endIndex, steps <= 4, ts[k] != ".", ts[k] != ")" { k = ts.index(after: k); steps += 1 }
        guard k < ts.endIndex, steps <= 4 else { return nil }
        let trimmed = text.trimmed()
        guard let dot = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }),
              trimmed.distance(from: trimmed.startIndex, to: dot) <= 4 else { return nil }
        let head = String(trimmed[..<dot])
        let number = Int(head) ?? romanValue(head)
        guard let n = number else { return nil }
        if let ref = leadRef, ref.offset <= 12 { return nil }
        let rest = String(trimmed[trimmed.index(after: dot)...])
        // "2.3. Hỗ trợ doanh nghiệp …": a point under a heading, not a heading of a group.
        if trimmed[dot] == ".", rest.first?.isNumber == true { return nil }
        // "1. Tuyên truyền, tập huấn: tổ chức 06 lớp …": an item with its content, not a heading.
        if let colon = Self.headingColon(in: rest), rest[rest.unicodeScalars.index(after: colon)...].spaceSeparatedCount >= 4 { return nil }
        guard rest.spaceSeparatedCount <= 40 else { return nil }
        // "2. Tuyên truyền … trong nhà trường (khoản 1 Mục II)": the unit's own heading citing
        // the plan's group in brackets, no task: the group its tasks are sought in.
        if let cited = Self.citedGroup(rest), x.groups[cited] != nil, readings.numbers(rest, v).found.isEmpty { return .some(cited) }
        if let best = x.groupTitles.rank(rest).first, best.score >= 0.3, Int(best.code) == n { return .some(n) }
        if x.groups[n] != nil, let best = x.groupTitles.rank(rest).first, Int(best.code) == n, best.score >= 0.15 { return .some(n) }
        // The unit's own numbered heading ends a passage; a numbered point with figures
        // inside a passage does not.
        var words = rest.spaceSeparatedCount
        // "2. Kiểm tra các cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn (đã thực hiện
        // xong)": the status the heading ends with is no part of its title's length. (A line
        // closed by a full stop is a sentence, an item with its status: "4. Duy trì áp dụng …
        // tại UBND phường (đang thực hiện).")
        if words > 15, !line.isBold, !trimmed.hasSuffix(".") {
            let tokens = Tokenizer.tokenize(rest)
            // (A colon's status is the item's content: "4. Phản ánh, tố giác …: không phát sinh.")
            if let tail = v.headingTailStatus(tokens), tail.start >= 1, tokens[tail.start - 1].raw != ":" {
                words = tokens[..<(tail.start - 1)].filter { $0.kind == .word }.count
            }
        }
        if (words <= 15 || line.isBold), readings.numbers(rest, v).found.isEmpty { return .some(nil) }
        return nil
    }

    /// The plan group a heading cites alone in its closing brackets ("(khoản 1 Mục II)",
    /// "(khoản 3 Mục II Kế hoạch)"): no point of it, so no task.
    static func citedGroup(_ text: String) -> Int? {
        let t = text.trimmed(" .:")
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
        let inside = VietText.fold(String(t[t.index(after: open)..<t.index(before: t.endIndex)])).split(separator: " ")
        guard inside.count >= 2, inside[0] == "khoan", let n = Int(inside[1]), n > 0, n < 10 else { return nil }
        // "khoản 1", "khoản 1 Mục II", "khoản 1 Mục II Kế hoạch": nothing else inside.
        let after = inside.dropFirst(2)
        guard after.isEmpty || after.first == "muc" && after.count <= 5 else { return nil }
        return n
    }

    /// "Nhiệm vụ thứ nhất: Tuyên truyền, phổ biến pháp luật …" — a heading that counts the
    /// unit's tasks in order: the title after its colon, when it holds no figures.
    func ordinalHeadingTitle(_ text: String) -> String? {
        guard !v.ordinalHeadings.isEmpty, text.utf8.count <= 400 else { return nil }
        let body = stripEnumerator(text)
        let head = VietText.fold(String(body.prefix(24)))
        // "Nhiệm vụ thứ hai: …", or counted by a number: "NHIỆM VỤ 2: …" (a number alone, no
        // task code: "Nhiệm vụ 2.c" names the plan's task).
        let counted = v.ordinalHeadings.contains(where: { head.hasPrefix($0) }) || v.ordinalHeadings.contains { phrase in
            // Two characters that open with different ASCII bytes differ (an ASCII scalar has
            // no decomposition, and nothing is reordered before it): the stem cannot be the
            // heading's start. Building each phrase's stem and comparing it by characters cost
            // 3,400 instructions a phrase at every numbered line (7.6 M on the speed37 sample).
            if let h = head.utf8.first, let p = phrase.utf8.first, h < 0x80, p < 0x80, h != p { return false }
            guard phrase.hasSuffix(" thu") else { return false }
            let stem = phrase.dropLast(4) + " "
            guard head.hasPrefix(stem) else { return false }
            let after = head.dropFirst(stem.count)
            let digits = after.prefix(while: \.isNumber)
            return !digits.isEmpty && digits.count <= 2 && after.dropFirst(digits.count).first.map { $0 == ":" || $0 == " " } == true
        }
        guard counted, let colon = Self.headingColon(in: body),
              body.unicodeScalars.distance(from: body.startIndex, to: colon) <= 30 else { return nil }
        let title = String(body[body.unicodeScalars.index(after: colon)...]).trimmed()
        guard title.spaceSeparatedCount >= 2, numberQuotes(title).isEmpty else { return nil }
        return title.hasSuffix(":") ? String(title.dropLast()) : title
    }

    /// A question of an outline the unit answers point by point: "Câu 2. Kết quả …?", "Câu
    /// hỏi 3: …" (numbered by a word of `outline.questions`), or a paragraph without figures
    /// that ends by asking ("…?"). Its words without the number and the question mark.
    func outlineQuestionTitle(_ text: String) -> String? {
        guard !v.questionWords.isEmpty, text.utf8.count <= 600 else { return nil }
        let body = text.trimmed()
        let words = body.splitting(onASCII: " ", maxSplits: 4)
        var title: Substring?
        // The first words folded once for all the question words (each is shorter than the
        // words split off, so the last piece, the rest of the text, is never compared).
        var folded: [String]?
        for q in v.questionWords where words.count > q.count + 1 {
            if folded == nil { folded = words.dropLast().map { VietText.fold(String($0)) } }
            guard folded!.prefix(q.count).elementsEqual(q) else { continue }
            // The number: "2.", "2:", "2)", "2" (then "." or ":" may start the title).
            let n = words[q.count]
            let digits = n.prefix(while: \.isNumber)
            guard !digits.isEmpty, n.dropFirst(digits.count).allSatisfy({ ".:)-–".contains($0) }) else { continue }
            title = body[words[q.count].endIndex...]
            break
        }
        if title == nil, !v.promptLabels.isEmpty, let colon = body.prefix(48).firstIndex(of: ":") {
            // "1. Chi cục nhắc: số liệu … chưa có văn bản.": a reminder answered below, as a
            // question is (`outline.prompts`).
            let label = VietText.fold(stripEnumerator(String(body[..<colon]))).trimmed("-–+•* \t")
            if label != VietText.fold(String(body[..<colon])).trimmed("-–+•* \t") || body.first?.isNumber == true || body.first == "-",
               v.promptLabels.contains(label) {
                title = body[body.index(after: colon)...]
            }
        }
        if title == nil {
            // An unnumbered question: a paragraph that asks, in a few words, with no figures.
            guard body.hasSuffix("?"), body.spaceSeparatedCount >= 4, body.spaceSeparatedCount <= 80,
                  numberQuotes(body).isEmpty else { return nil }
            title = Substring(stripEnumerator(body))
        }
        guard var t = title.map({ String($0).trimmed(" .:)-–\t") }) else { return nil }
        while let last = t.last, "?:".contains(last) { t.removeLast() }
        t = t.trimmed()
        return t.spaceSeparatedCount >= 2 ? t : nil
    }

    /// What follows the label of an answer ("Trả lời: Đã thực hiện …" → "Đã thực hiện …";
    /// "" for a label alone), or nil for a line that opens with no such label.
    func outlineAnswer(_ text: String) -> String? {
        // The label stands in the first characters: only they are looked at until it is found.
        guard !v.answerLabels.isEmpty, let colon = text.prefix(32).firstIndex(of: ":") else { return nil }
        let label = VietText.fold(String(text[..<colon])).trimmed("-–+•* \t")
        guard v.answerLabels.contains(label) else { return nil }
        return String(text[text.index(after: colon)...]).trimmed()
    }

    /// How an item is marked: its bullet ("-", "+", "•"), or the shape of its number ("1.",
    /// "1)", "1/", "a)"), digits and letters standing for any; nil for a line not so marked.
    /// "A.2.", "B.3)": a part's letter and an item's number ("PHẦN A" … "A.1. …"), an item
    /// of its own wherever it stands.
    static func partItemNumber(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars.prefix(4))
        guard s.count == 4, s[0].value >= 0x41, s[0].value <= 0x5A, s[1] == ".", ScalarClass.isNumeric(s[2]) else { return false }
        return s[3] == "." || s[3] == ")" || s[3] == " " || ScalarClass.isNumeric(s[3])
    }

    static func itemMarker(_ text: String) -> String? {
        guard let first = text.first else { return nil }
        if Self.itemBullets.contains(first) { return String(first) }
        let head = text.prefix(6)
        if first.isNumber {
            let digits = head.prefix(while: \.isNumber)
            guard let mark = head.dropFirst(digits.count).first, ".)/".contains(mark) else { return nil }
            // "1.2." is a point of another level than "1.": "3.1." and "3.2." are marked alike
            // ("1.1."), and so are "1.1.1." and "2.3.4." ("1.1.1.").
            if mark == ".", head.dropFirst(digits.count + 1).first?.isNumber == true {
                var levels = 1
                var rest = Substring(text.prefix(12)).dropFirst(digits.count + 1)
                while let f = rest.first, f.isNumber {
                    let more = rest.prefix(while: \.isNumber)
                    rest = rest.dropFirst(more.count)
                    levels += 1
                    guard let next = rest.first else { return nil }
                    if next == "." { rest = rest.dropFirst() } else if next == " " || next == ")" { break } else { return nil }
                }
                return String(repeating: "1.", count: levels)
            }
            return "1" + String(mark)
        }
        if first.isLetter, head.dropFirst().first == ")", TaskReferenceParser.letters.contains(String(first).lowercased()) { return "a)" }
        return nil
    }

    /// The mark opening an item that a column header may cite alone: "(2)" or "2)" (also with a
    /// letter, "(b)", "b)"), as its number or letter; nil for any other opening ("2.", "-").
    static func itemKey(_ text: String) -> String? {
        var rest = Substring(text.trimmed())
        let open = rest.first == "("
        if open { rest = rest.dropFirst() }
        let inner = rest.prefix { $0.isNumber }
        var key = String(inner)
        if inner.isEmpty {
            guard let f = rest.first, f.isLetter, TaskReferenceParser.letters.contains(String(f).lowercased()) else { return nil }
            key = String(f).lowercased()
        } else if inner.count > 2 { return nil }
        rest = rest.dropFirst(key.count)
        guard rest.first == ")" else { return nil }
        rest = rest.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\u{00A0}" || rest.first == "\t" else { return nil }
        return key
    }

    /// Notes the item mark of the paragraph that began `code`'s passage: the heading the
    /// passage was resolved from, or the line itself.
    mutating func noteMarkedItem(_ code: String) {
        guard lineIndex < lines.count else { return }
        var k = lineIndex
        if let at = openHeading?.location {
            var j = lineIndex
            while j >= 0, j >= lineIndex - 8 {
                if lines[j].firstLocation == at { k = j; break }
                j -= 1
            }
        }
        guard case .body = lines[k].container else { return }
        func key(_ j: Int) -> String? { Self.itemKey(lines[j].listLabel ?? "") ?? Self.itemKey(lines[j].text) }
        // (A passage begun at the first line under its heading: the heading right above.)
        if let found = key(k) ?? (k > 0 && lines[k - 1].container == .body && lines[k - 1].text.spaceSeparatedCount <= 16 ? key(k - 1) : nil) {
            markedItems[found] = code
        }
    }

    /// Whether an item's marker (`itemMarker(_:)`) is a bullet ("-", "+", "•"), not a number.
    static func isBullet(_ marker: String) -> Bool {
        marker.count == 1 && Self.itemBullets.contains(marker)
    }

    /// The lines (by index) that open an item with its row number in a cell of its own and
    /// its title in the next ("1 | Kiểm tra hàng hóa tại chợ"), nothing but a status after it
    /// (a sheet's row: nothing), when such lines number 1, 2, 3 … in order — at least two. A
    /// count before its noun ("6 | tin, bài trên trang thông tin", "1 | hội nghị tại khu
    /// phố") looks the same, but counts do not run 1, 2, 3 down a document.
    static func numberedTitleRows(_ lines: [Line]) -> Set<Int> {
        var found: [(index: Int, number: Int)] = []
        for (i, line) in lines.enumerated() {
            let titleRowCells: Int = { if case .body = line.container { return 3 } else { return 2 } }()
            guard line.cells.count >= 2, line.cells.count <= titleRowCells, let n = line.cells.first, !n.continued,
                  Self.isBareItemNumber(n.text), let number = Int(n.text.trimmed()),
                  line.cells[1].value == nil, Self.isTitleCell(line.cells[1].text),
                  line.cells.dropFirst(2).allSatisfy({ $0.value == nil && !$0.text.contains(where: \.isNumber) }) else { continue }
            found.append((i, number))
        }
        guard found.count >= 2, found.map(\.number) == Array(1...found.count) else { return [] }
        return Set(found.map(\.index))
    }

    /// A row's number alone in its cell, as a row number is typed: "1", "12" (a "1)" or
    /// "2." cell is an item's mark that the rows' own reading already takes).
    static func isBareItemNumber(_ text: String) -> Bool {
        let t = text.trimmed()
        return !t.isEmpty && t.count <= 2 && t.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A cell that can be an item's title: words, at least three, no figure at its start.
    static func isTitleCell(_ text: String) -> Bool {
        guard let first = text.trimmed().first, first.isLetter else { return false }
        return text.split(separator: " ").count >= 3
    }

    /// "1.", "2)", "1.2.", "IV." — an automatic list label that numbers a heading.
    static func isHeadingNumber(_ label: String) -> Bool {
        let l = label.trimmed()
        guard let last = l.last, last == "." || last == ")", l.count >= 2, l.count <= 8 else { return false }
        let body = l.dropLast()
        if let f = body.first, f.isNumber { return body.allSatisfy { $0.isNumber || $0 == "." } }
        return Self.romans[String(body).uppercased()] != nil
    }

    /// A bulleted "title: content" line whose short title (two to five words, no figures)
    /// names a task by meaning: the task.
    func shortItemTask(_ text: String) -> MeaningResolution? {
        guard let first = text.first, Self.itemBullets.contains(first) else { return nil }
        let body = stripEnumerator(text)
        guard let colon = Self.headingColon(in: body) else { return nil }
        let title = String(body[..<colon])
        let words = title.spaceSeparatedCount
        guard words >= 2, words <= 5, !title.contains(where: \.isNumber) else { return nil }
        let tokens = Tokenizer.tokenize(title)
        guard v.statusLabels.match(tokens, at: 0) == nil, v.sectionMatch(tokens, at: 0) == nil, !isFigureLabel(tokens) else { return nil }
        let rest = String(body[body.unicodeScalars.index(after: colon)...])
        if isFieldLine(title: title, rest: rest) { return nil }
        return resolveByMeaning(heading: title, body: rest, group: group, requireHeading: true)
    }

    /// "Số cơ sở được kiểm tra", "Số lượt cán bộ tham gia": the label of a figure (a label
    /// lead, then what is counted), a field of the passage it stands in, never an item of
    /// its own — a form's lines under its heading.
    /// A field of a form, filled or left empty: "- Số tiền xử phạt (đồng): 2500000", "- Số
    /// QCVN/TCVN đã góp ý: " — a label lead ("Số", "Tổng số"), and after the colon nothing or a
    /// number. A field of its passage, never an item of its own, whatever it counts.
    func isFieldLine(title: String, rest: String) -> Bool {
        let tokens = Tokenizer.tokenize(title)
        let value = rest.trimmed()
        guard value.isEmpty || value.first?.isNumber == true else { return false }
        // A share ("Tỷ lệ cơ sở vi phạm (%): 15,4") is a field of the passage too.
        if title.contains("%") { return true }
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), v.figureReading.labelLeads.match(tokens, at: first) != nil else { return false }
        return true
    }

    func isFigureLabel(_ tokens: [Token]) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), let lead = v.figureReading.labelLeads.match(tokens, at: first) else { return false }
        return v.counts.match(tokens, at: lead.end) != nil
    }

    /// A title before a colon inside a task's passage that names no task: a status label,
    /// perhaps with what the status is measured against ("Mức độ so với Kế hoạch năm 2026",
    /// "Tiến độ hoạt động", "Đánh giá năm"), before a status; or a period (`period_titles`).
    func isPassageLabel(title: String, rest: String) -> Bool {
        if namesPeriod(title) { return true }
        let tokens = readings.tokens(title)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        if v.statusLabels.match(tokens, at: first) == nil {
            // "Phòng Kinh tế đánh giá: nội dung này đã thực hiện xong.": a division of the unit
            // (`clauses.performer_titles`) judging the item, its name before the status label
            // that ends the title.
            var end = tokens.count
            while end > first, tokens[end - 1].kind == .punct { end -= 1 }
            guard v.performerTitles.match(tokens, at: first) != nil,
                  (first + 1..<min(end, first + 7)).contains(where: { v.statusLabels.match(tokens, at: $0)?.end == end }) else { return false }
        }
        return v.statusClaim(in: readings.tokens(rest)) != nil
    }

    /// A bulleted or numbered paragraph of the form "title: content", with a title of a few
    /// words: the way units start a new item of their report.
    /// A title that names a period or a running total (`clauses.period_titles`), a number
    /// before it or not ("Kỳ này", "6 tháng đầu năm (đã báo cáo)", "Lũy kế từ đầu năm").
    func namesPeriod(_ title: String) -> Bool {
        let tokens = readings.tokens(title)
        guard let first = tokens.firstIndex(where: { $0.kind != .number }) else { return false }
        return v.periodTitles.match(tokens, at: first) != nil
    }

    func looksLikeItemHeading(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        let body = stripEnumerator(text)
        // Bullets, numbers, "(1)", and any enumerator the item opens with ("A.2.", "→").
        guard Self.itemBullets.contains(first) || first.isNumber || text.hasPrefix("(") || body.utf8.count < text.utf8.count else { return false }
        guard let colon = Self.headingColon(in: body) else { return false }
        let title = body[..<colon]
        // An aside in brackets ("… phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế, cân
        // sức khỏe) tại …") lengthens a title without making it a sentence.
        var words = title.spaceSeparatedCount
        if words > 40 {
            var depth = 0
            let outside = title.unicodeScalars.filter { u in
                if u == "(" { depth += 1 } else if u == ")" { depth = max(0, depth - 1); return false }
                return depth == 0
            }
            words = String(String.UnicodeScalarView(outside)).spaceSeparatedCount
        }
        guard words >= 4, words <= 40 else { return false }
        // A title holds no figures; references ("TCVN ISO 9001", "Đề án 100") may stand in it.
        if title.contains(where: \.isNumber) {
            let n = readings.numbers(String(title), v)
            guard n.found.isEmpty, n.unread.isEmpty, n.unplaced.isEmpty else { return false }
        }
        // "Kết quả thực hiện: …", "Tình hình thực hiện: …" are parts of the item above, and
        // so is a figure's field ("- Số cơ sở được kiểm tra: 17 cơ sở").
        let tokens = Tokenizer.tokenize(String(title))
        let rest = String(body[body.unicodeScalars.index(after: colon)...])
        // "- Cách thức thực hiện: …", "- Đơn vị phối hợp: …": a field of the item above.
        if isFieldTitle(String(title)) { return false }
        return v.statusLabels.match(tokens, at: 0) == nil && !isFigureLabel(tokens) && !isFieldLine(title: String(title), rest: rest)
    }

    /// Whether a title is wholly the name of one of an item's fields ("Nội dung đã làm",
    /// "Cách thức thực hiện") or of its status ("Tình trạng").
    func isFieldTitle(_ title: String) -> Bool {
        let tokens = Tokenizer.tokenize(title).filter { $0.kind != .punct }
        guard !tokens.isEmpty else { return false }
        if let m = v.fieldTitles.match(tokens, at: 0), m.end == tokens.count { return true }
        if let m = v.statusLabels.match(tokens, at: 0), m.end == tokens.count { return true }
        return false
    }

    func code(_ group: Int, _ letter: String) -> String? {
        let code = "II.\(group).\(letter)"
        return x.tasksByCode[code] != nil ? code : nil
    }

    mutating func begin(_ code: String) {
        if isTable(container) { tableStartedTask = true }
        let waiting = headingTrailingStatus.flatMap { p in openHeading.map { $0.location == p.heading } == true ? p : nil }
        headingTrailingStatus = nil
        current = code
        noteMarkedItem(code)
        unmatched = nil
        openHeading = nil
        passageItemMarker = nil
        bulletsUnderHeading = false
        bulletsUnderJointHeading = false
        passageStartLine = lineIndex
        if builders[code] == nil { builders[code] = EntryBuilder(code: code); order.append(code) }
        let b = builders[code]!
        if let w = waiting { setStatus(w.claim.value, on: b, location: w.location, confidence: max(w.claim.confidence, v.statusReading.weight(.labelled))) }
        // An item begun under a heading that groups items by status takes it, as what it
        // absorbs would give it: an item whose words are all its title absorbs nothing.
        if let h = headingStatus { setStatus(h.status, on: b, location: h.location, confidence: v.statusReading.weight(.heading)) }
        b.passageStart = b.figures.mapValues { $0.sources.count }
        b.passageSignatures.formUnion(b.currentSignatures)
        b.currentSignatures = []
    }

    /// Reads figures and status from a passage of prose about `code`. Figures of the passage
    /// are staged in `pending` and committed by `commitPassage`.
    mutating func absorb(_ text: String, into code: String, location: Location?, skip: Set<IndicatorID> = []) {
        let b = builders[code]!
        if lastAbsorbed.line != lineIndex { lastAbsorbed = (lineIndex, []) }
        lastAbsorbed.codes.insert(code)
        // Under a heading that groups items by status, an item's task takes the heading's status,
        // the weakest claim: any status in the item's own words outweighs it.
        if let h = headingStatus { setStatus(h.status, on: b, location: h.location, confidence: v.statusReading.weight(.heading)) }
        let tokens = readings.tokens(text)
        var numbers = readings.numbers(text, v)
        if opensWithClosingLabel(text) { closingLine = lineIndex }
        if !numbers.found.isEmpty || !numbers.unplaced.isEmpty, tellsQuality(text) {
            // "- Về chất lượng: bản tin được gửi tới hơn 1.500 doanh nghiệp …": how well the
            // work went, not how much of it: each number is quoted, none read.
            numbers.unread += numbers.found.map { UnreadNumber(number: $0.phrase, phrase: $0.phrase) }
                + numbers.unplaced.map { UnreadNumber(number: $0.phrase, phrase: $0.phrase) }
            numbers.found = []
            numbers.unplaced = []
        }
        // A total stated in the passage stands for its parts.
        let totals = Set(numbers.found.filter(\.total).map(\.indicator))
        // A line of the year's end estimate after the result to date ("- Thực hiện đến
        // 20/11/2026: 13 tin, bài" then "- Ước thực hiện đến 31/12/2026: 15 tin, bài (…)"): its
        // figure of a kind the task already has is no result and not added; its other numbers
        // are not quoted once the task has results. An estimate alone stays read (and marked).
        let had = Set(b.figures.keys).union(pending.map(\.id))
        let found = numbers.found.filter { ($0.total || !totals.contains($0.indicator)) && !($0.estimate && had.contains($0.indicator)) }
        let unplaced = numbers.unplaced.filter { !($0.estimate && !had.isEmpty) }
        // A line that opens with a total word ("Tổng cộng: 12 tin.") totals the lines above it.
        // ("+ Cộng: 02 cuộc; 41 cơ sở" by a total label, `total_labels`.)
        let totalLine = tokens.firstIndex(where: { $0.kind == .word }).map {
            v.totalWords.match(tokens, at: $0) != nil || v.totalLabels.contains(tokens[$0].raw.lowercased())
        } ?? false
        // A figure after words of the whole in its line ("Sở tổng hợp: 07 cuộc, 59 cơ sở",
        // "toàn phường 03 cuộc") may total the task's figures of its kind read before it.
        // `wholeBefore[i]`: such words stand before token i in its sentence. One pass over the
        // passage, not a walk back per figure (a long paragraph of figures stays linear).
        // The words of the whole cover every figure of their sentence, past the ":" after them
        // and the ";" or "|" between its figures ("Sở tổng hợp: 04 cuộc; 31 cơ sở; 05 cơ sở vi
        // phạm; tiền phạt 43.000.000 đồng."): each may stand for its own parts. A sentence's end
        // (".", "!", "?", a line break) ends them.
        var wholeBefore = [Bool](repeating: false, count: found.isEmpty ? 0 : tokens.count + 1)
        if !found.isEmpty {
            var seen = false
            for k in tokens.indices {
                wholeBefore[k] = seen
                if tokens[k].breakBefore, !(k > 0 && tokens[k - 1].kind == .punct && Self.clauseJoints.contains(tokens[k - 1].folded)) { seen = false }
                if !seen, v.summaryWords.match(tokens, at: k) != nil { seen = true }
            }
            wholeBefore[tokens.count] = seen
        }
        for f in found where !skip.contains(f.indicator) {
            pending.append((f.indicator, f.value, location, f.phrase, totalLine && f.total, wholeBefore[max(0, min(f.at, tokens.count))]))
        }
        // An amount no money word names ("…: 2 cuộc; 35 hộ; 4 hộ vi phạm; 6.000.000 đồng") is
        // the one kind of money its task reports (`figures` of task_profiles.yaml), when the task
        // reports one and the passage names no amount of that kind; else a finding.
        let moneyKinds = (x.profiles.figures[code] ?? []).filter(\.isMoney)
        var unplacedLeft: [UnplacedFigure] = []
        for u in unplaced {
            if moneyKinds.count == 1, let id = moneyKinds.first, !skip.contains(id), !found.contains(where: { $0.indicator == id }) {
                pending.append((id, u.value, location, u.phrase, false, false))
            } else {
                unplacedLeft.append(u)
            }
        }
        if pendingAutoCommit { commitPassage(to: b) }
        for u in unplacedLeft {
            // Worded as the grid reader's finding of the same kind (grids.yaml `messages`).
            findings.append(Finding(severity: .warning, code: "amount-unplaced",
                                    message: x.gridRecognisers?.g.message("amount_unplaced", ["quote": u.phrase, "task": code]) ?? u.phrase,
                                    source: location?.description))
        }
        // Numbers said again, bare, after their figures were read for the task (a passage, then
        // a small table of its numbers: "… kiểm tra 46 cơ sở …" and "03 | 46 | 05"): a line of
        // numbers alone whose numbers are figures already counted has none of its own to quote.
        var known = Set(b.figures.values.map(\.value))
        for p in pending { known.insert(p.value) }
        let bare = !text.contains(where: \.isLetter)
        let unread = (!bare ? numbers.unread : numbers.unread.filter { u in
            guard Tokenizer.tokenize(u.number).count == 1, let n = VietNumber.parse(Substring(u.number)) else { return true }
            return !known.contains(n)
        }).filter { !($0.estimate && !had.isEmpty) }
        noteUnread(unread, task: code, location: location)
        let stated = v.statusOrUnrecognized(in: tokens)
        if let s = stated.claim, !namesWork(s, tokens, text), !statesAssignment(s, tokens) { setStatus(s.value, on: b, location: location, confidence: s.confidence, step: v.opensStep(tokens)) }
        else if let phrase = stated.unrecognized { noteUnknownStatus(phrase, task: code, location: location) }
        b.texts.append(text)
        if let location { b.sources.append(location.description) }
    }

    /// Whether a status verb opening a numbered heading's title is the name of the work, not
    /// its status: "3. Duy trì, liên kết chuẩn đo lường" (then "Đến nay, hoạt động này đã hoàn
    /// thành."), "2. Tiếp tục triển khai hệ thống …" — the claim opens the title right after
    /// its number and the title goes on with at least two words and no full stop.
    func namesWork(_ claim: StatusClaim, _ tokens: [Token], _ text: String) -> Bool {
        guard claim.kind == .opener || claim.kind == .clause, startsWithHeadingNumber(text),
              tokens.firstIndex(where: { $0.kind == .word }) == claim.start, claim.end < tokens.count else { return false }
        let after = tokens[claim.end...]
        return !after.contains { $0.kind == .punct && [".", "!", "?", ":", "–", "—", "("].contains($0.raw) }
            && after.filter { $0.kind == .word }.count >= 2
    }

    /// Whether a status claim lies in what a line says the unit was given to do ("Sở được
    /// giao: duy trì, cải tiến hệ thống quản lý chất lượng."): in the first sentence after a
    /// short label ending in one of `assignment_labels` and its colon — the work, not how far
    /// it came ("Đánh giá: Sở đã hoàn thành." under it says that).
    func statesAssignment(_ claim: StatusClaim, _ tokens: [Token]) -> Bool {
        guard !v.assignmentLabels.isEmpty, let colon = tokens.prefix(10).firstIndex(where: { $0.raw == ":" }), colon < claim.start,
              !tokens[(colon + 1)..<claim.start].contains(where: { $0.raw == "." || $0.raw == ";" }),
              !tokens[(colon + 1)..<claim.start].dropFirst().contains(where: \.breakBefore) else { return false }
        let label = tokens[..<colon].filter { $0.kind == .word }.map(\.folded).joined(separator: " ")
        return v.assignmentLabels.contains { label == $0 || label.hasSuffix(" " + $0) }
    }

    /// Whether a line opens with a title telling how well its item's work went ("- Về chất
    /// lượng: …", "Hiệu quả: …"; `clauses.quality_titles`, after a topic word or none).
    func tellsQuality(_ text: String) -> Bool {
        guard !v.qualityTitles.isEmpty else { return false }
        let tokens = readings.tokens(stripEnumerator(text))
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), first <= 1 else { return false }
        let at = v.clauseTopics.match(tokens, at: first)?.end ?? first
        guard let m = v.qualityTitles.match(tokens, at: at), m.end < tokens.count else { return false }
        return tokens[m.end].kind == .punct && tokens[m.end].raw == ":"
    }

    /// Marks that part the clauses of one sentence, not sentences: words of the whole before
    /// one of them still cover the figures after it.
    static let clauseJoints: Set<String> = [":", ";", "|"]

    /// Adds the staged figures of one passage (a paragraph, a table row) to the entry. A
    /// passage that restates figures the entry already has from another passage — the
    /// narrative repeating its appendix row — adds nothing; separate passages add up.
    mutating func commitPassage(to b: EntryBuilder) {
        defer { pending.removeAll() }
        guard !pending.isEmpty else { return }
        // A log's closing restates the totals of its rows: they replace the rows' figures.
        if closingBlock || closingLine == lineIndex { commitClosing(to: b); return }
        if inLogRow {
            b.noteSignature(self.signature(of: pending))
            for f in pending { add(f.id, f.value, to: b, location: f.location, text: f.text, total: f.total, summary: f.summary) }
            return
        }
        let signature = self.signature(of: pending)
        // Figures another passage of the task already gave, value for value (the narrative
        // and its appendix row), are not counted twice; the passage's other figures are.
        // Lines of the passage under one heading ("+ Khu phố 12: 01 lớp", "+ Khu phố 15: 01
        // lớp") are parts of it, never restatements of each other: only figures of earlier
        // passages are compared.
        func earlier(_ id: IndicatorID) -> ArraySlice<FigureSource> {
            guard let sources = b.figures[id]?.sources else { return [] }
            return sources.prefix(b.passageStart?[id] ?? sources.count)
        }
        let restated = pending.filter { f in earlier(f.id).contains(where: { $0.value == f.value }) }
        if !restated.isEmpty, restated.count < pending.count, !b.passageSignatures.contains(signature) {
            if restatedNoted.insert(b.code).inserted {
                restatedTasks.append(b.code)
                if restatedSource == nil { restatedSource = restated.first?.location?.description }
            }
            b.noteSignature(signature)
            for f in pending where !restated.contains(where: { $0.id == f.id && $0.value == f.value }) {
                add(f.id, f.value, to: b, location: f.location, text: f.text, total: f.total, summary: f.summary)
            }
            return
        }
        if b.passageSignatures.contains(signature) || !restated.isEmpty && restated.count == pending.count {
            if restatedNoted.insert(b.code).inserted {
                restatedTasks.append(b.code)
                if restatedSource == nil { restatedSource = pending.first?.location?.description }
            }
            return
        }
        b.noteSignature(signature)
        for f in pending { add(f.id, f.value, to: b, location: f.location, text: f.text, total: f.total, summary: f.summary) }
    }

    func add(_ id: IndicatorID, _ value: Double, to b: EntryBuilder, location: Location?, text: String, total: Bool = false, summary: Bool = false) {
        let src = FigureSource(location: location?.description ?? "", text: text, value: value)
        // Said of the whole ("Sở tổng hợp: 07 cuộc" after each sub-unit's quoted figures,
        // "toàn phường 03 cuộc" after each former ward's): the total of the task's last two or
        // more figures of its kind when it equals their sum; else a figure of its own.
        if !total, summary, let k = summedParts(of: id, in: b, to: value) {
            if let parts = b.figures[id]?.sources[k...] { b.partsOfWholes += parts }
            replaceParts(of: id, in: b, from: k)
            addSource(id, src, to: b)
            if b.passageStart != nil { b.passageStart?[id] = b.figures[id]?.sources.count ?? 0 }
            return
        }
        if total, let start = b.passageStart {
            // A total line under the task's heading ("Tổng cộng: 05 cuộc, 15 cơ sở" after one
            // line per khu phố) stands for the parts listed above it in the same passage — or
            // for the last figures of the task that add up to it, when they are two or more
            // ("Cộng chung hai hoạt động kiểm tra nêu trên: 05 cuộc, 59 cơ sở" after two
            // activities of the task, each under its own heading).
            replaceParts(of: id, in: b, from: summedParts(of: id, in: b, to: value) ?? start[id] ?? 0)
            defer { b.passageStart?[id] = b.figures[id]?.sources.count ?? 0 }
            addSource(id, src, to: b)
            return
        }
        addSource(id, src, to: b)
    }

    /// Where the last sources of a figure that add up to `total` start, when they are two or
    /// more; nil when no such run ends the figure's sources.
    func summedParts(of id: IndicatorID, in b: EntryBuilder, to total: Double) -> Int? {
        guard let sources = b.figures[id]?.sources, sources.count >= 2 else { return nil }
        var sum = 0.0
        for k in sources.indices.reversed() {
            sum += sources[k].value
            if sources.count - k >= 2, abs(sum - total) < 0.5 { return k }
            if sum > total { return nil }
        }
        return nil
    }

    /// Drops the parts of a figure added since `start` (its sources from that index on).
    func replaceParts(of id: IndicatorID, in b: EntryBuilder, from start: Int) {
        guard let f = b.figures[id], f.sources.count > start else { return }
        let parts = f.sources[start...]
        if start == 0 { b.figures[id] = nil; return }
        b.figures[id]!.value -= parts.reduce(0) { $0 + $1.value }
        b.figures[id]!.sources.removeSubrange(start...)
    }

    func addSource(_ id: IndicatorID, _ src: FigureSource, to b: EntryBuilder) {
        let value = src.value
        if b.figures[id] != nil {
            // In place: a copy out of the dictionary and back copied every source each time,
            // quadratic in the figures of one indicator (a long paragraph of figures).
            b.figures[id]!.value += value
            b.figures[id]!.sources.append(src)
        } else {
            b.figures[id] = Figure(value: value, sources: [src])
        }
    }

    /// The resolver of a task's status: the first claim stands unless a later one weighs
    /// more (or as much, where the first yields to it: `status_reading.tie_yields`). `confidence` nil: a status stated as a cell states it (a tick, a form's list).
    /// `step`: the claim is a numbered step's ("Bước 2: … (đang làm)"): it replaces an
    /// earlier step's claim of the same weight, the task standing where its last step stands.
    func setStatus(_ s: TaskStatus, on b: EntryBuilder, location: Location?, confidence: Double? = nil, step: Bool = false) {
        let w = confidence ?? v.statusReading.weight(.cell)
        b.statusClaims.append((s, w, location?.description))
        if b.status == nil || v.statusReading.replaces(b.status!, b.statusConfidence, with: s, w)
            || step && b.statusFromStep && abs(w - b.statusConfidence) < 1e-9 {
            b.status = s; b.statusSource = location?.description; b.statusConfidence = w; b.statusFromStep = step
        }
    }

    /// A status cell's claim, set on the entry.
    func setCellStatus(_ text: String, on b: EntryBuilder, location: Location?) -> Bool {
        guard let s = v.cellStatusClaim(text) else { return false }
        setStatus(s.value, on: b, location: location, confidence: s.confidence)
        return true
    }

    /// Numbers of a task's passage that became no figure: one finding per passage, quoting
    /// each number with its words, so that nothing the unit wrote is dropped unseen.
    mutating func noteUnread(_ unread: [UnreadNumber], task: String, location: Location?) {
        guard !unread.isEmpty else { return }
        // Numbers of one short line share its words: each phrase quoted once.
        var seen = Set<String>()
        let list = unread.filter { seen.insert($0.phrase).inserted }.map { "“\($0.phrase)”" }.joined(separator: "; ")
        findings.append(Finding(severity: .warning, code: "figure-unrecognized",
            message: "Chưa đọc được số liệu \(list) của nhiệm vụ \(task) thành chỉ tiêu nào; đề nghị kiểm tra.",
            source: location?.description))
    }

    /// A status cell or a labelled status the vocabulary does not know: quoted for a person.
    mutating func noteUnknownStatus(_ phrase: String, task: String, location: Location?) {
        findings.append(Finding(severity: .warning, code: "status-unrecognized",
            message: "Chưa hiểu tiến độ “\(phrase)” của nhiệm vụ \(task); đề nghị kiểm tra và ghi nhận tình trạng.",
            source: location?.description))
    }

    mutating func noteUnplacedFigures(_ text: String, _ line: Line) {
        let numbers = readings.numbers(text, v)
        let phrases = numbers.found.map(\.phrase) + numbers.unplaced.map(\.phrase) + numbers.unread.map(\.phrase)
        guard !phrases.isEmpty else { return }
        let list = phrases.joined(separator: "; ")
        findings.append(Finding(severity: .warning, code: "figure-without-task",
                                message: "Số liệu “\(list)” không gắn với nhiệm vụ nào của Kế hoạch; chưa được tổng hợp.",
                                source: line.firstLocation?.description))
    }

    // MARK: Tables

    /// A Word table's row of two cells: a label of at most `layout_rows.label_max_words` words
    /// (its line breaks only the layout's), no number, no section or status label, beside a
    /// cell of at least `layout_rows.content_min_words` words. The label and the text.
    func labelledRow(_ line: Line) -> (title: String, rest: String)? {
        guard v.layoutLabelMaxWords > 0, v.layoutContentMinWords > 0, case .table = line.container, line.cells.count == 2,
              !line.cells[0].continued, !line.cells[1].continued, !isLayoutTable(line) else { return nil }
        let label = line.cells[0].text.split(separator: "\n").joined(separator: " ").trimmed(" :.-–")
        let rest = line.cells[1].text
        guard !label.isEmpty, !label.contains(where: \.isNumber), label.spaceSeparatedCount(upTo: v.layoutLabelMaxWords) <= v.layoutLabelMaxWords,
              rest.spaceSeparatedCount(upTo: v.layoutContentMinWords) >= v.layoutContentMinWords else { return nil }
        let tokens = readings.tokens(label)
        guard v.sectionMatch(tokens, at: 0) == nil, v.statusLabels.match(tokens, at: 0) == nil else { return nil }
        if repeatedRowLabels.contains(Self.rowLabelKey(line.cells[0].text)) { return nil }
        return (label, rest)
    }

    static func rowLabelKey(_ text: String) -> String {
        VietText.fold(text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " "))
    }

    /// Writes each line with how it was read to standard error (`TONGHOP_TRACE_LINES`).
    func traceLines() {
        for (i, line) in lines.enumerated() {
            let c = lineContexts.indices.contains(i) ? lineContexts[i] : LineContext()
            let how = c.layout ? "layout" : c.byGrid ? "grid" : (c.task ?? "-")
            let text = line.cells.map { $0.text.replacingOccurrences(of: "\n", with: " ⏎ ") }.joined(separator: " | ")
            FileHandle.standardError.write(Data("\(i)\t\(c.section.map { "\($0)" } ?? "-")\t\(how)\t\(text.prefix(160))\n".utf8))
        }
    }

    /// A layout table: the Quốc hiệu header block or the "Nơi nhận" / signature block.
    func isLayoutTable(_ line: Line) -> Bool {
        // The marks of these blocks stand at the start of their cells.
        let f = VietText.fold(line.cells.map { String($0.text.prefix(60)) }.joined(separator: " "))
        return f.containsBytes("cong hoa xa hoi chu nghia") || f.containsBytes("doc lap - tu do") || f.hasPrefix("noi nhan")
            || f.containsBytes(" noi nhan:") || f.containsBytes("tm. uy ban") || f.containsBytes("kt. chu tich")
    }

    /// A row of a table that opened with the header block holding the report's own text: a
    /// cell of at least `layout_rows.content_min_words` words that is no field of the header
    /// ("V/v báo cáo kết quả …" beside the number).
    func holdsReportText(_ line: Line) -> Bool {
        guard v.layoutContentMinWords > 0 else { return false }
        return line.cells.contains { cell in
            guard !cell.continued, cell.text.spaceSeparatedCount >= v.layoutContentMinWords else { return false }
            let f = VietText.fold(String(cell.text.prefix(40)))
            return !v.layoutFieldLeads.contains { f.hasPrefix($0) }
        }
    }

    /// The roles of a header row's columns, when at least two cells are known headers and one
    /// of them says where the task or indicator is.
    func tableHeader(_ line: Line, anchored mustBeAnchored: Bool = true) -> TableContext? {
        guard line.cells.count >= 2 else { return nil }
        // A header names columns; a row that gives figures between its labels ("Số liệu → |
        // Cuộc KT | 6 | Cơ sở | 38") is a line of fields. A year heads a period's column.
        guard !line.cells.contains(where: { c in
            guard !c.continued else { return false }
            let number: Double? = { if case .number(let d)? = c.value { return d } else { return Double(c.text.trimmed()) } }()
            guard let n = number else { return false }
            return !VietNumber.isYear(n)
        }) else { return nil }
        // Nor one whose cell ends a line with a number after its label and a field mark
        // (`figure_reading.field_marks`): "Lớp tập huấn — 01 ⏎ Công chức tham dự — 70" beside
        // the work and "Đã hoàn thành" is a row of figures, though its labels name columns.
        guard !line.cells.contains(where: { !$0.continued && givesFieldFigure($0.text) }) else { return nil }
        var t = TableContext()
        for cell in line.cells where !cell.continued {
            t.headers[cell.column] = cell.text
            guard let (role, scale) = columnRole(cell.text) else { continue }
            if t.roles[cell.column] == nil {
                t.roles[cell.column] = role
                if let scale { t.scales[cell.column] = scale }
            }
            if cell.span > 1 { for c in (cell.column + 1)..<(cell.column + cell.span) { t.spanned.insert(c) } }
        }
        // "Stt | Công việc | Kết quả": in a numbered table the bare word heads each row's piece
        // of work, a task. Elsewhere it heads a log's entries ("Thời gian | Công việc | Kết
        // quả, số liệu"), which the line reader reads as paragraphs.
        if t.roles.values.contains(.sequence), !t.roles.values.contains(.task) {
            for cell in line.cells where !cell.continued && t.roles[cell.column] == nil && v.numberedWorkHeaders.wholeMatch(cell.text) != nil {
                t.roles[cell.column] = .task
                break
            }
        }
        guard t.roles.count >= 2 else { return nil }
        let roles = Array(t.roles.values)
        let anchored = roles.contains(.task) || roles.contains(.indicatorName) || roles.contains(.sequence)
            || roles.contains(where: { if case .indicator = $0 { return true } else { return false } })
        guard anchored || !mustBeAnchored else { return nil }
        t.headerRows = 1
        return t
    }

    /// Whether a line of the text ends with a number (not a year) right after a field mark
    /// that follows words: "Lớp tập huấn — 01", "Số người: 70".
    func givesFieldFigure(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let marks = v.figureReading.fieldMarks
        for line in text.split(separator: "\n") {
            let tokens = Tokenizer.tokenize(String(line))
            guard tokens.count >= 3, let last = tokens.last, last.kind == .number,
                  tokens[tokens.count - 2].kind == .punct, marks.contains(String(tokens[tokens.count - 2].raw)),
                  tokens[tokens.count - 3].kind == .word else { continue }
            if let n = VietNumber.parse(last.raw), VietNumber.isYear(n) { continue }
            return true
        }
        return false
    }

    /// A header cell's role: the longest vocabulary phrase in it, with any money scale written
    /// in it ("Số tiền xử phạt (triệu đồng)").
    func columnRole(_ text: String) -> (ColumnRole, Double?)? {
        // At most 80 characters (scalars: NFC text has one per character); not counted past 80.
        guard text.utf8.count <= 80 || text.unicodeScalars.prefix(81).count <= 80 else { return nil }
        var scale: Double?
        let tokens = Tokenizer.tokenize(text)
        // (A "Tỷ lệ (%)" column keeps its "tỷ" here: a Word table's rate column is set aside
        // by it, "Chỉ số | Tử số | Mẫu số | Tỷ lệ (%)"; only the grid path leaves it out.)
        for m in v.moneyScales.matches(in: tokens) { scale = max(scale ?? 0, m.value) }
        var best: (ColumnRole, Int)?
        var i = 0
        while i < tokens.count {
            if let m = v.columns.match(tokens, at: i) {
                let length = m.words
                // Prefer a phrase at the start of the cell, then the longest.
                let weight = length * 2 + (i == 0 ? 1 : 0)
                if best == nil || weight > best!.1 { best = (m.value, weight) }
            }
            i += 1
        }
        let words = tokens.filter { $0.kind == .word }.count
        // "Số lượng lớp", "Số mẫu thử nghiệm": "số (lượng)" and a noun that counts an indicator
        // in prose, when no header phrase says more.
        if best == nil || best?.0 == .value, tokens.first?.folded == "so" {
            let k = tokens.count > 1 && tokens[1].folded == "luong" ? 2 : 1
            if let m = v.counts.match(tokens, at: k), words <= 12 { return (.indicator(m.value), scale) }
        }
        // A header that is a status phrase and nothing else ("Đang thực hiện"): a tick column.
        if words <= 5, let status = v.statuses.wholeMatch(text) { return (.statusFlag(status), nil) }
        // "Số tiền (triệu đồng)", "Giá trị (đồng)": an amount whose kind each row's name says.
        if best == nil, let scale, words <= 8 { return (.value, scale) }
        guard let (role, _) = best else { return nil }
        // "Đơn vị / Nội dung phối hợp theo Kế hoạch": "đơn vị" before the slash is the body each
        // group row names, not a unit of measure; the words after it say what the rows name.
        if role == .measureUnit, let slash = text.firstIndex(of: "/"),
           let (after, _) = columnRole(String(text[text.index(after: slash)...])), after == .task || after == .indicatorName {
            return (after, scale)
        }
        // A long sentence that merely contains "kết quả" is not a header.
        if words > 12 { return nil }
        return (role, scale)
    }

    /// The task a table row is about: a code in the sequence/code column or at the start of
    /// the task column, a letter under a roman group row, or the task column's title.
    func rowTask(_ line: Line, _ t: TableContext) -> String? {
        let seqCols = Set(t.roles.filter { $0.value == .sequence || $0.value == .code }.map(\.key))
        let taskCol = t.column(.task) ?? t.column(.indicatorName)
        for cell in line.cells where seqCols.contains(cell.column) {
            if let ref = TaskReferenceParser.references(in: cell.text).first, let c = code(ref.group, ref.letter) { return c }
            let s = cell.text.trimmed(" .)")
            if s.count == 1, TaskReferenceParser.letters.contains(s.lowercased()), let g = group, let c = code(g, s.lowercased()) { return c }
        }
        if let tc = taskCol, let cell = line.cells.first(where: { $0.column == tc }) {
            let refs = TaskReferenceParser.references(in: cell.text)
            if let ref = refs.first, ref.offset <= 40, let c = code(ref.group, ref.letter) { return c }
            // "Phối hợp kiểm tra … (điểm c khoản 5)": the one reference, in parentheses.
            if refs.count == 1, let ref = refs.first, Self.inParentheses(cell.text, at: ref.offset), let c = code(ref.group, ref.letter) { return c }
            if t.isIndicatorSheet {
                // In an indicator sheet a task row is numbered "1", "2" (not "-" or "2.1") and
                // its name is not an indicator, a status label or a "Kết quả: …" line.
                // The leftmost such column: a Set's order changes from run to run, and a code
                // column right of the numbers ("Mức đạt (%) | 100%") is no number of the row.
                let seq = seqCols.sorted().lazy.compactMap { c in line.cells.first(where: { $0.column == c })?.text }.first ?? ""
                guard !seq.isEmpty, seq.allSatisfy({ $0.isNumber || $0 == "." }), !seq.utf8.dropLast().contains(UInt8(ascii: ".")),
                      indicatorOf(cell.text) == nil else { return nil }
                let tokens = readings.tokens(cell.text)
                if v.statusLabels.match(tokens, at: 0) != nil { return nil }
            }
            let titlePart = String(cell.text.prefix(while: { $0 != ":" }).prefix(400))
            if let best = x.titles.best(titlePart, group: group, threshold: 0.35) ?? (group != nil ? x.titles.best(titlePart, threshold: 0.5) : nil) {
                // The title matcher's pick stands unless the task profiles clearly name another.
                let others = line.cells.filter { $0.column != tc && !$0.continued }.map(\.text).joined(separator: " ")
                if case .task(let c) = resolveByMeaning(heading: titlePart, body: others, group: group, requireHeading: true) { return c }
                return best
            }
            // The unit's own words for a task: the task cell as heading, the row's other
            // cells and the figure rows below as body.
            if !isMeasureRow(line, t), indicatorOf(cell.text) == nil {
                let others = line.cells.filter { $0.column != tc && !$0.continued }.map(\.text).joined(separator: " ")
                if case .task(let c) = resolveByMeaning(heading: titlePart, body: others + "\n" + rowsBody(after: lineIndex, t), group: group, requireHeading: true) { return c }
            }
        }
        return nil
    }

    /// "TT | Chỉ số | Giá trị | ĐVT | Của việc (STT)" below the table of jobs on the same sheet
    /// ("STT | Việc | Đã làm | Tình trạng"): a figures row whose pointer column
    /// (`figure_pointers`) gives the number of a job row that began a task ("1", "V08") is
    /// that task's. Returns the task and the pointer's column (its number is no figure).
    func pointedTask(_ line: Line, _ t: TableContext) -> (code: String, column: Int)? {
        guard !v.figurePointers.isEmpty, case .sheet(let name) = line.container else { return nil }
        let source = Grid.Source.sheet(name)
        guard let tasks = grids.rowTasks[source], !tasks.isEmpty, let grid = grids.readable[source]?.grid,
              case .sheetCell(_, let lineRow, _)? = line.firstLocation else { return nil }
        func key(_ text: String) -> String {
            let s = text.trimmed(" .")
            if let n = Double(s), n == n.rounded(), abs(n) < 1e6 { return String(Int(n)) }
            return VietText.fold(s)
        }
        // In column order: the first pointer column decides, whatever the dictionary's order.
        for (column, header) in t.headers.sorted(by: { $0.key < $1.key }) where t.roles[column] == nil || t.roles[column] == .sequence || t.roles[column] == .code {
            let folded = VietText.fold(header)
            guard v.figurePointers.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }),
                  let cell = line.cells.first(where: { $0.column == column && !$0.continued }), !cell.text.trimmed().isEmpty else { continue }
            let wanted = key(cell.text)
            // The job row of that number: its first cell that holds anything.
            for gr in grid.rows {
                guard let code = tasks[gr.index], gr.index < lineRow,
                      let first = gr.cells.first(where: { !$0.text.trimmed().isEmpty }), key(first.text) == wanted else { continue }
                return (code, column)
            }
        }
        return nil
    }

    /// Whether what a figures row counts (its name and unit) is a kind its pointed task
    /// reports: a row its job's task would never report keeps its finding, never a guess.
    func pointedRowFits(_ line: Line, _ t: TableContext, _ code: String) -> Bool {
        guard let nameCol = t.column(.indicatorName) ?? t.column(.task),
              let name = line.cells.first(where: { $0.column == nameCol })?.text else { return false }
        let unit = t.column(.measureUnit).flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        guard let id = indicatorOf(name: name, unit: unit) else { return false }
        return x.profiles.figures[code]?.contains(id) ?? false
    }

    mutating func handleRow(_ line: Line, _ t: TableContext) {
        if let pointed = pointedTask(line, t), pointedRowFits(line, t, pointed.code) {
            if current != pointed.code { begin(pointed.code) }
            var figures = line
            figures.cells.removeAll { $0.column == pointed.column }
            figureRow(figures, t, task: pointed.code)
            return
        }
        let seqCol = t.column(.sequence) ?? t.column(.code)
        let taskCol = t.column(.task) ?? t.column(.indicatorName)
        let seqText = seqCol.flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        let taskText = taskCol.flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        // "17 | Kiểm tra (5.a) | Cơ sở vi phạm | cơ sở | 38 | Đang thực hiện": a task column
        // and an indicator column side by side, one figure a row, the task's cells merged
        // down its rows.
        if let tc = t.column(.task), let nc = t.column(.indicatorName), tc != nc,
           let taskCell = line.cells.first(where: { $0.column == tc }),
           line.cells.contains(where: { $0.column == nc && !$0.continued }) {
            let refs = TaskReferenceParser.references(in: taskCell.text)
            let code = refs.count == 1 ? code(refs[0].group, refs[0].letter) : rowTask(line, t)
            if let code {
                if current != code { begin(code) }
                figureRow(line, t, task: code)
                return
            }
        }
        // "(1) | (2) | (3)": the columns' numbers under a header.
        if line.cells.count >= 3, line.cells.allSatisfy({ c in
            let s = c.text.trimmed("() ")
            return !s.isEmpty && s.count <= 2 && s.allSatisfy(\.isNumber) && c.text.contains("(")
        }) { return }
        // Totals are sums of rows already read.
        let totalText = taskText.isEmpty ? seqText : taskText
        if totalText.utf8.count <= 40, v.totalRows.contains(VietText.words(totalText).joined(separator: " ")) { return }
        // "Cộng (02 cuộc)", "Tổng cộng: 03 đợt": a total whose label counts its rows (the
        // inspections, the rounds) — the sums are of rows already read; the count is a result
        // of the task the rows report.
        if let rec = x.gridRecognisers, let counted = GridResolver(r: rec).totalWithCount(totalText) {
            if let code = current { absorb(counted, into: code, location: line.firstLocation) }
            return
        }
        // A group row: "II | Tổ chức triển khai …" (roman), or "2 | <title spanning the
        // row>". The plan's group is taken when the title agrees with the number.
        let taskCell = taskCol.flatMap { c in line.cells.first(where: { $0.column == c }) }
        let seqNumber = romanValue(seqText) ?? Int(seqText.trimmed(". "))
        // A row with a unit and a number is a figure of the task above — unless it states a
        // status of its own and is numbered as the task rows are ("3 | Góp ý dự thảo … | 01 |
        // dự thảo | Đang thực hiện" after "2 | Kiểm tra …").
        let ownStatus = line.cells.contains { t.roles[$0.column] == .status && !$0.continued && v.cellStatus($0.text) != nil }
        let arabic = !seqText.trimmed(". ").isEmpty && seqText.trimmed(". ").allSatisfy(\.isNumber)
        let measureRow = isMeasureRow(line, t) && !(ownStatus && (current == nil || arabic && taskRowsNumbered == .arabic))
        var rowByMeaning: String?
        // "I. Tuyên truyền, phổ biến pháp luật …" across the whole row: the unit's heading of a
        // task whose figures are the rows below.
        if let only = line.cells.first, line.cells.filter({ !$0.continued }).count == 1, only.span >= 3 || line.cells.count == 1,
           startsWithHeadingNumber(only.text), !only.continued {
            let heading = stripEnumerator(only.text)
            switch resolveByMeaning(heading: heading, body: rowsBody(after: lineIndex, t), group: group, requireHeading: true) {
            case .task(let c):
                begin(c)
                taskRowsNumbered = .heading
            case .ambiguous(let a, let b):
                current = nil
                noteAmbiguous(a, b, heading: heading, quotes: [], location: only.location)
            case .none:
                current = nil
                noteUnmatchedTask(heading, line, numbers: [])
            }
            return
        }
        if let n = seqNumber, rowTaskByCode(line, t) == nil,
           romanValue(seqText) != nil || (taskCell?.span ?? 1) >= 2 {
            let ranked = x.groupTitles.rank(taskText)
            // A row of the unit's own numbering that names a task rather than the plan's group
            // ("I | Tuyên truyền trên loa, Zalo … | | Đang triển khai", its figures in the rows
            // below): resolved by meaning, the rows below as its body.
            let agrees = x.groups[n] != nil && ranked.first(where: { Int($0.code) == n }).map({ $0.score >= 0.2 }) == true
            // Figures right below it make even a row that agrees with a plan group a task's row.
            let figuresBelow = lineIndex + 1 < lines.count && lines[lineIndex + 1].container == line.container
                && isMeasureRow(lines[lineIndex + 1], t)
            if !agrees || figuresBelow, !measureRow, !taskText.isEmpty,
               case .task(let c) = resolveByMeaning(heading: taskText, body: rowsBody(after: lineIndex, t), group: agrees ? n : nil, requireHeading: true) {
                rowByMeaning = c
            }
        }
        if rowByMeaning == nil, let n = seqNumber, rowTaskByCode(line, t) == nil,
           romanValue(seqText) != nil || (taskCell?.span ?? 1) >= 2 {
            let ranked = x.groupTitles.rank(taskText)
            let agrees = ranked.first(where: { Int($0.code) == n }).map({ $0.score >= 0.2 }) == true
            // A roman number is the plan's group when its title agrees or says little.
            if x.groups[n] != nil, agrees || romanValue(seqText) != nil && (ranked.first?.score ?? 0) < 0.35 {
                group = n
            } else if let top = ranked.first, top.score >= 0.35 {
                group = Int(top.code)
            } else {
                group = nil
            }
            current = nil
            return
        }
        if let code = rowByMeaning ?? (measureRow ? nil : rowTask(line, t)) {
            begin(code)
            taskRowsNumbered = romanValue(seqText) != nil ? .roman : arabic ? .arabic : .other
        } else if measureRow, let code = current, !t.isIndicatorSheet {
            // "1 | Cuộc kiểm tra | Cuộc | 2": a figure of the task above, its kind told by its
            // name and its unit of measure; a status beside it is the task's.
            figureRow(line, t, task: code)
            return
        } else if measureRow, !t.isIndicatorSheet {
            // A figure under no task ("A | Thông tin chung" above it): quoted below.
            current = nil
        } else if t.isIndicatorSheet {
            // Indicator rows ("- | Số cuộc kiểm tra | Cuộc | 2") belong to the task above; a
            // numbered row that names no known task ends it.
            let seq = seqText.trimmed(". ")
            if !seq.isEmpty, seq.allSatisfy(\.isNumber), !taskText.isEmpty, indicatorOf(taskText) == nil,
               v.statusLabels.match(Tokenizer.tokenize(taskText), at: 0) == nil {
                current = nil
                noteUnmatchedTask(taskText, line, numbers: rowNumberQuotes(line, t))
                return
            }
        } else if seqText.isEmpty || line.cells.first?.continued == true {
            // A continuation row of the task above (merged STT cell left blank).
        } else {
            current = nil
            if !taskText.isEmpty { noteUnmatchedTask(taskText, line, numbers: rowNumberQuotes(line, t)) }
            return
        }
        guard let code = current else {
            // A row under no task (its task row was not recognised): its numbers are quoted.
            let quotes = rowNumberQuotes(line, t)
            if !quotes.isEmpty, let k = unmatched, k.index < findings.count {
                // Under a task row that was not recognised: one finding for the task and its rows.
                unmatched!.quotes += quotes
                findings[k.index].message = unmatchedMessage(k.text, unmatched!.quotes)
            } else if !quotes.isEmpty {
                findings.append(Finding(severity: .warning, code: "figure-without-task",
                    message: "Số liệu \(quotes.map { "“\($0)”" }.joined(separator: "; ")) không gắn với nhiệm vụ nào của Kế hoạch; chưa được tổng hợp.",
                    source: line.firstLocation?.description))
            }
            return
        }
        let b = builders[code]!
        var fromColumns = Set<IndicatorID>()
        if t.isIndicatorSheet {
            if current == code, rowTask(line, t) != nil {
                statusFromShortCells(line, t, b)
                return
            }
            indicatorRow(line, t, b, &fromColumns)
            return
        }
        pendingAutoCommit = false
        defer { pendingAutoCommit = true; commitPassage(to: b) }
        for cell in line.cells where !cell.continued {
            guard let role = t.roles[cell.column] else { continue }
            if case .indicator(let id) = role, let value = cellNumber(cell, scale: t.scales[cell.column] ?? 1, money: id.isMoney) {
                pending.append((id, value, cell.location, cell.text, false, false))
                fromColumns.insert(id)
            }
        }
        for cell in line.cells {
            let role = t.roles[cell.column]
            if role == .status, setCellStatus(cell.text, on: b, location: cell.location) {}
            else if role == .status, !cell.continued, b.status == nil, cell.text.spaceSeparatedCount <= 8,
                    cell.text.contains(where: \.isLetter), cell.text.trimmed() != "-" {
                noteUnknownStatus(cell.text, task: code, location: cell.location)
            }
            if case .statusFlag(let s)? = role, x.gridRecognisers?.g.isTick(cell.text) == true { setStatus(s, on: b, location: cell.location) }
        }
        if t.column(.status) == nil || b.status == nil || b.statusConfidence <= v.statusReading.weight(.percentage) { statusFromShortCells(line, t, b) }
        // "Tuyên truyền trên loa các ấp [đã xong] | Phát 24 tin": the task's cell ends with its
        // status after a mark or alone in brackets (`status_reading.heading_tail`, `brackets`),
        // as an item's heading may; a status cell's claim stands before it.
        if let tc = taskCol, let cell = line.cells.first(where: { $0.column == tc && !$0.continued }),
           let claim = v.headingTailStatus(readings.tokens(cell.text)) {
            setStatus(claim.value, on: b, location: cell.location, confidence: v.statusReading.weight(.parenthesised))
        }
        for cell in line.cells where !cell.continued && (t.roles[cell.column] == .result || t.roles[cell.column] == .value) {
            if isPlainNumber(cell) {
                // A bare number in a result column: quoted with its row's and column's words.
                noteUnread(rowNumberQuotes(line, t, only: [cell.column]).map { UnreadNumber(number: cell.text, phrase: $0) },
                           task: code, location: cell.location)
                continue
            }
            absorb(cell.text, into: code, location: cell.location, skip: fromColumns)
        }
        if t.column(.result) == nil, let tc = taskCol, let cell = line.cells.first(where: { $0.column == tc && !$0.continued }) {
            // Task column with the result written after the title ("Nhiệm vụ 2.h: … Kết quả: …").
            let cs = cell.text.unicodeScalars
            if let colon = cs.firstIndex(of: ":"), cs.distance(from: cs.startIndex, to: colon) > 20 {
                absorb(String(cell.text[cs.index(after: colon)...]), into: code, location: cell.location, skip: fromColumns)
            } else {
                b.sources.append(cell.location.description)
            }
        }
    }

    /// A short cell that is only a status, wherever the unit put it ("Ghi chú" column, the
    /// last column of a task row): "Chưa tổ chức thực hiện", "Hoàn thành".
    func statusFromShortCells(_ line: Line, _ t: TableContext, _ b: EntryBuilder) {
        for cell in line.cells where t.roles[cell.column] != .task && t.roles[cell.column] != .indicatorName {
            let tokens = readings.tokens(cell.text)
            guard tokens.filter({ $0.kind == .word }).count <= 8, !tokens.contains(where: { $0.kind == .number }) else { continue }
            if let m = v.statuses.matches(in: tokens).first { setStatus(m.value, on: b, location: cell.location); return }
        }
    }

    /// Whether an opening parenthesis stands shortly before scalar `offset` ("(điểm c …",
    /// "(nhiệm vụ 5.c"), with no closing one in between.
    /// The task a line cites in the brackets it closes with ("… (mục 2a – đang triển khai).",
    /// "… (điểm e mục 2)"): the line's only reference, in its last brackets.
    func closingReference(_ text: String) -> String? {
        let body = text.trimmed(" .;")
        guard body.hasSuffix(")") else { return nil }
        let refs = TaskReferenceParser.references(in: body)
        guard refs.count == 1, let ref = refs.first, Self.inParentheses(body, at: ref.offset) else { return nil }
        let scalars = Array(body.unicodeScalars)
        guard ref.offset < scalars.count, !scalars[ref.offset...].contains("(") else { return nil }
        // "(II.3.c*)": a code marked for a note below ("Mã nội dung ghi theo … Kế hoạch năm
        // 2025") is another plan's numbering; the line is read by its words.
        if scalars[ref.offset...].contains("*") { return nil }
        return code(ref.group, ref.letter)
    }

    static func inParentheses(_ text: String, at offset: Int) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(offset))
        for s in scalars.suffix(14).reversed() {
            if s == ")" { return false }
            if s == "(" { return true }
        }
        return false
    }

    func rowTaskByCode(_ line: Line, _ t: TableContext) -> String? {
        for cell in line.cells {
            if let ref = TaskReferenceParser.references(in: cell.text).first, ref.offset <= 20, let c = code(ref.group, ref.letter) { return c }
        }
        return nil
    }

    /// A row of an indicator sheet: "Số lượt người tham gia | Lượt | 2", "Tiến độ thực hiện | |
    /// Đang triển khai", or a prose row "Kết quả thực hiện: …".
    /// One row that is a figure of `task` (its kind from its name, unit and columns); a status
    /// cell beside it is the task's.
    mutating func figureRow(_ line: Line, _ t: TableContext, task code: String) {
        var fromColumns = Set<IndicatorID>()
        let b = builders[code]!
        indicatorRow(line, t, b, &fromColumns)
        for cell in line.cells where t.roles[cell.column] == .status {
            _ = setCellStatus(cell.text, on: b, location: cell.location)
        }
    }

    /// The columns of an indicator table that compare the result with something else, never a
    /// result themselves: a header opening with a target phrase of grids.yaml (`columns.target`:
    /// "Tỷ lệ (%)", "Kế hoạch năm", "Mẫu số"), a rate ("… (%)"), or a short header of a period
    /// naming an earlier year than another header does ("Cùng kỳ 2025" beside "10 tháng 2026";
    /// `header_years`, `header_year_words`). A second header row's own words are read for the
    /// year, the parent's ("Kết quả thực hiện – …") being no part of the period.
    func comparisonColumns(_ t: TableContext) -> Set<Int> {
        guard let g = x.gridRecognisers?.g else { return [] }
        var out = Set<Int>()
        var years: [Int: Int] = [:]
        for (c, header) in t.headers {
            let own = t.subHeaders[c] ?? header
            let tokens = Tokenizer.tokenize(own)
            if tokens.contains(where: { $0.raw == "%" }) { out.insert(c); continue }
            if let first = tokens.firstIndex(where: { $0.kind == .word }), g.columns.match(tokens, at: first)?.value == .target { out.insert(c); continue }
            guard tokens.filter({ $0.kind == .word }).count <= g.headerYearWords else { continue }
            let found = tokens.compactMap { tok -> Int? in
                guard tok.kind == .number, tok.raw.count == 4, let y = Int(tok.raw), g.headerYears.contains(y) else { return nil }
                return y
            }
            if let y = found.max() { years[c] = y }
        }
        if let latest = years.values.max() {
            for (c, y) in years where y < latest { out.insert(c) }
        }
        return out
    }

    mutating func indicatorRow(_ line: Line, _ t: TableContext, _ b: EntryBuilder, _ fromColumns: inout Set<IndicatorID>) {
        guard let nameCol = t.column(.indicatorName) ?? t.column(.task),
              let name = line.cells.first(where: { $0.column == nameCol }) else { return }
        let valueCell = t.column(.value).flatMap { c in line.cells.first(where: { $0.column == c }) }
            ?? line.cells.last(where: { $0.column > nameCol && t.roles[$0.column] != .measureUnit && t.roles[$0.column] != .note })
        let unitText = t.column(.measureUnit).flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        let nameTokens = Tokenizer.tokenize(name.text)
        // "Tiến độ thực hiện | Đang triển khai"
        if let label = v.statusLabels.match(nameTokens, at: 0), label.end >= nameTokens.count - 1 || nameTokens.count <= 4 {
            if let vc = valueCell { _ = setCellStatus(vc.text, on: b, location: vc.location) }
            return
        }
        // Every number of the row beside its name: in the value column, or in an amount
        // column whose header gives the money scale ("Số tiền (triệu đồng)").
        var numberCells = line.cells.filter { c in
            c.column > nameCol && !c.continued && isPlainNumber(c)
                && ![.measureUnit, .note, .sequence, .code, .status].contains(t.roles[c.column] ?? .lead)
        }
        if let vc = valueCell, !numberCells.contains(where: { $0.location == vc.location }) { numberCells.insert(vc, at: 0) }
        // Beside the result, what it is weighed against ("Cùng kỳ 2025 | 10 tháng 2026 | So
        // sánh (%)", "Tử số | Mẫu số | Tỷ lệ (%)"): no part of the figure, never added to it.
        if numberCells.count >= 2 {
            let comparisons: Set<Int>
            if let read = comparisonsRead, read.headers == t.headers, read.subHeaders == t.subHeaders {
                comparisons = read.columns
            } else {
                comparisons = comparisonColumns(t)
                comparisonsRead = (t.headers, t.subHeaders, comparisons)
            }
            let kept = numberCells.filter { !comparisons.contains($0.column) }
            if !kept.isEmpty { numberCells = kept }
        }
        // Parts beside their whole ("TP.HCM (cũ) | Bình Dương (cũ) | Bà Rịa - Vũng Tàu (cũ) |
        // Toàn Thành phố": 3 | 2 | 1 | 6): a number that is the sum of the row's others is the
        // figure, the others its parts, not added to it.
        if numberCells.count >= 3 {
            let values = numberCells.compactMap { cellNumber($0, scale: 1, money: false) }
            let sum = values.reduce(0, +)
            if values.count == numberCells.count,
               let k = values.indices.last(where: { values[$0] > 0 && abs(2 * values[$0] - sum) < 0.5 }) { numberCells = [numberCells[k]] }
        }
        var read = false
        for vc in numberCells where vc.location != name.location {
            let columnScale = t.scales[vc.column]
            let unit = columnScale.map(Self.moneyUnit) ?? unitText
            guard let id = indicatorOf(name.text) ?? (isPlainNumber(vc) ? indicatorOf(name: name.text, unit: unit) : nil) else { continue }
            var scale = columnScale ?? 1.0
            if columnScale == nil {
                for m in v.moneyScales.matches(in: Tokenizer.tokenize(unitText + " " + name.text)) { scale = max(scale, m.value) }
            }
            if let value = cellNumber(vc, scale: scale, money: id.isMoney) {
                // Through the passage check: an appendix row restating the narrative counts once.
                pending.append((id, value, vc.location, "\(name.text) = \(vc.text) \(unit)".trimmed(), false, false))
                fromColumns.insert(id)
                read = true
            }
        }
        if read { commitPassage(to: b); return }
        // A rate ("Tỷ lệ … | %") is no count of anything.
        let isRate = unitText.trimmed() == "%" || VietText.fold(String(stripEnumerator(name.text).prefix(8))).hasPrefix("ty le")
        if !isRate, numberCells.contains(where: { $0.location != name.location }) {
            // A number whose kind neither the name nor the unit tells: quoted, not guessed.
            noteUnread(rowNumberQuotes(line, t).map { UnreadNumber(number: "", phrase: $0) }, task: b.code, location: name.location)
            statusFromShortCells(line, t, b)
            return
        }
        absorb(name.text, into: b.code, location: name.location)
        if let vc = valueCell, vc.location != name.location { _ = setCellStatus(vc.text, on: b, location: vc.location) }
        statusFromShortCells(line, t, b)
    }

    /// The indicator of a row whose name is not a header phrase, from its nouns and its unit
    /// of measure: the name read as what the number counts ("Cơ sở vi phạm" → "N cơ sở vi
    /// phạm"), else the unit after the number with the name before it as context ("Hộ kinh
    /// doanh được kiểm tra | Cơ sở" → "…: N cơ sở"; "Số tiền xử phạt | Triệu đồng").
    func indicatorOf(name: String, unit: String) -> IndicatorID? {
        let name = stripEnumerator(name)
        var words = Substring(name)
        let folded = VietText.fold(String(name.prefix(12)))
        if folded.hasPrefix("so luong ") { words = words.dropFirst(9) } else if folded.hasPrefix("so ") { words = words.dropFirst(3) }
        let counted = v.figures(in: Tokenizer.tokenize("1 " + words))
        if let f = counted.found.first, f.phrase.hasPrefix("1 ") { return f.indicator }
        guard !unit.isEmpty else { return nil }
        let measured = v.figures(in: Tokenizer.tokenize(name + ": 1 " + unit))
        return measured.found.last?.indicator
    }

    /// The unit of measure a money scale stands for, as a unit writes it.
    static func moneyUnit(_ scale: Double) -> String {
        switch scale {
        case 1e9: return "tỷ đồng"
        case 1e6: return "triệu đồng"
        case 1e3: return "nghìn đồng"
        default: return "đồng"
        }
    }

    /// A row of a table with a unit-of-measure column that gives a unit and a number: a
    /// figure, not a task.
    func isMeasureRow(_ line: Line, _ t: TableContext) -> Bool {
        // A number in an amount column ("Số tiền (triệu đồng)") carries its unit in the header.
        if line.cells.contains(where: { !$0.continued && t.roles[$0.column] == .value && t.scales[$0.column] != nil && isPlainNumber($0) }),
           t.column(.measureUnit) != nil { return true }
        guard let uc = t.column(.measureUnit), line.cells.contains(where: { $0.column == uc && !$0.continued && !$0.text.isEmpty }) else { return false }
        let seqCols = Set(t.roles.filter { $0.value == .sequence || $0.value == .code }.map(\.key))
        return line.cells.contains { !seqCols.contains($0.column) && $0.column != uc && isPlainNumber($0) }
    }

    /// The rows after `index` in the same table, up to the next row numbered in roman or a
    /// task row, as text ("Cuộc kiểm tra 2 Cuộc"): the body of a task row whose figures are
    /// in the rows below.
    func rowsBody(after index: Int, _ t: TableContext) -> String {
        guard index + 1 < lines.count else { return "" }
        let container = lines[index].container
        let seqCol = t.column(.sequence) ?? t.column(.code)
        var out: [String] = []
        for line in lines[(index + 1)...].prefix(12) {
            if line.container != container { break }
            let seq = seqCol.flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
            if romanValue(seq) != nil { break }
            if !isMeasureRow(line, t), !seq.isEmpty { break }
            // The number first, then the name and the unit, as prose writes a figure.
            var number = "", words: [String] = []
            for cell in line.cells where !cell.continued && cell.column != seqCol {
                if number.isEmpty, isPlainNumber(cell) { number = "1" } else { words.append(cell.text) }
            }
            out.append(number.isEmpty ? words.joined(separator: " ") : words.joined(separator: " ") + ": 1 " + (t.column(.measureUnit).flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""))
        }
        return out.joined(separator: "\n")
    }

    /// The indicator an indicator-row name or a column header names.
    func indicatorOf(_ text: String) -> IndicatorID? {
        guard case .indicator(let id)? = columnRole(text)?.0 else { return nil }
        return id
    }

    /// A cell's number: a stored number, or text written the Vietnamese way ("1.250",
    /// "15,5"). Blank and "-" are no value; "0" is a value.
    func cellNumber(_ cell: Line.Cell, scale: Double, money: Bool) -> Double? {
        var value: Double?
        if case .number(let d)? = cell.value { value = d }
        else {
            let t = cell.text.trimmed()
            let tokens = Tokenizer.tokenize(t)
            guard let first = tokens.first, first.kind == .number else { return nil }
            // "15,5 triệu đồng" written in the cell itself.
            var factor = 1.0
            if tokens.count > 1, let s = v.moneyScales.match(tokens, at: 1) { factor = s.value }
            guard tokens.count == 1 || factor != 1 || tokens.dropFirst().allSatisfy({ $0.kind == .word }) else { return nil }
            value = factor != 1 ? Vocabulary.amount(first.raw, scaled: factor).map { $0 / scale } : VietNumber.parse(first.raw)
        }
        guard let v = value else { return nil }
        let scaled = v * scale
        return money ? scaled.rounded() : scaled
    }

    mutating func noteUnmatchedTask(_ text: String, _ line: Line, numbers: [String]? = nil) {
        let short = text.count > 120 ? String(text.prefix(117)) + "…" : text
        // The line's numbers are quoted, so that none is dropped unseen.
        let quotes = numbers ?? {
            let n = readings.numbers(line.text, v)
            return n.found.map(\.phrase) + n.unplaced.map(\.phrase) + n.unread.map(\.phrase)
        }()
        // A line with no words and no numbers (a header's second row) names nothing a person
        // could look for.
        if !text.contains(where: \.isLetter), quotes.isEmpty { unmatched = nil; return }
        unmatched = (findings.count, short, quotes)
        findings.append(Finding(severity: .warning, code: "task-unmatched", message: unmatchedMessage(short, quotes),
                                source: line.firstLocation?.description))
    }

    func unmatchedMessage(_ text: String, _ quotes: [String]) -> String {
        let figures = quotes.isEmpty ? "" : " (số liệu: \(quotes.map { "“\($0)”" }.joined(separator: "; ")))"
        return "Không xác định được nhiệm vụ của Kế hoạch cho dòng “\(text)”\(figures); nội dung dòng này chưa được tổng hợp."
    }

    /// The numbers of a table row as a person would quote them: a number cell with its
    /// row's name and its column's header ("Số cơ sở vi phạm – Kết quả: 7 Cơ sở"), the
    /// numbers of a text cell with their words. Sequence and code cells are not numbers.
    func rowNumberQuotes(_ line: Line, _ t: TableContext, only columns: Set<Int>? = nil) -> [String] {
        let nameCol = t.column(.indicatorName) ?? t.column(.task)
        let name = nameCol.flatMap { c in line.cells.first(where: { $0.column == c })?.text }
        let unit = t.column(.measureUnit).flatMap { c in line.cells.first(where: { $0.column == c })?.text }
        var out: [String] = []
        for cell in line.cells where !cell.continued {
            if let columns, !columns.contains(cell.column) { continue }
            let role = t.roles[cell.column]
            if role == .sequence || role == .code || role == .measureUnit { continue }
            if isPlainNumber(cell) {
                var label = [name, t.headers[cell.column]].compactMap { $0 }.filter { !$0.isEmpty }
                    .map { $0.count > 80 ? String($0.prefix(77)) + "…" : $0 }.joined(separator: " – ")
                if label.isEmpty { label = "cột \(cell.column + 1)" }
                let written: String = { if case .number(let d)? = cell.value { return VietNumber.written(d) } else { return cell.text } }()
                out.append("\(label): \(written)\(unit.map { " \($0)" } ?? "")")
            } else if cell.column != nameCol || role == .indicatorName || role == .task {
                let n = readings.numbers(cell.text, v)
                out += n.found.map(\.phrase) + n.unplaced.map(\.phrase) + n.unread.map(\.phrase)
            }
        }
        return out
    }

    /// A cell that holds one number and nothing else (a stored number or "1.250").
    func isPlainNumber(_ cell: Line.Cell) -> Bool {
        if case .number? = cell.value { return true }
        let tokens = readings.tokens(cell.text)
        return tokens.count == 1 && tokens[0].kind == .number
    }

    // MARK: Results

    /// A total the unit wrote under its parts ("Cộng | 8 | 111" below the rows of each kind
    /// of establishment; "… 12 cửa hàng, 54 hộ, tổng 66 cơ sở" in one sentence) would be
    /// counted once more when the parts are added up. A figure's source that equals the sum
    /// of the two or more sources just before it, all in the same column of one sheet or table
    /// or in the same paragraph, is their total: it stands for them.
    mutating func settleWrittenTotals() {
        func column(_ location: String) -> Substring {
            // "'BIEU 01'!D12" → "'BIEU 01'!D"; "… table 2 row 5 cell 3" → "… table 2 cell 3".
            if let bang = location.lastIndex(of: "!") {
                return location[...bang] + location[location.index(after: bang)...].prefix(while: { $0.isLetter })
            }
            if let row = location.range(of: " row "), let cell = location.range(of: " cell ", range: row.upperBound..<location.endIndex) {
                return location[..<row.lowerBound] + location[cell.lowerBound...]
            }
            return Substring(location)
        }
        for code in order {
            guard let b = builders[code] else { continue }
            // Each total taken and the parts it stands for, quoted to a person in one finding
            // per task, as the sum of the parts would have been (`noteSums`).
            var totals: [(total: String, parts: [String])] = []
            var place: String?
            for (id, figure) in b.figures.sorted(by: { $0.key < $1.key }) where figure.sources.count > 2 {
                var sources = figure.sources
                // Each source's column, worked out once (the loop below reads each many times).
                var columns = sources.map { column($0.location) }
                var i = 2
                while i < sources.count {
                    let total = sources[i], key = columns[i]
                    var sum = 0.0, j = i - 1, found: Int?
                    while j >= 0, columns[j] == key, !key.isEmpty {
                        sum += sources[j].value
                        if i - j >= 2, abs(sum - total.value) < 0.5, total.value > 0 { found = j; break }
                        if sum > total.value + 0.5 { break }
                        j -= 1
                    }
                    if let j = found {
                        totals.append((total.text, sources[j..<i].map(\.text)))
                        sources.removeSubrange(j..<i)
                        columns.removeSubrange(j..<i)
                        i = j + 1
                    } else {
                        i += 1
                    }
                }
                if sources.count < figure.sources.count {
                    b.figures[id] = Figure(value: sources.reduce(0) { $0 + $1.value }, sources: sources)
                    if place == nil { place = figure.sources.first?.location }
                }
            }
            guard !totals.isEmpty, let policy = x.silentLoss else { continue }
            findings.append(Finding(severity: .info, code: "figures-totalled",
                message: policy.message("written_totals", ["task": code, "quotes": policy.quoted(totals.map(\.total)),
                                                           "parts": policy.quoted(totals.flatMap(\.parts))]),
                source: place))
        }
    }

    /// A figure added up from several mentions may hold a part twice ("48 mẫu …; 03 mẫu
    /// không đạt"): each task with such sums gets one note listing the parts, so that a
    /// person can check them and no part is lost from sight.
    mutating func noteSums() {
        if !restatedTasks.isEmpty {
            findings.append(Finding(severity: .info, code: "figures-restated",
                message: "Số liệu của nhiệm vụ \(restatedTasks.joined(separator: ", ")) được nêu lại ở nhiều chỗ trong báo cáo (phần trình bày và phụ lục); mỗi số chỉ tính một lần.",
                source: restatedSource))
        }
        for code in order {
            guard let b = builders[code] else { continue }
            let summed = b.figures.filter { $0.value.sources.count > 1 }.sorted { $0.key < $1.key }
            guard !summed.isEmpty else { continue }
            let list = summed.map { id, f in
                "\(f.sources.map { "“\($0.text)”" }.joined(separator: " + ")) = \(VietNumber.written(f.value))"
            }.joined(separator: "; ")
            findings.append(Finding(severity: .info, code: "figures-summed",
                message: "Một số chỉ tiêu của nhiệm vụ \(code) là tổng của nhiều số liệu trong báo cáo: \(list). Đề nghị kiểm tra nếu có số chỉ là một phần của số khác.",
                source: summed.first?.value.sources.first?.location))
        }
    }

    func entries() -> [Entry] {
        order.compactMap { code in
            guard let b = builders[code] else { return nil }
            return Entry(task: code, status: b.status ?? .unknown, statusSource: b.statusSource, indicators: b.figures,
                         text: b.texts.joined(separator: "\n"), sources: b.sources)
        }
    }
}
