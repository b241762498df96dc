import Consolidation
import DocumentModel
import Extraction
import Foundation
import Ledger
import Nightly
import OOXML
import Plan
import ReportWriters
import Testing

enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipeline = packageRoot.appendingPathComponent("Pipelines/ct38-2026")
    /// The shared folder beside the repository; TONGHOP_SHARED names it for a checkout kept
    /// elsewhere (a worktree under /work/wt).
    static let shared = ProcessInfo.processInfo.environment["TONGHOP_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? packageRoot.appendingPathComponent("../shared").standardizedFileURL
    static let devCorpus = shared.appendingPathComponent("corpus/dev")
    static var hasDevCorpus: Bool { FileManager.default.fileExists(atPath: devCorpus.appendingPathComponent("truth/_corpus.json").path) }

    static func scratch(_ name: String) -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-report-tests-\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}

/// A file as the nightly run records it: what it read, under which name, when it arrived.
struct TakenFile {
    var submission: Submission
    var path: String
    var receivedAt: Date
}

enum Fixtures {
    static let loaded: Pipeline = {
        do { return try Pipeline.load(directory: Paths.pipeline) } catch { fatalError("\(error)") }
    }()

    static var pipeline: PipelineDefinition { loaded.definition }

    /// The report's input made as every command makes it: the files recorded as the nightly
    /// run records them, then the one reconciliation (issue 12).
    static func reconciled(_ files: [TakenFile], asOf: PlanDate = PlanDate(iso: "2026-11-24")!, runID: Int64 = 7) -> ConsolidationInput {
        var submissions: [StoredSubmission] = []
        var records: [FileRecord] = []
        for (i, f) in files.enumerated() {
            let id = Int64(i + 1)
            submissions.append(StoredSubmission(id: id, submission: f.submission, path: f.path, receivedAt: f.receivedAt, runID: runID,
                                                catalogueVersion: loaded.readingVersion))
            records.append(FileRecord(id: id, path: f.path, sha256: f.submission.sha256, size: 0, mtime: f.receivedAt.timeIntervalSince1970,
                                      firstSeen: f.receivedAt, lastSeen: f.receivedAt, firstRunID: runID, lastRunID: runID,
                                      outcome: f.submission.status == .rejected ? .refused : .new, submissionID: id))
        }
        return Reconciliation.reconcile(submissions: submissions, files: records, decisions: [], pipeline: loaded, asOf: asOf,
                                        runID: runID, presentRunID: runID).input
    }

    /// REVIEW48 #2: III.1's headline part on the tasks due by the cut-off, as the body states it
    /// (the earlier specs' "trong N nhiệm vụ có thời hạn, đã hoàn thành …" over every dated task
    /// gave way to it); nil when no task is due.
    static func dueHeadline(_ r: ConsolidatedReport, definition: ReportDefinition = Fixtures.definition) -> String? {
        VietnameseRenderer(r, definition: definition).dueHeadline()
    }

    /// The pipeline leaving the holder's amounts above the allocation to Phụ lục III "đang được
    /// rà soát" (REVIEW47 #1's wording), kept for the spec of that rule; ct38 states the amounts,
    /// their total and the gap plainly since REVIEW48 #3 (Review48Tests).
    static let budgetUnderReview47: ReportDefinition = {
        var d = budgetAfterAllocation52
        d.wording.texts["results.budgetUnderReview"] = "Số liệu sử dụng kinh phí cho từng nhiệm vụ đang được {holder} rà soát, xác định nguồn kinh phí (chi tiết tại Phụ lục III)."
        d.wording.texts["appendix.budgetUnderReviewMark"] = "số liệu đang được đơn vị rà soát"
        return d
    }()

    /// The pipeline stating the holder's amounts above the allocation with their total, the
    /// gap and "chưa báo cáo nguồn" (REVIEW48 #3's wording), kept for the spec of that rule;
    /// ct38 says the amounts only and asks their source in IV since REVIEW50 #1 (Review50Tests).
    static let budgetGap48: ReportDefinition = {
        var d = budgetAfterAllocation52
        d.wording.texts["results.budgetUnderReview"] = "{holder} đã sử dụng {parts}; cộng {sum}, vượt kinh phí được giao {excess}, chưa báo cáo nguồn kinh phí của phần chênh lệch."
        d.wording.texts["appendix.budgetUnderReviewMark"] = "đơn vị chưa báo cáo nguồn kinh phí"
        d.wording.texts["outlook.budgetSource"] = ""
        return d
    }()

    /// The pipeline saying the holder's amounts of no named fund after the allocation, in the
    /// budget paragraph (no rules.budgetUnsourced "withWork"): REVIEW47 #1 – REVIEW52's rule;
    /// ct38 tells them with their work in II since REVIEW53 #1 (Review53Tests).
    static let budgetAfterAllocation52: ReportDefinition = {
        var d = tallyByKind52
        d.rules.budgetUnsourcedWithWork = false
        return d
    }()

    static let definition: ReportDefinition = {
        do { return try ReportDefinition.load(directory: Paths.pipeline) } catch { fatalError("\(error)") }
    }()

    /// A unit's note citing a document by number alone said in the body as written
    /// (rules.bareCitations off): REVIEW36 #2's rule, before REVIEW49 #10 kept such a
    /// citation to Phụ lục I for ct38 (Review49Tests); the specs of the note in the body run on it.
    static let bareCitedInBody: ReportDefinition = {
        var d = tallyByKind52
        d.rules.bareCitationsInAppendix = false
        return d
    }()

    static func report(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, definition)
    }

    /// The pipeline counting joint work inside the lead's figure only when the units' joint
    /// figures together fit in it (rules.jointWithLead.contained "sum"): the rule before
    /// REVIEW50 #3, kept for the specs of that rule; ct38 counts each (Review50Tests).
    static let jointSum: ReportDefinition = {
        var d = tallyByKind52
        if d.rules.jointContained == .each { d.rules.jointContained = .sum }
        return d
    }()

    /// The pipeline counting a unit's joint figures inside the lead's when each alone is at most
    /// the lead's (rules.jointWithLead.contained "each"): REVIEW50 #3's rule, kept for its spec;
    /// ct38 judges the units' figures together since REVIEW51 #1 (Review51Tests).
    static let jointEach: ReportDefinition = {
        var d = tallyByKind52
        d.rules.jointContained = .each
        return d
    }()

    /// The pipeline settling the Sở's own units' postponements and reporting on the desk
    /// (rules.postponement.ownUnits "desk", rules.reportingOwnUnits "appendix"): REVIEW50 #4's
    /// rule, kept for its spec; ct38 states both in III.2 since REVIEW51 #3, #10 (Review51Tests).
    static let internalMattersOnDesk: ReportDefinition = {
        var d = tallyByKind52
        d.rules.postponedOwnUnits = "desk"
        d.rules.reportingOwnUnits = "appendix"
        return d
    }()

    /// The pipeline asking the budget holder in IV for the source of its amounts
    /// (outlook.budgetSource): REVIEW50 #1's rule, kept for its spec; ct38 asks it on the desk
    /// since REVIEW51 #2 (Review51Tests).
    static let budgetSourceAskedInIV: ReportDefinition = {
        var d = tallyByKind52
        d.wording.texts["outlook.budgetSource"] = "{lead} báo cáo nguồn kinh phí của các khoản chi cho các nhiệm vụ của Kế hoạch và số đã sử dụng từ dự toán {planned}."
        return d
    }()

    /// The pipeline keeping the Sở's own units' reporting to Phụ lục II (rules.reportingOwnUnits
    /// "appendix"): REVIEW39 #10's rule, kept for its specs; ct38 counts and names them in III.2
    /// since REVIEW51 #10 (Review51Tests).
    static let ownReportingInAppendix: ReportDefinition = {
        var d = tallyByKind52
        d.rules.reportingOwnUnits = "appendix"
        return d
    }()

    static func reportJointSum(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, jointSum)
    }

    /// The pipeline with joint work told from both sides counted by the partners' figures
    /// (rules.participation.countedBy empty): the rule before REVIEW27 #3, kept for pipelines
    /// that choose it; the ct38 pipeline counts it by the lead's figure (Review27Tests).
    static let byPartners: ReportDefinition = {
        var d = tallyByKind52
        d.rules.jointCountedByLead = false
        return d
    }()

    static func reportByPartners(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, byPartners)
    }

    /// The pipeline with an implausible attendance held out of the totals (rules.attendance
    /// .beyondLimit "hold"): the rule of REVIEW10 #6, REVIEW13 #6 and REVIEW16, kept for
    /// pipelines that choose it; the ct38 pipeline counts it and asks on the review desk
    /// (REVIEW37 #4, Review37Tests). The earlier reviews' specs of holding out run on this.
    static let holding: ReportDefinition = {
        var d = tallyByKind52
        d.rules.attendance?.beyondLimit = "hold"
        return d
    }()

    /// The pipeline with a dated task past its deadline whose lead left its status blank beside
    /// results not concluded overdue (rules.leadSilentPastDue empty): the rule of REVIEW29 #1,
    /// REVIEW34 #2 and REVIEW36 #3, kept for pipelines that choose it; ct38's rule again since
    /// REVIEW43 #2 (Review44Tests). The earlier reviews' specs of it run on this.
    static let silentNotOverdue: ReportDefinition = {
        var d = tallyByKind52
        d.rules.leadSilentPastDue = ""
        return d
    }()

    /// The pipeline calling such a task overdue (rules.leadSilentPastDue "overdue"): REVIEW38
    /// #2's rule, kept for pipelines that choose it; the ct38 pipeline says the task has results
    /// and no stated status (REVIEW39 #2, Review39Tests). REVIEW38's spec of it runs on this.
    static let silentOverdue: ReportDefinition = {
        var d = tallyByKind52
        d.rules.leadSilentPastDue = "overdue"
        return d
    }()

    /// The pipeline stating the lead's account of joint work apart, not added, when the two
    /// accounts disagree (no rules.participation.disagreeing): REVIEW39 #1's rule, kept for
    /// pipelines that choose it; ct38 counts both with the lead's share said (REVIEW43 #4,
    /// Review44Tests). The earlier reviews' specs of it run on this.
    static let leadApartWhenDisagreeing: ReportDefinition = {
        var d = tallyByKind52
        d.rules.jointDisagreeingCountedBoth = false
        return d
    }()

    /// The pipeline saying the own lead's "chưa thực hiện" and its own partner's joint work
    /// both (no rules.partnerJointUnderWay): REVIEW39 #4's rule, kept for pipelines that choose
    /// it; ct38 states such a task under way (REVIEW43 #3, Review44Tests).
    static let partnerJointApart: ReportDefinition = {
        var d = tallyByKind52
        d.rules.partnerJointUnderWay = false
        return d
    }()

    /// The pipeline counting both accounts of joint work that disagree (rules.participation
    /// .disagreeing "both"): REVIEW43 #4's rule, kept for pipelines that choose it; ct38 counts
    /// it once, on the side that chairs it (REVIEW44 #2, Review45Tests).
    static let bothWhenDisagreeing: ReportDefinition = {
        var d = tallyByKind52
        d.rules.jointDisagreeingCountedBoth = true
        return d
    }()

    /// The pipeline taking up in IV a request only the City decides that only the Department's
    /// own units made (no rules.cityRequests.ownAsked): REVIEW39 #11's rule, kept for pipelines
    /// that choose it; ct38 asks the City in V (REVIEW44 #7, Review45Tests).
    static let ownCityRequestsInIV: ReportDefinition = {
        var d = tallyByKind52
        d.rules.cityRequestsOwnAsked = false
        return d
    }()

    /// The pipeline naming the Department's own units among those putting work off upward
    /// (rules.postponement.ownUnits "named"): REVIEW39 #7's rule, kept for pipelines that choose
    /// it; ct38 leaves an own phòng's deferral to the review desk (REVIEW44 #3, Review45Tests).
    /// The pipeline leaving the Sở's own units' postponements to the review desk
    /// (rules.postponement.ownUnits "desk"): REVIEW29 #6, REVIEW44 #3 and REVIEW47 #5's rule,
    /// kept for their specs; ct38 lists them first, "thuộc Sở", since REVIEW48 #4.
    static let ownPostponementsDesk: ReportDefinition = {
        var d = tallyByKind52
        d.rules.postponedOwnUnits = "desk"
        return d
    }()

    static func rendererOwnDesk(_ input: ConsolidationInput) -> VietnameseRenderer {
        VietnameseRenderer(OutboxWriters.consolidate(input, ownPostponementsDesk), definition: ownPostponementsDesk)
    }

    /// The pipeline listing the Sở's own units first among those putting work off and naming
    /// its own units that sent no report under "Chủ quan" (rules.postponement.ownUnits
    /// "first", assessment.subjectiveOwnReporting): REVIEW48 #4 and REVIEW45 #5's rules, kept
    /// for their specs; ct38 settles both on the desk since REVIEW50 #4 (Review50Tests).
    static let ownMattersUpward: ReportDefinition = {
        var d = tallyByKind52
        // Their reporting in the one "Chủ quan" clause, not apart (REVIEW51 #10's rule).
        d.rules.reportingOwnUnits = "appendix"
        d.rules.postponedOwnUnits = "first"
        d.wording.texts["assessment.subjectiveOwnReporting"] = "Việc theo dõi, tổng hợp kết quả nội bộ của Sở chưa kịp thời{names}."
        return d
    }()

    static let ownPostponementsNamed: ReportDefinition = {
        var d = tallyByKind52
        d.rules.postponedOwnUnits = "named"
        return d
    }()

    /// The pipeline stating the own lead's "chưa thực hiện" under way by its own partner's joint
    /// work (rules.partnerJointUnderWay "true"): REVIEW43 #3's rule, kept for pipelines that
    /// choose it; ct38 follows the lead's stated status for every task (REVIEW44 #1,
    /// Review45Tests).
    static let partnerJointUnderWay: ReportDefinition = {
        var d = tallyByKind52
        d.rules.partnerJointUnderWay = true
        // REVIEW47 #2's body without the lead's own figures of the joint work (REVIEW51 #4 says them).
        d.wording.texts["results.jointOverlapApart"] = ""
        // Nor III.1's note on the classes held with the lead (REVIEW53 #4 says it).
        d.wording.texts["assessment.highlightJointOverlap"] = ""
        return d
    }()

    /// The pipeline writing the budget holder's spending of an unnamed fund against the
    /// allocation when it fits in it (no rules.budgetUnstated): REVIEW28 #2's rule, kept for
    /// pipelines that choose it; ct38 writes only the amounts tied to the allocation against it
    /// (REVIEW43 #1, Review44Tests). The earlier reviews' specs of it run on this.
    static let unstatedOnAllocation: ReportDefinition = {
        var d = tallyByKind52
        d.rules.budgetUnstatedApart = false
        return d
    }()

    /// The pipeline saying of its own holder's spending of an unnamed fund what it says of any
    /// unit's — "(đơn vị không nêu nguồn kinh phí)", amounts the results state not repeated
    /// (no results.budgetSpentUnstated_own): REVIEW43 #1's rule; ct38 speaks for its own unit
    /// (REVIEW44 #3, Review45Tests).
    static let budgetUnstatedAnyHolder: ReportDefinition = {
        var d = tallyByKind52
        d.wording.texts["results.budgetSpentUnstated_own"] = ""
        d.wording.texts["results.budgetUnderReview"] = ""
        return d
    }()

    /// The pipeline stating in the body every amount its own holder reports on a task, even
    /// when, no fund named, they add up above the allocation (no results.budgetUnderReview):
    /// REVIEW44 #3 – REVIEW46 #8's rule; ct38 leaves them to Phụ lục III and the desk
    /// (REVIEW47 #1, Review47Tests). The earlier reviews' specs of it run on this.
    static let budgetAmountsInBody: ReportDefinition = {
        var d = tallyByKind52
        d.wording.texts["results.budgetUnderReview"] = ""
        return d
    }()

    /// The pipeline asking the City in V for what it decides (staff) whoever of the units
    /// asked the Sở for it (rules.cityRequests.ownAsked "true"): REVIEW44 #7's rule; ct38 takes
    /// a request addressed to the Sở up in IV as its own step (REVIEW47 #6, Review47Tests).
    /// The pipeline stating in the body the joint figures the two sides disagree on, with the
    /// clause that they are being reconciled (REVIEW45 #2's rule); ct38 leaves them to Phụ lục
    /// I's note and says what was done with whom (REVIEW47 #2, #7, Review47Tests).
    static let jointFiguresInBody: ReportDefinition = withJointFiguresInBody(tallyByKind52)

    static func withJointFiguresInBody(_ definition: ReportDefinition) -> ReportDefinition {
        var d = definition
        d.wording.texts["results.jointDiffersInAppendix"] = ""
        d.wording.texts["results.jointUnderReviewPart"] = ""
        d.wording.texts["results.jointOverlapApart"] = ""
        d.wording.texts["results.partnerOverLead"] = "Về nhiệm vụ {task}, {lead} đã {leadWork}; số liệu phối hợp giữa {lead} và {who} chưa thống nhất."
        d.wording.texts["assessment.leftOutJointReview"] = "không gồm {first} {who} tham gia cùng các đơn vị chủ trì"
        return d
    }

    /// The pipeline noting the Sở's own unit's doubted figures in the body with the request
    /// to confirm them (no rules.ownDoubted "appendix"): REVIEW51 #8's rule for every unit;
    /// ct38 leaves its own unit's to the appendices since REVIEW53 #3 (Review53Tests).
    static let ownDoubtedNoted51: ReportDefinition = {
        var d = tallyByKind52
        d.rules.ownDoubted = .body
        return d
    }()

    /// The pipeline before REVIEW55's answers (Review55Tests): plausibility doubts said in the
    /// report (the own unit's figure withheld, the mark beside any doubted figure, the note
    /// saying the Sở asks the units), a running total to a day after the unit's own report
    /// date left out as an estimate (REVIEW43 #8), the merged "Tiến độ" cell said in Phụ lục I
    /// (REVIEW45 #3), an unreadable extra file of a counted unit named in Phụ lục II (REVIEW27
    /// #14), nothing said of the own holder's disbursement (REVIEW42 #3), III.1 pointing to
    /// Phụ lục I and "Chủ quan" naming the tasks III.1 names. The earlier reviews' specs of
    /// those rules run on it, and on every fixture below.
    static let before55: ReportDefinition = {
        var d = definition
        d.rules.doubtedOnDeskOnly = false
        d.rules.cumulativeAfterAsOf = false
        d.wording.texts["appendix.unconfirmedNote"] = "Số liệu ghi “({mark})” được tổng hợp theo văn bản đơn vị đã gửi; Sở đang đề nghị đơn vị xác nhận lại các số liệu này."
        d.wording.texts["appendix.stateSharedCell"] = "{state} (ô tiến độ gộp chung với nhiệm vụ {task})"
        d.wording.texts["appendix.refusedAnswered"] = "Ngoài ra, có {n} tệp gửi đến không đọc được của đơn vị đã gửi báo cáo đọc được ({names})."
        // Room made for REVIEW55's answers (repetition cut) and its #8 clause.
        d.wording.texts["assessment.seeAppendix"] = " (chi tiết tại Phụ lục I)"
        d.wording.texts["assessment.subjectiveOwnPlanningListed"] = ""
        d.wording.texts["results.budgetNone_own"] = ""
        return d
    }()

    static func reportBefore55(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, before55)
    }

    /// The dev corpus's report and its renderer with the rules before REVIEW55 (`before55`).
    static let devBefore55: ConsolidatedReport = reportBefore55(DevCorpusTests.input)
    static var rendererBefore55: VietnameseRenderer { VietnameseRenderer(devBefore55, definition: before55) }

    /// III.1's progress as the tally by kind of task ("Kế hoạch có 24 nhiệm vụ (…); 12/24 nhiệm
    /// vụ đã hoàn thành (đạt 50%). Cụ thể: trong 05 nhiệm vụ đã đến hạn, …"), the form before
    /// REVIEW53 #7's plain headline (assessment.progressPlain empty; rules.ownUnsettled off, #4):
    /// the earlier reviews' specs of that tally run on it, and every fixture made from it below.
    /// The pipeline before REVIEW54's answers (Review54Tests): III.1 counted by phase
    /// (rules.plainStates empty), joint work counted when it does not fit in the lead's
    /// (contained "sum"), the own unit's withheld figure in the totals, the notes beside doubted
    /// and joint figures, the national committee asked in its own group "(để xem xét)", one
    /// own unit's difficulty capped away, the body at 3710 words. The earlier reviews' specs of
    /// those rules run on it, and every fixture made from tallyByKind52.
    static let before54: ReportDefinition = {
        var d = before55
        d.rules.plainStates = [:]
        if d.rules.jointContained == .apart { d.rules.jointContained = .sum }
        if d.rules.ownDoubted == .withheld { d.rules.ownDoubted = .appendix }
        d.rules.causeOwnThemes = []
        if d.rules.copiedAsk == .through { d.rules.copiedAsk = .apart }
        d.rules.highlightUnitsOnce = false
        d.rules.bodyLengthWords = 3710
        d.wording.texts["assessment.highlightJointOverlap"] = "{values} do các đơn vị phối hợp với {lead} tổ chức, có thể trùng một phần với số liệu của {lead}"
        d.wording.texts["results.jointWithLeadContained"] = "{who} đã phối hợp với {lead} {clauses} (không cộng thêm để tránh trùng lặp)."
        d.wording.texts["appendix.notCounted.joint_work"] = "đã tính tại đơn vị cùng thực hiện"
        d.wording.texts["appendix.leftOutItem.joint_work_lead"] = "số liệu {who} phối hợp với {lead}, đã tính tại số liệu của {lead}: {clauses}"
        d.wording.texts["results.unconfirmed"] = " (số liệu đang được đề nghị đơn vị xác nhận lại)"
        d.wording.texts["assessment.coverageUnconfirmed"] = "trong đó số liệu của {n} đơn vị đang được đề nghị xác nhận lại; "
        d.wording.texts["results.partnerJointBeside"] = "Nhiệm vụ {task}{note} do {lead} chủ trì chưa thực hiện{preparing}{when}. {who} đã phối hợp {work}; Sở đang thống nhất với {lead} việc tính kết quả này vào nhiệm vụ."
        d.wording.texts["results.jointOverlapApart"] = " (một phần trùng với số liệu các đơn vị chủ trì đã báo cáo, không cộng vào tổng số nêu trên)"
        d.wording.texts["assessment.coverageEstimates"] = "không gồm số liệu ước thực hiện của {who} ({values}); "
        d.wording.texts["assessment.recurringNotStartedPlanning"] = ", mới ở bước xây dựng kế hoạch"
        d.wording.texts["outlook.scheduledNotDue"] = "{lead} xây dựng nội dung cụ thể thực hiện {task} trong {deadline}; phần chưa thực hiện được chuyển tiếp vào Kế hoạch năm {next}."
        d.wording.texts["direction.ownPlans"] = "Trong số các cơ quan, địa phương đã gửi báo cáo, {parts} đã ban hành kế hoạch triển khai thực hiện tại cơ quan, địa phương."
        d.wording.lists["closing.copies"] = d.wording.list("closing.copies").map { $0.replacingOccurrences(of: "(để biết)", with: "(để báo cáo)") }
        return d
    }()

    static func reportBefore54(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, before54)
    }

    /// The dev corpus's report and its renderer with the rules before REVIEW54 (`before54`):
    /// the earlier reviews' specs of the rules REVIEW54 changed run on them.
    static let devBefore54: ConsolidatedReport = reportBefore54(DevCorpusTests.input)
    static var rendererBefore54: VietnameseRenderer { VietnameseRenderer(devBefore54, definition: before54) }

    static let tallyByKind52: ReportDefinition = {
        var d = before54
        d.wording.texts["assessment.progressPlain"] = ""
        // REVIEW53 #4's own tasks under way (rules.ownUnsettled) came with the plain headline:
        // IV's "đánh giá, báo cáo mức độ hoàn thành" beside the tally that says it.
        d.rules.ownUnsettledInProgress = false
        return d
    }()

    /// The Sở's own units putting work off for want of funds listed first among the units in
    /// III.2 (rules.postponement.ownUnits "first", REVIEW51 #3), before REVIEW53 #8 gave them the
    /// Department's remedy in IV instead ("remedy").
    static let ownPostponementsFirst51: ReportDefinition = {
        var d = definition
        d.rules.postponedOwnUnits = "first"
        return d
    }()

    static let ownCityRequestsAsked: ReportDefinition = {
        var d = tallyByKind52
        d.rules.cityRequestsOwnAsked = true
        return d
    }()

    /// The pipeline taking the two accounts of joint work always to agree (no
    /// rules.participation.agreeWithin): REVIEW36 #1 and REVIEW38 #3's larger-account rule
    /// alone; ct38 states accounts that disagree apart, under review (REVIEW39 #1). The earlier
    /// reviews' specs of joint work whose accounts differ run on this.
    static let agreeing: ReportDefinition = {
        var d = tallyByKind52
        d.rules.jointAgreeWithin = nil
        return d
    }()

    /// The pipeline keeping a partner's figure far above the lead's on the desk, out of the
    /// body (results.partnerOverLead empty): REVIEW22 #3's rule, kept for pipelines that choose
    /// it; ct38 says both with the Sở's check (REVIEW40 #1, Review40Tests).
    static let partnerSilent: ReportDefinition = {
        var d = tallyByKind52
        d.wording.texts["results.partnerOverLead"] = ""
        return d
    }()

    /// The pipeline leaving the holder's amounts of no stated source above the allocation to
    /// the desk (results.budgetSpentUnstated empty): REVIEW28 #2's rule, kept for pipelines
    /// that choose it; ct38 names each with its task (REVIEW40 #3, Review40Tests).
    static let budgetQuiet: ReportDefinition = {
        // REVIEW48 #3 states the amounts above the allocation plainly in ct38; REVIEW28 #2's
        // quiet rule keeps REVIEW47 #1's wording.
        var d = budgetUnderReview47
        d.wording.texts["results.budgetSpentUnstated"] = ""
        d.wording.texts["results.budgetSpentUnstated_own"] = ""
        return d
    }()

    /// The pipeline citing the consolidating unit's own report in the opening
    /// (opening.holderReport): REVIEW37 #12's rule; ct38 does not (REVIEW40 #11).
    static let holderCited: ReportDefinition = {
        var d = tallyByKind52
        d.wording.texts["opening.holderReport"] = "Báo cáo số {number} ngày {date} của {holder}, "
        return d
    }()

    static func reportAgreeing(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, agreeing)
    }

    static func reportSilentNotOverdue(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, silentNotOverdue)
    }

    static func reportHolding(_ input: ConsolidationInput) -> ConsolidatedReport {
        OutboxWriters.consolidate(input, holding)
    }

    static func rendererHolding(_ input: ConsolidationInput) -> VietnameseRenderer {
        VietnameseRenderer(reportHolding(input), definition: tallyByKind52)
    }

    static func renderer(_ input: ConsolidationInput) -> VietnameseRenderer {
        VietnameseRenderer(report(input), definition: tallyByKind52)
    }

    static func date(_ iso: String, hour: Int = 9) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: "\(iso)T\(hour < 10 ? "0" : "")\(hour):00:00+07:00")!
    }

    static func figure(_ v: Double, _ at: String, _ text: String) -> Figure {
        Figure(value: v, sources: [FigureSource(location: at, text: text, value: v)])
    }

    /// Units that write formulas and markup, share a difficulty in two wordings, one report
    /// superseded by a later one, one refused file.
    static let hostileFormula = "=HYPERLINK(\"http://evil.example/x\",\"Bấm vào đây\")"
    static let hostileHTML = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"trích\""

    static func input() -> ConsolidationInput {
        let chiCuc = Submission(
            file: "Chi cuc TDC.docx", sha256: "a1", status: .extracted,
            unit: UnitRef(id: "SKHCN-CCTDC", name: "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
            document: DocumentInfo(number: "101/BC-TĐC", date: "2026-11-10"),
            entries: [
                Entry(task: "II.1.a", status: .completed, statusSource: "word/document.xml paragraph 10",
                      indicators: [IndicatorID("training_courses"): figure(5, "word/document.xml paragraph 10", "05 lớp tập huấn"),
                                   IndicatorID("participants"): figure(420, "word/document.xml paragraph 10", "420 lượt người")],
                      text: "Về nhiệm vụ 1.a (tập huấn): Chi cục đã tổ chức 05 lớp tập huấn văn bản quy phạm pháp luật với 420 lượt người tham dự tại các phường. Nhiệm vụ đã hoàn thành.",
                      sources: ["word/document.xml paragraph 10"]),
                Entry(task: "II.4.a", status: .inProgress,
                      indicators: [IndicatorID("budget_spent_vnd"): figure(150_000_000, "word/document.xml paragraph 20", "150 triệu đồng")],
                      text: "Chi cục đã sử dụng 150 triệu đồng kinh phí sự nghiệp.", sources: ["word/document.xml paragraph 20"]),
            ],
            difficulties: [Item(text: "Nhân sự làm công tác tiêu chuẩn, đo lường, chất lượng tại cấp xã chủ yếu kiêm nhiệm", source: "word/document.xml paragraph 30")],
            proposals: [Item(text: "Trên đây là báo cáo kết quả thực hiện của Chi cục.", source: "word/document.xml paragraph 40")])
        let ward = Submission(
            file: "Phuong Chanh Hiep.xlsx", sha256: "b2", status: .extracted,
            unit: UnitRef(id: "25771", name: "Phường Chánh Hiệp"),
            document: DocumentInfo(number: "203/BC-UBND", date: "2026-11-12"),
            entries: [
                Entry(task: "II.1.a", status: .inProgress,
                      indicators: [IndicatorID("training_courses"): figure(3, "xl/worksheets/sheet1.xml C4", "3"),
                                   IndicatorID("participants"): figure(1250, "xl/worksheets/sheet1.xml D4", "1.250")],
                      text: hostileFormula + " Phường đã tổ chức 03 lớp tập huấn cho hộ kinh doanh trên địa bàn phường với 1.250 lượt người.",
                      sources: ["xl/worksheets/sheet1.xml row 4"]),
                Entry(task: "II.5.a", status: .completed,
                      indicators: [IndicatorID("inspections"): figure(2, "xl/worksheets/sheet1.xml C6", "2"),
                                   IndicatorID("fines_vnd"): figure(12_500_000, "xl/worksheets/sheet1.xml E6", "12.500.000")],
                      text: hostileHTML + " Phường đã kiểm tra đo lường tại chợ và các cửa hàng xăng dầu trên địa bàn.",
                      sources: ["xl/worksheets/sheet1.xml row 6"]),
            ],
            difficulties: [Item(text: "Nhân sự làm công tác tiêu chuẩn đo lường chất lượng ở cấp xã chủ yếu là kiêm nhiệm.", source: "xl/worksheets/sheet2.xml B3")],
            proposals: [Item(text: "+1 " + hostileHTML, source: "xl/worksheets/sheet2.xml B5")])
        let wardOld = Submission(
            file: "Phuong Chanh Hiep (cu).xlsx", sha256: "b1", status: .extracted,
            unit: UnitRef(id: "25771", name: "Phường Chánh Hiệp"), document: DocumentInfo(number: "150/BC-UBND", date: "2026-10-20"),
            entries: [Entry(task: "II.1.a", status: .inProgress,
                            indicators: [IndicatorID("training_courses"): figure(99, "xl/worksheets/sheet1.xml C4", "99")])])
        let dept = Submission(
            file: "So Tai chinh.docx", sha256: "c3", status: .extracted,
            unit: UnitRef(id: "SO-TC", name: "Sở Tài chính"), document: DocumentInfo(number: "77/BC-STC", date: "2026-11-16"),
            entries: [Entry(task: "II.1.a", status: .completed,
                            indicators: [IndicatorID("training_courses"): figure(1, "word/document.xml paragraph 5", "01 hội nghị"),
                                         IndicatorID("participants"): figure(80.5, "word/document.xml paragraph 5", "80,5")],
                            text: "Sở đã phối hợp tổ chức 01 hội nghị tuyên truyền cho doanh nghiệp trong lĩnh vực tài chính.",
                            sources: ["word/document.xml paragraph 5"])],
            findings: [Finding(severity: .warning, code: "figure-doubtful", message: "Số lượt người không phải số nguyên.", source: "word/document.xml paragraph 5")])
        // A unit whose passage on 5.a restates the samples of its 5.b table row (same words),
        // and whose equal inspection counts under 5.a and 5.c are different figures.
        let ktpc = Submission(
            file: "BC KTPC.docx", sha256: "e5", status: .extracted,
            unit: UnitRef(id: "SKHCN-KTPC", name: "Phòng Kiểm tra – Pháp chế"),
            document: DocumentInfo(number: "12/BC-KTPC", date: "2026-10-28"),
            entries: [
                Entry(task: "II.5.a", status: .inProgress,
                      indicators: [IndicatorID("samples_tested"): figure(3026, "word/document.xml paragraph 20", "3026 mẫu hàng hóa"),
                                   IndicatorID("inspections"): figure(3, "word/document.xml paragraph 20", "03 cuộc kiểm tra")],
                      text: "Phòng đã phối hợp tổ chức 03 cuộc kiểm tra tại 45 cơ sở kinh doanh xăng dầu, lấy 3026 mẫu hàng hóa. Kinh phí 40.000.000đ từ nguồn sự nghiệp",
                      sources: ["word/document.xml paragraph 20"]),
                Entry(task: "II.5.b", status: .inProgress,
                      indicators: [IndicatorID("samples_tested"): figure(3026, "word/document.xml table 3 row 8 cell 3", "3.026 mẫu hàng hóa")],
                      sources: ["word/document.xml table 3 row 8"]),
                Entry(task: "II.5.c", status: .inProgress,
                      indicators: [IndicatorID("inspections"): figure(3, "word/document.xml paragraph 24", "03 đoàn kiểm tra liên ngành")],
                      sources: ["word/document.xml paragraph 24"]),
            ],
            proposals: [
                Item(text: "Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia hoàn thiện kết nối Cơ sở dữ liệu quốc gia với hệ thống của địa phương.", source: "word/document.xml paragraph 40"),
                Item(text: "Đề nghị Sở tham mưu Ủy ban nhân dân Thành phố ban hành cơ chế hỗ trợ doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.", source: "word/document.xml paragraph 41"),
            ])
        let refused = Submission(file: "scan.pdf", sha256: "d4", status: .rejected, reason: "Tệp PDF (bản quét) không đọc được.", rejectionKind: "notOOXML")
        return reconciled([
            TakenFile(submission: wardOld, path: "Phuong Chanh Hiep (cu).xlsx", receivedAt: date("2026-10-21")),
            TakenFile(submission: chiCuc, path: "Chi cuc TDC.docx", receivedAt: date("2026-11-10")),
            TakenFile(submission: ward, path: "Phuong Chanh Hiep.xlsx", receivedAt: date("2026-11-12")),
            TakenFile(submission: dept, path: "So Tai chinh.docx", receivedAt: date("2026-11-17")),
            TakenFile(submission: ktpc, path: "BC KTPC.docx", receivedAt: date("2026-10-29")),
            TakenFile(submission: refused, path: "scan.pdf", receivedAt: date("2026-11-18")),
        ])
    }

    /// Sums of each task's indicators over the current submissions, straight from the input,
    /// less the figures the report says were restated from another task (each counted once).
    static func expectedSums(_ input: ConsolidationInput, restated: [ConsolidatedReport.Restatement] = []) -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for r in input.current where r.submission.status == .extracted {
            for e in r.submission.entries {
                guard let code = TaskCode(rawValue: e.task), input.pipeline.catalogue.task(code) != nil else { continue }
                for (id, f) in e.indicators { out[code.rawValue, default: [:]][id.rawValue, default: 0] += f.value }
            }
        }
        for s in restated {
            out[s.droppedFrom]?[s.indicator]! -= s.value
            if out[s.droppedFrom]?[s.indicator] == 0,
               !input.current.contains(where: { r in r.submission.unit?.id != s.unitID && r.submission.entries.contains { $0.task == s.droppedFrom && $0.indicators[IndicatorID(s.indicator)] != nil } }) {
                out[s.droppedFrom]?[s.indicator] = nil
            }
        }
        return out.filter { !$0.value.isEmpty }
    }
}

extension Fixtures {
    /// The task sums Phụ lục III states: `raw` less each task's figures the report leaves out
    /// of its totals (a unit's part in work another held, people sent to others' classes).
    static func appendixSums(_ raw: [String: [String: Double]], _ report: ConsolidatedReport) -> [String: [String: Double]] {
        var out = raw
        for t in report.tasks { for n in t.notCounted { out[t.code]?[n.indicator]? -= n.value } }
        return out
    }
}

/// "1.250.000" or "80,5" → number.
func vietNumber(_ s: String) -> Double? {
    let t = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    return Double(t)
}

/// A heading row of an appendix table (a plan group, a kind of unit, a subtotal): its second
/// cell spans the rest, which the reader repeats in every spanned column.
func isHeading(_ row: [String]) -> Bool {
    row.count > 2 && !row[1].isEmpty && row.dropFirst(2).allSatisfy { $0 == row[1] }
}

/// What the suites of the blind reviews read: the body as one text, and a unit's place among
/// the current submissions.
protocol ReviewOfTheBody {}

extension ReviewOfTheBody {
    func body(_ v: VietnameseRenderer) -> String { v.body().map(\.text).joined(separator: "\n") }

    func index(_ input: ConsolidationInput, _ unit: String) throws -> Int {
        try #require(input.current.firstIndex { $0.submission.unit?.id == unit })
    }
}
