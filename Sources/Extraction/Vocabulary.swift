import Foundation
import Plan
import VietText
import Yams

/// A task's status in the contract's vocabulary.
public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case completed, inProgress = "in_progress", notStarted = "not_started", notApplicable = "not_applicable", unknown
}

/// The contract's indicator ids (`training_courses`, `fines_vnd`, …). Which ids exist is data
/// (the vocabulary file), so the type is an open string wrapper.
public struct IndicatorID: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ raw: String) { rawValue = raw }
    public var description: String { rawValue }
    public static func < (a: IndicatorID, b: IndicatorID) -> Bool { a.rawValue < b.rawValue }
    /// Money indicators carry đồng; by convention their ids end in `_vnd`.
    public var isMoney: Bool { rawValue.hasSuffix("_vnd") }
}

/// What a table column holds, decided from its header words.
enum ColumnRole: Sendable, Equatable {
    case sequence, task, code, result, status, note, indicatorName, measureUnit, value, lead
    case indicator(IndicatorID)
    /// A column headed by a status itself ("Hoàn thành | Đang thực hiện | Chưa thực hiện"),
    /// ticked with "x" on the task's row.
    case statusFlag(TaskStatus)
}

enum SectionKind: String, Sendable {
    case results, difficulties, proposals, plans, closing, appendix
    /// "Khó khăn, vướng mắc và đề xuất": one heading over both kinds of items; each item goes
    /// where its first words put it. Not a vocabulary key: told from two phrases in a row.
    case difficultiesAndProposals

    var holdsItems: Bool { self == .difficulties || self == .proposals || self == .difficultiesAndProposals }
}

/// How a line closing a letter's items counts them by state ("Như vậy, trong 03 nội dung: 01
/// đã hoàn thành, 01 đang thực hiện, …"): its openers, the same folded (a line's start is
/// looked at before its tokens), and the least states it counts (0: never read so).
struct ClosingTallyWords: Sendable {
    var openers = PhraseTable<Bool>()
    var starts: [String] = []
    var leastStates = 0
}

/// Everything extraction knows about how units write, loaded from the pipeline's
/// `vocabulary.yaml`.
public struct Vocabulary: Sendable {
    /// The vocabulary's tables, behind one reference (`Box`): a vocabulary is passed and
    /// copied by value all through extraction (each figure reader holds one), and a copy of
    /// dozens of tables retained and released every array and dictionary in them.
    struct Tables: Sendable {
        var statuses = PhraseTable<TaskStatus>()
        var statusLabels = PhraseTable<Bool>()
        /// Short assessment words ("đạt", "thường xuyên"): a status only after a label, in a
        /// status or assessment cell, or as a whole clause.
        var assessments = PhraseTable<TaskStatus>()
        /// Words that may open a status clause before the status ("hiện", "đến nay").
        var statusLeads = PhraseTable<Bool>()
        /// Words that may follow a status that opens a clause: a reason or a plan ("do", "dự kiến").
        var statusTails = PhraseTable<Bool>()
        var columns = PhraseTable<ColumnRole>()
        /// Headers that head the rows' tasks only as the whole header of a numbered table
        /// (`numbered_work_headers`).
        var numberedWorkHeaders = PhraseTable<Bool>()
        var moneyScales = PhraseTable<Double>()
        /// Words that open with a money scale's word and name no money ("Tỷ lệ TH (%)", "tỷ
        /// trọng"): no scale where they stand (`not_money_scales`).
        var notMoneyScales = PhraseTable<Bool>()
        var counts = PhraseTable<IndicatorID>()
        var moneyContext = PhraseTable<IndicatorID>()
        var indicatorColumns = PhraseTable<IndicatorID>()
        var overrides: [CountOverride] = []
        var ignoredCounts = PhraseTable<Bool>()
        /// Nouns counted in reports that no indicator counts and that look like one
        /// ("hộ gia đình" beside "hộ kinh doanh"): such a count is quoted as unread.
        var unreadCounts = PhraseTable<Bool>()
        var sections = PhraseTable<SectionKind>()
        /// First words of section phrases, for a quick rejection of ordinary lines.
        var sectionFirstWords: Set<String> = []
        /// `signature_marks`: the closing's words that open it only with their dot or alone.
        var signatureMarks: Set<String> = []
        var nothingItems: Set<String> = []
        /// What items of the difficulties and proposals say (`items`, Items.swift).
        var items = ItemWords()
        var totalRows: Set<String> = []
        /// Words that make a figure a total of the passage's figures of its kind ("tổng cộng").
        var totalWords = PhraseTable<Bool>()
        /// Words, with their marks, that open a sentence's label as a total ("Cộng:", "+ Cộng
        /// hai loại cơ sở: …"); "cộng" folds as "công" (of "công tác"), so not a total word.
        var totalLabels: Set<String> = []
        /// Words before a figure in its line that may make it the whole of its parts
        /// ("Sở tổng hợp: 07 cuộc", "toàn phường 03 cuộc"): it stands for the task's last
        /// figures of its kind only when it equals their sum (`summary_words`).
        var summaryWords = PhraseTable<Bool>()
        /// Words that join two tasks' clauses in one paragraph ("đồng thời", "song song") and
        /// words that open a sentence on a new topic ("Về …", "Đối với …") (`clauses`).
        var clauseJoins = PhraseTable<Bool>()
        var clauseTopics = PhraseTable<Bool>()
        /// A bullet's title that names a period or a running total ("- Kỳ này: …", "- 6 tháng
        /// đầu năm: …", "- Lũy kế từ đầu năm: …"): no new item, the passage's own figures.
        var periodTitles = PhraseTable<Bool>()
        /// A bullet's title that names a field of the item above ("- Cách thức thực hiện: …",
        /// "- Đơn vị phối hợp: …"): no new item, more of the passage.
        var fieldTitles = PhraseTable<Bool>()
        /// Titles of a line telling how well an item's work went (`clauses.quality_titles`).
        var qualityTitles = PhraseTable<Bool>()
        /// The most clauses a paragraph may have to be read clause by clause.
        var clauseLimit = 12
        /// How an opening's lead-in ends before its colon when the paragraph goes on to report
        /// ("báo cáo như sau", "có ý kiến như sau"), folded.
        var clauseLeadIns: [String] = []
        /// Words that open a heading counting the unit's tasks in order ("Nhiệm vụ thứ nhất: …"),
        /// folded: the title after the colon is the unit's own words for its task.
        var ordinalHeadings: [String] = []
        /// Marks after an item's number that stand for its "." ("1/ Tuyên truyền", "a/ …"):
        /// a line so numbered is read as if it were numbered "1." (`numbering_marks`).
        var numberingMarks: [Unicode.Scalar] = []
        /// The most characters a field tag in square brackets opening an item may have ("[TT]
        /// …", "[ĐL-CL] …"; `field_tags`); 0 reads none.
        var fieldTagChars = 0
        /// A task written as one line of fields ("2. Nhiệm vụ được giao: … – Kết quả: … – Tiến
        /// độ: …"): the labels that name the task and the labels of its result, folded
        /// (`field_lines`).
        var fieldLineTitles: [String] = []
        var fieldLineResults: [String] = []
        /// The most words a run-in topic title may have ("Về công tác tuyên truyền: …"), 0
        /// for none (`clauses.topic_title_words`).
        var topicTitleWords = 0
        /// Marks that end a run-in title of the unit's own when set apart by spaces ("Tuyên
        /// truyền — đăng 15 tin …", `clauses.title_marks`); a colon always does.
        var titleMarks: [String] = []
        /// The most words (syllables) a run-in title ended by its sentence's full stop may have
        /// ("Phản ánh, tố giác. Trong kỳ không phát sinh …"), 0 for none
        /// (`clauses.title_sentence_words`).
        var titleSentenceWords = 0
        /// The most words (syllables) of a bold paragraph with no colon, no figures and no
        /// sentence of its own that is a heading of the unit's own ("❖ Phổ biến, tập huấn",
        /// "Công tác kiểm tra"), 0 for none (`clauses.bold_heading_words`).
        var boldHeadingWords = 0
        /// Words that open a heading grouping tasks by their status ("Các nội dung đã hoàn
        /// thành:", "Những việc đang tiếp tục thực hiện"), folded (`status_headings`).
        var statusHeadingLeads = PhraseTable<Bool>()
        /// How statuses stated away from their task's passage refer to it (`status_references`).
        var statusReferences = StatusReferenceWords()
        /// Words that open a line citing another document as its basis ("Căn cứ Quyết định số
        /// …", "Phúc đáp Công văn số …"), folded (`citing_openings`): such a line quotes that
        /// document, never a task of the plan by its wording.
        var citingOpenings: [String] = []
        /// Labels before a colon under which a line quotes the plan's wording of its task
        /// ("Nhiệm vụ: …", "Yêu cầu: «…»"), folded (`plan_wording_labels`).
        var planWordingLabels: [String] = []
        /// Labels before a colon under which a line says what the unit was given to do ("Sở
        /// được giao: …"), folded (`assignment_labels`).
        var assignmentLabels: [String] = []
        /// Headers of a figures table's column that points each row at a job of the table
        /// above it on the same sheet by that job's number ("Của việc (STT)", "Việc số"),
        /// folded (`figure_pointers`).
        var figurePointers: [String] = []
        /// Punctuation said as words in a report dictated by voice (`dictation`).
        var spokenPunctuation = SpokenPunctuation()
        var abbreviationGlossary = AbbreviationGlossary()
        /// An activity log tagged by work with the unit's summary by work (`tagged_logs`).
        var taggedLogs = TaggedLogWords()
        /// A line closing a letter's items by counting them by state (`closing_tallies`).
        var closingTallies = ClosingTallyWords()
        /// A line that opens with its figures and names its job after a spaced dash
        /// (`figures_first`: the dashes, and the job's least words; 0: never).
        var figuresFirst: (marks: [String], jobWords: Int) = ([], 0)
        /// A line that opens with a title in quotation marks and goes on after a spaced dash with
        /// what was done (`run_in_titles`: the dashes, the title's most words; 0: never).
        var runInTitles: (marks: [String], titleWords: Int) = ([], 0)
        /// Words that number a heading as an article ("Điều 3. Khó khăn, vướng mắc"), folded
        /// (`article_words`): such a heading is read as numbered "3.".
        var articleWords: [String] = []
        /// Words a unit numbers its own items with, before the number ("Điểm 1. Tuyên truyền",
        /// "Việc 2: …"), folded (`item_number_words`): such a line is read as numbered "1.".
        var itemNumberWords: [String] = []
        /// At most this many words label a paragraph wholly in brackets ("(Cán bộ theo dõi: …;
        /// tình trạng: …)") read as a note without them (`bracketed_note_label_words`; 0: none).
        var bracketedNoteLabelWords: Int = 0
        /// A table that opens with the header block (`layout_rows`): a row with a cell of at
        /// least `contentMinWords` words that opens with none of `fieldLeads` (folded) holds
        /// the report itself; 0: the whole table is layout.
        var layoutContentMinWords: Int = 0
        var layoutFieldLeads: [String] = []
        /// A row of two cells, a label of at most this many words beside a cell of the
        /// report's text, is an item named by its label (`layout_rows.label_max_words`; 0: no).
        var layoutLabelMaxWords: Int = 0
        /// How a document's own key of status words is found (`status_keys`, StatusKeys.swift).
        var statusKeyWords = StatusKeyWords()
        /// The names of the difficulties' and proposals' sections, folded, punctuation as
        /// spaces: a line that is only one of them and a colon is a label of its own.
        var itemSectionLabels: Set<String> = []
        /// Words that open a heading naming a field of the plan's subject, not a task ("Lĩnh
        /// vực đo lường"), folded (`field_headings`).
        var fieldHeadings: [String] = []
        /// Whole headings that are only a field's name ("Đo lường", "Chất lượng sản phẩm"),
        /// folded, punctuation as spaces (`field_names`).
        var fieldNames: Set<String> = []
        /// Section names clipped to their first word ("Khó:", "Tồn:"), by `clippedLabelKey`:
        /// a heading only as a label before its colon (`clipped_section_labels`), never as the
        /// first word of a sentence ("Khó kiểm tra hết các đại lý").
        var clippedSectionLabels: [String: SectionKind] = [:]
        /// Words that number the questions of an outline the unit answers point by point ("Câu
        /// 2.", "Câu hỏi 3:"), folded, each a list of words (`outline.questions`).
        var questionWords: [[String]] = []
        /// Labels before an answer to such a question ("Trả lời:"), folded (`outline.answers`).
        var answerLabels: [String] = []
        /// Labels of a reminder a report answers point by point, after the item's number ("1.
        /// Chi cục nhắc: …" then "Phường giải trình: …"), folded (`outline.prompts`): the
        /// reminder is asked as a question is.
        var promptLabels: [String] = []
        /// Words that open a top-level part of a report on several subjects ("PHẦN B. VỀ CÔNG
        /// VĂN SỐ …", "Phần thứ hai"), folded (`report_parts`).
        var partWords: [String] = []
        /// How a speaker is named before what they said, and how the speech verb ends the
        /// lead-in, folded (`clauses.speakers`, `clauses.speech`).
        var speakerLeads: [String] = []
        var speechEnds: [String] = []
        /// Words a diary's entry puts before its date and colon ("Ngày 12/3/2026:", "Thứ Ba,
        /// 17/3/2026:"), folded (`clauses.entry_dates`).
        var entryDateWords: [String] = []
        /// How a log names the block or the line that closes it by restating each job's totals
        /// ("CHỐT THEO TỪNG VIỆC", "Tổng kết: …"), folded (`clauses.closing_titles`).
        var closingTitles: [String] = []
        /// Words that join two jobs' topics in one title ("tuyên truyền và cử công chức tập
        /// huấn: đã hoàn thành"), folded (`clauses.joint_titles`).
        var jointTitles: Set<String> = []
        /// Openings of a run-in title that names who did the work, a division of the unit
        /// (`clauses.performer_titles`: "Phòng Quản lý thương mại: phối hợp kiểm tra …").
        var performerTitles = PhraseTable<Bool>()
        /// Labels of a status said of a whole group of works ("→ Tình trạng chung của mục 1°:
        /// đã hoàn thành."), folded (`clauses.group_status_titles`).
        var groupStatusTitles: [String] = []
        var headerVote = HeaderVote()
        /// How a report writes its own date and cites other documents' (`document_date`).
        var documentDate = DateVocabulary()
        var numberReferences = NumberReferences()
        /// How a figure's words are read beyond its noun (`figure_reading`).
        var figureReading = FigureReading()
        var statusReading = StatusReading()
        var planSubject = PlanSubject()
        var capitalsTitle = CapitalsTitle()
        /// Why a file is refused as no report of the plan, and what is said when it names no
        /// task (`refusals`), by key.
        var refusals: [String: String] = [:]
        var indicatorIDs: [IndicatorID] = []
    }

    /// Shared by copies of the vocabulary; copied before a change when shared (only while the
    /// vocabulary is loaded or overlaid, never while extraction reads it).
    private final class Box: @unchecked Sendable {
        @exclusivity(unchecked) var tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }

    private var box = Box(Tables())

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.tables) }
    }

    var statuses: PhraseTable<TaskStatus> {
        _read { yield box.tables.statuses }
        _modify { makeUnique(); yield &box.tables.statuses }
    }
    var statusLabels: PhraseTable<Bool> {
        _read { yield box.tables.statusLabels }
        _modify { makeUnique(); yield &box.tables.statusLabels }
    }
    var assessments: PhraseTable<TaskStatus> {
        _read { yield box.tables.assessments }
        _modify { makeUnique(); yield &box.tables.assessments }
    }
    var statusLeads: PhraseTable<Bool> {
        _read { yield box.tables.statusLeads }
        _modify { makeUnique(); yield &box.tables.statusLeads }
    }
    var statusTails: PhraseTable<Bool> {
        _read { yield box.tables.statusTails }
        _modify { makeUnique(); yield &box.tables.statusTails }
    }
    var columns: PhraseTable<ColumnRole> {
        _read { yield box.tables.columns }
        _modify { makeUnique(); yield &box.tables.columns }
    }
    var numberedWorkHeaders: PhraseTable<Bool> {
        _read { yield box.tables.numberedWorkHeaders }
        _modify { makeUnique(); yield &box.tables.numberedWorkHeaders }
    }
    var moneyScales: PhraseTable<Double> {
        _read { yield box.tables.moneyScales }
        _modify { makeUnique(); yield &box.tables.moneyScales }
    }
    var notMoneyScales: PhraseTable<Bool> {
        _read { yield box.tables.notMoneyScales }
        _modify { makeUnique(); yield &box.tables.notMoneyScales }
    }
    /// The money scales a header's words write ("Số tiền (triệu đồng)"), less those that open
    /// a word naming no money ("Tỷ lệ TH (%)": a rate, not "tỷ" đồng).
    func headerMoneyScales(_ tokens: [Token]) -> [(value: Double, start: Int, end: Int)] {
        moneyScales.matches(in: tokens).filter { !notMoneyScales.hasMatch(tokens, at: $0.start) }
    }
    var counts: PhraseTable<IndicatorID> {
        _read { yield box.tables.counts }
        _modify { makeUnique(); yield &box.tables.counts }
    }
    var moneyContext: PhraseTable<IndicatorID> {
        _read { yield box.tables.moneyContext }
        _modify { makeUnique(); yield &box.tables.moneyContext }
    }
    var indicatorColumns: PhraseTable<IndicatorID> {
        _read { yield box.tables.indicatorColumns }
        _modify { makeUnique(); yield &box.tables.indicatorColumns }
    }
    var overrides: [CountOverride] {
        _read { yield box.tables.overrides }
        _modify { makeUnique(); yield &box.tables.overrides }
    }
    var ignoredCounts: PhraseTable<Bool> {
        _read { yield box.tables.ignoredCounts }
        _modify { makeUnique(); yield &box.tables.ignoredCounts }
    }
    var unreadCounts: PhraseTable<Bool> {
        _read { yield box.tables.unreadCounts }
        _modify { makeUnique(); yield &box.tables.unreadCounts }
    }
    var sections: PhraseTable<SectionKind> {
        _read { yield box.tables.sections }
        _modify { makeUnique(); yield &box.tables.sections }
    }
    var sectionFirstWords: Set<String> {
        _read { yield box.tables.sectionFirstWords }
        _modify { makeUnique(); yield &box.tables.sectionFirstWords }
    }
    var signatureMarks: Set<String> {
        _read { yield box.tables.signatureMarks }
        _modify { makeUnique(); yield &box.tables.signatureMarks }
    }

    /// The section a line's words open at token `start` (`sections`), as `sections.match`
    /// finds it — except a signature mark ("KT", "TM", "TL": `signature_marks`) followed by
    /// more words without its dot: "KT. GIÁM ĐỐC" opens the signature block, "KT ĐL, CL xăng
    /// dầu …" and "KT cân tại chợ" are "kiểm tra" written short, a task's own words.
    func sectionMatch<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> (value: SectionKind, end: Int, words: Int)?
    where C.Element == Token, C.Index == Int {
        guard let m = sections.match(tokens, at: start) else { return nil }
        if m.value == .closing, m.words == 1, m.end < tokens.endIndex, signatureMarks.contains(tokens[start].folded),
           tokens[m.end].raw != ".", tokens[m.end...].contains(where: { $0.kind == .word }) { return nil }
        return m
    }
    var nothingItems: Set<String> {
        _read { yield box.tables.nothingItems }
        _modify { makeUnique(); yield &box.tables.nothingItems }
    }
    var items: ItemWords {
        _read { yield box.tables.items }
        _modify { makeUnique(); yield &box.tables.items }
    }
    var totalRows: Set<String> {
        _read { yield box.tables.totalRows }
        _modify { makeUnique(); yield &box.tables.totalRows }
    }
    var totalWords: PhraseTable<Bool> {
        _read { yield box.tables.totalWords }
        _modify { makeUnique(); yield &box.tables.totalWords }
    }
    var summaryWords: PhraseTable<Bool> {
        _read { yield box.tables.summaryWords }
        _modify { makeUnique(); yield &box.tables.summaryWords }
    }
    var totalLabels: Set<String> {
        _read { yield box.tables.totalLabels }
        _modify { makeUnique(); yield &box.tables.totalLabels }
    }
    var clauseJoins: PhraseTable<Bool> {
        _read { yield box.tables.clauseJoins }
        _modify { makeUnique(); yield &box.tables.clauseJoins }
    }
    var clauseTopics: PhraseTable<Bool> {
        _read { yield box.tables.clauseTopics }
        _modify { makeUnique(); yield &box.tables.clauseTopics }
    }
    var periodTitles: PhraseTable<Bool> {
        _read { yield box.tables.periodTitles }
        _modify { makeUnique(); yield &box.tables.periodTitles }
    }
    var fieldTitles: PhraseTable<Bool> {
        _read { yield box.tables.fieldTitles }
        _modify { makeUnique(); yield &box.tables.fieldTitles }
    }
    var qualityTitles: PhraseTable<Bool> {
        _read { yield box.tables.qualityTitles }
        _modify { makeUnique(); yield &box.tables.qualityTitles }
    }
    var clauseLimit: Int {
        _read { yield box.tables.clauseLimit }
        _modify { makeUnique(); yield &box.tables.clauseLimit }
    }
    var clauseLeadIns: [String] {
        _read { yield box.tables.clauseLeadIns }
        _modify { makeUnique(); yield &box.tables.clauseLeadIns }
    }
    var ordinalHeadings: [String] {
        _read { yield box.tables.ordinalHeadings }
        _modify { makeUnique(); yield &box.tables.ordinalHeadings }
    }
    var statusHeadingLeads: PhraseTable<Bool> {
        _read { yield box.tables.statusHeadingLeads }
        _modify { makeUnique(); yield &box.tables.statusHeadingLeads }
    }
    var statusReferences: StatusReferenceWords {
        _read { yield box.tables.statusReferences }
        _modify { makeUnique(); yield &box.tables.statusReferences }
    }
    var fieldHeadings: [String] {
        _read { yield box.tables.fieldHeadings }
        _modify { makeUnique(); yield &box.tables.fieldHeadings }
    }
    var fieldNames: Set<String> {
        _read { yield box.tables.fieldNames }
        _modify { makeUnique(); yield &box.tables.fieldNames }
    }
    var clippedSectionLabels: [String: SectionKind] {
        _read { yield box.tables.clippedSectionLabels }
        _modify { makeUnique(); yield &box.tables.clippedSectionLabels }
    }
    var citingOpenings: [String] {
        _read { yield box.tables.citingOpenings }
        _modify { makeUnique(); yield &box.tables.citingOpenings }
    }
    var planWordingLabels: [String] {
        _read { yield box.tables.planWordingLabels }
        _modify { makeUnique(); yield &box.tables.planWordingLabels }
    }
    var assignmentLabels: [String] {
        _read { yield box.tables.assignmentLabels }
        _modify { makeUnique(); yield &box.tables.assignmentLabels }
    }
    var figuresFirst: (marks: [String], jobWords: Int) {
        _read { yield box.tables.figuresFirst }
        _modify { makeUnique(); yield &box.tables.figuresFirst }
    }
    var runInTitles: (marks: [String], titleWords: Int) {
        _read { yield box.tables.runInTitles }
        _modify { makeUnique(); yield &box.tables.runInTitles }
    }
    var spokenPunctuation: SpokenPunctuation {
        _read { yield box.tables.spokenPunctuation }
        _modify { makeUnique(); yield &box.tables.spokenPunctuation }
    }
    var abbreviationGlossary: AbbreviationGlossary {
        _read { yield box.tables.abbreviationGlossary }
        _modify { makeUnique(); yield &box.tables.abbreviationGlossary }
    }
    var taggedLogs: TaggedLogWords {
        _read { yield box.tables.taggedLogs }
        _modify { makeUnique(); yield &box.tables.taggedLogs }
    }
    var closingTallies: ClosingTallyWords {
        _read { yield box.tables.closingTallies }
        _modify { makeUnique(); yield &box.tables.closingTallies }
    }
    var figurePointers: [String] {
        _read { yield box.tables.figurePointers }
        _modify { makeUnique(); yield &box.tables.figurePointers }
    }
    var itemSectionLabels: Set<String> {
        _read { yield box.tables.itemSectionLabels }
        _modify { makeUnique(); yield &box.tables.itemSectionLabels }
    }
    var articleWords: [String] {
        _read { yield box.tables.articleWords }
        _modify { makeUnique(); yield &box.tables.articleWords }
    }
    var itemNumberWords: [String] {
        _read { yield box.tables.itemNumberWords }
        _modify { makeUnique(); yield &box.tables.itemNumberWords }
    }
    var bracketedNoteLabelWords: Int {
        _read { yield box.tables.bracketedNoteLabelWords }
        _modify { makeUnique(); yield &box.tables.bracketedNoteLabelWords }
    }
    var layoutContentMinWords: Int {
        _read { yield box.tables.layoutContentMinWords }
        _modify { makeUnique(); yield &box.tables.layoutContentMinWords }
    }
    var statusKeyWords: StatusKeyWords {
        _read { yield box.tables.statusKeyWords }
        _modify { makeUnique(); yield &box.tables.statusKeyWords }
    }
    var layoutLabelMaxWords: Int {
        _read { yield box.tables.layoutLabelMaxWords }
        _modify { makeUnique(); yield &box.tables.layoutLabelMaxWords }
    }
    var layoutFieldLeads: [String] {
        _read { yield box.tables.layoutFieldLeads }
        _modify { makeUnique(); yield &box.tables.layoutFieldLeads }
    }
    var topicTitleWords: Int {
        _read { yield box.tables.topicTitleWords }
        _modify { makeUnique(); yield &box.tables.topicTitleWords }
    }
    var titleMarks: [String] {
        _read { yield box.tables.titleMarks }
        _modify { makeUnique(); yield &box.tables.titleMarks }
    }
    var titleSentenceWords: Int {
        _read { yield box.tables.titleSentenceWords }
        _modify { makeUnique(); yield &box.tables.titleSentenceWords }
    }
    var boldHeadingWords: Int {
        _read { yield box.tables.boldHeadingWords }
        _modify { makeUnique(); yield &box.tables.boldHeadingWords }
    }
    var numberingMarks: [Unicode.Scalar] {
        _read { yield box.tables.numberingMarks }
        _modify { makeUnique(); yield &box.tables.numberingMarks }
    }
    var fieldTagChars: Int {
        _read { yield box.tables.fieldTagChars }
        _modify { makeUnique(); yield &box.tables.fieldTagChars }
    }
    var fieldLineTitles: [String] {
        _read { yield box.tables.fieldLineTitles }
        _modify { makeUnique(); yield &box.tables.fieldLineTitles }
    }
    var fieldLineResults: [String] {
        _read { yield box.tables.fieldLineResults }
        _modify { makeUnique(); yield &box.tables.fieldLineResults }
    }
    var questionWords: [[String]] {
        _read { yield box.tables.questionWords }
        _modify { makeUnique(); yield &box.tables.questionWords }
    }
    var answerLabels: [String] {
        _read { yield box.tables.answerLabels }
        _modify { makeUnique(); yield &box.tables.answerLabels }
    }
    var promptLabels: [String] {
        _read { yield box.tables.promptLabels }
        _modify { makeUnique(); yield &box.tables.promptLabels }
    }
    var speakerLeads: [String] {
        _read { yield box.tables.speakerLeads }
        _modify { makeUnique(); yield &box.tables.speakerLeads }
    }
    var entryDateWords: [String] {
        _read { yield box.tables.entryDateWords }
        _modify { makeUnique(); yield &box.tables.entryDateWords }
    }
    var jointTitles: Set<String> {
        _read { yield box.tables.jointTitles }
        _modify { makeUnique(); yield &box.tables.jointTitles }
    }
    var performerTitles: PhraseTable<Bool> {
        _read { yield box.tables.performerTitles }
        _modify { makeUnique(); yield &box.tables.performerTitles }
    }
    var groupStatusTitles: [String] {
        _read { yield box.tables.groupStatusTitles }
        _modify { makeUnique(); yield &box.tables.groupStatusTitles }
    }
    var closingTitles: [String] {
        _read { yield box.tables.closingTitles }
        _modify { makeUnique(); yield &box.tables.closingTitles }
    }
    var speechEnds: [String] {
        _read { yield box.tables.speechEnds }
        _modify { makeUnique(); yield &box.tables.speechEnds }
    }
    var partWords: [String] {
        _read { yield box.tables.partWords }
        _modify { makeUnique(); yield &box.tables.partWords }
    }
    var headerVote: HeaderVote {
        _read { yield box.tables.headerVote }
        _modify { makeUnique(); yield &box.tables.headerVote }
    }
    var documentDate: DateVocabulary {
        _read { yield box.tables.documentDate }
        _modify { makeUnique(); yield &box.tables.documentDate }
    }
    var numberReferences: NumberReferences {
        _read { yield box.tables.numberReferences }
        _modify { makeUnique(); yield &box.tables.numberReferences }
    }
    var figureReading: FigureReading {
        _read { yield box.tables.figureReading }
        _modify { makeUnique(); yield &box.tables.figureReading }
    }
    var statusReading: StatusReading {
        _read { yield box.tables.statusReading }
        _modify { makeUnique(); yield &box.tables.statusReading }
    }
    var capitalsTitle: CapitalsTitle {
        _read { yield box.tables.capitalsTitle }
        _modify { makeUnique(); yield &box.tables.capitalsTitle }
    }
    var planSubject: PlanSubject {
        _read { yield box.tables.planSubject }
        _modify { makeUnique(); yield &box.tables.planSubject }
    }
    var refusals: [String: String] {
        _read { yield box.tables.refusals }
        _modify { makeUnique(); yield &box.tables.refusals }
    }
    /// The refusals a pipeline's vocabulary must word, each with the placeholders it keeps.
    static let refusalPlaceholders: [String: [String]] = [
        "not_about_plan": ["about"], "titled_other": ["title"], "untitled": [], "untitled_about": ["subject"], "no_sender": [], "no_tasks": [], "sheet_of_other_unit": ["sheet", "unit", "document"],
    ]
    /// Refusal `key` with its placeholders replaced, in one pass (GridVocabulary.render).
    func refusal(_ key: String, _ values: [String: String] = [:]) -> String {
        GridVocabulary.render(refusals[key] ?? "", values)
    }
    public private(set) var indicatorIDs: [IndicatorID] {
        _read { yield box.tables.indicatorIDs }
        _modify { makeUnique(); yield &box.tables.indicatorIDs }
    }

    struct CountOverride: Sendable {
        var nouns: PhraseTable<Bool>
        var before: PhraseTable<Bool>
        var after: PhraseTable<Bool>
        /// The figure read just before in the same clause is one of these ("kiểm tra 04 cuộc
        /// tại chợ …, 52 hộ kinh doanh": the traders were inspected).
        var afterFigure: Set<IndicatorID> = []
        /// Words that qualify the counted noun further on in its clause, within
        /// `figure_reading.qualifier_reach` words and before a preposition, a number or a mark
        /// ("06 cơ sở dùng cân sai", "01 cơ sở sử dụng huyết áp kế chưa kiểm định": offenders).
        var qualifiers = PhraseTable<Bool>()
        /// nil: the count is not an indicator at all.
        var indicator: IndicatorID?
    }

    /// What makes a number a reference rather than a quantity (`number_references`).
    struct NumberReferences: Sendable {
        /// Folded words right before a number that make it a reference ("số", "ngày", "đợt").
        var before: Set<String> = []
        /// Words right after a number that make it no quantity ("%", "phần trăm", "giờ").
        var after = PhraseTable<Bool>()
        /// Labels of an item that, opening its line, make the number right after them the
        /// item's own number ("Ý 3", "–– Trang chiếu 5", "Slide 2").
        var labels = PhraseTable<Bool>()
        /// A four-digit number in this range, written plainly, is a year.
        var years: ClosedRange<Int> = 1900...2100
        /// Of `before`, the words after which a number that a counted noun follows is a count
        /// all the same ("tổng số 76 cơ sở", "trong kỳ 01 cuộc"), folded.
        var countedAfter: Set<String> = []
        /// Words that start a running total ("từ đầu năm 41"): the number right after them is
        /// the total, whatever follows it (`period_starts`).
        var periodStarts = PhraseTable<Bool>()
    }

    /// Who sent a report: each place of the header that names a unit votes with its weight
    /// (`header_vote`). Phrases are folded.
    struct HeaderVote: Sendable {
        /// The issuing-body block left of the Quốc hiệu; a labelled cell ("Đơn vị: …").
        var issuerBlock = 5.0
        var unitLabel = 5.0
        var unitLabels = ["don vi", "co quan bao cao", "ten don vi"]
        /// The first rows of a sheet.
        var sheetTop = 3.0
        /// A sentence of the report about itself ("… báo cáo như sau", "Kèm theo …").
        var reportSentence = 2.5
        var reportPhrases = ["bao cao nhu sau", "bao cao ket qua", "kem theo"]
        var closingPhrases = ["tren day la bao cao"]
        /// The place of the place-and-date line ("Phường An Khánh, ngày …").
        var placeDate = 1.5
        var fileName = 1.2
        var propertiesTitle = 1.0
        /// Other short lines near the top.
        var nearTop = 1.0
        /// The signature block ("TM. ỦY BAN NHÂN DÂN PHƯỜNG X"): cells that start with one of
        /// `signatureLeads` among the document's last lines.
        var signature = 2.0
        var signatureLeads = ["tm", "kt", "tl", "q", "thu truong don vi"]
        /// A signer's title before the unit it heads, in a signature typed in capitals
        /// ("TRƯỞNG PHÒNG KIỂM TRA – PHÁP CHẾ"): that unit signs, with no "TM." before it.
        var signerTitles: [String] = []
        /// The page header or footer (a unit's name or its place-and-date line kept there).
        var pageFurniture = 1.0
        /// Lines that name units other than the sender ("Kính gửi: …", "Căn cứ …").
        var skipLines = ["kinh gui", "can cu", "noi nhan"]
        /// Lines of the issuing-body block that say only where the parent is ("TP. HỒ CHÍ
        /// MINH" between "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and "VĂN PHÒNG SỞ"), as folded words.
        var placeLines: Set<String> = []
        /// Words just before a unit's name that introduce another unit than the sender ("đề
        /// nghị của", "chủ trì"), as folded words.
        var otherUnitLeads: [String] = []
        /// The top unit needs at least `accept` and `ratio` times the next unit's weight.
        var accept = 1.0
        var ratio = 1.5
        /// The first rows of each sheet of a workbook read for its own header: a sheet whose
        /// head names another unit, with its own number or date, is that unit's report.
        var sheetHeadRows = 12.0
    }

    /// Words around a number that say it is no result, or whose result it is (`figure_reading`).
    struct FigureReading: Sendable {
        /// A tag of where an item's work comes from ("(chuyển tiếp KH 2025)", "KH 2025 chuyển
        /// sang", a heading's closing parenthesis or a row's source cell): carried over from an
        /// earlier year's plan when it names a year before `planYear` (at most twenty before)
        /// and none from it on, with one of `carried_over`'s words. "(KH 2026)" is this plan's.
        func isCarriedOver(_ text: String) -> Bool {
            guard let planYear, !carriedOver.isEmpty, text.unicodeScalars.count <= 80 else { return false }
            let tokens = Tokenizer.tokenize(text)
            let years = tokens.compactMap { t -> Int? in
                guard t.kind == .number, t.raw.utf8.count == 4, let y = Int(t.raw), y >= planYear - 20, y <= planYear + 20 else { return nil }
                return y
            }
            guard let last = years.max(), last < planYear else { return false }
            return !carriedOver.matches(in: tokens).isEmpty
        }

        /// Right before a number: it is a target or a comparison ("kế hoạch vốn 3,4 tỷ đồng").
        var targetsBefore = PhraseTable<Bool>()
        /// Right after a figure's words: it was a target ("3,4 tỷ đồng kế hoạch vốn").
        var targetsAfter = PhraseTable<Bool>()
        /// Right before a parenthesis a number opens: it is the target ("KH năm (40 cuộc)").
        var targetsBracketed = PhraseTable<Bool>()
        /// Names that open with a money context's word ("Chi cục" with "chi", spent): no
        /// context of an amount.
        var contextNames = PhraseTable<Bool>()
        /// Opening a parenthesis after a figure: what is inside compares ("(cùng kỳ: 21 cơ sở)").
        var comparisons = PhraseTable<Bool>()
        /// After a figure in its clause: the counts that follow are its parts ("19 cơ sở, trong
        /// đó 07 cửa hàng xăng dầu").
        var breakdowns = PhraseTable<Bool>()
        /// Opening a "label: N" part inside a parenthesis after a number of its sentence: the
        /// number's parts by period ("412 hồ sơ (Quý I: 128, Quý II: 139)", "(tháng 10: 01)").
        var periodParts = PhraseTable<Bool>()
        /// Opening an indicator label before its number ("Số cuộc kiểm tra: 3").
        var labelLeads = PhraseTable<Bool>()
        /// Marks between a field's label and its value ("Số cuộc: 02", "cơ sở = 14").
        var fieldMarks: Set<String> = [":"]
        /// Words that stand between a field's label and its value as a mark does ("số cuộc
        /// kiểm tra là 02, số cơ sở vi phạm là 01"), folded.
        var fieldWords: Set<String> = []
        /// Opening what an area holds ("Trên địa bàn phường có 3 chợ, 11 cửa hàng …"): the
        /// numbers after it, to the sentence's end, say what exists, not what was done.
        var inventoryLeads = PhraseTable<Bool>()
        /// The same said by its parts, near a sentence's start: a place of the area
        /// (`inventory_places`: "địa bàn") then, within a few words, a verb of having
        /// (`inventory_verbs`: "có", "hiện có") — "Địa bàn xã có 02 chợ …".
        var inventoryPlaces = PhraseTable<Bool>()
        var inventoryVerbs = PhraseTable<Bool>()
        /// Place prepositions ("tại", "ở"): a count they open, with no action word between
        /// ("kiểm tra cân tại chợ A và 05 cửa hàng xăng dầu"), says where the work was done — a
        /// container, dropped when the passage counts its indicator by another noun too.
        var places = PhraseTable<Bool>()
        /// Right before a count of the same noun as a larger figure earlier in its sentence,
        /// words that make it a part of that figure ("vận động 20 doanh nghiệp, có 01 doanh
        /// nghiệp đăng ký"): quoted for a person, never added to it.
        var subsets = PhraseTable<Bool>()
        /// A measure word between a number and what it counts ("24 lượt tin"): alone it counts
        /// its own indicator (people); followed by a noun of one of these indicators, that noun
        /// says what was counted.
        var classifiers = PhraseTable<Set<IndicatorID>>()
        /// Money said as it is spoken, after an amount's scale: a half ("7 triệu rưỡi"), or the
        /// next part with its own smaller scale ("12 triệu 800 ngàn"; `spoken_parts`, in
        /// addition to the money scales).
        var spokenHalves = PhraseTable<Bool>()
        var spokenParts = PhraseTable<Double>()
        /// How far (in words) a count override's `qualified_by` words may stand after the
        /// counted noun, and the words that end the search (a preposition opens what the
        /// noun is about, not what it did: "kiểm tra 20 cơ sở về hành vi vi phạm …").
        var qualifierReach = 6
        var qualifierStops = PhraseTable<Bool>()
        /// Right before a qualifier, a word that denies it ("chưa phát hiện vi phạm").
        var negations = PhraseTable<Bool>()
        /// Right before a number: what is left to do, not a result ("còn 03 thiết bị chờ
        /// thay thế", "còn 01 đợt trong tháng 12").
        var remainders = PhraseTable<Bool>()
        /// Right before a number: the value a correction replaces ("sửa 420 lượt thành 512
        /// lượt", "đã ghi là 05 lớp, số đúng là 06 lớp"), no result.
        var superseded = PhraseTable<Bool>()
        /// Nouns of a place that holds what an indicator counts ("tại 03 chợ"): such a count
        /// is where the work was done, not its figure, when its passage counts the indicator
        /// by another noun too ("tại 03 chợ …, kiểm tra 87 hộ kinh doanh").
        var containers: [IndicatorID: PhraseTable<Bool>] = [:]
        /// Indicators that count the same kind of entity by the same nouns ("cơ sở", "hộ kinh
        /// doanh", "doanh nghiệp"): in a parenthesis that breaks a figure of one of them down,
        /// a bare count of another is a part of it ("18 cơ sở (05 cửa hàng, 13 hộ kinh doanh)").
        var kindred: Set<IndicatorID> = []
        /// After a figure of the indicator in its sentence, counts of it after one of these
        /// words say how its parts were handled, and are not added ("phát hiện 05 trường hợp
        /// …, nhắc nhở 03 trường hợp, xử phạt 02 trường hợp").
        var handlings: [IndicatorID: PhraseTable<Bool>] = [:]
        /// In a figure's row or sentence: the figure is an estimate ("Số liệu ước đến hết năm",
        /// "ước thực hiện cả năm"), not a result at the report's date (FigureSource.estimateMark).
        var estimates = PhraseTable<Bool>()
        /// Right before an estimate word, a word that makes it another ("điều ước", "công ước").
        var estimateNotAfter: Set<String> = []
        /// A row's cell saying only this ("Lồng ghép", "Nguồn kinh phí khác"): the row's money
        /// came from other sources than the plan's (FigureSource.otherFundingMark).
        var otherFunding = PhraseTable<Bool>()
        /// Least amount, in đồng, that a number written without its unit after a label naming
        /// a kind of money is read as ("Phạt (8.000.000)", "Tiền phạt: 2.000.000"); nil: such
        /// a number is never money.
        var bareAmountLeast: Double?
        /// In the clause of "N/N" (all of a whole, "06/06 lớp"), words saying the work was done
        /// ("Đã hoàn thành 06/06 lớp", "04/04 công chức được cử đã tham gia"): the whole done
        /// is the figure. Without them "2/2 chợ có cân đối chứng" stays a ratio.
        var wholeDone = PhraseTable<Bool>()
        /// Opening a sentence as a label followed by ":", another period than the one reported
        /// ("Năm trước:", "Cùng kỳ năm trước:"): the sentence's numbers are that period's.
        var earlierPeriods = PhraseTable<Bool>()
        /// Opening a sentence before a year and ":" ("Năm 2025:", "Cùng kỳ năm 2025:"): a year
        /// before `planYear` makes the sentence's numbers that year's, not the report's.
        var periodYears = PhraseTable<Bool>()
        /// Opening a clause ("Kế hoạch đề ra 04 đợt", "Theo kế hoạch …", "…; chỉ tiêu năm là
        /// 05 lớp"): the clause states the plan's target, its numbers no result.
        var targetOpenings = PhraseTable<Bool>()
        /// Of those, the ones that open a clause after a comma too ("Đang thực hiện, dự kiến tổ
        /// chức thêm 01 hội nghị trong tháng 12"): what is expected, no result.
        var forecastOpenings = PhraseTable<Bool>()
        /// Right before a number, a change against another period or the plan ("tăng 01 cuộc",
        /// "giảm 01 cơ sở"): the clause's numbers from there are changes, no results.
        var changes = PhraseTable<Bool>()
        /// The plan's year (pipeline.yaml `plan.year`), set by the extractor of a pipeline; nil
        /// when the vocabulary is read alone.
        var planYear: Int?
        /// In a tag naming an earlier year than `planYear` ("(chuyển tiếp KH 2025)", "KH 2025
        /// chuyển sang"): work carried over from that year's plan, no result of this one.
        var carriedOver = PhraseTable<Bool>()
        /// Right before a list of numbers ("… lần lượt là 02, 09 và 01"): the numbers are the
        /// values of as many labels listed before, in that order ("số cuộc kiểm tra, số cơ sở
        /// được kiểm tra và số cơ sở vi phạm").
        var respectively = PhraseTable<Bool>()
        /// Words joining the last item of a list ("và"), as a comma joins the others.
        var listJoins = PhraseTable<Bool>()
        /// Marks between a number opening its line and what it counts ("09 – tin, bài", "6 triệu
        /// đồng – tiền phạt"): read as if the noun followed the number.
        var nounMarks: Set<String> = []
    }

    /// How a document shows it is about the plan (`plan_subject`).
    struct PlanSubject: Sendable {
        /// Folded marks of the directive ("38-ct/tw", "chi thi 38").
        var directive: [String] = []
        /// The bytes every directive mark contains ("38"): a cheap test before folding.
        var directiveMark = ""
        /// Folded marks of the plan itself: its issuer's code in its number ("kh-skhcn").
        var planMarks: [String] = []
        /// Folded words of the plan's subject that a title of a report on it contains. In the
        /// body one of them alone says nothing ("nâng cao chất lượng" is in every report); two
        /// distinct ones in one line ("đo lường, chất lượng") speak of the subject.
        var words: [String] = []
        /// Folded marks that alone speak of the subject anywhere ("tđc", "tc-đl-cl").
        var marks: [String] = []
        /// Folded words that, right before a mark of the plan or its directive, say a row is
        /// not of it ("Không thuộc KH38, tổng hợp chung"): such a mention names another plan's
        /// work, not this one.
        var notOf: [String] = []
        /// How many distinct `words` a document must hold to speak of the subject.
        var minDistinct = 2
        /// In how many lines those words must stand when the document's title (or its opening's
        /// subject) is about something else: named once in passing, the subject is not its own.
        var otherTitleMinLines = 2
        /// Under such a title, the least share of the document's passages and rows that name
        /// a task (resolved, against those left unmatched or between two tasks) for it to be a
        /// report of the plan: a report on another programme has the subject's words in a line
        /// or two ("hệ thống quản lý chất lượng" in an administrative-reform report) while
        /// most of its items name no task of the plan.
        var otherTitleMinTaskShare = 0.0
        /// Folded first words of a document's title line ("bao cao", "bieu").
        var titleWords: [String] = []
        /// "… gửi Chi cục Tiêu chuẩn Đo lường Chất lượng": a lead (`recipient_leads`) then the
        /// kind of a body (`recipient_bodies`) names to whom a document goes, to the end of its
        /// clause — not what the document is about. Folded.
        var recipientLeads: [String] = []
        var recipientBodies: [String] = []
        /// An untitled letter's opening names its subject as a title would ("… gửi báo cáo kết
        /// quả công tác <subject> … như sau:"): after one of `leadInOpens`, up to one of
        /// `leadInEnds`. Only a subject of at least `leadInMinWords` words beyond
        /// `leadInGeneric` (words any report's opening has) names one. Folded.
        var leadInOpens: [String] = []
        var leadInEnds: [String] = []
        var leadInGeneric: Set<String> = []
        var leadInMinWords = 3
    }

    /// A title written in capitals near the top (`capitals_title`): among the first `lines`
    /// lines, one cell of at least `minWords` words and `minLetters` letters, at least
    /// `capitalsShare` of them capitals, not opening with one of `notTitles` (the issuing
    /// body's name); quoted to at most `maxChars` characters.
    struct CapitalsTitle: Sendable {
        var lines = 20
        var minWords = 6
        var minLetters = 12
        var capitalsShare = 0.9
        var maxChars = 240
        /// Folded openings of lines that name a body, not a document.
        var notTitles: [String] = []
        /// Folded openings of an annex's caps line ("phụ lục"): the words after it and the
        /// annex's number are a title when they read as one and name a subject of their own.
        var annexLeads: [String] = []
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        /// 1-based line, when known.
        public var line: Int? = nil
        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    /// The keys inside vocabulary.yaml's sections that are checked before anything is read
    /// (with their lines). The top level is checked against what `parse` actually reads
    /// (`ReadKeys`), so a new section needs no entry here, and a section nobody reads — a
    /// typo — is an error.
    public static let shape: YAMLShape = {
        func scalars(_ keys: [String]) -> YAMLShape {
            var m: [String: YAMLShape] = [:]
            for k in keys { m[k] = .any }
            return .fields(m)
        }
        var top: [String: YAMLShape] = [:]
        top["statuses"] = scalars(TaskStatus.allCases.filter { $0 != .unknown }.map(\.rawValue))
        top["columns"] = scalars(roleOrder)
        top["indicators"] = .named(scalars(["counts", "context", "columns", "money"]))
        top["count_overrides"] = .list(scalars(["nouns", "before", "after", "after_figure", "qualified_by", "indicator"]))
        top["sections"] = scalars(["results", "difficulties", "proposals", "plans", "closing", "appendix"])
        top["clipped_section_labels"] = scalars(["difficulties", "proposals"])
        return .fields(top)
    }()

    /// The top-level mapping, remembering which keys were read.
    final class ReadKeys {
        let values: [String: Any]
        private(set) var read = Set<String>()
        init(_ values: [String: Any]) { self.values = values }
        subscript(key: String) -> Any? {
            read.insert(key)
            return values[key]
        }
    }

    /// A clipped section label as `clippedSectionLabels` keys it: lower case, diacritics kept
    /// ("khó" is no "kho"), punctuation and bullets as spaces ("* Khó" → "khó").
    static func clippedLabelKey(_ text: String) -> String {
        VietText.nfc(text).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Column roles in a fixed order: a header that fits two roles ("Kết quả") takes the first.
    static let roleOrder = ["sequence", "code", "task", "indicator_name", "measure_unit", "status", "result", "value", "note", "lead"]

    public static func load(contentsOf url: URL) throws -> Vocabulary {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw LoadError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
        var v = try parse(yaml: text, file: url.path)
        // A pipeline's vocabulary words every refusal (a test's fragment need not).
        if let missing = refusalPlaceholders.keys.sorted().first(where: { v.refusals[$0] == nil }) {
            throw LoadError(file: url.path, message: "refusals.\(missing): missing (every refusal needs its words)")
        }
        // What officers taught at the review desk, beside it (VocabularyOverlay.swift).
        let overlay = url.deletingLastPathComponent().appendingPathComponent(VocabularyOverlay.fileName)
        v.apply(try VocabularyOverlay.load(contentsOf: overlay, indicators: v.indicatorIDs))
        return v
    }

    public static func parse(yaml: String, file: String = "vocabulary.yaml") throws -> Vocabulary {
        // Keys inside the known sections first; top-level keys once `parse` has read its own.
        let problems = shape.problems(in: yaml, file: file)
        let nested = problems.filter { ($0.field ?? "").contains(where: { $0 == "." || $0 == "[" }) }
        if let p = nested.first {
            throw LoadError(file: file, message: (p.field.map { "\($0): " } ?? "") + p.message, line: p.line)
        }
        let root: ReadKeys
        do {
            guard let r = try YAMLLoad.load(yaml: yaml) as? [String: Any] else {
                throw LoadError(file: file, message: "the top level must be a mapping")
            }
            root = ReadKeys(r)
        } catch let e as LoadError { throw e } catch {
            throw LoadError(file: file, message: "\(error)")
        }
        func strings(_ any: Any?, _ field: String) throws -> [String] {
            guard let any else { return [] }
            guard let list = any as? [Any] else { throw LoadError(file: file, message: "\(field) must be a list") }
            return list.map { "\($0)" }
        }
        func map(_ any: Any?, _ field: String) throws -> [String: Any] {
            guard let any else { return [:] }
            guard let m = any as? [String: Any] else { throw LoadError(file: file, message: "\(field) must be a mapping") }
            return m
        }
        var v = Vocabulary()
        for (key, phrases) in try map(root["statuses"], "statuses").sorted(by: { $0.key < $1.key }) {
            guard let status = TaskStatus(rawValue: key), status != .unknown else {
                throw LoadError(file: file, message: "statuses.\(key): unknown status (use completed, in_progress, not_started, not_applicable)")
            }
            for p in try strings(phrases, "statuses.\(key)") { v.statuses.add(p, status) }
        }
        for p in try strings(root["status_labels"], "status_labels") { v.statusLabels.add(p, true) }
        for (key, phrases) in try map(root["assessments"], "assessments").sorted(by: { $0.key < $1.key }) {
            guard let status = TaskStatus(rawValue: key), status != .unknown else {
                throw LoadError(file: file, message: "assessments.\(key): unknown status (use completed, in_progress, not_started, not_applicable)")
            }
            for p in try strings(phrases, "assessments.\(key)") { v.assessments.add(p, status) }
        }
        for p in try strings(root["status_leads"], "status_leads") { v.statusLeads.add(p, true) }
        for p in try strings(root["status_tails"], "status_tails") { v.statusTails.add(p, true) }
        let roleNames: [String: ColumnRole] = [
            "sequence": .sequence, "task": .task, "code": .code, "result": .result, "status": .status, "note": .note,
            "indicator_name": .indicatorName, "measure_unit": .measureUnit, "value": .value, "lead": .lead,
        ]
        let columns = try map(root["columns"], "columns")
        for key in columns.keys where roleNames[key] == nil {
            throw LoadError(file: file, message: "columns.\(key): unknown column role")
        }
        for key in roleOrder where columns[key] != nil {
            let phrases = columns[key]
            let role = roleNames[key]!
            for p in try strings(phrases, "columns.\(key)") { v.columns.add(p, role) }
        }
        for p in try strings(root["numbered_work_headers"], "numbered_work_headers") { v.numberedWorkHeaders.add(p, true) }
        for (phrase, factor) in try map(root["money_scales"], "money_scales").sorted(by: { $0.key < $1.key }) {
            guard let f = (factor as? Int).map(Double.init) ?? (factor as? Double) else {
                throw LoadError(file: file, message: "money_scales.\(phrase) must be a number")
            }
            v.moneyScales.add(phrase, f)
        }
        for p in try strings(root["not_money_scales"], "not_money_scales") { v.notMoneyScales.add(p, true) }
        let indicators = try map(root["indicators"], "indicators")
        // Folded count phrases, and each counting column's words: a column "Số buổi" says that
        // "buổi" after a number counts its indicator too (added below, after the label leads).
        var countPhrases = Set<String>()
        var columnNouns: [(words: [String], id: IndicatorID)] = []
        for key in indicators.keys.sorted() {
            let id = IndicatorID(key)
            v.indicatorIDs.append(id)
            let spec = try map(indicators[key], "indicators.\(key)")
            // `money` states what the id's `_vnd` suffix already decides; a disagreement is an error.
            if let money = spec["money"] {
                guard let m = money as? Bool, m == id.isMoney else {
                    throw LoadError(file: file, message: "indicators.\(key).money: a money indicator is one whose id ends in _vnd (\(key) \(id.isMoney ? "does" : "does not"))")
                }
            }
            for p in try strings(spec["counts"], "indicators.\(key).counts") {
                v.counts.add(p, id)
                countPhrases.insert(VietText.words(p).joined(separator: " "))
            }
            for p in try strings(spec["context"], "indicators.\(key).context") { v.moneyContext.add(p, id) }
            for p in try strings(spec["columns"], "indicators.\(key).columns") {
                v.indicatorColumns.add(p, id)
                v.columns.add(p, .indicator(id))
                if !id.isMoney { columnNouns.append((VietText.words(p), id)) }
            }
        }
        if let list = root["count_overrides"] as? [Any] {
            for (n, any) in list.enumerated() {
                let m = try map(any, "count_overrides[\(n)]")
                var o = CountOverride(nouns: .init(), before: .init(), after: .init(), indicator: nil)
                for p in try strings(m["nouns"], "count_overrides[\(n)].nouns") { o.nouns.add(p, true) }
                for p in try strings(m["before"], "count_overrides[\(n)].before") { o.before.add(p, true) }
                for p in try strings(m["after"], "count_overrides[\(n)].after") { o.after.add(p, true) }
                for p in try strings(m["qualified_by"], "count_overrides[\(n)].qualified_by") { o.qualifiers.add(p, true) }
                for id in try strings(m["after_figure"], "count_overrides[\(n)].after_figure") {
                    guard indicators[id] != nil else {
                        throw LoadError(file: file, message: "count_overrides[\(n)].after_figure: unknown indicator \(id)")
                    }
                    o.afterFigure.insert(IndicatorID(id))
                }
                let target = "\(m["indicator"] ?? "none")"
                if target != "none" {
                    guard indicators[target] != nil else {
                        throw LoadError(file: file, message: "count_overrides[\(n)].indicator: unknown indicator \(target)")
                    }
                    o.indicator = IndicatorID(target)
                }
                v.overrides.append(o)
            }
        }
        for p in try strings(root["ignored_counts"], "ignored_counts") { v.ignoredCounts.add(p, true) }
        for p in try strings(root["unread_counts"], "unread_counts") { v.unreadCounts.add(p, true) }
        for (key, phrases) in try map(root["sections"], "sections").sorted(by: { $0.key < $1.key }) {
            guard let kind = SectionKind(rawValue: key), kind != .difficultiesAndProposals else { throw LoadError(file: file, message: "sections.\(key): unknown section") }
            for p in try strings(phrases, "sections.\(key)") {
                v.sections.add(p, kind)
                if kind == .difficulties || kind == .proposals { v.itemSectionLabels.insert(LineBuilder.sectionLabelKey(p)) }
            }
        }
        let subject = try map(root["plan_subject"], "plan_subject")
        let subjectKeys = ["directive", "plan", "words", "marks", "min_distinct", "other_title_min_lines", "other_title_min_task_share", "title_words", "recipient_leads", "recipient_bodies",
                           "lead_in_opens", "lead_in_ends", "lead_in_generic", "lead_in_min_words", "not_of"]
        for key in subject.keys where !subjectKeys.contains(key) {
            throw LoadError(file: file, message: "plan_subject.\(key): unknown key (use \(subjectKeys.joined(separator: ", ")))")
        }
        v.planSubject.planMarks = try strings(subject["plan"], "plan_subject.plan").map { VietText.fold($0) }.filter { !$0.isEmpty }
        func folded(_ list: [String]) -> [String] { list.map { VietText.fold($0) }.filter { !$0.isEmpty } }
        v.planSubject.directive = folded(try strings(subject["directive"], "plan_subject.directive"))
        v.planSubject.words = folded(try strings(subject["words"], "plan_subject.words"))
        v.planSubject.marks = folded(try strings(subject["marks"], "plan_subject.marks"))
        v.planSubject.notOf = folded(try strings(subject["not_of"], "plan_subject.not_of"))
        if let n = subject["min_distinct"] {
            guard let n = n as? Int, n >= 1 else { throw LoadError(file: file, message: "plan_subject.min_distinct must be a positive integer") }
            v.planSubject.minDistinct = n
        }
        if let n = subject["other_title_min_lines"] {
            guard let n = n as? Int, n >= 1 else { throw LoadError(file: file, message: "plan_subject.other_title_min_lines must be a positive integer") }
            v.planSubject.otherTitleMinLines = n
        }
        if let n = subject["other_title_min_task_share"] {
            guard let d = (n as? Double) ?? (n as? Int).map(Double.init), d >= 0, d <= 1 else {
                throw LoadError(file: file, message: "plan_subject.other_title_min_task_share must be a number from 0 to 1")
            }
            v.planSubject.otherTitleMinTaskShare = d
        }
        v.planSubject.titleWords = folded(try strings(subject["title_words"], "plan_subject.title_words"))
        v.planSubject.recipientLeads = folded(try strings(subject["recipient_leads"], "plan_subject.recipient_leads"))
        // Longest first: "báo cáo kết quả công tác" before "báo cáo".
        v.planSubject.leadInOpens = folded(try strings(subject["lead_in_opens"], "plan_subject.lead_in_opens")).sorted { $0.count > $1.count }
        v.planSubject.leadInEnds = folded(try strings(subject["lead_in_ends"], "plan_subject.lead_in_ends"))
        v.planSubject.leadInGeneric = Set(folded(try strings(subject["lead_in_generic"], "plan_subject.lead_in_generic")).flatMap { $0.split(separator: " ").map(String.init) })
        if let n = subject["lead_in_min_words"] {
            guard let n = n as? Int, n >= 1 else { throw LoadError(file: file, message: "plan_subject.lead_in_min_words must be a positive integer") }
            v.planSubject.leadInMinWords = n
        }
        v.planSubject.recipientBodies = folded(try strings(subject["recipient_bodies"], "plan_subject.recipient_bodies"))
        // The longest run of digits shared by every mark, if any, lets most lines skip folding.
        let digitRuns = v.planSubject.directive.map { String($0.filter(\.isNumber).prefix(2)) }
        if let first = digitRuns.first, !first.isEmpty, digitRuns.allSatisfy({ $0 == first }) { v.planSubject.directiveMark = first }
        for (key, value) in try map(root["refusals"], "refusals").sorted(by: { $0.key < $1.key }) {
            guard let needed = refusalPlaceholders[key] else {
                throw LoadError(file: file, message: "refusals.\(key): unknown key (use \(refusalPlaceholders.keys.sorted().joined(separator: ", ")))")
            }
            guard let t = value as? String, !t.isEmpty else { throw LoadError(file: file, message: "refusals.\(key) must be a text") }
            if let missing = needed.first(where: { !t.contains("{\($0)}") }) {
                throw LoadError(file: file, message: "refusals.\(key) must keep {\(missing)}")
            }
            v.refusals[key] = t
        }
        let caps = try map(root["capitals_title"], "capitals_title")
        for (key, value) in caps.sorted(by: { $0.key < $1.key }) {
            func int() throws -> Int {
                guard let n = value as? Int, n >= 1 else { throw LoadError(file: file, message: "capitals_title.\(key) must be a positive integer") }
                return n
            }
            switch key {
            case "lines": v.capitalsTitle.lines = try int()
            case "min_words": v.capitalsTitle.minWords = try int()
            case "min_letters": v.capitalsTitle.minLetters = try int()
            case "max_chars": v.capitalsTitle.maxChars = try int()
            case "capitals_share":
                guard let d = (value as? Double) ?? (value as? Int).map(Double.init), d > 0, d <= 1 else {
                    throw LoadError(file: file, message: "capitals_title.capitals_share must be a share between 0 and 1")
                }
                v.capitalsTitle.capitalsShare = d
            case "not_titles": v.capitalsTitle.notTitles = folded(try strings(value, "capitals_title.not_titles"))
            case "annex_leads": v.capitalsTitle.annexLeads = folded(try strings(value, "capitals_title.annex_leads"))
            default: throw LoadError(file: file, message: "capitals_title.\(key): unknown key (use lines, min_words, min_letters, capitals_share, max_chars, not_titles, annex_leads)")
            }
        }
        let refs = try map(root["number_references"], "number_references")
        for key in refs.keys where !["before", "after", "labels", "years", "counted_after", "period_starts"].contains(key) {
            throw LoadError(file: file, message: "number_references.\(key): unknown key (use before, after, labels, years, counted_after, period_starts)")
        }
        for p in try strings(refs["period_starts"], "number_references.period_starts") { v.numberReferences.periodStarts.add(p, true) }
        v.numberReferences.countedAfter = Set(try strings(refs["counted_after"], "number_references.counted_after").map { VietText.fold($0) })
        v.numberReferences.before = Set(try strings(refs["before"], "number_references.before").flatMap { VietText.words($0) })
        for p in try strings(refs["after"], "number_references.after") { v.numberReferences.after.add(p, true) }
        for p in try strings(refs["labels"], "number_references.labels") { v.numberReferences.labels.add(p, true) }
        if let years = refs["years"] {
            guard let pair = years as? [Int], pair.count == 2, pair[0] <= pair[1] else {
                throw LoadError(file: file, message: "number_references.years must be [first, last]")
            }
            v.numberReferences.years = pair[0]...pair[1]
        }
        let reading = try map(root["figure_reading"], "figure_reading")
        let figureReadingKeys = ["targets_before", "targets_after", "targets_bracketed", "context_names", "comparisons", "breakdowns", "label_leads", "classifiers", "field_marks",
                                 "inventory_leads", "spoken_halves", "spoken_parts", "qualifier_reach", "qualifier_stops", "negations",
                                 "remainders", "superseded", "containers", "kindred", "handlings", "inventory_places", "inventory_verbs", "places", "subsets",
                                 "estimates", "estimate_not_after", "other_funding", "bare_amount_least", "whole_done",
                                 "earlier_periods", "period_years", "target_openings", "forecast_openings", "changes",
                                 "respectively", "list_joins", "noun_marks", "period_parts", "carried_over", "field_words"]
        for key in reading.keys where !figureReadingKeys.contains(key) {
            throw LoadError(file: file, message: "figure_reading.\(key): unknown key (use \(figureReadingKeys.joined(separator: ", ")))")
        }
        if let least = reading["bare_amount_least"] {
            guard let n = least as? Double ?? (least as? Int).map(Double.init), n >= 1 else {
                throw LoadError(file: file, message: "figure_reading.bare_amount_least must be a positive amount in đồng")
            }
            v.figureReading.bareAmountLeast = n
        }
        if let reach = reading["qualifier_reach"] {
            guard let n = reach as? Int ?? (reach as? String).flatMap(Int.init), n >= 1, n <= 20 else {
                throw LoadError(file: file, message: "figure_reading.qualifier_reach must be a whole number from 1 to 20")
            }
            v.figureReading.qualifierReach = n
        }
        // The figure reading's word lists, each a table of phrases.
        for (key, table) in [
            ("qualifier_stops", \FigureReading.qualifierStops),
            ("negations", \FigureReading.negations),
            ("remainders", \FigureReading.remainders),
            ("superseded", \FigureReading.superseded),
            ("spoken_halves", \FigureReading.spokenHalves),
            ("targets_before", \FigureReading.targetsBefore),
            ("targets_after", \FigureReading.targetsAfter),
            ("targets_bracketed", \FigureReading.targetsBracketed),
            ("context_names", \FigureReading.contextNames),
            ("comparisons", \FigureReading.comparisons),
            ("breakdowns", \FigureReading.breakdowns),
            ("period_parts", \FigureReading.periodParts),
            ("label_leads", \FigureReading.labelLeads),
            ("inventory_leads", \FigureReading.inventoryLeads),
            ("inventory_places", \FigureReading.inventoryPlaces),
            ("inventory_verbs", \FigureReading.inventoryVerbs),
            ("places", \FigureReading.places),
            ("subsets", \FigureReading.subsets),
            ("estimates", \FigureReading.estimates),
            ("other_funding", \FigureReading.otherFunding),
            ("whole_done", \FigureReading.wholeDone),
            ("earlier_periods", \FigureReading.earlierPeriods),
            ("period_years", \FigureReading.periodYears),
            ("target_openings", \FigureReading.targetOpenings),
            ("forecast_openings", \FigureReading.forecastOpenings),
            ("changes", \FigureReading.changes),
            ("carried_over", \FigureReading.carriedOver),
            ("respectively", \FigureReading.respectively),
            ("list_joins", \FigureReading.listJoins),
        ] {
            for p in try strings(reading[key], "figure_reading.\(key)") { v.figureReading[keyPath: table].add(p, true) }
        }
        v.figureReading.estimateNotAfter = Set(try strings(reading["estimate_not_after"], "figure_reading.estimate_not_after").map { VietText.fold($0) })
        for id in try strings(reading["kindred"], "figure_reading.kindred") {
            guard indicators[id] != nil else { throw LoadError(file: file, message: "figure_reading.kindred: unknown indicator \(id)") }
            v.figureReading.kindred.insert(IndicatorID(id))
        }
        for (key, table) in [("containers", \FigureReading.containers), ("handlings", \FigureReading.handlings)] {
            for (id, words) in try map(reading[key], "figure_reading.\(key)").sorted(by: { $0.key < $1.key }) {
                guard indicators[id] != nil else { throw LoadError(file: file, message: "figure_reading.\(key): unknown indicator \(id)") }
                var t = PhraseTable<Bool>()
                for p in try strings(words, "figure_reading.\(key).\(id)") { t.add(p, true) }
                v.figureReading[keyPath: table][IndicatorID(id)] = t
            }
        }
        for (word, value) in try map(reading["spoken_parts"], "figure_reading.spoken_parts").sorted(by: { $0.key < $1.key }) {
            guard let n = value as? Double ?? (value as? Int).map(Double.init) ?? (value as? String).flatMap(Double.init), n > 0 else {
                throw LoadError(file: file, message: "figure_reading.spoken_parts.\(word) must be a positive number")
            }
            v.figureReading.spokenParts.add(word, n)
        }
        if reading["noun_marks"] != nil {
            let marks = try strings(reading["noun_marks"], "figure_reading.noun_marks")
            guard marks.allSatisfy({ $0.count == 1 && !$0.first!.isLetter && !$0.first!.isNumber && !$0.first!.isWhitespace }) else {
                throw LoadError(file: file, message: "figure_reading.noun_marks must be single punctuation marks")
            }
            v.figureReading.nounMarks = Set(marks)
        }
        if reading["field_marks"] != nil {
            let marks = try strings(reading["field_marks"], "figure_reading.field_marks")
            guard marks.allSatisfy({ $0.count == 1 && !$0.first!.isLetter && !$0.first!.isNumber && !$0.first!.isWhitespace }) else {
                throw LoadError(file: file, message: "figure_reading.field_marks must be single punctuation marks")
            }
            v.figureReading.fieldMarks = Set(marks)
        }
        if reading["field_words"] != nil {
            let words = try strings(reading["field_words"], "figure_reading.field_words").map { VietText.fold($0) }
            guard words.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
                throw LoadError(file: file, message: "figure_reading.field_words must be single words")
            }
            v.figureReading.fieldWords = Set(words)
        }
        for (word, ids) in try map(reading["classifiers"], "figure_reading.classifiers").sorted(by: { $0.key < $1.key }) {
            var set = Set<IndicatorID>()
            for id in try strings(ids, "figure_reading.classifiers.\(word)") {
                guard indicators[id] != nil else {
                    throw LoadError(file: file, message: "figure_reading.classifiers.\(word): unknown indicator \(id)")
                }
                set.insert(IndicatorID(id))
            }
            v.figureReading.classifiers.add(word, set)
        }
        // Longest first: "số lượng" before "số".
        let labelLeadWords = try strings(reading["label_leads"], "figure_reading.label_leads").map { VietText.words($0) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        // The measure noun of every counting column ("Số buổi" → "buổi", "Số PTĐ" → "ptđ"):
        // after a number it counts the column's indicator, unless a count phrase, an ignored or
        // an unread count already says what those words count.
        for (words, id) in columnNouns {
            var rest = words[...]
            guard let lead = labelLeadWords.first(where: { rest.starts(with: $0) && rest.count > $0.count }) else { continue }
            // "Số lượt tham dự": after a measure word the words say what was done, not what was counted.
            let leadTokens = Tokenizer.read(lead.joined(separator: " "))
            if leadTokens.indices.contains(where: { v.figureReading.classifiers.hasMatch(leadTokens, at: $0) }) { continue }
            rest = rest.dropFirst(lead.count)
            let phrase = rest.joined(separator: " ")
            let tokens = Tokenizer.read(phrase)
            guard !countPhrases.contains(phrase), !v.ignoredCounts.hasMatch(tokens, at: 0), !v.unreadCounts.hasMatch(tokens, at: 0) else { continue }
            countPhrases.insert(phrase)
            v.counts.add(phrase, id)
        }
        let statusReading = try map(root["status_reading"], "status_reading")
        let statusKeys = ["marks", "heading_tail", "brackets", "openers", "subject_words", "waiting", "percent_leads", "percent_of", "plans", "schedules", "task_kinds", "outlooks", "done_dates", "expected_dates", "vague", "done", "weights",
                          "predicates", "residual", "tail_marks", "tail_subject_words", "heading_tail_words", "negation_shorthand", "tie_yields",
                          "cell_shorthand", "performer_initials", "next_steps", "steps", "deadlines", "symbols", "comma_tail"]
        for key in statusReading.keys where !statusKeys.contains(key) {
            throw LoadError(file: file, message: "status_reading.\(key): unknown key (use \(statusKeys.joined(separator: ", ")))")
        }
        for pair in try strings(statusReading["brackets"], "status_reading.brackets") {
            let scalars = Array(pair.unicodeScalars.filter { !$0.properties.isWhitespace })
            guard scalars.count == 2 else { throw LoadError(file: file, message: "status_reading.brackets: '\(pair)' must be an opening and a closing mark") }
            v.statusReading.brackets[String(scalars[0])] = String(scalars[1])
        }
        v.statusReading.marks = try strings(statusReading["marks"], "status_reading.marks").map { Array($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }.filter { !$0.isEmpty }
        v.statusReading.headingTail = Set(try strings(statusReading["heading_tail"], "status_reading.heading_tail").map { $0.trimmedAsFoundationWhitespaces() }.filter { !$0.isEmpty })
        for (key, phrases) in try map(statusReading["openers"], "status_reading.openers").sorted(by: { $0.key < $1.key }) {
            guard let status = TaskStatus(rawValue: key), status != .unknown else {
                throw LoadError(file: file, message: "status_reading.openers.\(key): unknown status (use completed, in_progress, not_started, not_applicable)")
            }
            for p in try strings(phrases, "status_reading.openers.\(key)") { v.statusReading.openers.add(p, status) }
        }
        if let n = statusReading["subject_words"] {
            guard let words = n as? Int, words >= 0 else { throw LoadError(file: file, message: "status_reading.subject_words must be a whole number") }
            v.statusReading.subjectWords = words
        }
        for p in try strings(statusReading["waiting"], "status_reading.waiting") { v.statusReading.waiting.add(p, true) }
        let predicates = try map(statusReading["predicates"], "status_reading.predicates")
        for key in predicates.keys where !["polarity", "verbs", "completion", "partial", "able", "verb_words", "attendance"].contains(key) {
            throw LoadError(file: file, message: "status_reading.predicates.\(key): unknown key (use polarity, verbs, completion, partial, able, verb_words, attendance)")
        }
        let attendance = try map(predicates["attendance"], "status_reading.predicates.attendance")
        for key in attendance.keys where !["send", "attend", "events", "object_words"].contains(key) {
            throw LoadError(file: file, message: "status_reading.predicates.attendance.\(key): unknown key (use send, attend, events, object_words)")
        }
        for p in try strings(attendance["send"], "status_reading.predicates.attendance.send") { v.statusReading.sendVerbs.add(p, true) }
        for p in try strings(attendance["attend"], "status_reading.predicates.attendance.attend") { v.statusReading.attendVerbs.add(p, true) }
        for p in try strings(attendance["events"], "status_reading.predicates.attendance.events") { v.statusReading.attendedEvents.add(p, true) }
        if let n = attendance["object_words"] {
            guard let words = n as? Int, words >= 1 else { throw LoadError(file: file, message: "status_reading.predicates.attendance.object_words must be a whole number above 0") }
            v.statusReading.attendanceObjectWords = words
        }
        for (key, phrases) in try map(predicates["polarity"], "status_reading.predicates.polarity").sorted(by: { $0.key < $1.key }) {
            guard let status = TaskStatus(rawValue: key), status != .unknown, status != .notApplicable else {
                throw LoadError(file: file, message: "status_reading.predicates.polarity.\(key): unknown polarity (use completed, in_progress, not_started)")
            }
            for p in try strings(phrases, "status_reading.predicates.polarity.\(key)") { v.statusReading.polarity.add(p, status) }
        }
        for p in try strings(predicates["verbs"], "status_reading.predicates.verbs") { v.statusReading.workVerbs.add(p, true) }
        for p in try strings(predicates["completion"], "status_reading.predicates.completion") { v.statusReading.completion.add(p, true) }
        for p in try strings(predicates["partial"], "status_reading.predicates.partial") { v.statusReading.partial.add(p, true) }
        for p in try strings(predicates["able"], "status_reading.predicates.able") { v.statusReading.able.add(p, true) }
        if let n = predicates["verb_words"] {
            guard let words = n as? Int, words >= 1 else { throw LoadError(file: file, message: "status_reading.predicates.verb_words must be a whole number above 0") }
            v.statusReading.verbWords = words
        }
        let residual = try map(statusReading["residual"], "status_reading.residual")
        for key in residual.keys where !["labels", "nothing", "remaining", "work_nouns"].contains(key) {
            throw LoadError(file: file, message: "status_reading.residual.\(key): unknown key (use labels, nothing, remaining, work_nouns)")
        }
        for p in try strings(residual["labels"], "status_reading.residual.labels") { v.statusReading.residualLabels.add(p, true) }
        let nothingWords = try strings(residual["nothing"], "status_reading.residual.nothing")
        let remainingWords = try strings(residual["remaining"], "status_reading.residual.remaining")
        for p in nothingWords { v.statusReading.residualNothing.add(p, true) }
        for p in remainingWords { v.statusReading.residualRemaining.add(p, true) }
        // "Hết việc", "Còn việc" in a verdict cell: what is left of the work said with the work
        // itself as the noun, no label before it. Nothing left is done, something left is under
        // way; read as assessments are (a cell, after a label, a whole clause). A nothing word
        // that is a status of its own ("không", "không có": nothing arose) keeps its meaning
        // ("Không có việc" stays not arisen), and a phrase the tables already hold wins.
        for noun in try strings(residual["work_nouns"], "status_reading.residual.work_nouns") {
            for p in nothingWords {
                let tokens = Tokenizer.tokenize(p)
                if let own = v.assessments.match(tokens, at: 0) ?? v.statuses.match(tokens, at: 0).map({ ($0.value, $0.end, $0.words) }),
                   own.end == tokens.count, own.value != .completed { continue }
                v.assessments.add("\(p) \(noun)", .completed)
            }
            for p in remainingWords { v.assessments.add("\(p) \(noun)", .inProgress) }
        }
        for p in try strings(statusReading["next_steps"], "status_reading.next_steps") { v.statusReading.nextStepLabels.add(p, true) }
        for p in try strings(statusReading["steps"], "status_reading.steps") { v.statusReading.stepLabels.add(p, true) }
        for (key, value) in try map(statusReading["cell_shorthand"], "status_reading.cell_shorthand").sorted(by: { $0.key < $1.key }) {
            guard let full = value as? String, !full.trimmedAsFoundationWhitespaces().isEmpty else {
                throw LoadError(file: file, message: "status_reading.cell_shorthand.\(key) must be the words it stands for")
            }
            v.statusReading.cellShorthand.add(key, full)
        }
        for (key, value) in try map(statusReading["symbols"], "status_reading.symbols").sorted(by: { $0.key < $1.key }) {
            guard key.count == 1, let symbol = key.first, let words = value as? String, !words.trimmedAsFoundationWhitespaces().isEmpty else {
                throw LoadError(file: file, message: "status_reading.symbols.\(key) must be one symbol and the status words it stands for")
            }
            v.statusReading.symbols[symbol] = words
        }
        let initials = try map(statusReading["performer_initials"], "status_reading.performer_initials")
        for key in initials.keys where !["words", "letters"].contains(key) {
            throw LoadError(file: file, message: "status_reading.performer_initials.\(key): unknown key (use words, letters)")
        }
        for (key, path) in [("words", \StatusReading.initialsWords), ("letters", \StatusReading.initialsLetters)] {
            guard let n = initials[key] else { continue }
            guard let count = n as? Int, count >= 0 else { throw LoadError(file: file, message: "status_reading.performer_initials.\(key) must be a whole number") }
            v.statusReading[keyPath: path] = count
        }
        v.statusReading.negationShorthand = Set(try strings(statusReading["negation_shorthand"], "status_reading.negation_shorthand").map { VietText.fold($0) })
        for (key, values) in try map(statusReading["tie_yields"], "status_reading.tie_yields").sorted(by: { $0.key < $1.key }) {
            guard let status = TaskStatus(rawValue: key), status != .unknown else {
                throw LoadError(file: file, message: "status_reading.tie_yields.\(key): unknown status (use completed, in_progress, not_started, not_applicable)")
            }
            for name in try strings(values, "status_reading.tie_yields.\(key)") {
                guard let to = TaskStatus(rawValue: name), to != .unknown, to != status else {
                    throw LoadError(file: file, message: "status_reading.tie_yields.\(key): '\(name)' is no other status (use completed, in_progress, not_started, not_applicable)")
                }
                v.statusReading.tieYields[status, default: []].insert(to)
            }
        }
        v.statusReading.tailMarks = Set(try strings(statusReading["tail_marks"], "status_reading.tail_marks").map { $0.trimmedAsFoundationWhitespaces() }.filter { !$0.isEmpty })
        if let n = statusReading["heading_tail_words"] {
            guard let words = n as? Int, words >= 0 else { throw LoadError(file: file, message: "status_reading.heading_tail_words must be a whole number") }
            v.statusReading.headingTailWords = words
        }
        if let any = statusReading["comma_tail"] {
            let rule = try map(any, "status_reading.comma_tail")
            for key in rule.keys where !["subject_words", "not"].contains(key) {
                throw LoadError(file: file, message: "status_reading.comma_tail.\(key): unknown key (use subject_words, not)")
            }
            guard let words = rule["subject_words"] as? Int, words >= 0 else {
                throw LoadError(file: file, message: "status_reading.comma_tail.subject_words must be a whole number")
            }
            let not = Set(try strings(rule["not"], "status_reading.comma_tail.not").map { VietText.fold($0) }.filter { !$0.isEmpty })
            v.statusReading.commaTail = (words, not)
        }
        if let n = statusReading["tail_subject_words"] {
            guard let words = n as? Int, words >= 0 else { throw LoadError(file: file, message: "status_reading.tail_subject_words must be a whole number") }
            v.statusReading.tailSubjectWords = words
        }
        // A predicate's polarity word opens a status of what follows as an opener does
        // ("Văn phòng đã làm xong việc …", "xã chưa làm, do …").
        v.statusReading.openingWords = WordSet(v.statusReading.openers.firstWords.union(v.statusReading.waiting.firstWords).union(v.statusReading.polarity.firstWords))
        for p in try strings(statusReading["percent_leads"], "status_reading.percent_leads") { v.statusReading.percentLeads.add(p, true) }
        for p in try strings(statusReading["percent_of"], "status_reading.percent_of") { v.statusReading.percentOf.add(p, true) }
        for p in try strings(statusReading["plans"], "status_reading.plans") { v.statusReading.plans.add(p, true) }
        for p in try strings(statusReading["schedules"], "status_reading.schedules") { v.statusReading.schedules.add(p, true) }
        for p in try strings(statusReading["task_kinds"], "status_reading.task_kinds") { v.statusReading.taskKinds.add(p, true) }
        for p in try strings(statusReading["outlooks"], "status_reading.outlooks") { v.statusReading.outlooks.add(p, true) }
        for p in try strings(statusReading["done_dates"], "status_reading.done_dates") { v.statusReading.doneDates.add(p, true) }
        for p in try strings(statusReading["expected_dates"], "status_reading.expected_dates") { v.statusReading.expectedDates.add(p, true) }
        for p in try strings(statusReading["vague"], "status_reading.vague") { v.statusReading.vague.add(p, true) }
        if let deadlines = statusReading["deadlines"] {
            let d = try map(deadlines, "status_reading.deadlines")
            for key in d.keys where !["future", "before", "words", "date_words"].contains(key) {
                throw LoadError(file: file, message: "status_reading.deadlines.\(key): unknown key (use future, before, words, date_words)")
            }
            v.statusReading.deadlineDateWords = Set(try strings(d["date_words"], "status_reading.deadlines.date_words").map { VietText.fold($0) }.filter { !$0.isEmpty })
            for p in try strings(d["future"], "status_reading.deadlines.future") { v.statusReading.deadlineFuture.add(p, true) }
            for p in try strings(d["before"], "status_reading.deadlines.before") { v.statusReading.deadlineBefore.add(p, true) }
            guard let w = d["words"] as? Int, w > 0 else { throw LoadError(file: file, message: "status_reading.deadlines.words must be a whole number above 0") }
            v.statusReading.deadlineWords = w
        }
        v.statusReading.done = Set(try strings(statusReading["done"], "status_reading.done").map { VietText.words($0).joined(separator: " ") })
        // Every kind of claim needs its weight: a missing one would silently never win.
        for (key, value) in try map(statusReading["weights"], "status_reading.weights").sorted(by: { $0.key < $1.key }) {
            guard let kind = StatusClaim.Kind(rawValue: key) else {
                throw LoadError(file: file, message: "status_reading.weights.\(key): unknown kind (use \(StatusClaim.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let w = (value as? Double) ?? (value as? Int).map(Double.init), w > 0, w <= 1 else {
                throw LoadError(file: file, message: "status_reading.weights.\(key) must be a number above 0 and at most 1")
            }
            v.statusReading.weights[kind] = w
        }
        for kind in StatusClaim.Kind.allCases where !statusReading.isEmpty && v.statusReading.weights[kind] == nil {
            throw LoadError(file: file, message: "status_reading.weights.\(kind.rawValue): missing")
        }
        v.sectionFirstWords = v.sections.firstWords.union(["noi"])
        v.signatureMarks = Set(try strings(root["signature_marks"], "signature_marks").map { VietText.fold($0) })
        for mark in v.signatureMarks where v.sections.match(Tokenizer.tokenize(mark), at: 0)?.value != .closing {
            throw LoadError(file: file, message: "signature_marks: \(mark) is not one of sections.closing")
        }
        v.nothingItems = Set(try strings(root["nothing_items"], "nothing_items").map { VietText.words($0).joined(separator: " ") })
        v.items = try ItemWords.parse(try map(root["items"], "items"), file: file)
        v.totalRows = Set(try strings(root["total_rows"], "total_rows").map { VietText.words($0).joined(separator: " ") })
        for p in try strings(root["total_words"], "total_words") { v.totalWords.add(p, true) }
        v.totalLabels = Set(try strings(root["total_labels"], "total_labels").map { $0.lowercased() })
        for p in try strings(root["summary_words"], "summary_words") { v.summaryWords.add(p, true) }
        let vote = try map(root["header_vote"], "header_vote")
        let weights: [String: WritableKeyPath<HeaderVote, Double>] = [
            "issuer_block": \.issuerBlock, "unit_label": \.unitLabel, "sheet_top": \.sheetTop, "report_sentence": \.reportSentence,
            "place_date": \.placeDate, "file_name": \.fileName, "properties_title": \.propertiesTitle, "near_top": \.nearTop,
            "signature": \.signature, "page_furniture": \.pageFurniture,
            "accept": \.accept, "ratio": \.ratio, "sheet_head_rows": \.sheetHeadRows,
        ]
        let phraseLists: [String: WritableKeyPath<HeaderVote, [String]>] = [
            "unit_labels": \.unitLabels, "report_phrases": \.reportPhrases, "closing_phrases": \.closingPhrases, "skip_lines": \.skipLines,
            "signature_leads": \.signatureLeads, "signer_titles": \.signerTitles,
        ]
        for (key, value) in vote.sorted(by: { $0.key < $1.key }) {
            if let path = weights[key] {
                guard let d = (value as? Double) ?? (value as? Int).map(Double.init) else { throw LoadError(file: file, message: "header_vote.\(key) must be a number") }
                v.headerVote[keyPath: path] = d
            } else if key == "other_unit_leads" {
                v.headerVote.otherUnitLeads = try strings(value, "header_vote.other_unit_leads").map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty }
            } else if key == "place_lines" {
                v.headerVote.placeLines = Set(try strings(value, "header_vote.place_lines").map { VietText.words($0).joined(separator: " ") })
            } else if let path = phraseLists[key] {
                v.headerVote[keyPath: path] = try strings(value, "header_vote.\(key)").map { VietText.fold($0) }.filter { !$0.isEmpty }
            } else {
                throw LoadError(file: file, message: "header_vote.\(key): unknown key (use \((weights.keys.sorted() + phraseLists.keys.sorted() + ["place_lines", "other_unit_leads"]).joined(separator: ", ")))")
            }
        }
        v.documentDate = try DateVocabulary.load(try map(root["document_date"], "document_date"), file: file)
        let clauses = try map(root["clauses"], "clauses")
        for key in clauses.keys where !["joins", "topics", "topic_title_words", "title_marks", "title_sentence_words", "bold_heading_words", "most", "lead_ins", "speakers", "speech", "period_titles", "field_titles", "quality_titles", "entry_dates", "closing_titles", "joint_titles", "group_status_titles", "performer_titles"].contains(key) {
            throw LoadError(file: file, message: "clauses.\(key): unknown key (use joins, topics, topic_title_words, title_marks, title_sentence_words, bold_heading_words, most, lead_ins, speakers, speech, period_titles, field_titles, quality_titles, entry_dates, closing_titles, joint_titles, group_status_titles, performer_titles)")
        }
        for p in try strings(clauses["period_titles"], "clauses.period_titles") { v.periodTitles.add(p, true) }
        if clauses["field_titles"] != nil { for p in try strings(clauses["field_titles"], "clauses.field_titles") { v.fieldTitles.add(p, true) } }
        if clauses["quality_titles"] != nil { for p in try strings(clauses["quality_titles"], "clauses.quality_titles") { v.qualityTitles.add(p, true) } }
        if let n = clauses["title_sentence_words"] {
            guard let n = n as? Int, n >= 0 else { throw LoadError(file: file, message: "clauses.title_sentence_words must be a whole number") }
            v.titleSentenceWords = n
        }
        v.titleMarks = try strings(clauses["title_marks"], "clauses.title_marks").map { $0.trimmed() }
        for mark in v.titleMarks where mark.isEmpty || mark.unicodeScalars.contains(where: { ScalarClass.isAlphabetic($0) || ScalarClass.isNumeric($0) }) {
            throw LoadError(file: file, message: "clauses.title_marks: \(mark) is not a mark")
        }
        if let n = clauses["bold_heading_words"] {
            guard let n = n as? Int, n >= 0 else { throw LoadError(file: file, message: "clauses.bold_heading_words must be a whole number") }
            v.boldHeadingWords = n
        }
        if let n = clauses["topic_title_words"] {
            guard let n = n as? Int, n >= 0 else { throw LoadError(file: file, message: "clauses.topic_title_words must be a whole number") }
            v.topicTitleWords = n
        }
        v.speakerLeads = try strings(clauses["speakers"], "clauses.speakers").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.speechEnds = try strings(clauses["speech"], "clauses.speech").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.entryDateWords = try strings(clauses["entry_dates"], "clauses.entry_dates").map { VietText.fold($0) }.filter { !$0.isEmpty }
        // Longest first, once here: a line matches "chot theo tung viec" before "chot".
        v.closingTitles = try strings(clauses["closing_titles"], "clauses.closing_titles").map { VietText.fold($0) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        v.jointTitles = Set(try strings(clauses["joint_titles"], "clauses.joint_titles").map { VietText.fold($0) }.filter { !$0.isEmpty })
        v.groupStatusTitles = try strings(clauses["group_status_titles"], "clauses.group_status_titles").map { VietText.fold($0) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        if let most = clauses["most"] {
            guard let n = most as? Int, n >= 2 else { throw LoadError(file: file, message: "clauses.most must be an integer of at least 2") }
            v.clauseLimit = n
        }
        for p in try strings(clauses["joins"], "clauses.joins") { v.clauseJoins.add(p, true) }
        for p in try strings(clauses["performer_titles"], "clauses.performer_titles") { v.performerTitles.add(p, true) }
        for p in try strings(clauses["topics"], "clauses.topics") { v.clauseTopics.add(p, true) }
        v.clauseLeadIns = try strings(clauses["lead_ins"], "clauses.lead_ins").map { VietText.fold($0) }
        v.ordinalHeadings = try strings(root["ordinal_headings"], "ordinal_headings").map { VietText.fold($0) }
        for p in try strings(root["status_headings"], "status_headings") { v.statusHeadingLeads.add(p, true) }
        let references = try map(root["status_references"], "status_references")
        let referenceKeys: Set<String> = ["label_words", "label_joins", "citation_words", "legend_marks", "legend_separators", "code_length", "code_words", "legend_pairs", "cell_code_length", "cell_code_words", "name_score", "name_margin", "under_lines", "follow_words", "back_references", "rest_openers", "weights", "reply_marks", "reply_label_words"]
        for key in references.keys where !referenceKeys.contains(key) {
            throw LoadError(file: file, message: "status_references.\(key): unknown key (use \(referenceKeys.sorted().joined(separator: ", ")))")
        }
        for p in try strings(references["label_words"], "status_references.label_words") { v.statusReferences.labelWords.add(p, true) }
        for p in try strings(references["citation_words"], "status_references.citation_words") { v.statusReferences.citationWords.add(p, true) }
        for p in try strings(references["back_references"], "status_references.back_references") { v.statusReferences.backReferences.add(p, true) }
        for p in try strings(references["rest_openers"], "status_references.rest_openers") { v.statusReferences.restOpeners.add(p, true) }
        v.statusReferences.labelJoins = Set(try strings(references["label_joins"], "status_references.label_joins").map { VietText.fold($0) })
        v.statusReferences.legendMarks = try strings(references["legend_marks"], "status_references.legend_marks").filter { !$0.isEmpty }
        v.statusReferences.replyMarks = try strings(references["reply_marks"], "status_references.reply_marks").filter { !$0.isEmpty }
        if let any = references["reply_label_words"] {
            guard let n = any as? Int, n >= 1 else { throw LoadError(file: file, message: "status_references.reply_label_words must be a positive integer") }
            v.statusReferences.replyLabelWords = n
        }
        // Each separator is one character between a legend's pairs ("A - Đã xong; B - Đang làm",
        // "DONE = đã hoàn thành | IP = đang thực hiện"); a line break parts them always.
        let separators = try strings(references["legend_separators"], "status_references.legend_separators").map { $0.trimmedAsFoundationWhitespaces() }
        for s in separators where s.count != 1 {
            throw LoadError(file: file, message: "status_references.legend_separators: '\(s)' must be one character")
        }
        if references["legend_separators"] != nil { v.statusReferences.legendSeparators = separators.compactMap(\.first) }
        // The file is the one copy of these numbers: each must be there.
        if !references.isEmpty {
            for (key, field) in [("code_length", \StatusReferenceWords.codeLength), ("code_words", \StatusReferenceWords.codeWords), ("legend_pairs", \StatusReferenceWords.legendPairs), ("cell_code_length", \StatusReferenceWords.cellCodeLength), ("cell_code_words", \StatusReferenceWords.cellCodeWords), ("under_lines", \StatusReferenceWords.underLines),
                               ("follow_words", \StatusReferenceWords.followWords)] {
                guard let any = references[key] else { throw LoadError(file: file, message: "status_references.\(key): missing (a positive integer)") }
                guard let n = any as? Int, n >= 1 else { throw LoadError(file: file, message: "status_references.\(key) must be a positive integer") }
                v.statusReferences[keyPath: field] = n
            }
            for (key, field) in [("name_score", \StatusReferenceWords.nameScore), ("name_margin", \StatusReferenceWords.nameMargin)] {
                guard let any = references[key] else { throw LoadError(file: file, message: "status_references.\(key): missing (a score of the task profiles)") }
                guard let d = (any as? Double) ?? (any as? Int).map(Double.init), d >= 0 else {
                    throw LoadError(file: file, message: "status_references.\(key) must be a number from 0")
                }
                v.statusReferences[keyPath: field] = d
            }
            let weights = try map(references["weights"], "status_references.weights")
            for key in weights.keys where !StatusReferenceWords.Weights.names.contains(key) {
                throw LoadError(file: file, message: "status_references.weights.\(key): unknown key (use \(StatusReferenceWords.Weights.names.joined(separator: ", ")))")
            }
            for key in StatusReferenceWords.Weights.names {
                guard let any = weights[key] else {
                    throw LoadError(file: file, message: "status_references.weights.\(key): missing (how much a status stated so weighs, from 0 to 1)")
                }
                guard let d = (any as? Double) ?? (any as? Int).map(Double.init), d >= 0, d <= 1 else {
                    throw LoadError(file: file, message: "status_references.weights.\(key) must be a number from 0 to 1")
                }
                v.statusReferences.weights.set(key, d)
            }
        }
        v.fieldHeadings = try strings(root["field_headings"], "field_headings").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.fieldNames = Set(try strings(root["field_names"], "field_names").map { LineBuilder.sectionLabelKey($0) }.filter { !$0.isEmpty })
        // (In the keys' order: a label listed under both sections goes to the last, every run.)
        for (key, labels) in try map(root["clipped_section_labels"], "clipped_section_labels").sorted(by: { $0.key < $1.key }) {
            guard let kind = SectionKind(rawValue: key), kind == .difficulties || kind == .proposals else {
                throw LoadError(file: file, message: "clipped_section_labels.\(key): unknown section (use difficulties, proposals)")
            }
            for label in try strings(labels, "clipped_section_labels.\(key)") {
                let folded = clippedLabelKey(label)
                if !folded.isEmpty { v.clippedSectionLabels[folded] = kind }
            }
        }
        v.citingOpenings = try strings(root["citing_openings"], "citing_openings").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.planWordingLabels = try strings(root["plan_wording_labels"], "plan_wording_labels").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.assignmentLabels = try strings(root["assignment_labels"], "assignment_labels").map { VietText.fold($0) }.filter { !$0.isEmpty }
        // Dashes and a count of words ("marks" with "title_words" or "job_words"): both rules
        // that read a line across a dash are set so.
        func marksAndWords(_ key: String, words wordsKey: String) throws -> (marks: [String], words: Int)? {
            guard let any = root[key] else { return nil }
            let f = try map(any, key)
            for k in f.keys where !["marks", wordsKey].contains(k) {
                throw LoadError(file: file, message: "\(key).\(k): unknown key (use marks, \(wordsKey))")
            }
            guard let n = f[wordsKey] as? Int, n >= 0 else { throw LoadError(file: file, message: "\(key).\(wordsKey) must be an integer from 0") }
            return (try strings(f["marks"], "\(key).marks").filter { !$0.isEmpty }, n)
        }
        if let r = try marksAndWords("run_in_titles", words: "title_words") { v.runInTitles = (r.marks, r.words) }
        if let r = try marksAndWords("figures_first", words: "job_words") { v.figuresFirst = (r.marks, r.words) }
        if let any = root["dictation"] {
            let d = try map(any, "dictation")
            for key in d.keys where !["commas", "stops", "names", "least_paragraphs"].contains(key) {
                throw LoadError(file: file, message: "dictation.\(key): unknown key (use commas, stops, names, least_paragraphs)")
            }
            func words(_ key: String) throws -> Set<String> { Set(try strings(d[key], "dictation.\(key)").map { VietText.fold($0) }.filter { !$0.isEmpty }) }
            v.spokenPunctuation.commas = try words("commas")
            v.spokenPunctuation.stops = try words("stops")
            v.spokenPunctuation.names = try words("names")
            if let n = d["least_paragraphs"] {
                guard let n = n as? Int, n >= 0 else { throw LoadError(file: file, message: "dictation.least_paragraphs must be an integer from 0") }
                v.spokenPunctuation.leastParagraphs = n
            }
        }
        if let any = root["glossary"] {
            let g = try map(any, "glossary")
            let keys = ["headings", "marks", "abbreviation_letters", "least_pairs", "heading_words"]
            for key in g.keys where !keys.contains(key) {
                throw LoadError(file: file, message: "glossary.\(key): unknown key (use \(keys.joined(separator: ", ")))")
            }
            v.abbreviationGlossary.headings = try strings(g["headings"], "glossary.headings").map { VietText.fold($0) }.filter { !$0.isEmpty }
            v.abbreviationGlossary.marks = try strings(g["marks"], "glossary.marks").filter { !$0.isEmpty }
            for (key, field) in [("abbreviation_letters", \AbbreviationGlossary.abbreviationLetters), ("least_pairs", \AbbreviationGlossary.leastPairs), ("heading_words", \AbbreviationGlossary.headingWords)] {
                guard let n = g[key] as? Int, n >= 0 else { throw LoadError(file: file, message: "glossary.\(key) must be an integer from 0") }
                v.abbreviationGlossary[keyPath: field] = n
            }
        }
        if let any = root["closing_tallies"] {
            let t = try map(any, "closing_tallies")
            for key in t.keys where !["openers", "least_states"].contains(key) {
                throw LoadError(file: file, message: "closing_tallies.\(key): unknown key (use openers, least_states)")
            }
            for p in try strings(t["openers"], "closing_tallies.openers") {
                v.closingTallies.openers.add(p, true)
                v.closingTallies.starts.append(VietText.fold(p))
            }
            guard let n = t["least_states"] as? Int, n >= 2 else { throw LoadError(file: file, message: "closing_tallies.least_states must be an integer from 2") }
            v.closingTallies.leastStates = n
        }
        if let any = root["tagged_logs"] {
            let t = try map(any, "tagged_logs")
            for key in t.keys where !["tag_headers", "summary_titles"].contains(key) {
                throw LoadError(file: file, message: "tagged_logs.\(key): unknown key (use tag_headers, summary_titles)")
            }
            v.taggedLogs.tagHeaders = try strings(t["tag_headers"], "tagged_logs.tag_headers").map { VietText.fold($0) }.filter { !$0.isEmpty }
            v.taggedLogs.summaryTitles = try strings(t["summary_titles"], "tagged_logs.summary_titles").map { VietText.fold($0) }.filter { !$0.isEmpty }
        }
        v.figurePointers = try strings(root["figure_pointers"], "figure_pointers").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.articleWords = try strings(root["article_words"], "article_words").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.itemNumberWords = try strings(root["item_number_words"], "item_number_words").map { VietText.fold($0) }.filter { !$0.isEmpty }
        if let any = root["bracketed_note_label_words"] {
            guard let n = any as? Int, n >= 0 else { throw LoadError(file: file, message: "bracketed_note_label_words must be an integer from 0") }
            v.bracketedNoteLabelWords = n
        }
        if let any = root["layout_rows"] {
            let rows = try map(any, "layout_rows")
            for key in rows.keys where !["content_min_words", "label_max_words", "field_leads"].contains(key) {
                throw LoadError(file: file, message: "layout_rows.\(key): unknown key (use content_min_words, label_max_words, field_leads)")
            }
            func count(_ key: String) throws -> Int? {
                guard let any = rows[key] else { return nil }
                guard let n = any as? Int, n >= 0 else { throw LoadError(file: file, message: "layout_rows.\(key) must be an integer from 0") }
                return n
            }
            if let n = try count("content_min_words") { v.layoutContentMinWords = n }
            if let n = try count("label_max_words") { v.layoutLabelMaxWords = n }
            v.layoutFieldLeads = try strings(rows["field_leads"], "layout_rows.field_leads").map { VietText.fold($0) }.filter { !$0.isEmpty }
        }
        if let any = root["status_keys"] {
            let keys = try map(any, "status_keys")
            for key in keys.keys where !["leads", "lead_max_words", "links", "max_key_words", "min_keys"].contains(key) {
                throw LoadError(file: file, message: "status_keys.\(key): unknown key (use leads, lead_max_words, links, max_key_words, min_keys)")
            }
            v.statusKeyWords.leads = try strings(keys["leads"], "status_keys.leads").map { VietText.fold($0) }.filter { !$0.isEmpty }
            v.statusKeyWords.links = try strings(keys["links"], "status_keys.links").filter { !$0.isEmpty }
            for name in ["lead_max_words", "max_key_words", "min_keys"] {
                guard let any = keys[name] else { continue }
                guard let n = any as? Int, n >= 0 else { throw LoadError(file: file, message: "status_keys.\(name) must be an integer from 0") }
                switch name {
                case "lead_max_words": v.statusKeyWords.leadMaxWords = n
                case "max_key_words": v.statusKeyWords.maxKeyWords = n
                default: v.statusKeyWords.minKeys = max(2, n)
                }
            }
        }
        v.numberingMarks = try strings(root["numbering_marks"], "numbering_marks").map { mark in
            let scalars = Array(mark.unicodeScalars)
            guard scalars.count == 1, !ScalarClass.isAlphabetic(scalars[0]), !ScalarClass.isNumeric(scalars[0]), scalars[0] != " " else {
                throw LoadError(file: file, message: "numbering_marks: '\(mark)' must be one mark (not a letter, digit or space)")
            }
            return scalars[0]
        }
        if let tags = root["field_tags"] {
            let m = try map(tags, "field_tags")
            for key in m.keys where key != "max_chars" {
                throw LoadError(file: file, message: "field_tags.\(key): unknown key (use max_chars)")
            }
            guard let n = m["max_chars"] as? Int, n >= 0 else { throw LoadError(file: file, message: "field_tags.max_chars must be a whole number") }
            v.fieldTagChars = n
        }
        let fieldLines = try map(root["field_lines"], "field_lines")
        for key in fieldLines.keys where !["titles", "results"].contains(key) {
            throw LoadError(file: file, message: "field_lines.\(key): unknown key (use titles, results)")
        }
        v.fieldLineTitles = try strings(fieldLines["titles"], "field_lines.titles").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.fieldLineResults = try strings(fieldLines["results"], "field_lines.results").map { VietText.fold($0) }.filter { !$0.isEmpty }
        let outline = try map(root["outline"], "outline")
        for key in outline.keys where !["questions", "answers", "prompts"].contains(key) {
            throw LoadError(file: file, message: "outline.\(key): unknown key (use questions, answers, prompts)")
        }
        v.promptLabels = try strings(outline["prompts"], "outline.prompts").map { VietText.fold($0) }.filter { !$0.isEmpty }
        v.questionWords = try strings(outline["questions"], "outline.questions").map { VietText.fold($0).split(separator: " ").map(String.init) }
        v.answerLabels = try strings(outline["answers"], "outline.answers").map { VietText.fold($0) }
        v.partWords = try strings(root["report_parts"], "report_parts").map { VietText.fold($0) }.filter { !$0.isEmpty }
        let unread = problems.filter { p in p.field.map { !root.read.contains($0) && root.values[$0] != nil } ?? false }
        if let p = unread.first, let key = p.field {
            throw LoadError(file: file, message: "\(key): unknown field '\(key)' (known: \(root.read.sorted().joined(separator: ", ")))", line: p.line)
        }
        return v
    }
}
