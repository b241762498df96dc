import Foundation
import Plan
import VietText
import Yams

// The report's wording and classification rules, read strictly from the pipeline's
// `report.yaml`: every phrase, boilerplate line and recipient of the report lives there, so
// next year's plan (or another Sở) changes the words without a release. A key the reader does
// not know, a missing key, or a placeholder a phrase may not use is an error with its file
// and line.

/// How consolidation sorts the units' difficulties and proposals.
public struct ReportRules: Sendable, Equatable {
    /// The kinds of section II's sentences `rules.bodyLength.moves` may name: `account` (a
    /// unit's account of a task stating none of its figures), `ownFunds` (what units spent of
    /// their own funds), `ownUnit` (figures of the Department's own units on a task they do not
    /// lead), `others` (the other units' sums on an indicator of the group's city-wide figures,
    /// rules.cityWide, or one III.1 sums), `othersDetail` (their sums on no such indicator),
    /// `leadDetail` (the lead's figures on a task not among its group's main ones), `lead` (the lead's figures), `joint` (joint
    /// work, figures held back, a partner over the lead), `status` (where a task stands).
    public static let sentenceKinds = ["account", "ownFunds", "ownUnit", "ownUnitMajor", "others", "othersDetail", "lead", "leadDetail", "joint", "status"]
    public struct Theme: Sendable, Equatable {
        public var id: String
        /// Folded keywords ("kiem nhiem"); the first theme with a keyword in the text wins.
        public var keywords: [String]
    }

    public struct Addressee: Sendable, Equatable {
        public var id: String
        /// True for the bodies above the Department (UBND Thành phố, the Bộ, the national
        /// committee): their proposals go to section V. Others are the Department's own work.
        public var upward: Bool
        /// How units name the body right after the request verb, longest first when matched.
        public var names: [String]
    }

    public var themes: [Theme]
    public var addressees: [Addressee]
    /// The addressee of a proposal that names none: the units report to the Department.
    public var defaultAddressee: String
    /// "Đề nghị", "Kiến nghị": the words a proposal opens with, before its addressee.
    public var requestVerbs: [String]
    /// Addressee id → the addressee its requests are asked of (the national committee under
    /// the Bộ).
    public var folded: [String: String]
    /// Folded keywords of a proposal that needs the City's money or staff.
    public var cityMatters: [String]
    /// Folded keywords of a sentence that says nothing done (routine follow-up): not quoted.
    public var fillerKeywords: [String]
    /// Folded words after which a lone digit in a quoted sentence is an ordinal ("ngày 5",
    /// "quý 3"), kept as written; elsewhere a count is zero-padded ("3 cuộc" → "03 cuộc").
    public var ordinalWords: [String] = []
    /// Folded keywords of a proposal to the Department only the City can decide, and the
    /// addressee it is asked of instead.
    public var cityRequests: [String] = []
    public var cityAddressee: String = ""
    /// REVIEW44 #7: a request only the City decides is asked of it in V even when only the
    /// Department's own units made it (rules.cityRequests.ownAsked "true").
    public var cityRequestsOwnAsked: Bool = false
    /// REVIEW44 #6: issuers of documents by the code ending their number ("UBND" in
    /// "18/KH-UBND"), for a document a unit cites by number alone (rules.citationIssuers).
    public var citationIssuers: [CitationIssuer] = []
    public struct CitationIssuer: Sendable, Equatable {
        public var code: String
        public var issuer: String
    }
    /// Folded keywords of a plan group about money (investment, the state budget): its
    /// paragraph states the money its tasks' units reported spending.
    public var moneyGroups: [String] = []
    /// A unit's sentence is used in the body as the lead's result only when at least this
    /// share of its words are the task's, or it states a figure.
    public var bodyRelevance: Double = 0.3
    /// At most this many tasks of a group have their results in the body (the others are in
    /// Phụ lục I).
    public var tasksPerGroup: Int = 3
    /// Where a figure's phrase taken from the task's wording ends ("để", "nhằm", "đối với"):
    /// the purpose and scope that follow are the plan's, not the units' result.
    public var taskPhraseEnds: [String] = []
    /// Letters the Department issued to carry out the plan and ask for reports, as cited
    /// ("Công văn số 1234/SKHCN-TĐC ngày 15 tháng 10 năm 2026"): section I states them.
    public var guidanceLetters: [String] = []
    /// Reporter groups that are the Department's own units ("group:internal"): their missing
    /// reports and difficulties are the Department's, not reported upward as others'.
    public var ownGroups: [String] = []
    /// Folded keywords of a lead's sentence saying the task is only being prepared.
    public var planningKeywords: [String] = []
    /// Folded first words of a request that asks for itself ("sớm"): no "Xem xét," before it.
    public var directRequestWords: [String] = []
    /// The addressee of a request to a body the rules do not know ("Đề nghị Bộ Nông nghiệp và
    /// Môi trường …"): kept in the data, not asked in the report.
    public var otherAddressee: String = ""
    /// Folded first words of a body's name ("bộ", "sở", "ủy ban", "cục").
    public var bodyWords: [String] = []
    /// The longest name of a task in the body, in words (a short form of the plan's wording).
    public var taskNameWords: Int = 22
    /// Where a task's name is cut when its first clause is too long ("cho", "trong", "tại"):
    /// the scope that follows is the plan's detail.
    public var taskNameSoftEnds: [String] = []
    /// Where a name still too long is cut, the last such place that fits ("về").
    public var taskNameLastEnds: [String] = []
    /// A task some units report not started is a shortcoming when at least this many did.
    public var unitsNotStartedMin: Int = 1
    /// A proposal to the Department is stated in IV when at least this many units made it
    /// (the rest are in the data and on the review page).
    public var ownWorkMinUnits: Int = 1
    /// A proposal to the Department that needs money or means it has not got (folded
    /// keywords): IV commits to studying it, not to doing it (REVIEW17 #11).
    public var ownWorkStudy: [String] = []
    /// Unit sentences quoted per task in Phụ lục I.
    public var appendixQuotes: Int = 2
    /// How many words before a doubted attendance the clause that holds it may open
    /// (`results.heldBackClauseWords`).
    public var heldBackClauseWindow: Int = 4
    /// Lower-case words, with their spaces, of a lead's sentence telling it did the work (" đã "):
    /// its account, even when it follows the plan's wording closely.
    public var accountWords: [String] = []
    /// Where a difficulty's subject ends and what is wrong with it begins (" chưa ", " còn "):
    /// V asks for the subject ("Sớm hoàn thiện văn bản hướng dẫn …"), not the difficulty pasted.
    public var difficultyPredicates: [String] = []
    /// At most this many of those tasks are named (the others are counted).
    public var unitsNotStartedNamed: Int = 3
    /// A kind of unit outside the Department with at most this many that have not reported:
    /// they are named in III.2 (0: never).
    public var missingNamedMax: Int = 0
    /// Blank lines between the signer's title and name, for signature and seal (REVIEW40 #13).
    public var signatureLines: Int = 4
    /// III.1's parts of dated tasks with no stated state (results without the lead's progress,
    /// nothing reported) are named when they hold at most this many tasks (REVIEW20 #3.1).
    public var tallyNamedMax: Int = 0
    /// Lower-case words of a unit's sentence that gives why a task is behind (" do ",
    /// "chưa được phân bổ", "không nhận được"), each with the spaces that bound it.
    public var causeWords: [String] = []
    /// How a unit names itself before what it proposes ("UBND phường", "Sở"): taken off a
    /// reason it gave, so that units who wrote the same are grouped (REVIEW18 #4).
    public var causeSubjects: [String] = []
    /// Words opening a clause in which a unit asks for something ("đề xuất chuyển nội dung này
    /// sang năm 2027"): its proposal, not its reason; the reason III.2 states stops before it
    /// (REVIEW25 #4: the Sở does not voice a unit's proposal as its own shortcoming).
    public var causeProposalWords: [String] = []
    /// Tasks that are duties by law (the phân quyền to UBND phường, xã): IV never endorses
    /// putting them off (outlook.postponedStatutory; REVIEW30 #15).
    public var statutoryTasks: [String] = []
    /// A reason for not starting stated in III.2 when at least this many units gave it.
    public var causeUnitsMin: Int = 1
    /// REVIEW39 #5: a partner's difficulty is about a task when it shares at least this many
    /// words with the task's title (nil: never linked).
    public var partnerDifficultyWords: Int?
    /// Folded words of a unit's sentence saying it puts work off to a later period ("đề xuất
    /// chuyển nội dung này sang năm …", "lùi sang"): read in every current report's task texts,
    /// difficulties and proposals (REVIEW19 #5).
    public var postponementWords: [String] = []
    /// Per kind of unit, at most this many postponing units are named (more: counted).
    public var postponedNamedMax: Int = 3
    /// The Department's own units' deferrals stated in III.2 ("named") or left to the review
    /// desk (`own-units-postponed`, any other value): REVIEW29 #6, the Sở's own phòng are not
    /// named upward as postponing.
    public var postponedOwnUnits: String = "named"
    /// REVIEW53 #8 (rules.postponement.ownUnits "remedy"): an own unit's deferral whose words
    /// hold one of these (folded: "kinh phí") is a funding gap the Department itself closes —
    /// not in III.2's list, the Department's remedy in IV (outlook.ownPostponedRemedy).
    public var postponedOwnRemedyWords: [String] = []
    /// REVIEW48 #4: a difficulty at least this many of the Sở's own units raised is a cause in
    /// III.2 (rules.causeOwnSeveral; 0: off).
    public var causeOwnSeveral: Int = 0
    /// REVIEW54 #6 (rules.causeOwnThemes): on these themes of difficulty (the legal framework
    /// and guidance from above) a difficulty one of the Sở's own units raised is stated in
    /// III.2, whatever the theme's cap (rules.causeItemsPerTheme).
    public var causeOwnThemes: [String] = []
    /// `rules.reportingOwnUnits`: "named" — Phụ lục II has a section for the Department's own
    /// units and III.2 names those that have not reported or sent late (REVIEW36 #6); any other
    /// value — their reporting stays with the review desk (REVIEW30 #5).
    public var reportingOwnUnits: String = "desk"
    /// `rules.ownDifficulties`: "named" — every difficulty the Department's own units raise
    /// reaches III.2 under its theme with who raised it, and IV's answers name who proposed
    /// them, own units too (REVIEW37 #6); any other value keeps the earlier rule (own units'
    /// difficulties stated only on an objective theme or when several units raised them,
    /// unattributed: REVIEW20 #3.10, REVIEW31 #10).
    public var ownDifficulties: String = "desk"
    /// "Sở sẽ báo cáo bổ sung trước ngày …": this many days after the report's date (0: no
    /// date; REVIEW29 §4).
    public var supplementWithinDays: Int = 0
    /// A task's field after an indicator's nouns at most this many words (REVIEW17 #9).
    public var taskPhraseFieldWords: Int = 14
    /// A not-started task with at most this many months left is said to be at risk.
    public var monthsAtRisk: Int = 3
    /// Lower-case words of a spending sentence saying the money is the plan's own budget
    /// ("kinh phí thực hiện kế hoạch"), and the words that start another source it names
    /// ("từ nguồn", "bằng nguồn").
    public var budgetPlanSources: [String] = []
    public var budgetSourceWords: [String] = []
    /// Themes of difficulties only a body above can settle, with the addressee asked in V.
    public var themeRequests: [ThemeRequest] = []

    public struct ThemeRequest: Sendable, Equatable {
        public var theme: String
        public var addressee: String
    }
    /// The body's objective causes: the most reported themes of difficulties, at most this many.
    public var difficultyThemes: Int = 5
    /// III.2 states at most this many difficulties per theme, those most units raised (0: all;
    /// REVIEW40 #9).
    public var causeItemsPerTheme: Int = 0
    /// The cap holds for every item, those several units raised too (REVIEW46 #4: III.2 one
    /// short sentence per cause; the rest stay in the JSON and on the review page).
    public var causeItemsCapAll: Bool = false
    /// REVIEW47 #8: beside the cap, the difficulty most units of one kind raised (at least this
    /// many of that kind: "02 sở, ngành") is kept in its theme when no kept item already has
    /// that many of the kind (0: off).
    public var causeKindSeveral: Int = 0
    /// A request upward only the Department's own units made, sharing at least this many words
    /// with a task their own lead has not started, is not asked upward (0: off; REVIEW40 #12).
    public var ownRequestTaskWords: Int = 0
    /// How an upward body the report's Nơi nhận names is asked (rules.askCopied): folded under
    /// another or dropped as an own-units-only request (the rule before); "true": in its own
    /// group in V (REVIEW41 #3); "through": its requests kept, but asked through the body it
    /// sits under (rules.folded: "Chỉ đạo Ủy ban …" under the Bộ), its line in Nơi nhận as
    /// written (REVIEW54 #9).
    public enum CopiedAsk: String, Sendable { case folded, apart, through }
    public var copiedAsk: CopiedAsk = .folded
    /// The copied body's requests are kept (asked apart or through another).
    public var askCopied: Bool { copiedAsk != .folded }
    public var askCopiedThrough: Bool { copiedAsk == .through }
    /// A proposal whose proposers all raised a difficulty sharing at least this many words
    /// with it is attributed to every unit that raised it (0: off; REVIEW41 #11).
    public var proposalDifficultyWords: Int = 0
    /// REVIEW47 #6: a proposal the Sở takes up itself (IV) names, after its proposers, the
    /// units that raised a difficulty sharing at least this many words with it ("khó khăn cũng
    /// được … phản ánh"), never as proposers (0: off).
    public var proposalAlsoRaisedWords: Int = 0
    /// A difficulty at least this many units raised is stated whatever its theme's rank (0: off).
    public var difficultySeveral: Int = 0
    /// A group's results in II start a new paragraph at a task once this many words are in it.
    public var paragraphWords: Int = 150
    /// REVIEW53 #5: a task whose first sentence names it ("Đối với nhiệm vụ …") opens a new
    /// paragraph of section II after one of at least this many words (0: off).
    public var taskParagraphWords: Int = 0
    /// REVIEW53 #6: the share of a task's total on some indicator from which the Department's
    /// own units' figures on a task they do not lead are its result (kind "ownUnitMajor"), not
    /// detail the length rule moves (0: off).
    public var ownUnitMajorShare: Double = 0
    /// Where a figure of the Sở's own unit a finding still doubts is said (rules.ownDoubted):
    /// in the body as any figure; "appendix": in the appendices only, its clause out of the
    /// body (REVIEW53 #3); "withheld": as "appendix", and out of III.1's totals too — the
    /// headline adds what the sections state (REVIEW54 #3).
    public enum OwnDoubted: String, Sendable { case body, appendix, withheld }
    public var ownDoubted: OwnDoubted = .body
    public var ownDoubtedInAppendix: Bool { ownDoubted != .body }
    public var ownDoubtedOutOfTotals: Bool { ownDoubted == .withheld }
    /// rules.highlightUnitsOnce: a III.1 total about one group (the inspections of group 5) is
    /// not followed by its count of units: that group's city-wide sentence in II states it.
    public var highlightUnitsOnce: Bool = false
    /// REVIEW53 #4 (rules.ownUnsettled "in_progress"): a task the Sở's own unit leads, with
    /// results, whose progress is still being settled (no status given, or the lead's "không
    /// phát sinh" a partner contradicts) is counted under way in the body's tally; the doubt
    /// stays in Phụ lục I and on the desk.
    public var ownUnsettledInProgress: Bool = false
    /// REVIEW54 #1 (rules.plainStates): III.1's plain tally counts each task by the state
    /// Phụ lục I's "Tiến độ" cell says (the name of its wording key, labels.state.* or
    /// labels.overdue*, "_own" dropped): kind ("done", "inProgress", "notStarted", "notArisen",
    /// "unrated", "notDue", "overdue", "doneToDate") → the state names counted in it. Empty: the
    /// kinds of REVIEW53 #7 (the consolidation's phase).
    public var plainStates: [String: [String]] = [:]
    /// The body's length (issue #13: about 4–6 pages, the detail in the phụ lục): when the body
    /// has more than `bodyLengthWords` words (0: no limit), section II's sentences of the kinds
    /// in `bodyLengthMoves` go to their task's row of Phụ lục I, the first kind first, until it
    /// has no more. Kinds: see `VietnameseRenderer.SentenceKind`.
    public var bodyLengthWords: Int = 0
    public var bodyLengthMoves: [String] = []
    /// A moved sentence is already in its Phụ lục I row when this share of its words are there.
    public var bodyLengthSaid: Double = 0.8
    /// REVIEW49 #8: the lead's summary of its moved sentences names a done task by the clauses
    /// stating its figures (else its first clause), not its whole sentence
    /// (rules.bodyLength.summaryClauses "figures"; "whole": REVIEW47 #1's every clause).
    public var bodyLengthSummaryFigures: Bool = false
    /// Folded words a task's wording opens with when it names a partner ("phối hợp với"), and
    /// folded words where the partner's name ends and the task's verb begins ("thực hiện").
    public var partnerWords: [String] = []
    public var partnerEnds: [String] = []
    /// "tham mưu Sở": a unit of the Department telling that it advised the Department; the
    /// report says what the Department did. `advisoryTails`: words of the Department's name
    /// that may follow ("Khoa học và Công nghệ").
    public var advisoryPhrases: [String] = []
    public var advisoryTails: [String] = []
    /// Folded phrases of a reviewer's comment left in a unit's file saying its figures are not
    /// yet checked ("kiểm tra lại số liệu", REVIEW35 #5): the figures stay in the totals, the
    /// review page and the JSON warn (`unit-comment-unverified`).
    public var uncheckedCommentPhrases: [String] = []
    /// REVIEW51 #8: the review findings that doubt a figure as a unit reported it (attendance
    /// per event beyond what one holds, `figure-attendance-per-event`; a figure far above the
    /// other units', `rule:outlier`): while one is open (no officer dismissed or resolved it,
    /// none set the figure), the body says the figure with results.unconfirmed beside it and
    /// Phụ lục III marks it (appendix.unconfirmedMark), as for a file asking its figures
    /// re-checked (rules.doubtedFigures). Empty: said as reported.
    public var doubtedFigureFindings: [String] = []
    /// Of those, the findings that measure a unit against the other units of the task
    /// (`rule:outlier`): no doubt on the task's lead's own work, which the plan gives it to
    /// carry and which is larger than any other unit's by design (the Chi cục's 289 doanh
    /// nghiệp against the wards' median); still a doubt on its part in the other units' work
    /// (its 800.500.000 đồng in fines of inspections the wards chaired), which theirs must hold
    /// (rules.doubtedFigures.amongUnits).
    public var doubtedAmongUnits: [String] = []
    /// REVIEW55 #1, #3 (rules.doubtedFigures.report "desk"): a figure such a finding doubts on
    /// plausibility alone is the review desk's only — the report states it as the unit's signed
    /// report gives it, counted, unmarked, whatever the unit (the Sở's own Chi cục drafts the
    /// report); only a unit's own file asking its figures re-checked marks them in Phụ lục III
    /// (appendix.unconfirmedMark). False: the rules before (ownDoubted, unconfirmedMark).
    public var doubtedOnDeskOnly: Bool = false
    /// A unit's "Ghi chú" beside its status that changes how the status reads (REVIEW36 #2),
    /// folded: the column headers that name the note (`headers`), the words of a note naming
    /// the plan or document the work is done under (`basis`: "theo kế hoạch số") and of one
    /// naming how it is funded or carried (`other`: "lồng ghép"). Empty: no note is carried.
    public var statusNoteHeaders: [String] = []
    /// Item headings keep the plan's group titles in full, never shortened by an abbreviation
    /// the text introduced ("công tác TĐC"), REVIEW36 #11.
    public var headingsInFull: Bool = false
    public var statusNoteBasis: [String] = []
    public var statusNoteOther: [String] = []
    /// Folded words of a figure's sentence saying the unit took part in work another unit
    /// led ("tham gia", "phối hợp"): the same work may be counted by both (review page).
    public var jointWorkKeywords: [String] = []
    /// Indicators of work units do together (inspections): where a sum may count one piece of
    /// work twice.
    public var overlapIndicators: [String] = []
    /// Words (compared without case and diacritics) saying a unit took part in work another held ("tham gia"), unless the
    /// sentence says it led it (`holdingKeywords`: "chủ trì"): its figures of
    /// `overlapIndicators` after those words are left out of city-wide totals when other units
    /// of the group report the same indicator.
    public var participationKeywords: [String] = []
    public var holdingKeywords: [String] = []
    /// A task's lead telling it took part in work other units tell they held with it (the
    /// same work told from both sides): counted once, by the lead's figure — which covers every
    /// partner, reported or not — the partners' figures of it left out as held with the lead
    /// (REVIEW27 #3); false: by the partners' figures, the lead's left out.
    public var jointCountedByLead: Bool = false
    /// REVIEW36 #1 (over REVIEW31 #5's "both counted"): joint work told from both sides whose
    /// accounts neither fits in the other is counted once on each indicator by the larger of
    /// the two accounts — the lead's taking part or the holders' sum (countedBy "larger").
    public var jointCountedByLarger: Bool = false
    /// REVIEW39 #1: the two accounts of joint work agree when on every indicator both give they
    /// differ by at most this share of the larger (0.1: 10%); then they are one piece of work,
    /// counted once. Beyond it nobody can say they are the same inspections: the reporting
    /// units' account is counted, the lead's stated apart "đang rà soát trùng lặp" and raised for
    /// the officer, whose decision on the lead's figure settles it in the next run. Nil: the
    /// accounts are always taken to agree (the larger-account rule alone, REVIEW38 #3).
    public var jointAgreeWithin: Double?
    /// REVIEW43 #4: two accounts of joint work that disagree beyond `jointAgreeWithin` are
    /// both counted (the City's total includes the lead's own, its share and the joint part
    /// said) rather than the lead's left out: rules.participation.disagreeing "both".
    public var jointDisagreeingCountedBoth: Bool = false
    /// REVIEW43 #3: the Department's own lead's "chưa thực hiện" beside an own partner's joint
    /// work on the task in the period is stated under way with that work
    /// (rules.partnerJointUnderWay "true"); otherwise both accounts are said (REVIEW39 #4).
    public var partnerJointUnderWay: Bool = false
    /// REVIEW49 #7: a recurring task whose lead gave no status, or reported "không phát sinh",
    /// while other units report work on it, is told by its lead's word (phase `leadSilent` or
    /// `notArisen`), never counted among the tasks under way (rules.recurringByLeadWord
    /// "true"); otherwise the units' work makes it under way (REVIEW21 #2).
    public var recurringByLeadWord: Bool = false
    /// When a unit's figures told as done together with the task's lead are the lead's work,
    /// counted once in the lead's figure (rules.jointWithLead.contained): "sum" (the rule
    /// before) when the partners' figures together fit in the lead's; "each" when each of them
    /// is at most the lead's own on the same indicator (REVIEW50 #3: several partners tell of
    /// the same classes); "apart": on a task whose lead reports its own figure, every such
    /// figure is left out of the totals (partner work, said once as such), whatever its size —
    /// as the partners' inspections are (REVIEW54 #2).
    public enum JointContained: String, Sendable { case sum, each, apart }
    public var jointContained: JointContained = .sum
    public var jointContainedEach: Bool { jointContained == .each }
    public var jointContainedApart: Bool { jointContained == .apart }
    /// REVIEW49 #10: a document a unit's note cites by number alone (no date, no issuer) is
    /// said in Phụ lục I as written, never cited so in the body (rules.bareCitations "appendix").
    public var bareCitationsInAppendix: Bool = false
    /// REVIEW43 #8: the words (folded) before a cut-off date in a figure's row ("Lũy kế đến
    /// 31/10/2026"): a cut-off later than the unit's own report's date makes the figure an
    /// estimate (rules.cumulativeTo), left out of the totals and listed as the "ước" rows are.
    public var cumulativeToWords: [String] = []
    /// REVIEW55 #2 (rules.cumulativeAfter "asOf"): the cut-off is weighed against the
    /// consolidated report's own date (--as-of), not the unit's report's: "Lũy kế đến
    /// 31/10/2026" in a report of 22/10/2026 is the unit's running total, in the period this
    /// report covers, counted as its figure; only a cut-off after the report's date is left out.
    public var cumulativeAfterAsOf = false
    /// REVIEW43 #1: the budget holder's spending whose fund its report does not name is never
    /// written against the allocation (rules.budgetUnstated "apart"); else it is the
    /// allocation's when it fits in it (REVIEW28 #2).
    public var budgetUnstatedApart: Bool = false
    /// REVIEW53 #1: the holder's amounts of no named fund that add up above the allocation are
    /// told with their work in II, not as uses of the allocation (rules.budgetUnsourced "withWork").
    public var budgetUnsourcedWithWork: Bool = false
    /// Indicators stated once per group for the whole city ("Toàn Thành phố đã tổ chức …
    /// cuộc kiểm tra …"), counted once, with the share of each kind of unit.
    public var cityWideIndicators: [String] = []
    /// Nouns of people counted at classes ("học viên"): after a number in a unit's sentence
    /// the body counts them as attendances (`attendanceWord`: "lượt").
    public var attendanceNouns: [String] = []
    public var attendanceWord: String = ""
    /// An attendance indicator and the events it attends ("participants" of
    /// "training_courses"): attendance counted by units that held no event, on a task whose
    /// lead held some, may be the lead's attendees counted again (review page).
    public var attendance: Attendance?

    public struct Attendance: Sendable, Equatable {
        public var attendees: String
        public var events: String
        /// More attendees per event than this is to be confirmed (review page).
        public var perEvent: Int?
        /// More attendees per class than this (events the unit's sentence calls by one of
        /// `classNouns`: "lớp", "khóa") cannot be one class's: left out of totals (Phụ lục III
        /// lists it), raised for the review desk (REVIEW10 #6).
        public var perClass: Int?
        /// More attendees per event of any kind than this (a class or a conference alike)
        /// cannot be taken as told: left out like `perClass`, one finding (REVIEW13 #6).
        public var perEventMost: Int?
        public var classNouns: [String] = []
        /// What becomes of a unit's attendance beyond `perClass` or `perEventMost`: "hold" (left
        /// out of totals, marked in Phụ lục III, `figure-unverified`), or "ask" — counted as the
        /// unit reported it, like every other unit's, and asked on the review desk
        /// (`figure-attendance-per-event`, a warning): the Department does not publish a note
        /// calling a unit's figure implausible, nor claim events without their attendance
        /// (REVIEW37 #4).
        public var beyondLimit: String = "hold"
    }
    /// A partner's figure of work it took part in, larger than this many times the lead's own
    /// figure of that work (3.026 samples "under" a 128-sample survey): raised for the review
    /// desk (REVIEW10 #6); the partner's figure is already left out of totals.
    public var partnerOverLead: Double?
    /// A lead's "not started" passage at least this many words long, word for word its passage
    /// on another task: raised for the review desk as a likely copy error.
    public var copiedPassageWords: Int?
    /// The short forms the report gives units (wording.abbreviations: "Chi cục" for "Chi cục
    /// Tiêu chuẩn Đo lường Chất lượng"): a unit's sentence naming another by that short form
    /// names it ("phối hợp với Chi cục tham gia …"), not when a capitalised word follows
    /// ("Chi cục Thuế" is another body).
    public var shortNames: [ShortName] = []
    /// Kinds of unit a lead's sentence names after a word of working together ("chủ trì, phối
    /// hợp với các sở, ngành góp ý 66 dự thảo"): the kind and its folded words (REVIEW24 F4).
    public var jointKinds: [JointKind] = []
    /// Folded words with which a unit says on whose request it did the work ("theo đề nghị
    /// của", "theo yêu cầu của"): a unit naming another body so did not do it with the lead
    /// only because the lead's sentence names its kind (REVIEW25 #2).
    public var requestedBy: [String] = []
    public struct JointKind: Sendable, Equatable {
        public var kind: String
        public var words: [String]
        public init(kind: String, words: [String]) { self.kind = kind; self.words = words }
    }
    /// What a unit's later report is (REVIEW21 #11), by the words its file name holds: the
    /// first kind (`id`) whose folded words the folded name contains, else `laterReportDefault`.
    public var laterReportKinds: [LaterReportKind] = []
    public var laterReportDefault: String?
    public struct LaterReportKind: Sendable, Equatable {
        public var id: String
        public var words: [String]
        public init(id: String, words: [String]) { self.id = id; self.words = words }
    }
    public struct ShortName: Sendable, Equatable {
        public var short: String
        public var full: String
        public init(short: String, full: String) { self.short = short; self.full = full }
    }
    /// How the units cite the Department's documents and tell their own (section I, the opening).
    public var citations = CitationRules()
    /// A unit's proposal that the Sở propose something to a body above: the words that say so
    /// ("tham mưu Ủy ban nhân dân Thành phố"), and the addressee it is asked of in V.
    public struct AdviceRequest: Sendable, Equatable {
        public var addressee: String
        public var phrases: [String]
    }
    public var adviceRequests: [AdviceRequest] = []
    /// A unit's words about itself that would read as the Department's own once quoted in its
    /// report ("nguồn nhân lực … tại Sở còn thiếu" from a sở, ngành): said of the kind of unit
    /// that wrote them (REVIEW23 #10). Applied when every unit of the item is of `kind`.
    public struct SelfReference: Sendable, Equatable {
        public var kind: String
        public var from: String
        public var to: String
    }
    public var selfReferences: [SelfReference] = []
    /// Themes of difficulty that are objective causes even when only the Department's own units
    /// raise them (staffing and funds are decided above them): stated under "Khách quan",
    /// attributed to the unit, not as the Sở's own failing (REVIEW23 #10).
    public var objectiveThemes: [String] = []
    /// Causes that say the work waited for a request ("không nhận được yêu cầu"): a cause only
    /// of a task the plan makes conditional on one (`requestTaskWords` in its wording: "khi có
    /// yêu cầu"); of any other task it would blame the body the report goes to.
    public var requestCauses: [String] = []
    public var requestTaskWords: [String] = []
    /// A dated task past its deadline whose lead stated no status (or "không phát sinh" on its
    /// plan's task) beside results: "overdue" states it overdue, no completion having been
    /// reported (REVIEW23 #5: neither done nor silently "đã triển khai"); any other value keeps
    /// it as carried out (REVIEW20 #3.1).
    public var leadSilentPastDue: String = ""
    /// When a lead that has not started a task says it will (REVIEW34 #1): after one of
    /// `plannedWords` (folded), the first match of `plannedTime` (case-insensitive).
    public var plannedWords: [String] = []
    public var plannedTime: String = ""
    /// A difficulty is the cause of a task behind when it shares at least this many of the
    /// task's own words (0: never).
    public var causeDifficultyWords: Int = 0
    /// Folded words by which a request names whom it is for ("cấp xã", "của Sở").
    public var beneficiaryWords: [String] = []

    public init(themes: [Theme] = [], addressees: [Addressee] = [], defaultAddressee: String = "", requestVerbs: [String] = [],
                folded: [String: String] = [:], cityMatters: [String] = [], fillerKeywords: [String] = []) {
        self.themes = themes
        self.addressees = addressees
        self.defaultAddressee = defaultAddressee
        self.requestVerbs = requestVerbs
        self.folded = folded
        self.cityMatters = cityMatters
        self.fillerKeywords = fillerKeywords
    }
}

/// The report's phrases: templates with `{placeholders}`, keyed by their path in the YAML.
public struct ReportWording: Sendable, Equatable {
    public var texts: [String: String]
    public var lists: [String: [String]]
    /// Per indicator id: label, measure and clause.
    public var indicators: [String: IndicatorWording]
    /// Per theme or addressee id: its label.
    public var themeLabels: [String: String]
    public var addresseeLabels: [String: String]
    /// Abbreviations written out at first use in the body: (full, short, intro with {full}
    /// and {short}).
    public var abbreviations: [(full: String, short: String, intro: String)]
    /// Shorthand always written in full in the body ("UBND" → "Ủy ban nhân dân").
    public var expansions: [(short: String, full: String)] = []
    /// Per abbreviation (its full form): the words one of which must stand right before the full
    /// form where it is introduced ("về", "công tác"): a use in another phrase ("văn bản quy phạm
    /// pháp luật tiêu chuẩn, …") stays in full and the next proper one introduces it (REVIEW13 #12).
    public var introAfter: [String: [String]] = [:]
    /// Abbreviations (by their full form) introduced at their first use even inside a
    /// parenthesis (`inParentheses: "true"`; REVIEW32 #15).
    public var introInParentheses: Set<String> = []
    /// The plan's results in a few phrases, each with indicator ids as placeholders
    /// ("công tác kiểm tra được duy trì ({inspections} cuộc …)"), stated when every figure
    /// it names was reported.
    public var highlights: [(groups: [Int], text: String)] = []

    /// Per indicator the highlights sum city-wide, the plan groups the sum is over (empty:
    /// every group): what the headline totals of the JSON and the review page state.
    public var statedScopes: [String: [Int]] {
        var out: [String: [Int]] = [:]
        for h in highlights {
            for id in ReportWording.placeholders(h.text) where out[id] == nil { out[id] = h.groups }
        }
        return out
    }

    public static func == (a: ReportWording, b: ReportWording) -> Bool {
        a.texts == b.texts && a.lists == b.lists && a.indicators == b.indicators && a.themeLabels == b.themeLabels
            && a.addresseeLabels == b.addresseeLabels && a.abbreviations.map { [$0.full, $0.short, $0.intro] } == b.abbreviations.map { [$0.full, $0.short, $0.intro] }
            && a.expansions.map { [$0.short, $0.full] } == b.expansions.map { [$0.short, $0.full] } && a.introAfter == b.introAfter && a.introInParentheses == b.introInParentheses
            && a.highlights.map { "\($0.groups)\($0.text)" } == b.highlights.map { "\($0.groups)\($0.text)" }
    }

    /// The phrase at `key` with its placeholders filled. A key outside the schema is a
    /// programming error, caught by the tests that render every section.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let template = texts[key] else { preconditionFailure("wording key '\(key)' is not in ReportDefinition.textKeys") }
        return ReportWording.fill(template, values)
    }

    /// Whether the phrase at `key` says anything: an empty template in the YAML turns its
    /// sentence off. Placeholders do not count (a template of only "{x}" still says).
    public func says(_ key: String) -> Bool {
        guard let template = texts[key] else { preconditionFailure("wording key '\(key)' is not in ReportDefinition.textKeys") }
        return !template.isEmpty
    }

    public func list(_ key: String) -> [String] {
        guard let l = lists[key] else { preconditionFailure("wording list '\(key)' is not in ReportDefinition.listKeys") }
        return l
    }

    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            if template[i] == "{", let close = template[i...].firstIndex(of: "}") {
                let name = String(template[template.index(after: i)..<close])
                out += values[name] ?? ""
                i = template.index(after: close)
            } else {
                out.append(template[i])
                i = template.index(after: i)
            }
        }
        return out
    }

    /// The template with each "{name}" of `values` replaced by its value in one pass, and any
    /// other braces kept as written. A value is never searched again: replacing one key after
    /// another, in a dictionary's order (which changes from run to run), filled a "{name}" that
    /// an earlier value brought (a quoted text, a unit's name) in some runs and not in others.
    public static func fillKnown(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            if template[i] == "{", let close = template[i...].firstIndex(of: "}"),
               let value = values[String(template[template.index(after: i)..<close])] {
                out += value
                i = template.index(after: close)
            } else {
                out.append(template[i])
                i = template.index(after: i)
            }
        }
        return out
    }

    public static func placeholders(_ template: String) -> [String] {
        var out: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }
}

/// How the report names an indicator: "Số lớp tập huấn, hội nghị" in tables, "tổ chức {n} lớp
/// tập huấn, hội nghị" in sentences.
public struct IndicatorWording: Sendable, Codable, Equatable {
    public var label: String
    /// For tables: "lớp", "đồng".
    public var measure: String
    /// A clause with `{n}`: "tổ chức {n} lớp tập huấn, hội nghị".
    public var clause: String
    /// Right after one of these indicators in a sentence, `continued` replaces `clause`
    /// ("177 cuộc kiểm tra tại 2.055 cơ sở"); it carries its own leading separator.
    public var continuesAfter: [String]
    public var continued: String?
    /// How the plan's task wording names what the figure counts ("tổ chức, doanh nghiệp",
    /// "lớp tập huấn"): the count goes in front of it, in the task's own words.
    public var objects: [String] = []
    /// The work itself without a count ("lấy, thử nghiệm mẫu"): how a unit's part in work
    /// another unit held is told, its figure being the holder's.
    public var activity: String?
    /// Words that start the field the plan's wording names after its object ("về …"): kept
    /// after the indicator's own nouns when the units counted events the plan does not name.
    public var fieldFrom: [String] = []
    /// The continued form only when the units that gave this figure all gave the one before,
    /// even in a sentence that names its units once ("… lớp với … lượt người": attendance
    /// counted by units that held no class is not "with" those classes).
    public var strictContinuation = false
    /// False for a figure several units may give for the same things ("góp ý 66 dự thảo" by
    /// the lead, "12 dự thảo" by a sở on the same drafts): summed over more than one unit it is
    /// told by `severalClause` (REVIEW29 #7: "38 lượt góp ý", not "38 dự thảo").
    public var additive = true
    public var severalClause: String?
    /// What the units' own words name as counted ("91 chuẩn" under an indicator of "phương
    /// tiện đo"): a task whose figures all name `word` right after their number is labelled
    /// and told by that naming (REVIEW33 #9: calibrated standards are not "phương tiện đo được
    /// kiểm định").
    public var namedAs: [Naming] = []

    public struct Naming: Sendable, Codable, Equatable {
        public var word: String
        public var label: String
        public var measure: String
        public var clause: String
        public init(word: String, label: String, measure: String, clause: String) {
            self.word = word
            self.label = label
            self.measure = measure
            self.clause = clause
        }
    }

    public init(label: String, measure: String, clause: String, continuesAfter: [String] = [], continued: String? = nil) {
        self.label = label
        self.measure = measure
        self.clause = clause
        self.continuesAfter = continuesAfter
        self.continued = continued
    }
}

public struct ReportDefinition: Sendable, Equatable {
    public var rules: ReportRules
    public var wording: ReportWording
    /// Indicator ids in the order the report states them.
    public var indicatorOrder: [String]

    public static let fileName = "report.yaml"

    /// Phrase keys and the placeholders each may use.
    public static let textKeys: [String: Set<String>] = [
        "header.numberBlank": [],
        "header.numberLine": ["number"],
        "header.placeDate": ["day", "month", "year"],
        "header.dayBlank": [], "header.creator": [],
        "header.title": [], "header.nation": [], "header.motto": [],
        "header.subject": ["plan", "year", "directive"],
        "header.recipientsLabel": [],
        "header.appendixOf": ["number", "day", "month", "year", "issuer"],
        "opening.text": ["bases", "received", "expected", "composition", "asOf", "issuer", "holder", "cutoff"],
        "opening.cutoff": ["asOf", "through"], "opening.cutoffEstimates": ["asOf", "who", "through"],
        "appendix.notCounted.estimate": [], "appendix.notCountedMeaning.estimate": ["mark"],
        "appendix.leftOutItem.estimate": ["who", "clauses", "values", "task"],
        "opening.holder": ["holder", "own", "sep", "report"], "opening.holderReport": ["number", "date", "holder"], "results.sameWordsMerged": ["a", "b", "rest", "each"], "results.sameWordsEach": ["a", "x", "b", "y"], "opening.ownKind": ["kind"], "opening.ownKindPart": ["kind", "received", "expected"],
        "assessment.missingNamed": ["kind", "names"],
        "direction.reporting": ["holder", "deadlines", "letters", "plan"], "direction.planSection": ["section"], "direction.planWhole": [],
        "opening.ownCount": ["received", "expected", "kind"], "assessment.partnerJointWork": ["who", "lead", "work"], "assessment.partnerDifficulty": ["who", "text"], "outlook.ownToCity": ["text"],
        "results.budgetDecision": ["decision"],
        "assessment.highlightJointOverlap": ["lead", "values"],
        "assessment.noNumber": ["n"], "assessment.noDate": ["n"], "assessment.undocumented": ["items"],
        "review.planNumber": ["number", "date", "written"],
        "opening.planBasis": ["number", "date", "issuer", "directive", "year"],
        "opening.planBasisUnnumbered": ["issuer", "subject", "year", "directive"],
        "header.directive": [], "header.directiveShort": [],
        "sections.direction": [], "sections.results": [], "sections.assessment": [], "sections.outlook": [], "sections.proposals": [],
        "sections.achieved": [], "sections.shortcomings": [], "sections.budget": [],
        "direction.plan": ["plan", "holder"], "direction.reminders": ["n"], "labels.progress.overdue_lead_silent": ["n", "total"], "direction.remindersAndLetters": ["n", "letters", "deadlines"], "direction.ownPlans": ["parts"],
        "direction.requestKind": [], "direction.requestRef": ["kind", "number", "date"], "opening.requestBasis": ["kind", "number", "date"],
        "review.planNumberCited": ["number", "date", "units", "citing", "written"], "review.requestLetterCited": ["number", "date", "units", "citing", "written"],
        "direction.deadline": ["units", "date"],
        "direction.letters": ["letters"], "direction.ownReports": ["asOf", "parts"], "direction.planDeadlines": ["holder", "deadlines", "plan"],
        "results.progress": ["total", "states", "overdue"],
        "results.progressMixed": ["total", "dated", "recurring", "states", "overdue"], "labels.progress.completedDated": ["n", "dated"],
        "results.numeralLead": ["text"],
        "results.overdue": ["n"],
        "results.lead": ["lead", "clauses"],
        "results.others": ["who", "clauses"],
        "results.othersOn": ["topic", "who", "clauses"],
        "results.named": ["part", "tasks"],
        "results.namedDue": ["part", "due", "tasks"],
        "results.asDepartment": ["text", "issuer"],
        "task.and": [], "task.one": ["title"],
        "who.mixed": ["n", "parts"],
        "labels.progress.overdue": ["n"], "labels.progressAll.overdue": ["n"],
        "assessment.recurringPreparing": ["tasks"],
        "assessment.leadPlanned": ["when"], "assessment.tallyPlanned": ["when"], "assessment.leadWorkElsewhere": ["lead", "work", "task", "group"],
        "review.leadSilentPastDue": ["code", "lead", "due"], "results.awaitingRequest": ["task", "due"], "results.notStartedDated": ["task", "due"], "results.leadAwaitingRequest": ["lead", "task", "due", "direction"], "results.leadAwaitingDirection": ["lead"],
        "labels.state.lead_silent_past_due_own": [], "labels.progress.lead_silent_past_due_own": ["n", "lead"], "labels.progress.recurring_lead_silent_own": ["n", "lead"], "labels.progress.recurring_not_arisen_worked": ["n", "lead", "partners"],
        "labels.state.lead_not_arisen_worked_own": ["lead", "partners", "partnerStates"], "labels.partnerState": ["unit", "status"], "labels.partnerStateCounted": ["n", "status"], "results.leadPosition_own": ["lead", "status", "task", "text"],
        "results.budgetNone_own": ["holder", "asOf", "year"], "review.budgetDisbursementMissing": ["holder", "planned"],
        "assessment.ownReporting": ["kind", "received", "expected", "rest"], "assessment.ownMissing": ["names"],
        "assessment.ownLate": ["names"], "assessment.ownLaterAfterDeadline": ["names"],
        "appendix.deadlineCell": ["date"], "appendix.unreadableRun": ["n", "status", "names"], "appendix.reportingByDocumentDate": [], "appendix.reportingByDocumentMonth": [], "appendix.reportingByReceipt": [],
        "outlook.overdue": ["task", "month", "deadline", "year", "next", "carry", "lead"],
        "outlook.start": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"],
        "outlook.onRequest": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"], "outlook.onRequestDated": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"], "proposals.attributedOwnCount": ["text", "n"], "labels.partnersNone": [], "labels.partnersCounted": ["n"],
        "labels.progress.awaiting_request": ["n"], "labels.progress.awaiting_request_not_due": ["n"], "labels.state.awaiting_request_not_due": [], "appendix.stateMeaning.state.awaiting_request_not_due": [], "results.scheduledNotDue": ["task", "due"], "outlook.scheduledNotDue": ["task", "due", "deadline", "lead", "year", "month", "next"], "outlook.scheduledNotDueEarly": ["task", "due", "deadline", "lead", "year", "month", "next"], "labels.progressAll.awaiting_request": ["n"], "labels.state.awaiting_request": [],
        "outlook.finish": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"],
        "outlook.dueNow": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"],
        "outlook.nextPlan": ["year", "directive", "carry"], "outlook.carry": ["year"],
        "review.ownMissing": ["names"], "review.commentUnchecked": ["unit", "author", "text"], "review.commentAuthor": ["author"], "page.comments": [], "page.commentUnchecked": [], "page.commentAuthor": [], "review.ownPostponed": ["names", "tasks", "text"],
        "review.jointWork": ["unit", "indicators", "values", "code", "others"], "review.jointWorkLeftOut": ["unit", "indicators", "values", "code", "others"],
        "review.jointWorkHeld": ["unit", "indicators", "values", "code", "held"],
        "review.twoTasks": ["unit", "indicators", "tasks"],
        "review.attendance": ["code", "units", "value", "lead", "leadValue"],
        "review.attendancePerEvent": ["code", "unit", "events", "value", "per"],
        "labels.reporting.undetermined": [], "labels.reporting.onTimeByMonth": [],
        "labels.reporting.onTimeByReceipt": ["date"], "labels.reporting.lateByReceipt": ["date"], "appendix.noDay": ["month"],
        "results.noFigures": [],
        "results.cityWide": ["clauses", "shares", "n"], "results.cityShares": ["items"], "results.cityShare": ["who", "n"], "results.otherFundingSource": [], "results.budgetOtherSourceStated": ["holder", "amount", "source", "task"], "results.budgetOthersNext": ["total", "units", "parts"], "results.cityShareJoint": ["who", "lead", "n"], "results.jointApartHeld": ["text", "held", "activity", "lead", "figures"],
        "results.cityKind": ["kind"], "results.jointIncluded": [], "results.jointApart": ["text"], "results.partnerOverLead": ["who", "work", "lead", "leadValue", "task", "leadWork"], "appendix.partnerOverLead": ["who", "work", "lead", "leadWork"], "results.jointDiffers": ["lead", "leadClauses", "leadFirst"],
        "results.budgetSpentUnstated": ["holder", "parts"], "results.citedIssuer": ["document", "issuer"], "results.leadSummary": ["lead", "clauses"], "proposals.ownToDepartment": ["text", "who"], "results.unconfirmed": [], "results.budgetSpentUnstated_own": ["holder", "parts"], "results.budgetSpentPart": ["task", "amount"], "results.budgetUnsourcedApart": ["holder", "parts"], "results.cityNoLead": ["lead", "activity"],
        "results.ownTask": ["task", "text"], "results.leadNotDone": ["lead", "status", "task"], "results.leadNotDone_own": ["lead", "status", "task"], "results.leadNotDoneCopied": ["lead", "status", "task"], "results.leadNotDoneCopied_own": ["lead", "status", "task"], "outlook.directOwn": ["lead"], "outlook.directOther": ["lead"], "results.cityLeftOut": ["n", "who"], "results.attendedElsewhere": ["who", "n"],
        "results.participated": ["who", "lead", "work"],
        "labels.progress.completed": ["n", "total"], "labels.progress.completed_to_date": ["n", "total"], "labels.progress.not_due": ["n", "total"], "labels.progressAll.completed_to_date": ["n"], "labels.progressAll.not_due": ["n"], "labels.progress.recurring": ["n"], "labels.progress.in_progress": ["n"], "labels.progress.due_now": ["n"],
        "labels.progress.not_started": ["n"], "labels.progress.no_information": ["n"], "labels.progress.no_result": ["n"],
        "labels.state.recurring": [], "labels.state.recurring_lead_silent": [], "labels.state.recurring_completed": ["year"], "labels.state.completed_to_date": [], "appendix.stateMeaning.state.completed_to_date": [], "assessment.recurringYearDone": ["n", "year"], "labels.state.no_result": [], "labels.state.lead_not_arisen_worked": ["lead", "partners", "partnerStates"],
        "assessment.progressDated": ["asOf", "parts", "rest"],
        "assessment.planTasks": ["total", "dated", "recurring", "done", "percent"],
        "assessment.subjectiveOwnPlanning": ["tasks"], "assessment.subjectiveOwnPlanningListed": ["n"], "outlook.ownPostponedRemedy": ["names", "year", "next"], "outlook.leadSilent_own": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"], "review.statusConflictJointDecision": ["code", "lead", "joint"],
        "assessment.progressPlain": ["done", "total", "percent", "toDate", "parts", "rest", "appendix"],
        "assessment.plain.inProgress": ["n"], "assessment.plain.notStarted": ["n"], "assessment.plain.notArisen": ["n"],
        "assessment.plain.unrated": ["n"], "assessment.plain.notDue": ["n"], "assessment.plain.doneToDate": ["n"],
        "assessment.plain.overdue": ["n"], "assessment.plain.unsettled": ["n", "tasks"],
        "assessment.completedDated": ["n", "dated", "percent"], "assessment.dueCompleted": ["n", "due"], "assessment.dueNoneCompleted": ["due"], "assessment.notYetDue": ["n", "first"], "labels.progress.completed_to_date_ahead": ["n"], "labels.progress.completed_ahead": ["n"], "assessment.subjectiveOwnNotStartedTasks": ["tasks"], "assessment.subjectiveOwnUnassessed": ["task", "due"], "assessment.postponedOwnNamed": ["names"], "assessment.subjectiveOwnPostponed": ["units", "n", "year", "planYear"],
        "assessment.recurringActive": ["n", "total", "preparing", "completed"],
        "assessment.bucket": ["phrase", "tasks"],
        "assessment.coverage": ["received", "expected", "groups", "asOf", "issuer", "by", "unconfirmed", "estimates"], "assessment.coverageBy": ["date"], "assessment.coverageUnconfirmed": ["n"], "assessment.coverageEstimates": ["who", "values"], "assessment.estimatesLeftOut": ["who", "values"],
        "results.detail": [],
        "results.budget": ["planned", "plannedWords", "holder", "year", "decision"],
        "results.budgetUsed": ["holder", "used", "percent"],
        "results.budgetUsedFor": ["holder", "used", "percent", "parts"],
        "appendix.leftOutTable": ["items"], "appendix.stateLegend": ["items"], "appendix.stateLegendItem": ["label", "meaning"], "appendix.stateMeaning.state.completed": [], "appendix.stateMeaning.state.in_progress": [], "appendix.stateMeaning.state.due_now": [], "appendix.stateMeaning.state.not_started": [], "appendix.stateMeaning.state.no_information": [], "appendix.stateMeaning.state.lead_silent": [], "appendix.stateMeaning.state.lead_silent_past_due": [], "appendix.stateMeaning.state.lead_silent_past_due_own": [], "appendix.stateMeaning.state.lead_not_arisen_worked": [], "appendix.stateMeaning.state.lead_not_arisen_worked_own": [], "appendix.stateMeaning.state.confirming": [], "appendix.stateMeaning.state.no_information_own": [], "appendix.stateMeaning.state.no_information_not_due": [], "appendix.stateMeaning.state.awaiting_request": [], "appendix.stateMeaning.state.no_result": [], "appendix.stateMeaning.state.recurring": [], "appendix.stateMeaning.state.recurring_completed": [], "appendix.stateMeaning.state.recurring_lead_silent": [], "appendix.stateMeaning.overdue": [], "appendix.stateMeaning.overdueLeadSilent": [], "appendix.ordinaryState.state.completed": [], "appendix.ordinaryState.state.completed_to_date": [], "appendix.ordinaryState.state.in_progress": [], "appendix.ordinaryState.state.due_now": [], "appendix.ordinaryState.state.not_started": [], "appendix.ordinaryState.state.no_information": [], "appendix.ordinaryState.state.lead_silent": [], "appendix.ordinaryState.state.lead_silent_past_due": [], "appendix.ordinaryState.state.lead_silent_past_due_own": [], "appendix.ordinaryState.state.lead_not_arisen_worked": ["lead", "partners", "partnerStates"], "appendix.ordinaryState.state.lead_not_arisen_worked_own": ["lead", "partners", "partnerStates"], "appendix.ordinaryState.state.confirming": [], "appendix.ordinaryState.state.no_information_own": [], "appendix.ordinaryState.state.no_information_not_due": [], "appendix.ordinaryState.state.awaiting_request": [], "appendix.ordinaryState.state.awaiting_request_not_due": [], "appendix.ordinaryState.state.no_result": [], "appendix.ordinaryState.state.recurring": [], "appendix.ordinaryState.state.recurring_completed": [], "appendix.ordinaryState.state.recurring_lead_silent": [], "appendix.ordinaryState.state.not_due": [], "appendix.ordinaryState.overdue": [], "appendix.ordinaryState.overdueLeadSilent": [], "appendix.leftOutTableItem": ["task", "items"],
        "results.budgetSpent": ["holder", "used", "parts", "asOf"],
        "results.budgetFromPlan": ["holder", "used", "percent", "asOf"], "results.budgetPercent": ["percent"],
        "results.budgetOtherSource": ["holder", "amount", "source", "task"],
        "results.budgetPart": ["task", "amount", "who"],
        "results.budgetPartBy": ["task", "amount", "who"], "results.ownFunds": ["parts"],
        "results.jointWithLead": ["who", "lead", "clauses"], "results.jointWithLeadInside": ["who", "lead", "clauses"], "results.jointWithLeadContained": ["who", "lead", "clauses"], "results.jointWithLeadLeadInside": ["who", "lead", "clauses"], "results.jointWithLeadBeyond": ["who", "lead", "clauses"], "results.jointWithLeadBeyondOthers": ["who", "lead", "clauses"], "results.jointWithLeadAlone": ["who", "lead", "clauses"], "results.jointCountedByLarger": ["who", "lead", "clauses", "leadClauses", "text"], "results.jointCountedByLargerJoined": ["who", "lead", "clauses", "leadClauses", "text"], "results.jointCountedByLeadJoined": ["who", "lead", "clauses", "leadClauses", "text"], "results.jointUnderReview": ["who", "lead", "clauses", "leadClauses", "text"], "results.jointUnderReviewJoined": ["who", "lead", "clauses", "leadClauses", "text"], "review.statusConflict": ["code", "lead", "leadStatus", "units"], "review.statusConflictJoint": ["code", "lead", "leadStatus", "joint"], "review.statusConflictJointAlso": ["lead", "joint"], "appendix.refusedUnknown": ["n"], "appendix.refusedAnswered": ["n", "names"],
        "appendix.notCountedOneLine": ["marks"], "appendix.unconfirmedMark": [], "appendix.unconfirmedNote": ["mark", "names"], "appendix.notCountedMark": ["mark"], "results.cityShareLeadJoint": ["who", "partners", "n"],
        "outlook.overdueUnreported": ["task", "month", "lead", "deadline", "year", "next"],
        "review.jointWithLeadCounted": ["code", "lead", "units", "indicators", "values", "leadValues"],
        "review.jointWithLeadInside": ["code", "lead", "units", "indicators", "values", "leadValues"],
        "review.jointWithLeadLeadInside": ["code", "lead", "units", "indicators", "values", "leadValues"],
        "review.jointWithLeadLarger": ["code", "lead", "units", "indicators", "values", "leadValues"],
        "review.jointWithLeadUnderReview": ["code", "lead", "units", "indicators", "values", "leadValues"],
        "labels.progressAll.completed": ["n"], "labels.progressAll.recurring": ["n"], "labels.progressAll.in_progress": ["n"], "labels.progressAll.due_now": ["n"],
        "labels.progressAll.not_started": ["n"], "labels.progressAll.no_information": ["n"], "labels.progressAll.no_result": ["n"],
        "labels.progressOf": ["total", "first"],
        "results.budgetOthers": ["total", "units", "parts"],
        "results.budgetNone": ["holder", "asOf"], "results.budgetOthersToo": ["total", "units", "parts"],
        "assessment.highlights": ["items", "asOf"],
        "assessment.preparing": ["tasks"], "assessment.preparingOne": ["tasks"],
        "assessment.unitsNotStarted": ["units", "tasks", "most"], "assessment.unitsNotStartedMost": ["items"], "assessment.unitsNotStartedMostOne": ["items"],
        "assessment.overdueNoReport": [], "assessment.causeNoReport": [], "assessment.causeOwn": ["cause"], "assessment.causeOwnNone": ["month"], "assessment.dueNowCause": ["task", "deadline", "asOf", "units"], "assessment.dueNowUnits": ["completed", "total"], "task.many": ["titles"], "results.leadPosition": ["lead", "status", "task", "text"],
        "assessment.notStartedRemaining": ["months"], "assessment.notStartedAtRisk": [],
        "assessment.unitsNotStartedItem": ["task", "who"],
        "assessment.reportingComplete": ["received", "expected"],
        "assessment.objective": [], "assessment.subjective": [],
        "assessment.subjectiveReporting": [], "assessment.subjectiveTasks": ["tasks"], "assessment.subjectiveOwnTasks": ["tasks"], "assessment.subjectiveOwnNotStarted": ["tasks", "lead", "by"], "outlook.ownNotStarted": ["tasks", "lead", "by"], "assessment.subjectiveOwnReporting": ["names"], "assessment.ownMissingNamed": ["names", "n"], "assessment.taskNamed": ["tasks"],
        "assessment.overdue": ["n", "tasks"],
        "assessment.noOverdue": [],
        "assessment.reporting": ["groups", "received", "expected", "percent", "deadlines"],
        "assessment.late": ["n"], "assessment.laterAfterDeadline": ["n"],
        "assessment.unreadable": ["n"], "assessment.ownMissingPartners": ["kind", "names"],
        "assessment.missing": ["n"],
        "assessment.theme": ["label", "items"],
        "assessment.shortcomingsIntro": [], "assessment.causesIntro": [],
        "assessment.overdueCause": ["task", "deadline", "months", "result", "asOf", "lead"],
        "assessment.overdueNoResult": [], "assessment.overdueNotDone": [],
        "assessment.seeAppendix": [], "assessment.tasksAbove": [], "assessment.taskAbove": [],
        "assessment.notStartedCause": ["task", "deadline", "asOf", "remaining"],
        "assessment.notArisenReason": ["text"], "assessment.notArisenSaid": ["lead"], "assessment.notStartedReason": ["text"], "assessment.overdueUnreportedCause": ["task", "deadline", "months", "result", "asOf", "lead"],
        "assessment.tallyNamed": ["part", "tasks"], "assessment.postponed": ["who", "tasks", "cause"], "assessment.postponedProposed": ["who", "tasks", "cause", "year"], "outlook.postponed": ["next", "year"], "outlook.postponedStatutory": ["next", "year"], "labels.state.no_information_not_due": [], "labels.progress.no_information_not_due": ["n", "total"], "appendix.noResultNotDue": [], "assessment.postponedTasks": ["tasks"], "appendix.missingRun": ["status", "n", "names"], "appendix.missingRunOwn": ["status", "n", "names"], "assessment.postponedWho": ["n", "kinds"], "assessment.tallyTask": ["task", "due"],
        "who.count": ["n"],
        "assessment.noInformationCause": ["n"],
        "assessment.difficulty": ["text", "who"], "assessment.difficultyOwn": ["text", "who"],
        "assessment.highlightLeftOut": ["items"], "assessment.leftOutJoint": ["values", "who", "work", "first"], "assessment.leftOutUnverified": ["values", "who", "first"], "assessment.leftOutJointReview": ["values", "who", "work", "first"], "assessment.highlightCoverage": ["units", "rest"], "assessment.highlightUnitsOf": ["what", "units"], "results.cityUnitsOf": ["what", "units"], "assessment.highlightShare": ["who", "values"],
        "outlook.intro": [],
        "outlook.remaining": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"],
        "outlook.recurring": ["priority"],
        "outlook.priority": ["tasks"],
        "outlook.reporting": [],
        "outlook.ownWork": [],
        "outlook.ownItem": ["text", "who"], "outlook.ownSource": ["who"], "outlook.ownSourceOwn": ["who"],
        "assessment.recurringNotStartedOwn": ["lead", "tasks", "preparing"],
        "assessment.recurringNotStartedNoted": ["task", "note", "rest", "lead"], "assessment.recurringNotStartedNotedRest": ["rest"],
        "assessment.tallyNoted": ["note"], "appendix.stateSharedCell": ["state", "task"], "appendix.taskNote": ["note", "lead"], "labels.progress.recurring_noted": ["n"], "labels.progress.recurring_part_done": ["n"], "appendix.stateNoted": ["state", "note"],
        "appendix.unitNoted": ["unit", "status", "note"], "results.budgetOtherFundingStated": ["holder", "amount", "source", "task"],
        "assessment.partlyDone": ["task", "who", "done", "rest", "lead", "preparing", "doubt"], "assessment.partlyDoneOwn": ["task", "who", "done", "rest", "lead", "preparing", "doubt"], "assessment.partlyRestOwn": ["lead", "preparing"], "assessment.partlyRestOther": ["lead", "preparing"],
        "assessment.partlyCompleted": [], "assessment.missingOrUnreadable": ["n"], "assessment.unitsNotStartedCause": ["who", "tasks", "cause"], "assessment.partlyUnderWay": [], "outlook.study": ["text"], "outlook.leadSilent": ["task", "due", "deadline", "year", "month", "next", "carry", "lead"],
        "proposals.attributedOwn": ["text", "who"],
        "assessment.coverageBehind": ["task", "deadline", "lead", "completed", "total"], "assessment.recurringNotStarted": ["lead", "tasks", "preparing"], "assessment.recurringNotStartedPlanning": [], "assessment.leadNotDoneCopied": ["said", "preparing"],
        "labels.progress.lead_silent": ["n"], "labels.progress.lead_silent_past_due": ["n"], "labels.state.lead_silent_past_due": [], "labels.progressAll.lead_silent": ["n"], "labels.state.lead_silent": [],
        "labels.progress.confirming": ["n"], "labels.progressAll.confirming": ["n"], "labels.state.confirming": [],
        "appendix.basisLeadCopiedJoint": ["lead"], "appendix.basisPartnerJoint": ["lead", "who"], "results.partnerJoint": ["task", "who", "lead", "work", "plan"], "results.partnerJointPlan": ["note", "when"], "appendix.basisLeadCopied": ["lead"],
        "labels.laterReport.replacement": [], "labels.laterReport.correction": [], "labels.laterReport.supplement": [],
        "labels.reporting.onTimeLaterAfterDeadline": ["kind", "date"], "appendix.workingFile": [],
        "labels.progress.no_information_own": ["n"], "labels.state.no_information_own": [],
        "labels.progress.recurring_not_started": ["n"], "labels.progress.recurring_lead_silent": ["n"], "labels.progress.recurring_not_arisen": ["n"], "labels.progress.recurring_not_arisen_own": ["n"], "labels.progress.recurring_no_information": ["n"],
        "outlook.advise": ["addressee", "text"], "proposals.forWhom.internal": [], "proposals.forWhom.departments": [], "proposals.forWhom.communes": [], "outlook.inBudget": ["text", "next"],
        "review.unverified": ["code", "unit", "events", "value", "per"], "review.partnerOverLead": ["code", "unit", "value", "lead", "leadValue", "indicator"], "review.copiedPassage": ["code", "other", "unit"],
        "proposals.intro": [],
        "proposals.to": ["addressee"],
        "proposals.item": ["addressee", "text", "who"],
        "proposals.folded": ["addressee", "text"], "proposals.fromDifficulty": ["theme", "items"], "proposals.fromDifficultySubject": ["subject", "who"], "proposals.attributed": ["text", "who"], "proposals.attributedAfterParen": ["text", "who"],
        "proposals.none": [],
        "closing.text": ["plan", "issuer", "recipients", "year", "directive"],
        "closing.copiesLabel": [], "closing.forReport": [], "closing.forConsideration": [],
        "who.units": ["n", "kind"],
        "who.named": ["names"],
        "who.namedAndMore": ["names", "n"],
        "task.ref": ["code", "title"],
        "task.overdue": ["code", "title", "due"],
        "appendix.number": ["roman"],
        "appendix.basisLead": ["lead"],
        "appendix.basisLeadSilent": ["lead"],
        "appendix.basisNone": [], "appendix.basisLeadWithoutResult": ["lead"],
        "appendix.overdueReason": ["due", "lead", "status"],
        "appendix.overdueReasonUnits": ["due"],
        "appendix.quote": ["unit", "text"],
        "appendix.total": ["n"],
        "appendix.figureUnits": ["clause", "n"],
        "appendix.statusItem": ["n", "status"],
        "appendix.statusTotal": ["n", "items"], "appendix.statusNamed": ["unit", "status", "lead"], "appendix.statusLeadMark": [],
        "appendix.noResult": ["lead"], "appendix.noResultOverdue": [], "appendix.leadClaimOnly": ["lead"], "results.leadClaimOnly": ["task", "lead"], "results.heldBackLead": ["text", "mark"], "appendix.told": ["unit", "text", "mark"], "appendix.laterDocument": ["number", "date", "kind"], "results.heldBackOthers": ["values", "who", "mark"],
        "review.leadWithoutResult": ["code", "lead", "overdue"], "review.leadWithoutResultOverdue": ["due"],
        "appendix.completedWithoutResult": [],
        "appendix.reportingGroup": ["kind", "received", "expected"],
        "appendix.reportingSubtotal": ["received", "expected", "rest"],
        "appendix.subtotalLate": ["n"], "appendix.subtotalUnreadable": ["n"], "appendix.subtotalMissing": ["n"],
        "appendix.noNumber": [], "appendix.noDate": [], "appendix.reportingNote": [],
        "appendix.notCounted.participation": [], "appendix.notCounted.participation_beyond": [], "appendix.notCounted.joint_review": [], "appendix.stateNotedOther": ["state", "note"], "appendix.unitNotedOther": ["unit", "status", "note"], "appendix.notCounted.attended_elsewhere": [], "appendix.notCounted.same_work": [], "appendix.notCountedNote": ["items"],
        "appendix.notCountedMeaning.participation": ["mark"], "appendix.notCountedMeaning.attended_elsewhere": ["mark"], "appendix.notCountedMeaning.same_work": ["mark"],
        "appendix.notCountedMeaning.unverified": ["mark"], "appendix.notCountedMeaning.joint_work": ["mark"], "appendix.noFigure": [],
        "appendix.restatedNoteNotCounted": ["indicators", "who", "kept", "dropped", "group"],
        "appendix.partnerOverLeadNote": ["task", "group", "who", "lead", "indicator", "value", "leadValue", "work"],
        "appendix.notCounted.unverified": [], "appendix.notCounted.joint_work": [],
        "appendix.jointWorkNote": ["tasks"], "assessment.unitsNamed": ["names"], "assessment.unreadableNamed": ["names"], "appendix.restatedNote": ["indicators", "who", "kept", "dropped", "group"], "appendix.restatedGroup": ["group"], "appendix.leftOut": ["items"],
        "appendix.leftOutItem.participation": ["who", "clauses", "values", "task"], "appendix.leftOutItem.attended_elsewhere": ["who", "clauses", "values", "task"],
        "appendix.leftOutItem.same_work": ["who", "clauses", "values", "task"], "appendix.leftOutItem.joint_work": ["who", "clauses", "values", "task"], "appendix.leftOutItem.joint_review": ["who", "clauses", "values", "task"], "appendix.leftOutItem.joint_work_lead": ["who", "clauses", "values", "task", "lead"],
        "review.jointWorkLead": ["unit", "indicators", "values", "code", "held"], "appendix.leftOutItem.unverified": ["who", "clauses", "values", "task"],
        "appendix.sheetTitle": ["number", "title", "asOf", "of"],
        "opening.planKind": [],
        "opening.planRef": ["kind", "number", "date"],
        "opening.planRefBlank": ["kind", "year"], "opening.planRefNoDate": ["kind", "number", "year"],
        "opening.planBasisNoDate": ["number", "issuer", "year", "directive"], "review.planDate": ["date", "cited", "citedDate"], "review.planNumberBlank": ["written", "dateWritten"], "review.refusedByCode": ["path", "code", "unit"],
        "who.otherKind": [],
        "review.restated": ["unit", "indicator", "value", "kept", "dropped"],
        "review.overdue": ["code", "reason"],
        "review.leadSilent": ["code", "lead"], "review.leadStatusMerged": ["codes", "lead", "status"], "results.budgetOverPlan": ["holder", "used", "planned", "asOf"], "review.leadNotArisen": ["code", "lead"],
        "review.budgetOverPlan": ["holder", "used", "planned"], "review.budgetOverPlanAmounts": ["holder", "amounts", "sum", "planned", "excess"],
        "review.budgetAmount": ["amount", "code"], "results.jointUnderReviewPart": ["who", "activity"], "results.jointOverlapApart": ["activity"], "results.jointDiffersInAppendix": [], "results.partnerJointLeadPending": ["lead", "when"], "results.partnerJointBeside": ["task", "note", "lead", "preparing", "when", "who", "work"], "results.partnerJointBesideNote": ["note"], "outlook.ownSourceAlsoRaised": ["who", "others"], "results.budgetUnderReview": ["holder", "parts", "sum", "planned", "excess"], "outlook.budgetSource": ["lead", "sum", "planned", "excess"], "appendix.budgetUnderReviewMark": [],
        "review.lettersMissing": [],
        "labels.state.completed": [], "labels.state.in_progress": [], "labels.state.due_now": [], "labels.state.not_started": [], "labels.state.no_information": [],
        "labels.status.completed": [], "labels.status.in_progress": [], "labels.status.not_started": [],
        "labels.status.not_applicable": [], "labels.status.unknown": [],
        "labels.reporting.on_time": [], "labels.reporting.late": [], "labels.reporting.unreadable": [], "labels.reporting.missing": [],
        "labels.unitGroups.internal": [], "labels.unitGroups.departments": [], "labels.unitGroups.communes": [],
        "labels.overdue": [], "labels.overdueLeadSilent": [],
        // Phụ lục II's state of a unit whose file was refused, by ReadRefusal.Kind (REVIEW23 #9).
        "labels.reportingRefused.empty": [], "labels.reportingRefused.encrypted": [], "labels.reportingRefused.truncated": [],
        "labels.reportingRefused.corrupt": [], "labels.reportingRefused.doctype": [], "labels.reportingRefused.legacyWord": [],
        "labels.reportingRefused.legacyExcel": [], "labels.reporting.byRefusal.legacyWord": [], "labels.reporting.byRefusal.legacyExcel": [], "labels.reportingRefused.pdf": [], "labels.reportingRefused.other": [],
        // The review page (REVIEW23 #11): its cards and charts state the headline.
        "page.datedDone": [], "page.recurringActive": [], "page.overdue": [], "page.otherTasks": [],
        "page.received": ["own"], "page.late": [], "page.laterAfterDeadline": [], "page.unreadable": [], "page.missing": ["own"],
        "page.review": [], "page.refused": [], "page.methodNotes": [], "page.noFigures": [], "page.figuresNote": [],
        "page.total": ["label", "total", "units"], "page.byGroup": ["parts"], "page.groupPart": ["group", "n"], "page.noTotal": ["label", "units"],
    ]

    /// List keys: fixed lines (copies, bases) and labels.
    public static let listKeys: Set<String> = [
        "header.bases", "closing.copies", "names.dropSuffixes",
        "appendix.titles", "appendix.taskColumns", "appendix.reportingColumns", "appendix.figureColumns",
        "appendix.sheetNames", "results.heldBackClauseWords",
    ]

    /// Reads `report.yaml` from a pipeline directory; every problem is collected and thrown.
    public static func load(directory: URL) throws(PipelineError) -> ReportDefinition {
        let url = directory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(problems: [PipelineProblem(file: fileName, line: nil, field: nil, message: "file not found or not UTF-8 (\(url.path))")])
        }
        return try parse(text, file: fileName)
    }

    public static func parse(_ text: String, file: String = fileName) throws(PipelineError) -> ReportDefinition {
        let r = StrictYAML(text: text, file: file)
        var texts: [String: String] = [:]
        var lists: [String: [String]] = [:]
        let wordingRoot = "wording"
        for (key, allowed) in textKeys.sorted(by: { $0.key < $1.key }) {
            guard let s = r.string(wordingRoot + "." + key) else { continue }
            for name in ReportWording.placeholders(s) where !allowed.contains(name) {
                r.problem(wordingRoot + "." + key, "placeholder '{\(name)}' is not known here (known: \(allowed.sorted().joined(separator: ", ")))")
            }
            texts[key] = s
        }
        for key in listKeys {
            if let l = r.strings(wordingRoot + "." + key) { lists[key] = l }
        }
        var indicators: [String: IndicatorWording] = [:]
        var order: [String] = []
        for (i, id) in r.listItems("wording.indicators").enumerated() {
            let base = "wording.indicators[\(i)]"
            _ = id
            guard let key = r.string(base + ".id"), let label = r.string(base + ".label"), let measure = r.string(base + ".measure"),
                  let clause = r.string(base + ".clause") else { continue }
            for name in ReportWording.placeholders(clause) where name != "n" { r.problem(base + ".clause", "placeholder '{\(name)}' is not known here (known: n)") }
            var after: [String] = [], continued: String?
            if r.has(base + ".continues") {
                after = r.strings(base + ".continues.after") ?? []
                continued = r.string(base + ".continues.clause")
            }
            var wording = IndicatorWording(label: label, measure: measure, clause: clause, continuesAfter: after, continued: continued)
            if r.has(base + ".continues.strict") { wording.strictContinuation = r.bool(base + ".continues.strict") ?? false }
            if r.has(base + ".objects") { wording.objects = r.strings(base + ".objects") ?? [] }
            if r.has(base + ".activity") { wording.activity = r.string(base + ".activity") }
            if r.has(base + ".fieldFrom") { wording.fieldFrom = r.strings(base + ".fieldFrom") ?? [] }
            if r.has(base + ".additive") { wording.additive = r.bool(base + ".additive") ?? true }
            if r.has(base + ".severalClause") { wording.severalClause = r.string(base + ".severalClause") }
            if r.has(base + ".namedAs") {
                for (j, _) in r.listItems(base + ".namedAs").enumerated() {
                    let item = base + ".namedAs[\(j)]"
                    guard let word = r.string(item + ".word"), let l = r.string(item + ".label"), let m = r.string(item + ".measure"),
                          let c = r.string(item + ".clause") else { continue }
                    wording.namedAs.append(.init(word: word, label: l, measure: m, clause: c))
                }
            }
            indicators[key] = wording
            order.append(key)
        }
        var highlights: [(groups: [Int], text: String)] = []
        for i in r.listItems("wording.assessment.highlightItems").indices {
            let base = "wording.assessment.highlightItems[\(i)]"
            guard let text = r.string(base + ".text") else { continue }
            for name in ReportWording.placeholders(text) where indicators[name] == nil {
                r.problem(base + ".text", "placeholder '{\(name)}' is not an indicator id of wording.indicators")
            }
            let groups = r.has(base + ".groups") ? (r.strings(base + ".groups") ?? []).compactMap { Int($0) } : []
            highlights.append((groups, text))
        }
        var abbreviations: [(String, String, String)] = []
        var introAfter: [String: [String]] = [:]
        var introInParentheses: Set<String> = []
        for i in r.listItems("wording.abbreviations").indices {
            let base = "wording.abbreviations[\(i)]"
            if let full = r.string(base + ".full"), let short = r.string(base + ".short"), let intro = r.string(base + ".intro") {
                for name in ReportWording.placeholders(intro) where !["full", "short"].contains(name) {
                    r.problem(base + ".intro", "placeholder '{\(name)}' is not known here (known: full, short)")
                }
                abbreviations.append((full, short, intro))
                if r.has(base + ".introAfter") { introAfter[full] = r.strings(base + ".introAfter") ?? [] }
                if r.has(base + ".inParentheses") {
                    switch r.string(base + ".inParentheses") {
                    case "true": introInParentheses.insert(full)
                    case "false": break
                    default: r.problem(base + ".inParentheses", "expected \"true\" or \"false\"")
                    }
                }
            }
        }
        var expansions: [(String, String)] = []
        for i in r.listItems("wording.expansions").indices {
            let base = "wording.expansions[\(i)]"
            if let short = r.string(base + ".short"), let full = r.string(base + ".full") { expansions.append((short, full)) }
        }
        var folded: [String: String] = [:]
        for i in r.listItems("rules.folded").indices {
            let base = "rules.folded[\(i)]"
            if let a = r.string(base + ".addressee"), let u = r.string(base + ".under") { folded[a] = u }
        }
        let cityMatters = (r.strings("rules.cityMatters") ?? []).map { VietText.fold($0) }
        let filler = (r.strings("rules.fillerKeywords") ?? []).map { VietText.fold($0) }
        let ordinalWords = (r.strings("rules.numberOrdinalWords") ?? []).map { VietText.fold($0) }
        let cityAddressee = r.string("rules.cityRequests.addressee") ?? ""
        let cityRequests = (r.strings("rules.cityRequests.keywords") ?? []).map { VietText.fold($0) }
        let cityRequestsOwnAsked = r.has("rules.cityRequests.ownAsked") && r.string("rules.cityRequests.ownAsked") == "true"
        var citationIssuers: [ReportRules.CitationIssuer] = []
        if r.has("rules.citationIssuers") {
            for i in r.listItems("rules.citationIssuers").indices {
                if let c = r.string("rules.citationIssuers[\(i)].code"), let s = r.string("rules.citationIssuers[\(i)].issuer") {
                    citationIssuers.append(.init(code: c, issuer: s))
                }
            }
        }
        let moneyGroups = (r.strings("rules.moneyGroups") ?? []).map { VietText.fold($0) }
        let bodyRelevance = Double(r.string("rules.bodyRelevance") ?? "") ?? 0.3
        let tasksPerGroup = Int(r.string("rules.tasksPerGroup") ?? "") ?? 3
        let phraseEnds = r.strings("rules.taskPhraseEnds") ?? []
        let guidanceLetters = r.strings("rules.guidanceLetters") ?? []
        let ownGroups = r.strings("rules.ownGroups") ?? []
        let planningKeywords = (r.strings("rules.planningKeywords") ?? []).map { VietText.fold($0) }
        let directRequestWords = (r.strings("rules.directRequestWords") ?? []).map { VietText.fold($0) }
        let otherAddressee = r.string("rules.otherAddressee") ?? ""
        let bodyWords = (r.strings("rules.bodyWords") ?? []).map { VietText.fold($0) }
        let taskNameWords = Int(r.string("rules.taskNameWords") ?? "") ?? 22
        let taskNameSoftEnds = r.strings("rules.taskNameSoftEnds") ?? []
        let taskNameLastEnds = r.strings("rules.taskNameLastEnds") ?? []
        let unitsNotStartedMin = Int(r.string("rules.unitsNotStartedMin") ?? "") ?? 1
        let ownWorkMinUnits = Int(r.string("rules.ownWorkMinUnits") ?? "") ?? 1
        let ownWorkStudy = (r.strings("rules.ownWorkStudy") ?? []).map { VietText.fold($0) }
        let appendixQuotes = Int(r.string("rules.appendixQuotes") ?? "") ?? 2
        let heldBackClauseWindow = Int(r.string("rules.heldBackClauseWindow") ?? "") ?? 4
        let accountWords = (r.strings("rules.accountWords") ?? []).map { $0.lowercased() }
        let difficultyPredicates = r.strings("rules.difficultyPredicates") ?? []
        let unitsNotStartedNamed = Int(r.string("rules.unitsNotStartedNamed") ?? "") ?? 3
        let missingNamedMax = Int(r.string("rules.missingNamedMax") ?? "") ?? 0
        let signatureLines = Int(r.string("rules.signatureLines") ?? "") ?? 4
        let tallyNamedMax = r.has("rules.tallyNamedMax") ? Int(r.string("rules.tallyNamedMax") ?? "") ?? 0 : 0
        let causeWords = (r.strings("rules.causeWords") ?? []).map { $0.lowercased() }
        let causeSubjects = r.strings("rules.causeSubjects") ?? []
        let causeProposalWords = r.has("rules.causeProposalWords") ? (r.strings("rules.causeProposalWords") ?? []).map { VietText.fold($0) } : []
        let causeUnitsMin = Int(r.string("rules.causeUnitsMin") ?? "") ?? 1
        let partnerDifficultyWords = r.has("rules.partnerDifficultyWords") ? Int(r.string("rules.partnerDifficultyWords") ?? "") : nil
        let statutoryTasks = r.has("rules.statutoryTasks") ? r.strings("rules.statutoryTasks") ?? [] : []
        let postponementWords = (r.strings("rules.postponement.words") ?? []).map { VietText.fold($0) }
        let postponedOwnRemedyWords = (r.strings("rules.postponement.ownRemedyWords") ?? []).map { VietText.fold($0) }
        let postponedNamedMax = Int(r.string("rules.postponement.namedMax") ?? "") ?? 3
        let postponedOwnUnits = r.string("rules.postponement.ownUnits") ?? "named"
        let reportingOwnUnits = r.has("rules.reportingOwnUnits") ? r.string("rules.reportingOwnUnits") ?? "desk" : "desk"
        let ownDifficulties = r.has("rules.ownDifficulties") ? r.string("rules.ownDifficulties") ?? "desk" : "desk"
        let supplementWithinDays = Int(r.string("rules.supplementWithinDays") ?? "") ?? 0
        let taskPhraseFieldWords = Int(r.string("rules.taskPhraseFieldWords") ?? "") ?? 14
        let monthsAtRisk = Int(r.string("rules.monthsAtRisk") ?? "") ?? 3
        let budgetPlanSources = (r.strings("rules.budgetSources.plan") ?? []).map { $0.lowercased() }
        let budgetSourceWords = (r.strings("rules.budgetSources.named") ?? []).map { $0.lowercased() }
        var themeRequests: [ReportRules.ThemeRequest] = []
        for i in r.listItems("rules.themeRequests").indices {
            let base = "rules.themeRequests[\(i)]"
            if let t = r.string(base + ".theme"), let a = r.string(base + ".addressee") { themeRequests.append(.init(theme: t, addressee: a)) }
        }
        let difficultyThemes = Int(r.string("rules.difficultyThemes") ?? "") ?? 5
        let causeItemsPerTheme = Int(r.string("rules.causeItemsPerTheme") ?? "") ?? 0
        let causeItemsCapAll = r.string("rules.causeItemsCapAll") == "true"
        let causeKindSeveral = Int(r.string("rules.causeKindSeveral") ?? "") ?? 0
        let causeOwnSeveral = Int(r.string("rules.causeOwnSeveral") ?? "") ?? 0
        let causeOwnThemes = r.has("rules.causeOwnThemes") ? r.strings("rules.causeOwnThemes") ?? [] : []
        let ownRequestTaskWords = Int(r.string("rules.ownRequestTaskWords") ?? "") ?? 0
        let copiedAsk: ReportRules.CopiedAsk = switch r.string("rules.askCopied") { case "true": .apart; case "through": .through; default: .folded }
        let proposalDifficultyWords = Int(r.string("rules.proposalDifficultyWords") ?? "") ?? 0
        let proposalAlsoRaisedWords = Int(r.string("rules.proposalAlsoRaisedWords") ?? "") ?? 0
        let difficultySeveral = Int(r.string("rules.difficultySeveral") ?? "") ?? 0
        let paragraphWords = Int(r.string("rules.paragraphWords") ?? "") ?? 150
        let taskParagraphWords = Int(r.string("rules.taskParagraphWords") ?? "") ?? 0
        let ownDoubted = r.string("rules.ownDoubted").flatMap(ReportRules.OwnDoubted.init(rawValue:)) ?? .body
        let highlightUnitsOnce = r.has("rules.highlightUnitsOnce") && r.string("rules.highlightUnitsOnce") == "true"
        let ownUnsettledInProgress = r.string("rules.ownUnsettled") == "in_progress"
        var plainStates: [String: [String]] = [:]
        for kind in ["done", "doneToDate", "inProgress", "notStarted", "notArisen", "unrated", "notDue", "overdue"] {
            if r.has("rules.plainStates." + kind), let names = r.strings("rules.plainStates." + kind) { plainStates[kind] = names }
        }
        let ownUnitMajorShare = Double(r.string("rules.bodyLength.ownUnitMajorShare") ?? "") ?? 0
        let bodyLengthWords = r.has("rules.bodyLength") ? Int(r.string("rules.bodyLength.words") ?? "") ?? 0 : 0
        let bodyLengthMoves = r.has("rules.bodyLength") ? r.strings("rules.bodyLength.moves") ?? [] : []
        let bodyLengthSummaryFigures = r.has("rules.bodyLength") && r.string("rules.bodyLength.summaryClauses") == "figures"
        let bodyLengthSaid = r.has("rules.bodyLength") ? Double(r.string("rules.bodyLength.said") ?? "") ?? 0.8 : 0.8
        for kind in bodyLengthMoves where !ReportRules.sentenceKinds.contains(kind) {
            r.problem("rules.bodyLength.moves", "unknown sentence kind '\(kind)' (known: \(ReportRules.sentenceKinds.joined(separator: ", ")))")
        }
        let partnerWords = (r.strings("rules.partnerWords") ?? []).map { VietText.fold($0) }
        let partnerEnds = (r.strings("rules.partnerEnds") ?? []).map { VietText.fold($0) }
        let advisoryPhrases = r.strings("rules.advisoryPhrases") ?? []
        let advisoryTails = r.strings("rules.advisoryTails") ?? []
        let jointWorkKeywords = (r.strings("rules.jointWorkKeywords") ?? []).map { VietText.fold($0) }
        let uncheckedCommentPhrases = (r.strings("rules.uncheckedComments") ?? []).map { VietText.fold($0) }
        let doubtedFigureFindings = r.strings("rules.doubtedFigures.findings") ?? []
        let doubtedAmongUnits = r.strings("rules.doubtedFigures.amongUnits") ?? []
        let doubtedOnDeskOnly = r.has("rules.doubtedFigures.report") && r.string("rules.doubtedFigures.report") == "desk"
        let notes = r.has("rules.statusNotes")
        let headingsInFull = r.has("rules.headingsInFull") && r.string("rules.headingsInFull") == "true"
        let statusNoteHeaders = notes ? (r.strings("rules.statusNotes.headers") ?? []).map { VietText.fold($0) } : []
        let statusNoteBasis = notes ? (r.strings("rules.statusNotes.basis") ?? []).map { VietText.fold($0) } : []
        let statusNoteOther = notes ? (r.strings("rules.statusNotes.other") ?? []).map { VietText.fold($0) } : []
        let overlapIndicators = r.strings("rules.overlapIndicators") ?? []
        let participationKeywords = r.strings("rules.participation.keywords") ?? []
        let holdingKeywords = r.strings("rules.participation.holding") ?? []
        let jointCountedByLead = ["lead", "larger"].contains(r.string("rules.participation.countedBy"))
        let jointCountedByLarger = r.string("rules.participation.countedBy") == "larger"
        let jointAgreeWithin = r.has("rules.participation.agreeWithin") ? Double(r.string("rules.participation.agreeWithin") ?? "") : nil
        let jointDisagreeingCountedBoth = r.string("rules.participation.disagreeing") == "both"
        let partnerJointUnderWay = r.string("rules.partnerJointUnderWay") == "true"
        let recurringByLeadWord = r.string("rules.recurringByLeadWord") == "true"
        let jointContained = r.string("rules.jointWithLead.contained").flatMap(ReportRules.JointContained.init(rawValue:)) ?? .sum
        let bareCitationsInAppendix = r.string("rules.bareCitations") == "appendix"
        let cumulativeToWords = (r.strings("rules.cumulativeTo") ?? []).map { VietText.fold($0) }
        let cumulativeAfterAsOf = r.has("rules.cumulativeAfter") && r.string("rules.cumulativeAfter") == "asOf"
        let budgetUnstatedApart = r.string("rules.budgetUnstated") == "apart"
        let budgetUnsourcedWithWork = r.string("rules.budgetUnsourced") == "withWork"
        let cityWideIndicators = r.strings("rules.cityWide") ?? []
        let attendanceNouns = r.strings("rules.attendanceNouns.nouns") ?? []
        let attendanceWord = r.string("rules.attendanceNouns.word") ?? ""
        var attendance: ReportRules.Attendance?
        if r.has("rules.attendance"), let who = r.string("rules.attendance.attendees"), let events = r.string("rules.attendance.events") {
            attendance = .init(attendees: who, events: events)
            if r.has("rules.attendance.perEvent") { attendance?.perEvent = Int(r.string("rules.attendance.perEvent") ?? "") }
            if r.has("rules.attendance.perClass") { attendance?.perClass = Int(r.string("rules.attendance.perClass") ?? "") }
            if r.has("rules.attendance.perEventMost") { attendance?.perEventMost = Int(r.string("rules.attendance.perEventMost") ?? "") }
            attendance?.classNouns = r.strings("rules.attendance.classNouns") ?? []
            if r.has("rules.attendance.beyondLimit") { attendance?.beyondLimit = r.string("rules.attendance.beyondLimit") ?? "hold" }
        }
        var themes: [ReportRules.Theme] = []
        var themeLabels: [String: String] = [:]
        var laterReportKinds: [ReportRules.LaterReportKind] = []
        for i in r.listItems("rules.laterReportKinds").indices {
            let base = "rules.laterReportKinds[\(i)]"
            guard let id = r.string(base + ".id") else { continue }
            laterReportKinds.append(.init(id: id, words: (r.strings(base + ".words") ?? []).map { VietText.fold($0) }))
        }
        let laterReportDefault = r.has("rules.laterReportDefault") ? r.string("rules.laterReportDefault") : nil
        for i in r.listItems("rules.themes").indices {
            let base = "rules.themes[\(i)]"
            guard let id = r.string(base + ".id"), let label = r.string(base + ".label") else { continue }
            let keywords = r.strings(base + ".keywords") ?? []
            themes.append(.init(id: id, keywords: keywords.map { VietText.fold($0) }))
            themeLabels[id] = label
        }
        var addressees: [ReportRules.Addressee] = []
        var addresseeLabels: [String: String] = [:]
        for i in r.listItems("rules.addressees").indices {
            let base = "rules.addressees[\(i)]"
            guard let id = r.string(base + ".id"), let label = r.string(base + ".label"), let upward = r.bool(base + ".upward") else { continue }
            let names = r.strings(base + ".names") ?? []
            addressees.append(.init(id: id, upward: upward, names: names))
            addresseeLabels[id] = label
        }
        let defaultAddressee = r.string("rules.defaultAddressee") ?? ""
        if !defaultAddressee.isEmpty, !addressees.contains(where: { $0.id == defaultAddressee }) {
            r.problem("rules.defaultAddressee", "'\(defaultAddressee)' is not one of rules.addressees")
        }
        let verbs = r.strings("rules.requestVerbs") ?? []
        for (a, u) in folded.sorted(by: { $0.key < $1.key }) where !addressees.contains(where: { $0.id == a }) || !addressees.contains(where: { $0.id == u }) {
            r.problem("rules.folded", "'\(a)' or '\(u)' is not one of rules.addressees")
        }
        let partnerOverLead = Double(r.string("rules.partnerOverLead") ?? "")
        let copiedPassageWords = r.has("rules.copiedPassageWords") ? Int(r.string("rules.copiedPassageWords") ?? "") : nil
        var citations = CitationRules()
        if r.has("rules.citations") {
            var c = CitationRules()
            c.planKind = r.string("rules.citations.planKind") ?? ""
            c.planSymbol = r.string("rules.citations.planSymbol") ?? ""
            c.requestKind = r.string("rules.citations.requestKind") ?? ""
            c.numberWord = r.string("rules.citations.numberWord") ?? ""
            if !c.planKind.isEmpty, c.numberWord.isEmpty { r.problem("rules.citations.numberWord", "needed to read \"<planKind> <numberWord> N/…\"") }
            c.minUnits = Int(r.string("rules.citations.minUnits") ?? "") ?? 3
            c.share = Double(r.string("rules.citations.share") ?? "") ?? 0.5
            c.issuedVerbs = r.strings("rules.citations.issuedVerbs") ?? []
            c.reminderNouns = r.strings("rules.citations.reminderNouns") ?? []
            citations = c
        }
        var jointKinds: [ReportRules.JointKind] = []
        for i in r.listItems("rules.jointWithLead.kinds").indices {
            let base = "rules.jointWithLead.kinds[\(i)]"
            if let k = r.string(base + ".kind") { jointKinds.append(.init(kind: k, words: (r.strings(base + ".words") ?? []).map { VietText.fold($0) })) }
        }
        let requestedBy = r.has("rules.jointWithLead.requestedBy") ? (r.strings("rules.jointWithLead.requestedBy") ?? []).map { VietText.fold($0) } : []
        var selfReferences: [ReportRules.SelfReference] = []
        for i in r.listItems("rules.selfReferences").indices {
            let base = "rules.selfReferences[\(i)]"
            if let k = r.string(base + ".kind"), let f = r.string(base + ".from"), let t = r.string(base + ".to") { selfReferences.append(.init(kind: k, from: f, to: t)) }
        }
        let objectiveThemes = r.strings("rules.objectiveThemes") ?? []
        var adviceRequests: [ReportRules.AdviceRequest] = []
        for i in r.listItems("rules.adviceRequests").indices {
            let base = "rules.adviceRequests[\(i)]"
            if let a = r.string(base + ".addressee"), let ps = r.strings(base + ".phrases") { adviceRequests.append(.init(addressee: a, phrases: ps)) }
        }
        let beneficiaryWords = (r.strings("rules.beneficiaryWords") ?? []).map { VietText.fold($0) }
        let causeDifficultyWords = Int(r.string("rules.causeDifficultyWords") ?? "") ?? 0
        let requestCauses = (r.strings("rules.requestCauses.causes") ?? []).map { VietText.fold($0) }
        let requestTaskWords = (r.strings("rules.requestCauses.taskWords") ?? []).map { VietText.fold($0) }
        let leadSilentPastDue = r.string("rules.leadSilentPastDue") ?? ""
        let plannedWords = (r.strings("rules.plannedFor.words") ?? []).map { VietText.fold($0) }
        let plannedTime = r.string("rules.plannedFor.time") ?? ""
        if !plannedTime.isEmpty, (try? NSRegularExpression(pattern: plannedTime, options: [.caseInsensitive])) == nil {
            r.problem("rules.plannedFor.time", "not a regular expression: \(plannedTime)")
        }
        r.checkUnknownKeys()
        if !cityAddressee.isEmpty, !addressees.contains(where: { $0.id == cityAddressee && $0.upward }) {
            r.problem("rules.cityRequests.addressee", "'\(cityAddressee)' is not an upward addressee of rules.addressees")
        }
        if !r.problems.isEmpty { throw PipelineError(problems: r.problems) }
        var rules = ReportRules(themes: themes, addressees: addressees, defaultAddressee: defaultAddressee, requestVerbs: verbs,
                                folded: folded, cityMatters: cityMatters, fillerKeywords: filler)
        rules.cityRequests = cityRequests
        rules.cityRequestsOwnAsked = cityRequestsOwnAsked
        rules.citationIssuers = citationIssuers
        rules.ordinalWords = ordinalWords
        rules.cityAddressee = cityAddressee
        rules.moneyGroups = moneyGroups
        rules.bodyRelevance = bodyRelevance
        rules.tasksPerGroup = tasksPerGroup
        rules.bodyLengthWords = bodyLengthWords
        rules.bodyLengthMoves = bodyLengthMoves
        rules.bodyLengthSaid = bodyLengthSaid
        rules.bodyLengthSummaryFigures = bodyLengthSummaryFigures
        rules.taskPhraseEnds = phraseEnds
        rules.guidanceLetters = guidanceLetters
        rules.ownGroups = ownGroups
        rules.planningKeywords = planningKeywords
        rules.directRequestWords = directRequestWords
        rules.otherAddressee = otherAddressee
        rules.bodyWords = bodyWords
        rules.taskNameWords = taskNameWords
        rules.taskNameSoftEnds = taskNameSoftEnds
        rules.taskNameLastEnds = taskNameLastEnds
        rules.unitsNotStartedMin = unitsNotStartedMin
        rules.ownWorkMinUnits = ownWorkMinUnits
        rules.ownWorkStudy = ownWorkStudy
        rules.appendixQuotes = appendixQuotes
        rules.heldBackClauseWindow = heldBackClauseWindow
        rules.accountWords = accountWords
        rules.difficultyPredicates = difficultyPredicates
        rules.unitsNotStartedNamed = unitsNotStartedNamed
        rules.missingNamedMax = missingNamedMax
        rules.signatureLines = signatureLines
        rules.tallyNamedMax = tallyNamedMax
        rules.causeWords = causeWords
        rules.causeSubjects = causeSubjects
        rules.causeProposalWords = causeProposalWords
        rules.causeUnitsMin = causeUnitsMin
        rules.partnerDifficultyWords = partnerDifficultyWords
        rules.statutoryTasks = statutoryTasks
        rules.postponementWords = postponementWords
        rules.postponedOwnRemedyWords = postponedOwnRemedyWords
        rules.postponedOwnUnits = postponedOwnUnits
        rules.reportingOwnUnits = reportingOwnUnits
        rules.ownDifficulties = ownDifficulties
        rules.supplementWithinDays = supplementWithinDays
        rules.postponedNamedMax = postponedNamedMax
        rules.taskPhraseFieldWords = taskPhraseFieldWords
        rules.monthsAtRisk = monthsAtRisk
        rules.budgetPlanSources = budgetPlanSources
        rules.budgetSourceWords = budgetSourceWords
        rules.themeRequests = themeRequests
        rules.difficultyThemes = difficultyThemes
        rules.causeItemsPerTheme = causeItemsPerTheme
        rules.causeItemsCapAll = causeItemsCapAll
        rules.causeKindSeveral = causeKindSeveral
        rules.causeOwnSeveral = causeOwnSeveral
        rules.causeOwnThemes = causeOwnThemes
        rules.ownRequestTaskWords = ownRequestTaskWords
        rules.copiedAsk = copiedAsk
        rules.proposalDifficultyWords = proposalDifficultyWords
        rules.proposalAlsoRaisedWords = proposalAlsoRaisedWords
        rules.difficultySeveral = difficultySeveral
        rules.paragraphWords = paragraphWords
        rules.taskParagraphWords = taskParagraphWords
        rules.ownDoubted = ownDoubted
        rules.highlightUnitsOnce = highlightUnitsOnce
        rules.ownUnsettledInProgress = ownUnsettledInProgress
        rules.plainStates = plainStates
        rules.ownUnitMajorShare = ownUnitMajorShare
        rules.partnerWords = partnerWords
        rules.partnerEnds = partnerEnds
        rules.advisoryPhrases = advisoryPhrases
        rules.advisoryTails = advisoryTails
        rules.jointWorkKeywords = jointWorkKeywords
        rules.uncheckedCommentPhrases = uncheckedCommentPhrases
        rules.doubtedFigureFindings = doubtedFigureFindings
        rules.doubtedAmongUnits = doubtedAmongUnits
        rules.doubtedOnDeskOnly = doubtedOnDeskOnly
        rules.statusNoteHeaders = statusNoteHeaders
        rules.headingsInFull = headingsInFull
        rules.statusNoteBasis = statusNoteBasis
        rules.statusNoteOther = statusNoteOther
        rules.overlapIndicators = overlapIndicators
        rules.participationKeywords = participationKeywords
        rules.holdingKeywords = holdingKeywords
        rules.jointCountedByLead = jointCountedByLead
        rules.jointCountedByLarger = jointCountedByLarger
        rules.jointAgreeWithin = jointAgreeWithin
        rules.jointDisagreeingCountedBoth = jointDisagreeingCountedBoth
        rules.partnerJointUnderWay = partnerJointUnderWay
        rules.recurringByLeadWord = recurringByLeadWord
        rules.jointContained = jointContained
        rules.bareCitationsInAppendix = bareCitationsInAppendix
        rules.cumulativeToWords = cumulativeToWords
        rules.cumulativeAfterAsOf = cumulativeAfterAsOf
        rules.budgetUnsourcedWithWork = budgetUnsourcedWithWork
        rules.budgetUnstatedApart = budgetUnstatedApart
        rules.cityWideIndicators = cityWideIndicators
        rules.attendanceNouns = attendanceNouns
        rules.attendanceWord = attendanceWord
        rules.attendance = attendance
        rules.partnerOverLead = partnerOverLead
        rules.copiedPassageWords = copiedPassageWords
        rules.shortNames = abbreviations.map { .init(short: $0.1, full: $0.0) }
        rules.laterReportKinds = laterReportKinds
        rules.laterReportDefault = laterReportDefault
        rules.citations = citations
        rules.adviceRequests = adviceRequests
        rules.selfReferences = selfReferences
        rules.jointKinds = jointKinds
        rules.requestedBy = requestedBy
        rules.objectiveThemes = objectiveThemes
        rules.beneficiaryWords = beneficiaryWords
        rules.causeDifficultyWords = causeDifficultyWords
        rules.requestCauses = requestCauses
        rules.requestTaskWords = requestTaskWords
        rules.leadSilentPastDue = leadSilentPastDue
        rules.plannedWords = plannedWords
        rules.plannedTime = plannedTime
        return ReportDefinition(
            rules: rules,
            wording: { () -> ReportWording in
                var wording = ReportWording(texts: texts, lists: lists, indicators: indicators, themeLabels: themeLabels,
                                            addresseeLabels: addresseeLabels, abbreviations: abbreviations, expansions: expansions)
                wording.highlights = highlights
                wording.introAfter = introAfter
                wording.introInParentheses = introInParentheses
                return wording
            }(),
            indicatorOrder: order)
    }
}

/// A YAML document read by paths ("wording.header.title", "rules.themes[0].id"); every key
/// read is remembered, and `checkUnknownKeys` reports the others with their line.
final class StrictYAML {
    let file: String
    var problems: [PipelineProblem] = []
    private var root: Node?
    private var read = Set<String>()

    init(text: String, file: String) {
        self.file = file
        do {
            root = try Yams.compose(yaml: text)
            if root == nil { problems.append(.init(file: file, line: 1, field: nil, message: "empty document")) }
        } catch {
            problems.append(.init(file: file, line: nil, field: nil, message: "YAML syntax error: \(error)"))
        }
    }

    func problem(_ path: String, _ message: String) {
        problems.append(.init(file: file, line: node(path).flatMap { $0.mark?.line }, field: path, message: message))
    }

    /// The node at `path`, without marking it read.
    private func node(_ path: String) -> Node? {
        var n = root
        for part in StrictYAML.parts(path) {
            guard let cur = n else { return nil }
            switch part {
            case .key(let k): n = cur.mapping?[k]
            case .index(let i): if let s = cur.sequence, i < s.count { n = s[i] } else { n = nil }
            }
        }
        return n
    }

    private enum Part { case key(String), index(Int) }

    private static func parts(_ path: String) -> [Part] {
        var out: [Part] = []
        for seg in path.split(separator: ".") {
            var s = Substring(seg)
            if let b = s.firstIndex(of: "[") {
                out.append(.key(String(s[..<b])))
                s = s[b...]
                while s.hasPrefix("["), let e = s.firstIndex(of: "]") {
                    out.append(.index(Int(s[s.index(after: s.startIndex)..<e]) ?? 0))
                    s = s[s.index(after: e)...]
                }
            } else {
                out.append(.key(String(s)))
            }
        }
        return out
    }

    /// Marks `path` and its parents read.
    private func mark(_ path: String) {
        var p = ""
        for seg in path.split(separator: ".") {
            p = p.isEmpty ? String(seg) : p + "." + seg
            read.insert(p)
        }
    }

    func string(_ path: String) -> String? {
        mark(path)
        guard let n = node(path) else { problem(path, "missing required key"); return nil }
        guard case .scalar(let s) = n else { problem(path, "expected a text value"); return nil }
        return VietText.nfc(s.string)
    }

    /// True when `path` is present (an optional key), marking it read.
    func has(_ path: String) -> Bool {
        mark(path)
        return node(path) != nil
    }

    func bool(_ path: String) -> Bool? {
        mark(path)
        guard let n = node(path) else { problem(path, "missing required key"); return nil }
        guard case .scalar(let s) = n, ["true", "false"].contains(s.string) else { problem(path, "expected true or false"); return nil }
        return s.string == "true"
    }

    func strings(_ path: String) -> [String]? {
        mark(path)
        guard let n = node(path) else { problem(path, "missing required key"); return nil }
        guard let seq = n.sequence else { problem(path, "expected a list of texts"); return nil }
        var out: [String] = []
        for (i, item) in seq.enumerated() {
            guard case .scalar(let s) = item else { problem("\(path)[\(i)]", "expected a text value"); continue }
            out.append(VietText.nfc(s.string))
        }
        return out
    }

    /// The items of a list of mappings (their fields are read by path).
    func listItems(_ path: String) -> [Node] {
        mark(path)
        guard let n = node(path) else { problem(path, "missing required key"); return [] }
        guard let seq = n.sequence else { problem(path, "expected a list"); return [] }
        for (i, item) in seq.enumerated() {
            if item.mapping == nil { problem("\(path)[\(i)]", "expected a mapping (key: value)") }
            read.insert("\(path)[\(i)]")
        }
        return Array(seq)
    }

    /// Every mapping key nobody read is unknown: a typo, or a phrase the report never uses.
    func checkUnknownKeys() {
        guard let root else { return }
        func walk(_ n: Node, _ path: String) {
            if let m = n.mapping {
                for (k, v) in m {
                    guard let key = k.string else { continue }
                    let p = path.isEmpty ? key : path + "." + key
                    if !read.contains(p) {
                        problems.append(.init(file: file, line: k.mark?.line, field: p, message: "unknown key '\(key)'"))
                        continue
                    }
                    walk(v, p)
                }
            } else if let s = n.sequence {
                for (i, item) in s.enumerated() where item.mapping != nil { walk(item, "\(path)[\(i)]") }
            }
        }
        walk(root, "")
    }
}
