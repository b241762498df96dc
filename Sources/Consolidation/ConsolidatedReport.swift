import Extraction
import Foundation
import Plan

// The consolidated report's content, computed from a `ConsolidationInput` (pure: no files).
// Data only: states, sums with the units that gave them, evidence, the units' own sentences
// with their sources. No Vietnamese prose: the renderer words it from the pipeline's
// report.yaml. Every writer (DOCX, XLSX, JSON, HTML) renders this one value, so they carry
// the same numbers and the same judgements. Its JSON form is described by
// docs/schemas/report.schema.json.

public struct ConsolidatedReport: Sendable, Codable, Equatable {
    /// Bumped whenever the JSON shape changes.
    /// 17: `comments`, the reviewers' comments left in the current reports' files, each
    /// marked `unchecked` when it says the unit's figures are not yet checked (REVIEW35 #5).
    /// 19: a task's `basis` may be `partner_joint` (REVIEW43 #3: the own lead's "chưa thực
    /// hiện" beside an own partner's joint work on it, stated under way).
    public static let currentSchemaVersion = 21

    public var schemaVersion: Int
    public var pipeline: String
    public var runID: Int64
    /// The report's date (the run's date); the data cut-off.
    public var asOf: PlanDate
    public var plan: PlanRef
    public var issuer: IssuerRef
    public var signer: SignerRef
    /// Who must report by when (plan section IV), for section I.
    public var deadlines: [Deadline]
    public var groups: [TaskGroup]
    /// Tasks per consolidated state (Progress raw values).
    public var stateCounts: [String: Int]
    public var overdueTasks: [String]
    public var budget: Budget
    public var completeness: Completeness
    /// Difficulties by theme, most reported theme first.
    public var difficulties: [ThemeGroup]
    /// Proposals by addressee, in the rules' order of addressees.
    public var proposals: [AddresseeGroup]
    /// Every expected reporter and how it reported (Phụ lục II).
    public var reporters: [ReporterRow]
    /// The current submission of each unit the report is made from.
    public var submissions: [SubmissionRow]
    public var refused: [RefusedRow]
    public var review: [ReviewRow]
    /// The direction work the units report (section I), when their texts were read.
    public var direction: Direction? = nil
    /// Every unit's sentence putting work off to a later period (rules.postponementWords), from
    /// its task texts, difficulties and proposals alike (REVIEW19 #5).
    public var postponements: [Postponement] = []
    /// The report's headline figures, computed once by the consolidation and read by every
    /// writer: the body's opening and section III, Phụ lục II's totals, the review page's
    /// cards, the JSON (REVIEW23 #11: no writer counts them again).
    public var headline: Headline = .init()
    /// The day the report is made (the run's own date), when a run made it: the header's and
    /// the appendices' month (REVIEW27 #8: data as of 30/11 are signed in December).
    public var madeOn: PlanDate? = nil
    /// The comments reviewers left in the current reports' files (Word comments), in the
    /// reports' order; absent in reports written before schema 17.
    public var comments: [UnitComment]? = nil

    public var tasks: [TaskResult] { groups.flatMap(\.tasks) }

    /// The report's file name stem: "bao-cao-tong-hop-ct38-2026-2026-11-24".
    public var fileStem: String { "bao-cao-tong-hop-\(pipeline)-\(asOf.description)" }
}

extension ConsolidatedReport {
    /// The figures a reader compares between the outputs, each in one scope said by its name.
    public struct Headline: Sendable, Codable, Equatable {
        public var tasks: Int = 0
        /// Tasks with a deadline; those carried out all year (`TaskResult.recurring`).
        public var datedTasks: Int = 0
        public var recurringTasks: Int = 0
        /// Dated tasks per `Phase` (raw values): "08/10 hoàn thành" is `dated["completed"]`.
        public var dated: [String: Int] = [:]
        /// Recurring tasks per `Phase`: "13/14 đang được triển khai" is `recurring["recurring"]`.
        public var recurring: [String: Int] = [:]
        /// The tasks stated overdue (phase `overdue`), by code.
        public var overdue: [String] = []
        /// Reporting of the units the report counts upward (the opening, III, Phụ lục II's
        /// sections outside the Department): every expected reporter but rules.ownGroups.
        public var reporting: ReportingCount = .init(scope: "outside")
        /// The Department's own units (rules.ownGroups): stated apart, never added to `reporting`.
        public var ownReporting: ReportingCount = .init(scope: "own")
        /// The city-wide figures (money spent aside): each indicator over every group, each piece
        /// of work counted once (`GroupFigure.counted`), with the units that gave it.
        public var totals: [HeadlineTotal] = []
        /// The latest date of the current reports (their own dates, none after the report's):
        /// the data cut-off the opening states, true of the reports (REVIEW24 F12); nil when no
        /// report is dated.
        public var reportsThrough: PlanDate? = nil

        public init() {}
    }

    public struct ReportingCount: Sendable, Codable, Equatable {
        /// "outside" (units outside the Department) or "own" (its own units).
        public var scope: String
        public var expected = 0
        /// Reports read (on time or late).
        public var received = 0
        public var onTime = 0
        public var late = 0
        public var unreadable = 0
        public var missing = 0
        /// On time by the first report, with a replacement or supplement received after the
        /// deadline (Phụ lục II: "Gửi bản thay thế sau hạn").
        public var laterAfterDeadline = 0

        public init(scope: String) { self.scope = scope }
    }

    public struct HeadlineTotal: Sendable, Codable, Equatable {
        public var indicator: String
        public var isMoney: Bool
        /// Over every group of the plan.
        public var value: Double
        /// The units whose figures make `value`.
        public var units: Int
        /// The same figure by plan group ("5": the inspections of group 5), for a statement
        /// scoped to some groups (the body's "công tác kiểm tra" is group 5's).
        public var byGroup: [String: Double] = [:]
    }

    public struct PlanRef: Sendable, Codable, Equatable {
        public var title: String
        public var year: Int
        /// "115/KH-SKHCN", when the pipeline knows it.
        public var number: String?
        public var date: PlanDate?
        /// Documents the plan rests on (pipeline.yaml `report.bases`), as cited.
        public var bases: [String] = []
        /// The Department's letters asking for the reports (pipeline.yaml
        /// `report.requestLetters`), as cited.
        public var requestLetters: [String] = []
    }

    public struct IssuerRef: Sendable, Codable, Equatable {
        public var name: String
        public var parent: String
        /// "…/BC-SKHCN": "…" is left blank for the văn thư.
        public var numberPattern: String
        public var recipients: [String]
    }

    public struct SignerRef: Sendable, Codable, Equatable {
        public var authority: String?
        public var title: String
        public var name: String
    }

    public struct Deadline: Sendable, Codable, Equatable {
        /// Unit groups ("group:departments") and unit ids the deadline applies to.
        public var units: [String]
        public var date: PlanDate
        public var reportTo: String?
        /// The plan's section the deadline is read from ("IV", from pipeline.yaml's
        /// `reporters[].source` "IV.2: …"), for the body to cite it (REVIEW35 #7); nil when
        /// the source names none (schema 16).
        public var section: String? = nil

        public init(units: [String], date: PlanDate, reportTo: String?, section: String? = nil) {
            self.units = units
            self.date = date
            self.reportTo = reportTo
            self.section = section
        }

        /// The plan's top section a deadline's source names first: "IV.2: Các phòng …" → "IV";
        /// a Roman numeral before the first "." or ":", else nil.
        public static func section(ofSource source: String?) -> String? {
            guard let source else { return nil }
            let head = source.trimmingCharacters(in: .whitespaces).prefix { $0 != "." && $0 != ":" && $0 != " " }
            guard !head.isEmpty, head.allSatisfy({ "IVXLC".contains($0) }) else { return nil }
            return String(head)
        }
    }

    public struct TaskGroup: Sendable, Codable, Equatable {
        public var number: Int
        public var title: String
        public var tasks: [TaskResult]
        /// Tasks of the group per state.
        public var stateCounts: [String: Int]
        /// Each indicator summed over the group's tasks (figures restated under two tasks
        /// already counted once), with the distinct units and the lead units' share.
        public var figures: [GroupFigure]
    }

    public struct GroupFigure: Sendable, Codable, Equatable {
        public var indicator: String
        public var isMoney: Bool
        public var total: Double
        public var unitCount: Int
        /// The share of the tasks' lead units (the Chi cục for most tasks), when they gave one.
        public var leadTotal: Double?
        public var leadUnits: [String]
        /// The city-wide figure, each piece of work counted once: `total` less the figures of
        /// the group's tasks' `notCounted` (work a unit took part in that others held, people
        /// sent to the lead's classes).
        public var counted: Double
        /// `counted` by kind of unit ("group:communes"), in the registry's order of kinds.
        public var byKind: [KindShare]
    }

    /// A part of a city-wide figure: the units of one kind and what they counted.
    public struct KindShare: Sendable, Codable, Equatable {
        /// "group:departments"; nil for units outside the registry's kinds.
        public var kind: String?
        public var value: Double
        public var units: [String]
    }

    /// Why a unit's figure stays in its task's sum (Phụ lục III) but not in a city-wide total.
    public enum NotCountedReason: String, Sendable, Codable, CaseIterable {
        /// Told as taking part in work other units held ("tham gia 25 cuộc kiểm tra"), while
        /// other units of the group report the same indicator: counted by those who held it.
        case participation
        /// Attendance of a unit that held no event, on a task whose lead held some: people it
        /// sent to others' classes (rules.attendance).
        case attendedElsewhere = "attended_elsewhere"
        /// The unit's inspections on this task are those it told under a sibling task (the
        /// same count in the same words, `restated`): their cơ sở, violations and fines here
        /// are those inspections' too, counted under the other task.
        case sameWork = "same_work"
        /// A figure that cannot be as told (rules.plausibility): attendance per class far above
        /// a class's size. Listed in Phụ lục III, left out of totals, raised for the review desk.
        case unverified
        /// Told as taking part in work that other units of the task report holding with it
        /// ("chủ trì, phối hợp với Chi cục tổ chức 6 cuộc kiểm tra"): the same work told from
        /// both sides, counted by its holders (`heldBy`).
        case jointWork = "joint_work"
        /// A figure its unit gives as an estimate to the year's end, not a result at the
        /// report's date ("Số liệu ước đến hết năm" beside it: FigureSource.estimateMark, every
        /// source of the unit's figure marked): listed in Phụ lục III with its mark, in no
        /// total; the opening says whose figures are left out.
        case estimate
    }

    public struct NotCounted: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var indicator: String
        public var value: Double
        public var reason: NotCountedReason
        public var file: String
        /// `jointWork`: the units that report holding the work with this one, counted.
        public var heldBy: [String]?

        public init(unitID: String, unitName: String, indicator: String, value: Double, reason: NotCountedReason, file: String,
                    heldBy: [String]? = nil) {
            self.unitID = unitID
            self.unitName = unitName
            self.indicator = indicator
            self.value = value
            self.reason = reason
            self.file = file
            self.heldBy = heldBy
        }
    }

    /// The consolidated state of a task.
    public enum Progress: String, Sendable, Codable, CaseIterable {
        case completed, inProgress = "in_progress", notStarted = "not_started", noInformation = "no_information"
    }

    /// What a task's state rests on.
    public enum StateBasis: String, Sendable, Codable {
        /// The lead unit stated it (completed, in progress, not started, not arising): the
        /// task's state, whatever the other units report.
        case lead
        /// The lead stated it completed but gave no result (no figure, no sentence): counted
        /// completed as it reports it, the review page asks for the result.
        case leadWithoutResult = "lead_without_result"
        /// Other units reported on the task, its lead gave no status: no state is borrowed
        /// from them (REVIEW17 #5).
        case leadSilent = "lead_silent"
        /// The lead reported "không phát sinh" on a task its own plan gives it (one not made
        /// conditional on a request): a contradiction of the plan, not a state to report upward
        /// — neither "không phát sinh" nor "chưa triển khai" is stated; the review desk asks the
        /// lead (REVIEW20 #3.2, #3.3).
        case leadNotArisen = "lead_not_arisen"
        /// The lead reported "không phát sinh" giving as its reason that no request came from
        /// above (rules.requestCauses in its own words: "không nhận được yêu cầu của cơ quan cấp
        /// trên"): the task has not arisen in the period, said so ("chưa phát sinh yêu cầu trong
        /// kỳ"), never "chưa đến thời hạn" nor promised finished (REVIEW31 #2).
        case leadAwaitingRequest = "lead_awaiting_request"
        /// The lead's row on the task is word for word its row on another task of the same
        /// report (a copied row): its status is not the task's. Under way when another unit
        /// reports doing the task's work together with the lead (rules.jointWorkKeywords and the
        /// lead named), else being confirmed; the review desk asks the lead (REVIEW21 #1).
        case leadCopied = "lead_copied"
        /// The Department's own lead reports the task not carried out while an own unit the
        /// plan assigns it to reports doing the task's work with the lead in the period, its
        /// figures counted at the lead (`NotCounted.Reason.participation`): the work is under
        /// way, stated with the partner's work; the two accounts are the review desk's
        /// (`status-conflict`), never both said flatly upward (REVIEW43 #3).
        case partnerJoint = "partner_joint"
        /// No unit reported on the task.
        case none
    }

    /// How the report states a task, decided once by the consolidation
    /// (`Consolidator.phase(of:asOf:)`) and read by every writer: the body's tallies, Phụ lục
    /// I's state column and the JSON carry this one value (REVIEW21 #2). In the order the body
    /// states them: done, under way, then behind.
    public enum Phase: String, Sendable, Codable, CaseIterable {
        /// `completed`: a dated task done. `recurring`: a task carried out all year, done or
        /// under way (one wording, never "completed"). `inProgress`: a dated task under way
        /// before its deadline; `dueNow`: under way on its deadline day (the cut-off).
        /// `overdue`: past its schedule without completion. `notStarted`: as its lead says it.
        /// `confirming`: the lead's row was copied from another task and no other evidence
        /// settles it (`StateBasis.leadCopied`). `leadSilent`: results reported, the lead's
        /// progress not stated. `noResult`: completed without a result. `awaitingRequest`: no
        /// request for it came in the period, as its lead says (`StateBasis.leadAwaitingRequest`).
        /// `noInformation`: nothing reported.
        /// `completedToDate`: a dated task its lead reports done while its deadline is still
        /// ahead — done so far, not counted among those completed (REVIEW44 #4). `notDue`: a
        /// task the plan schedules, its deadline ahead, its lead reporting it did not arise with
        /// nobody having worked on it — not due yet (REVIEW43 #6), decided here once.
        /// `notArisen`: a recurring task its lead reports did not arise while other units report
        /// work on it — the lead's word, the partners' work said beside it, not counted under
        /// way (REVIEW49 #7; a recurring `leadSilent` likewise).
        case completed, completedToDate = "completed_to_date", recurring, inProgress = "in_progress", dueNow = "due_now", overdue, notStarted = "not_started", confirming,
             leadSilent = "lead_silent", noResult = "no_result", notDue = "not_due", awaitingRequest = "awaiting_request", notArisen = "not_arisen", noInformation = "no_information"
    }

    public struct TaskResult: Sendable, Codable, Equatable {
        public var code: String
        public var group: Int
        /// "a", "đ".
        public var letter: String
        public var title: String
        /// The task as the plan words it.
        public var text: String
        public var leadText: String
        public var leadUnits: [String]
        /// The plan's partners of the task ("Cơ quan phối hợp"): unit ids and group tokens.
        public var partnerUnits: [String] = []
        public var schedule: String
        public var dueDate: PlanDate?
        /// Scheduled "Thường xuyên" or "khi có yêu cầu": no due date, carried out all year
        /// (spoken of as being carried out, not as completed).
        public var recurring: Bool
        public var state: Progress
        public var basis: StateBasis
        /// The lead unit's own status, when it reported on the task.
        public var leadStatus: UnitStatus?
        /// Units per stated status (TaskStatus raw values).
        public var statusCounts: [String: Int]
        public var unitStatuses: [UnitStatus]
        /// Set when the schedule has passed and the task is not completed.
        public var overdue: Overdue?
        public var figures: [FigureTotal]
        /// Whole sentences of the units about the task, each of one unit: the lead's first,
        /// then by how much each says about the task (a figure or a concrete action, the
        /// task's own words, a whole thought); routine follow-up last.
        public var statements: [Statement]
        /// Figures a unit restated here from its passage on another task: not counted here.
        public var restated: [Restatement]
        /// Figures in this task's sums that city-wide totals leave out (counted elsewhere).
        public var notCounted: [NotCounted] = []
        /// Other units' figures told as done together with the task's lead (rules.jointWithLead:
        /// "phối hợp với Chi cục tổ chức 02 lớp", or the lead's own "chủ trì, phối hợp với các
        /// sở, ngành góp ý 66 dự thảo"), reason `jointWork`, held by the lead. When together they
        /// fit in the lead's own figure they are counted once, in it (also in `notCounted`);
        /// when they exceed it they are counted as the units report them, said to be joint, and
        /// the review desk asks the lead which of them its figure includes (REVIEW24 F3, F4).
        public var jointWithLead: [NotCounted] = []
        /// The units the plan assigns the task to, other than its lead, that report their part
        /// completed or under way while the lead reports the task not started or not arising:
        /// decided once here (`Consolidator.settled`), read by every writer.
        public var partsDone: [String] = []
        /// How every writer states the task (`Phase`), decided once in the consolidation.
        public var phase: Phase = .noInformation
        /// The kinds of unit ("group:internal") of the task's lead units, from the registry.
        public var leadGroups: [String] = []
    }

    public struct Overdue: Sendable, Codable, Equatable {
        public var due: PlanDate
        /// The lead's stated status (TaskStatus raw value), nil when it did not report.
        public var leadStatus: String?
        public var basis: StateBasis
    }

    public struct UnitStatus: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var status: TaskStatus
        public var file: String
        public var source: String?
        /// What the unit wrote in the row's "Ghi chú" beside its status when it changes how the
        /// status reads (rules.statusNotes: a basis plan "Theo Kế hoạch số 18/KH-UBND", a way of
        /// funding "Lồng ghép"), as written; Phụ lục I carries it (REVIEW36 #2). Schema 18.
        public var note: String? = nil
        /// The note names another plan or document the work is done under (rules.statusNotes
        /// `basis`): a lead's "chưa thực hiện" beside it is not said "chưa triển khai".
        public var noteIsBasis: Bool? = nil

        public init(unitID: String, unitName: String, status: TaskStatus, file: String, source: String?) {
            self.unitID = unitID
            self.unitName = unitName
            self.status = status
            self.file = file
            self.source = source
        }
    }

    /// The sum of one indicator of one task over the units' current submissions.
    public struct FigureTotal: Sendable, Codable, Equatable {
        public var indicator: String
        public var isMoney: Bool
        public var total: Double
        public var unitCount: Int
        public var contributions: [Contribution]
    }

    public struct Contribution: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var value: Double
        public var file: String
        public var sources: [FigureSource]
    }

    /// A figure one unit wrote under two tasks with the same words: counted under `keptUnder`.
    public struct Restatement: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var indicator: String
        public var value: Double
        public var keptUnder: String
        public var droppedFrom: String
        public var file: String
        public var sources: [FigureSource]
    }

    /// Whole sentences of one unit, numbers written the Vietnamese way.
    public struct Statement: Sendable, Codable, Equatable {
        public var text: String
        public var unit: UnitRef
        public var isLead: Bool
        /// The share of the sentence's words that are the task's own (0–1, two decimals): how
        /// far the sentence is about its task.
        public var relevance: Double
        /// The sentence states a figure (a count or an amount; years and dates aside).
        public var hasFigure: Bool
    }

    /// A unit's sentence saying it puts work off ("… đề xuất chuyển nội dung này sang năm
    /// 2027"): the task it was written under, nil in a difficulty or a proposal.
    public struct Postponement: Sendable, Codable, Equatable {
        public var unit: UnitRef
        public var task: String?
        public var text: String
    }

    public struct UnitRef: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var file: String
        public var source: String?

        public init(unitID: String, unitName: String, file: String, source: String?) {
            self.unitID = unitID
            self.unitName = unitName
            self.file = file
            self.source = source
        }
    }

    /// A difficulty or proposal, near-duplicates merged, with every unit that wrote it.
    public struct MergedItem: Sendable, Codable, Equatable {
        public var text: String
        public var units: [UnitRef]
        /// The other wordings merged into this one.
        public var variants: [String]
        /// For a proposal: what is asked, without "Đề nghị <addressee>" ("Bố trí kinh phí …").
        public var action: String?
    }

    public struct ThemeGroup: Sendable, Codable, Equatable {
        public var theme: String
        public var items: [MergedItem]
        /// Distinct units over the items.
        public var unitCount: Int
    }

    public struct AddresseeGroup: Sendable, Codable, Equatable {
        public var addressee: String
        /// True for the bodies above the Department (section V); false for the Department's own
        /// work (section IV).
        public var upward: Bool
        public var items: [MergedItem]
    }

    public struct Budget: Sendable, Codable, Equatable {
        public var planned: Int
        public var holder: String?
        public var holderName: String?
        /// Always nil since REVIEW26 #1: the holder's spending on unlike activities (maintenance
        /// of instruments, a survey, an investment from other funds) added up read as spending of
        /// the plan's estimate; kept for readers of older JSON. `holderSpending` has each amount.
        public var holderUsed: Double?
        /// The holder's budget_spent_vnd per task, each amount with what it paid for — the
        /// amounts the body and Phụ lục III state, never summed (schema 13, REVIEW26 #1).
        public var holderSpending: [Spent]?
        /// Always nil since REVIEW25 #3: a sum of every unit's spending adds unlike funds (the
        /// units' own budgets, a centre's investment, the holder's other sources) and is stated
        /// nowhere; kept for readers of older JSON.
        public var reportedTotal: Double?
        public var reportedUnits: Int
        /// The decision that allocated the budget ("Quyết định số 1468/QĐ-SKHCN ngày …"),
        /// when the pipeline's budget source names one.
        public var decision: String?
    }

    /// One amount a unit spent on one task.
    public struct Spent: Sendable, Codable, Equatable {
        /// The task's code ("II.4.b").
        public var task: String
        public var amount: Double
        public init(task: String, amount: Double) { self.task = task; self.amount = amount }
    }

    public enum ReportingState: String, Sendable, Codable, CaseIterable {
        case onTime = "on_time", late, unreadable, missing
    }

    public struct Completeness: Sendable, Codable, Equatable {
        public var expected: Int
        /// Reports read (on time or late).
        public var received: Int
        public var onTime: Int
        public var late: Int
        public var unreadable: Int
        public var missing: Int
        public var byGroup: [GroupCompleteness]
    }

    public struct GroupCompleteness: Sendable, Codable, Equatable {
        /// "group:communes".
        public var group: String
        public var expected: Int
        public var received: Int
        public var late: Int
        public var unreadable: Int
        public var missing: Int
    }

    public struct ReporterRow: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var kind: String
        public var group: String?
        public var deadline: PlanDate?
        public var state: ReportingState
        /// Number and date of the same (current) submission.
        public var documentNumber: String?
        public var documentDate: PlanDate?
        public var receivedAt: Date?
        public var file: String?
        /// What timeliness was judged by (ReporterStatus.DateBasis raw value).
        public var judgedBy: String?
        /// The number and date of the report the figures come from, when the unit sent a
        /// replacement or supplement after the one its timeliness is judged by (REVIEW16 #4).
        public var latestNumber: String? = nil
        public var latestDate: PlanDate? = nil
        /// What the later report is, by its file name (rules.laterReportKinds: "replacement",
        /// "correction", "supplement"), when there is one (REVIEW21 #11).
        public var latestKind: String? = nil
        /// The month a date line without a day names ("10/2026"), when the report has no date.
        public var documentMonth: String? = nil
        /// `unreadable`: why the unit's file was refused (ReadRefusal.Kind raw value: "encrypted",
        /// "empty", "truncated", "doctype" …), for Phụ lục II to say what was received and what
        /// to resend (REVIEW23 #9).
        public var refusalKind: String? = nil
    }

    public struct SubmissionRow: Sendable, Codable, Equatable {
        public var id: Int64
        public var unitID: String
        public var unitName: String
        public var file: String
        public var sha256: String
        public var documentNumber: String?
        public var documentDate: String?
        public var receivedAt: Date
        public var supersedes: [Int64]
    }

    public struct RefusedRow: Sendable, Codable, Equatable {
        public var path: String
        public var kind: String
        public var reason: String
        public var firstSeen: Date
        /// The unit the file is counted for, when one is known (its name, or its own header).
        public var unitID: String? = nil
        /// The unit sent a readable report since: the file is accounted for, the unit is not
        /// shown as having sent an unreadable report (REVIEW27 #14).
        public var answered: Bool? = nil
    }

    /// A reviewer's comment left in a unit's current report file. `unchecked`: it says the
    /// unit's figures are not yet checked (rules.uncheckedComments); they are counted all the
    /// same, and the review list carries a `unit-comment-unverified` warning for them.
    public struct UnitComment: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var file: String
        public var author: String?
        public var text: String
        public var source: String
        public var unchecked: Bool
    }

    /// A finding for the review page. Findings of consolidation carry `code` and `params`
    /// (worded by the renderer); findings of extraction carry their Vietnamese `message`.
    public struct ReviewRow: Sendable, Codable, Equatable {
        public var path: String
        public var unitID: String?
        public var unitName: String?
        public var severity: String
        public var code: String
        public var message: String?
        public var params: [String: String]?
        public var source: String?
    }
}

extension TaskStatus {
    /// Vietnamese label for tables.
    public var label: String {
        switch self {
        case .completed: return "Hoàn thành"
        case .inProgress: return "Đang thực hiện"
        case .notStarted: return "Chưa thực hiện"
        case .notApplicable: return "Không phát sinh"
        case .unknown: return "Chưa nêu rõ"
        }
    }
}

extension ReporterStatus.State {
    public var label: String {
        switch self {
        case .onTime: return "Đúng hạn"
        case .late: return "Trễ hạn"
        case .unreadable: return "Gửi tệp không đọc được"
        case .missing: return "Chưa gửi"
        }
    }
}
