import Extraction
import Foundation
import Plan
import VietText

/// Computes the consolidated report from the run's input. Pure and deterministic; data only
/// (the renderer words it).
public enum Consolidator {
    /// Items of two units merge when their folded word sets are at least this similar.
    public static let itemMergeThreshold = 0.6
    /// The indicator that carries money spent; stated in the budget paragraph, not per group.
    public static let budgetIndicator = "budget_spent_vnd"

    /// `statedScopes`: per indicator the body sums city-wide, the plan groups it sums it over
    /// (empty: every group); an indicator the body never sums across groups is in no headline
    /// total (REVIEW25 #10). Nil: every indicator over every group.
    public static func report(from input: ConsolidationInput, rules: ReportRules, indicatorOrder: [String] = [],
                              statedScopes: [String: [Int]]? = nil) -> ConsolidatedReport {
        let p = input.pipeline
        let registryOrder = Dictionary(p.units.units.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })

        // The current submissions, one per unit, in registry order.
        let current = input.current
            .filter { $0.submission.status == .extracted }
            .sorted { a, b in
                let ra = a.submission.unit.flatMap { registryOrder[$0.id] } ?? Int.max
                let rb = b.submission.unit.flatMap { registryOrder[$0.id] } ?? Int.max
                return ra != rb ? ra < rb : a.path < b.path
            }
        func unitID(_ r: ReceivedSubmission) -> String { r.submission.unit?.id ?? "file:\(r.path)" }
        func unitName(_ r: ReceivedSubmission) -> String {
            r.submission.unit?.name ?? p.units.unit(id: unitID(r))?.name ?? r.path
        }
        func rank(_ id: String) -> Int { indicatorOrder.firstIndex(of: id) ?? indicatorOrder.count }

        // Figures per unit and task, then restatements removed: one figure, one task.
        var perUnitTask: [UnitTaskFigures] = []
        for r in current {
            for task in p.catalogue.tasks {
                let entries = r.submission.entries.filter { TaskCode(rawValue: $0.task) == task.code }
                guard !entries.isEmpty else { continue }
                var figures: [String: (Double, [FigureSource])] = [:]
                for e in entries {
                    for (id, f) in e.indicators {
                        var cur = figures[id.rawValue] ?? (0, [])
                        cur.0 += f.value
                        cur.1 += f.sources
                        figures[id.rawValue] = cur
                    }
                }
                perUnitTask.append(.init(unitID: unitID(r), unitName: unitName(r), file: r.path, task: task, entries: entries, figures: figures))
            }
        }
        let restatements = Restatements.find(perUnitTask, oneWork: Set(rules.overlapIndicators))
        for s in restatements {
            if let i = perUnitTask.firstIndex(where: { $0.unitID == s.unitID && $0.task.code.rawValue == s.droppedFrom }) {
                perUnitTask[i].figures[s.indicator] = nil
            }
        }

        // Words in a quarter or more of the plan's tasks are the field's, not a task's own.
        var df: [String: Int] = [:]
        for t in p.catalogue.tasks { for w in TextMerge.tokens(t.text) { df[w, default: 0] += 1 } }
        let common = Set(df.filter { $0.value * 4 >= max(4, p.catalogue.tasks.count) }.keys)

        // Tasks.
        var groups: [ConsolidatedReport.TaskGroup] = []
        for g in p.catalogue.groups {
            var tasks: [ConsolidatedReport.TaskResult] = []
            for task in p.catalogue.tasks where task.group == g.number {
                let rows = perUnitTask.filter { $0.task.code == task.code }
                tasks.append(taskResult(task, rows: rows, restated: restatements.filter { $0.droppedFrom == task.code.rawValue },
                                        asOf: input.asOf, units: p.units, rank: rank, filler: rules.fillerKeywords, commonTokens: common,
                                        accountWords: rules.accountWords, requestTaskWords: rules.requestTaskWords, requestCauses: rules.requestCauses,
                                        silentPastDueIsOverdue: rules.leadSilentPastDue == "overdue", ordinalWords: rules.ordinalWords))
            }
            groups.append(group(g.number, g.title, tasks, rank: rank))
        }
        // Before a sentence copied under two tasks is kept under one: a lead's "chưa thực hiện"
        // on a passage it wrote word for word under another task is a likely copy error.
        let copied = copiedLeadPassages(groups.flatMap(\.tasks), rules: rules)
        groups = keepingEachSentenceUnderOneTask(groups)
        // Units named in full, or by the short form the report gives them ("Chi cục").
        let shortUnits = rules.shortNames.compactMap { n in p.units.mentions(in: n.full).first?.units.first.map { (n.short, $0.id) } }
        let mentioned = { (text: String) -> [String] in
            p.units.mentions(in: text).flatMap { $0.units.map(\.id) } + shortUnits.filter { namesShort(text, $0.0) }.map(\.1)
        }

        groups = groups.map { g in
            var g = g
            g.tasks = g.tasks.map { t in
                var t = t
                var bothCounted: [ConsolidatedReport.NotCounted] = []
                t.notCounted = notCounted(t, among: g.tasks, rules: rules, isLead: { unit, task in
                    p.catalogue.tasks.first { $0.code.rawValue == task.code }.map { isLead(unit, of: $0, units: p.units) } ?? task.leadUnits.contains(unit)
                }, names: mentioned, bothCounted: &bothCounted)
                // REVIEW43 #8: a unit's figure "lũy kế đến" a day after its own report's date is
                // an estimate, left out and listed as the "ước" rows are.
                for n in cumulativeBeyondReport(t, words: rules.cumulativeToWords, rows: { file in
                    input.current.first { $0.path == file }.flatMap { input.rows[$0.id] }
                }, reportDate: { file in
                    // REVIEW55 #2: against the report's own date when rules.cumulativeAfter says so.
                    rules.cumulativeAfterAsOf ? input.asOf
                        : input.current.first { $0.path == file }?.submission.document.date.flatMap { PlanDate(iso: $0) }
                }) where !t.notCounted.contains(where: { $0.unitID == n.unitID && $0.indicator == n.indicator }) {
                    t.notCounted.append(n)
                }
                // Work other units tell they did together with the lead: counted once (REVIEW24 F3, F4).
                let (joint, inside) = jointWithLead(t, rules: rules, isLead: { unit in
                    p.catalogue.tasks.first { $0.code.rawValue == t.code }.map { isLead(unit, of: $0, units: p.units) } ?? t.leadUnits.contains(unit)
                }, names: mentioned, kindOf: { p.units.unit(id: $0)?.kind.group.rawValue })
                t.jointWithLead = joint + bothCounted
                if inside {
                    for j in joint where !t.notCounted.contains(where: { $0.unitID == j.unitID && $0.indicator == j.indicator }) { t.notCounted.append(j) }
                }
                // The joint work beyond the lead's own figure: both counted. The lead's own
                // figure is its account of what it held (REVIEW33 #7, over REVIEW25 #2: the Chi
                // cục's 04 lớp were left out while eight units told of 21 lớp "phối hợp với Chi
                // cục" — the units' count cannot be its 04, so the lead's is not inside theirs);
                // the body says the units' part as held with the lead, the desk asks the lead.
                // Inspections a unit told again under this task (the same count in the same
                // words, counted under the other): their other figures here are the same work.
                if let work = rules.cityWideIndicators.first {
                    for r in t.restated where r.indicator == work {
                        for f in t.figures where f.indicator != work && rules.overlapIndicators.contains(f.indicator) {
                            for c in f.contributions where c.unitID == r.unitID && c.value != 0
                                && !t.notCounted.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator }) {
                                t.notCounted.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .sameWork, file: c.file))
                            }
                        }
                    }
                }
                return t
            }
            g.figures = countedOnce(g.figures, tasks: g.tasks, kindOf: { p.units.unit(id: $0)?.kind.group.rawValue }, eachUnitOf: Set(rules.ownGroups))
            return g
        }
        // One state for the body, Phụ lục I and the JSON, settled here so that no writer decides
        // it again (REVIEW18 #2, #3).
        let copiedCodes = Set(copied.compactMap { $0.params?["code"] })
        groups = groups.map { g in
            var g = g
            g.tasks = g.tasks.map { t in
                // A copied row is no status (REVIEW21 #1): settled before the lead's word is.
                // The lead's own "chưa thực hiện" on it is still said, as its report (REVIEW26
                // #2: VietnameseRenderer.leadNotDone); the review desk asks the officer to confirm.
                let t = copiedCodes.contains(t.code) ? copiedLead(t, rules: rules, names: mentioned) : t
                var s = settled(t, isAssigned: { unit in
                    t.leadUnits.contains(unit) || t.partnerUnits.contains(unit)
                        || p.units.unit(id: unit).map { t.leadUnits.contains($0.kind.group.rawValue) || t.partnerUnits.contains($0.kind.group.rawValue) } == true
                }, isLead: { unit in
                    t.leadUnits.contains(unit) || t.leadStatus?.unitID == unit
                }, isOwn: { unit in
                    p.units.unit(id: unit).map { rules.ownGroups.contains($0.kind.group.rawValue) } == true
                })
                // A task carried out all year whose lead stated no status (or "không phát sinh"
                // on its plan's task) while the units report work on it: under way, in the JSON
                // as in the body and Phụ lục I (REVIEW21 #2), the basis saying why.
                // REVIEW49 #7 (rules.recurringByLeadWord): not promoted — the lead's word (none,
                // or "không phát sinh") is the task's, the units' work said beside it.
                if !rules.recurringByLeadWord, s.recurring, s.state == .noInformation, [.leadSilent, .leadNotArisen, .leadAwaitingRequest].contains(s.basis), worked(s) { s.state = .inProgress }
                if rules.partnerJointUnderWay { s = partnerJoint(s, isOwn: { unit in p.units.unit(id: unit).map { rules.ownGroups.contains($0.kind.group.rawValue) } == true }) }
                s.phase = phase(of: s, asOf: input.asOf)
                return s
            }
            g.stateCounts = [:]
            for t in g.tasks { g.stateCounts[t.state.rawValue, default: 0] += 1 }
            return g
        }
        // A unit's "Ghi chú" beside its status that changes how the status reads (a basis plan,
        // "Lồng ghép"): kept with its status, as written, for Phụ lục I and the body (REVIEW36 #2).
        if !rules.statusNoteHeaders.isEmpty, !input.rows.isEmpty {
            let byPath = Dictionary(input.current.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            // The row of the unit's own words on the task, else of its status: a status cell
            // merged down over several tasks' rows stands at the first row (4.a–4.c), whose
            // note is the first task's, not this one's.
            let noted = { (u: ConsolidatedReport.UnitStatus, task: String) -> ConsolidatedReport.UnitStatus in
                var u = u
                guard let r = byPath[u.file], let rows = input.rows[r.id] else { return u }
                let entry = r.submission.entries.first { $0.task == task && $0.status == u.status } ?? r.submission.entries.first { $0.task == task }
                guard let source = entry?.sources.first ?? u.source,
                      let found = Self.statusNote(source: source, rows: rows, rules: rules) else { return u }
                u.note = found.text
                u.noteIsBasis = found.basis
                return u
            }
            groups = groups.map { g in
                var g = g
                g.tasks = g.tasks.map { t in
                    var t = t
                    t.unitStatuses = t.unitStatuses.map { noted($0, t.code) }
                    t.leadStatus = t.leadStatus.map { noted($0, t.code) }
                    return t
                }
                return g
            }
        }
        let allTasks = groups.flatMap(\.tasks)
        var stateCounts: [String: Int] = [:]
        for t in allTasks { stateCounts[t.state.rawValue, default: 0] += 1 }

        // Difficulties by theme, proposals by addressee.
        func refs(_ pick: (Submission) -> [Item]) -> (texts: [String], refs: [ConsolidatedReport.UnitRef]) {
            var texts: [String] = []
            var refs: [ConsolidatedReport.UnitRef] = []
            for r in current {
                for item in pick(r.submission) {
                    let t = TextMerge.droppingClosingFormula(VietText.collapseWhitespace(item.text))
                    guard !t.isEmpty, !TextMerge.isClosingFormula(t) else { continue }
                    texts.append(t)
                    refs.append(.init(unitID: unitID(r), unitName: unitName(r), file: r.path, source: item.source))
                }
            }
            return (texts, refs)
        }
        let postponements = Self.postponements(current, rules: rules, unitID: unitID, unitName: unitName)
        let difficulties = Items.byTheme(merge(refs { $0.difficulties }), rules: rules)
        let proposals = Items.byAddressee(merge(refs { $0.proposals }), rules: rules)

        // Reporting.
        let byID = Dictionary(input.current.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let reporters = input.reporters.map { s -> ConsolidatedReport.ReporterRow in
            let unit = p.units.unit(id: s.unitID)
            // Number and date from the same submission; the ledger's own date first.
            let sub = s.submissionID.flatMap { byID[$0] }
            var row = ConsolidatedReport.ReporterRow(
                unitID: s.unitID, unitName: s.unitName, kind: unit?.kind.displayName ?? "", group: unit?.kind.group.rawValue,
                deadline: s.deadline, state: ConsolidatedReport.ReportingState(rawValue: s.state.rawValue) ?? .missing,
                // A first report without a number of its own keeps none: never the later
                // report's (REVIEW30 #16: "(không ghi số)", not the bổ sung's number).
                documentNumber: s.documentNumber ?? (s.judgedSubmissionID.map { $0 == sub?.id } ?? true ? sub?.submission.document.number : nil),
                documentDate: s.documentDate ?? sub?.submission.document.date.flatMap { PlanDate(iso: $0) },
                receivedAt: s.receivedAt ?? sub?.receivedAt, file: sub?.path, judgedBy: s.judgedBy?.rawValue)
            row.documentMonth = row.documentDate == nil ? s.documentMonth : nil
            // A file received and refused: which file, why (REVIEW23 #9: not "chưa gửi").
            if row.state == .unreadable, let f = input.refused.filter({ $0.unitID == s.unitID && $0.answered != true }).max(by: { $0.firstSeen < $1.firstSeen }) {
                row.refusalKind = f.kind
                row.file = f.path
            }
            // The figures come from a later report (a replacement or supplement): Phụ lục II
            // shows it beside the first, which timeliness is judged by (REVIEW16 #4).
            if let sub, let judged = s.judgedSubmissionID, judged != sub.id {
                let n = sub.submission.document.number, d = sub.submission.document.date.flatMap { PlanDate(iso: $0) }
                if n != row.documentNumber || d != row.documentDate {
                    row.latestNumber = n; row.latestDate = d
                    row.latestKind = laterReportKind(sub.path, rules: rules)
                }
            }
            return row
        }
        let submissions = current.map { r in
            ConsolidatedReport.SubmissionRow(
                id: r.id, unitID: unitID(r), unitName: unitName(r), file: r.path, sha256: r.submission.sha256,
                documentNumber: r.submission.document.number, documentDate: r.submission.document.date,
                receivedAt: r.receivedAt, supersedes: r.supersedes)
        }
        let budget = budgetOf(allTasks, restated: restatements, pipeline: p)

        // Review: the run's findings, then consolidation's own.
        let names = Dictionary(current.map { (unitID($0), unitName($0)) }, uniquingKeysWith: { a, _ in a })
        var review = input.review.map { r in
            ConsolidatedReport.ReviewRow(
                path: r.path, unitID: r.unitID, unitName: r.unitID.flatMap { names[$0] ?? p.units.unit(id: $0)?.name },
                severity: r.finding.severity.rawValue, code: r.finding.code, message: r.finding.message, params: nil, source: r.finding.source)
        }
        for s in restatements {
            review.append(.init(path: s.file, unitID: s.unitID, unitName: s.unitName, severity: "info", code: "figure-restated", message: nil,
                                params: ["unit": s.unitName, "indicator": s.indicator, "value": VietFormat.number(s.value),
                                         "kept": s.keptUnder, "dropped": s.droppedFrom],
                                source: s.sources.map(\.location).joined(separator: "; ")))
        }
        for t in allTasks {
            if let o = t.overdue {
                review.append(.init(path: t.leadStatus?.file ?? "", unitID: t.leadStatus?.unitID, unitName: t.leadStatus?.unitName,
                                    severity: "warning", code: "task-overdue", message: nil,
                                    params: ["code": t.code, "due": o.due.displayText, "leadStatus": o.leadStatus ?? "", "basis": o.basis.rawValue,
                                             "state": t.state.rawValue],
                                    source: t.leadStatus?.source))
            }
            // The lead's "completed" with nothing to show: counted completed as the lead reports
            // it, the body saying no result was stated; the drafter asks for the result.
            if t.basis == .leadWithoutResult, let lead = t.leadStatus {
                let past = t.dueDate.flatMap { $0 < input.asOf ? $0.displayText : nil } ?? ""
                review.append(.init(path: lead.file, unitID: lead.unitID, unitName: lead.unitName, severity: "warning", code: "lead-without-result",
                                    message: nil, params: ["code": t.code, "lead": lead.unitName, "due": past],
                                    source: lead.source))
            }
            if t.basis == .leadSilent {
                let lead = t.leadUnits.compactMap { p.units.unit(id: $0)?.name }.first ?? t.leadText
                // Past its deadline: the desk's question says so; the report accuses no one of
                // lateness on a blank cell beside results (REVIEW34 #2).
                var params = ["code": t.code, "lead": lead]
                if let due = t.dueDate, due < input.asOf, !t.recurring { params["due"] = due.displayText }
                review.append(.init(path: t.leadStatus?.file ?? "", unitID: t.leadUnits.first, unitName: lead, severity: "warning",
                                    code: "lead-status-missing", message: nil, params: params, source: t.leadStatus?.source))
            }
            // The lead says the task is not started while another unit reports it completed: one
            // question to settle before signing, the report stating the lead's word (REVIEW24 F8).
            // REVIEW43 #3: the task stated under way by an own partner's joint work keeps the
            // question (basis partnerJoint): the two units settle it before signing.
            if let lead = t.leadStatus, [.lead, .partnerJoint].contains(t.basis), [.notStarted, .notApplicable].contains(lead.status) {
                let done = t.unitStatuses.filter { $0.status == .completed && $0.unitID != lead.unitID && !t.leadUnits.contains($0.unitID) }
                // A unit (a ward or one of the Department's own) telling, with its figure, that
                // it did the task's work together with the lead (REVIEW35 #4: KT-PC's "phối hợp
                // với Chi cục tham gia 3 đoàn kiểm tra" beside the Chi cục's "chưa thực hiện").
                var joint: [String] = []
                for f in t.figures {
                    for c in f.contributions where c.value != 0 && c.unitID != lead.unitID && !t.leadUnits.contains(c.unitID)
                        && !joint.contains(c.unitName) && namedAfterParticipation(t, c, rules: rules, names: mentioned).contains(lead.unitID) {
                        joint.append(c.unitName)
                    }
                }
                if !done.isEmpty || !joint.isEmpty {
                    var params = ["code": t.code, "lead": lead.unitName, "leadStatus": lead.status.rawValue,
                                  "units": done.map(\.unitName).joined(separator: "; ")]
                    if !joint.isEmpty { params["joint"] = joint.joined(separator: "; ") }
                    review.append(.init(path: lead.file, unitID: lead.unitID, unitName: lead.unitName, severity: "warning", code: "status-conflict",
                                        message: nil, params: params, source: lead.source))
                }
            }
            // The lead's "không phát sinh" on a task its plan gives it: asked before signing.
            if t.basis == .leadNotArisen, let lead = t.leadStatus {
                review.append(.init(path: lead.file, unitID: lead.unitID, unitName: lead.unitName, severity: "warning",
                                    code: "lead-not-arisen", message: nil, params: ["code": t.code, "lead": lead.unitName], source: lead.source))
            }
        }
        review += overlapFindings(allTasks, rules: rules)
        // Reviewers' comments left in the units' files: every one kept for the review page and
        // the JSON; one saying the unit's figures are not yet checked is a warning — the
        // figures stay counted, the officer confirms them before signing (REVIEW35 #5).
        let comments = current.flatMap { r in
            r.submission.comments.map { c in
                let folded = VietText.fold(c.text)
                return ConsolidatedReport.UnitComment(unitID: unitID(r), unitName: unitName(r), file: r.path, author: c.author, text: c.text,
                                                      source: c.source, unchecked: rules.uncheckedCommentPhrases.contains { folded.contains($0) })
            }
        }
        for c in comments where c.unchecked {
            review.append(.init(path: c.file, unitID: c.unitID, unitName: c.unitName, severity: "warning", code: "unit-comment-unverified",
                                message: nil, params: ["unit": c.unitName, "author": c.author ?? "", "text": c.text], source: c.source))
        }
        // Work told as done with the lead: the lead confirms which of it its own figure holds.
        for t in allTasks where !t.jointWithLead.isEmpty {
            let lead = t.jointWithLead[0].heldBy?.first ?? ""
            // "inside": the units' joint figures in the lead's; "lead": the lead's in theirs
            // (REVIEW25 #2); "both": neither fits in the other, both counted.
            let counted = !t.jointWithLead.allSatisfy { j in t.notCounted.contains { $0.unitID == j.unitID && $0.indicator == j.indicator } }
            let leadInside = t.notCounted.contains { n in n.unitID == lead && n.reason == .jointWork && t.jointWithLead.contains { j in j.indicator == n.indicator } }
            let leadName = p.units.unit(id: lead)?.name ?? lead
            var ids: [String] = []
            for j in t.jointWithLead where !ids.contains(j.indicator) { ids.append(j.indicator) }
            let values = ids.map { id in VietFormat.number(t.jointWithLead.filter { $0.indicator == id }.map(\.value).reduce(0, +)) }
            let leadValues = ids.map { id in
                VietFormat.number(t.figures.first { $0.indicator == id }?.contributions.filter { $0.unitID == lead }.map(\.value).reduce(0, +) ?? 0)
            }
            // REVIEW36 #1: each indicator counted by the larger account — the desk asks the lead
            // which of its figures were its own work and which were done with whom.
            let larger = jointCountedByLarger(t, rules: rules)
            let disagree = jointAccountsDisagree(t, rules: rules)
            review.append(.init(path: "", unitID: lead, unitName: leadName, severity: "warning", code: "figure-joint-with-lead", message: nil,
                                params: ["code": t.code, "lead": leadName, "indicators": ids.joined(separator: ","),
                                         "values": values.joined(separator: "; "), "leadValues": leadValues.joined(separator: "; "),
                                         "units": VietFormat.count(Set(t.jointWithLead.map(\.unitID)).count), "counted": counted ? "true" : "false",
                                         "way": disagree ? "review" : larger ? "larger" : leadInside ? "lead" : counted ? "both" : "inside"],
                                source: nil))
        }
        review += plausibilityFindings(groups, rules: rules)
        // REVIEW38 #1: one status cell merged down over several tasks' rows (w:vMerge, a merged
        // range) is that unit's status of every task it spans, as the unit drew it — the report
        // states it so; the desk is told which tasks share it, for the signer to confirm.
        var shared: [String: [ConsolidatedReport.TaskResult]] = [:]
        var sharedOrder: [String] = []
        for t in allTasks {
            guard let ls = t.leadStatus, let src = ls.source, !src.isEmpty, ls.status != .unknown else { continue }
            let key = ls.file + "\u{1}" + src
            if shared[key] == nil { sharedOrder.append(key) }
            shared[key, default: []].append(t)
        }
        for key in sharedOrder {
            guard let ts = shared[key], ts.count > 1, let ls = ts[0].leadStatus else { continue }
            review.append(.init(path: ls.file, unitID: ls.unitID, unitName: ls.unitName, severity: "info", code: "lead-status-merged",
                                message: nil, params: ["codes": ts.map(\.code).joined(separator: ", "), "lead": ls.unitName, "status": ls.status.rawValue],
                                source: ls.source))
        }
        review += copied
        // The Department's own units that have not reported: not named upward, collected
        // before signing.
        let ownMissing = reporters.filter { r in r.state == .missing && r.group.map { rules.ownGroups.contains($0) } == true }
        if !ownMissing.isEmpty {
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "warning", code: "own-units-missing", message: nil,
                                params: ["names": ownMissing.map(\.unitName).joined(separator: "; ")], source: nil))
        }
        // The Department's own units that put work off, their reason about the Sở's own funds:
        // not said upward (REVIEW26 #5, REVIEW24 F14's "settle it inside"), settled before signing.
        let ownIDs = Set(reporters.filter { r in r.group.map { rules.ownGroups.contains($0) } == true }.map(\.unitID))
        let ownPostponed = postponements.filter { ownIDs.contains($0.unit.unitID) }
        if !ownPostponed.isEmpty {
            var names: [String] = []
            for p in ownPostponed where !names.contains(p.unit.unitName) { names.append(p.unit.unitName) }
            let tasks = ownPostponed.compactMap(\.task).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "warning", code: "own-units-postponed", message: nil,
                                params: ["names": names.joined(separator: "; "), "tasks": tasks.joined(separator: ", "),
                                         "text": ownPostponed[0].text], source: nil))
        }
        // The plan's number and date as cited in pipeline.yaml (the units cite them) while the
        // plan's own copy leaves them blank: the report states them, and the review page asks
        // the văn thư to check them against the register before signing.
        let planCopyBlank = p.plan.numberAsWritten.map { !$0.contains(where: \.isNumber) } ?? false
        if let n = p.plan.number, planCopyBlank {
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "warning", code: "plan-number-unverified", message: nil,
                                params: ["number": n, "date": p.plan.date.map(VietFormat.date) ?? "", "written": p.plan.numberAsWritten ?? ""],
                                source: nil))
        }
        // A refused file counted as its unit's unreadable report by the unit code in its name
        // (no name to go by): the officer confirms whose it is when asking for it again.
        for f in input.refused where f.answered != true {
            guard let id = f.unitID, id.allSatisfy(\.isNumber), (f.path as NSString).lastPathComponent.contains(id) else { continue }
            review.append(.init(path: f.path, unitID: id, unitName: p.units.unit(id: id)?.name, severity: "warning", code: "refused-file-unit-by-code",
                                message: nil, params: ["path": (f.path as NSString).lastPathComponent, "code": id, "unit": p.units.unit(id: id)?.name ?? id],
                                source: nil))
        }
        // Section I and the opening from what the units report (REVIEW16 #3.1, #3.8): the plan
        // and the request letter as a clear majority of the units citing one cite them, with a
        // finding asking the văn thư to confirm them against the register.
        let direction = Citations.direction(input, rules: rules.citations, ownGroups: rules.ownGroups, holder: budget.holder)
        for (code, doc) in [("plan-number-cited", direction?.plan), ("request-letter-cited", direction?.request)] {
            guard let doc else { continue }
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "warning", code: code, message: nil,
                                params: ["number": doc.number, "date": VietFormat.date(doc.date), "units": VietFormat.count(doc.units),
                                         "citing": VietFormat.count(doc.citing), "written": p.plan.numberAsWritten ?? ""],
                                source: code == "plan-number-cited" ? "pipeline.yaml plan.number" : "pipeline.yaml report.requestLetters"))
        }
        // The plan's number not given (its copy leaves it blank) nor cited by most units: the
        // report leaves blanks and the review page asks the văn thư to fill them (REVIEW14 #4).
        if p.plan.number == nil, direction?.plan == nil {
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "warning", code: "plan-number-blank", message: nil,
                                params: ["written": p.plan.numberAsWritten ?? "", "dateWritten": p.plan.dateAsWritten ?? ""], source: "pipeline.yaml plan.number"))
        }
        // A document the plan cites dated after the date pipeline.yaml gives the plan: the date
        // may not be the plan's (REVIEW10 #2). The report states the plan's number and date as
        // pipeline.yaml gives them (REVIEW13 #7: the opening cites the plan with its date) and the
        // review page asks the văn thư to check the date against the register before signing.
        let cited = planDateContradiction(p)
        if let c = cited, let d = p.plan.date {
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "warning", code: "plan-date-contradicted", message: nil,
                                params: ["date": VietFormat.date(d), "cited": c.text, "citedDate": VietFormat.date(c.date)], source: "pipeline.yaml plan.date"))
        }
        if rules.guidanceLetters.isEmpty && p.report.requestLetters.isEmpty && direction?.request == nil {
            review.append(.init(path: "", unitID: nil, unitName: nil, severity: "info", code: "guidance-letters-missing", message: nil,
                                params: [:], source: nil))
        }
        // The desk asks the holder's accountant when its amounts, together, exceed the estimate
        // (a question, never a figure of the report: REVIEW26 #1).
        if let spent = budget.holderSpending, case let used = spent.map(\.amount).reduce(0, +), used > Double(budget.planned),
           let holder = budget.holderName {
            review.append(.init(path: "", unitID: budget.holder, unitName: holder, severity: "warning", code: "budget-over-plan", message: nil,
                                params: ["holder": holder, "used": VietFormat.money(used), "planned": VietFormat.money(Double(budget.planned))],
                                source: nil))
        }

        // No amount of the holder's read at all: the report does not say its unit has not
        // reported (REVIEW36 #3); the desk asks the holder for the disbursement before signing.
        if budget.planned > 0, budget.holderSpending?.isEmpty ?? true, let holder = budget.holderName {
            review.append(.init(path: "", unitID: budget.holder, unitName: holder, severity: "warning", code: "budget-disbursement-missing", message: nil,
                                params: ["holder": holder, "planned": VietFormat.money(Double(budget.planned))], source: nil))
        }

        var report = ConsolidatedReport(
            schemaVersion: ConsolidatedReport.currentSchemaVersion, pipeline: p.id, runID: input.runID, asOf: input.asOf,
            plan: .init(title: p.plan.title, year: p.plan.year, number: p.plan.number, date: p.plan.number == nil ? nil : p.plan.date,
                        bases: p.report.bases, requestLetters: p.report.requestLetters),
            issuer: .init(name: p.issuer.name, parent: p.issuer.parent, numberPattern: p.report.numberPattern, recipients: p.report.recipients),
            signer: .init(authority: p.signer.authority, title: p.signer.title, name: p.signer.name),
            deadlines: p.reporters.map { .init(units: $0.units, date: $0.deadline, reportTo: $0.reportTo, section: ConsolidatedReport.Deadline.section(ofSource: $0.source)) },
            groups: groups, stateCounts: stateCounts, overdueTasks: allTasks.filter { $0.overdue != nil }.map(\.code),
            budget: budget, completeness: completeness(reporters),
            difficulties: difficulties, proposals: proposals, reporters: reporters, submissions: submissions,
            refused: input.refused.map { .init(path: $0.path, kind: $0.kind, reason: $0.reason, firstSeen: $0.firstSeen, unitID: $0.unitID,
                                               answered: $0.answered) },
            review: review, direction: direction, postponements: postponements)
        report.headline = headline(of: report, ownGroups: Set(rules.ownGroups), statedScopes: statedScopes)
        report.madeOn = input.madeOn
        report.comments = comments
        // The overdue tasks are those the headline states overdue: one list (REVIEW23 #11).
        report.overdueTasks = report.headline.overdue
        return report
    }

    /// The headline figures, from the report's own settled values (phases, reporter rows, the
    /// groups' figures counted once): the one computation every writer reads (REVIEW23 #11).
    /// A total states what the body states (REVIEW25 #10: the JSON's 165 inspections added
    /// the ISO audit teams of group 2 to the body's 146 of group 5): with `statedScopes`, an
    /// indicator's value is over the groups the body's sentence sums it over, and an indicator
    /// found in several groups that no sentence sums (a centre's service tests and the Chi
    /// cục's survey samples) has no city-wide total, only its groups' figures.
    public static func headline(of r: ConsolidatedReport, ownGroups: Set<String>, statedScopes: [String: [Int]]? = nil) -> ConsolidatedReport.Headline {
        var h = ConsolidatedReport.Headline()
        h.tasks = r.tasks.count
        for t in r.tasks {
            let p = t.phase.rawValue
            if t.recurring { h.recurringTasks += 1; h.recurring[p, default: 0] += 1 } else { h.datedTasks += 1; h.dated[p, default: 0] += 1 }
            if t.phase == .overdue { h.overdue.append(t.code) }
        }
        for row in r.reporters {
            let own = row.group.map { ownGroups.contains($0) } ?? false
            var c = own ? h.ownReporting : h.reporting
            c.expected += 1
            switch row.state {
            case .onTime: c.onTime += 1; c.received += 1
            case .late: c.late += 1; c.received += 1
            case .unreadable: c.unreadable += 1
            case .missing: c.missing += 1
            }
            if row.state == .onTime, let d = row.latestDate, let deadline = row.deadline, d > deadline { c.laterAfterDeadline += 1 }
            if own { h.ownReporting = c } else { h.reporting = c }
        }
        var order: [String] = []
        var totals: [String: (money: Bool, value: Double, units: Set<String>, byGroup: [String: Double])] = [:]
        for g in r.groups {
            for f in g.figures where f.indicator != budgetIndicator {
                if totals[f.indicator] == nil { order.append(f.indicator); totals[f.indicator] = (f.isMoney, 0, [], [:]) }
                if f.counted != 0 { totals[f.indicator]!.byGroup[String(g.number), default: 0] += f.counted }
                if let scopes = statedScopes {
                    guard let scope = scopes[f.indicator] ?? (totals[f.indicator]!.byGroup.count <= 1 ? [] : nil),
                          scope.isEmpty || scope.contains(g.number) else { continue }
                }
                totals[f.indicator]!.value += f.counted
                totals[f.indicator]!.units.formUnion(f.byKind.flatMap(\.units))
            }
        }
        if let scopes = statedScopes {
            // Found in several groups and summed by no sentence: no city-wide figure.
            order.removeAll { id in scopes[id] == nil && (totals[id]?.byGroup.count ?? 0) > 1 }
        }
        // The data run to the latest of the reports' own dates, not to the day the report is made.
        h.reportsThrough = r.submissions.compactMap { $0.documentDate.flatMap { PlanDate(iso: $0) } }.filter { $0 <= r.asOf }.max()
        h.totals = order.compactMap { id in
            guard let t = totals[id], t.value != 0 else { return nil }
            return .init(indicator: id, isMoney: t.money, value: t.value, units: t.units.count, byGroup: t.byGroup)
        }
        return h
    }

    /// Every current report's sentences putting work off to a later period
    /// (rules.postponementWords), from its task texts, difficulties and proposals alike, each
    /// unit once per task (REVIEW19 #5). A sentence here is what runs to a full stop or a line's
    /// end, a short label before a colon ("Kết quả thực hiện:") taken off: units write the
    /// reason in a table cell without a final stop.
    static func postponements(_ current: [ReceivedSubmission], rules: ReportRules, unitID: (ReceivedSubmission) -> String,
                              unitName: (ReceivedSubmission) -> String) -> [ConsolidatedReport.Postponement] {
        guard !rules.postponementWords.isEmpty else { return [] }
        func pieces(_ text: String) -> [String] {
            text.components(separatedBy: .newlines).flatMap { line -> [String] in
                var parts: [String] = []
                var cur = ""
                let chars = Array(line)
                for (i, c) in chars.enumerated() {
                    cur.append(c)
                    if ".!?;".contains(c), i + 1 < chars.count, chars[i + 1] == " ", i + 2 < chars.count, chars[i + 2].isUppercase {
                        parts.append(cur); cur = ""
                    }
                }
                parts.append(cur)
                return parts.map { p in
                    var t = VietText.collapseWhitespace(p).trimmingCharacters(in: CharacterSet(charactersIn: " -+•–"))
                    if let colon = t.firstIndex(of: ":"), VietText.words(String(t[..<colon])).count <= 4 {
                        t = String(t[t.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                    }
                    return t
                }
            }
        }
        var out: [ConsolidatedReport.Postponement] = []
        for r in current where r.submission.status == .extracted {
            let sources: [(task: String?, text: String, source: String?)] =
                r.submission.entries.map { ($0.task, $0.text, $0.sources.first) }
                + (r.submission.difficulties + r.submission.proposals).map { (nil, $0.text, $0.source) }
            for src in sources {
                for piece in pieces(src.text) where rules.postponementWords.contains(where: { VietText.fold(piece).contains($0) }) {
                    let unit = ConsolidatedReport.UnitRef(unitID: unitID(r), unitName: unitName(r), file: r.path, source: src.source)
                    guard !out.contains(where: { $0.unit.unitID == unit.unitID && $0.task == src.task && (src.task != nil || $0.text == piece) }) else { continue }
                    let text = VietNumbers.reformat(piece.hasSuffix(".") ? String(piece.dropLast()) : piece, ordinalWords: rules.ordinalWords)
                    out.append(.init(unit: unit, task: src.task, text: upperFirst(text)))
                }
            }
        }
        return out
    }

    static func upperFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }

    /// The first document the plan's tasks cite ("Quyết định số 05/2026/QĐ-UBND ngày 04 tháng
    /// 02 năm 2026") dated after the plan's own date in pipeline.yaml, with its date.
    public static func planDateContradiction(_ p: PipelineDefinition) -> (text: String, date: PlanDate)? {
        guard let planDate = p.plan.date else { return nil }
        let pattern = /(?:số|Số) ([0-9][^ ,;]*)[^.;]{0,80}?ngày (\d{1,2})(?: tháng | ngày |\/)(\d{1,2})(?: năm |\/)(\d{4})/
        for t in p.catalogue.tasks {
            for m in t.text.matches(of: pattern) {
                guard let day = Int(m.output.2), let month = Int(m.output.3), let year = Int(m.output.4),
                      let d = PlanDate(iso: String(format: "%04d-%02d-%02d", year, month, day)), d > planDate else { continue }
                return (String(m.output.1), d)
            }
        }
        return nil
    }

    // MARK: - Tasks

    /// A unit's sentence written word for word under two tasks (a passage copied from one
    /// task to another) is kept under the task it says most about (its relevance; the first
    /// in the plan's order on a tie): one sentence, one task. Except a lead's own sentence on a
    /// task it reports not started: its word on that task (when it will start it), kept under
    /// each such task it wrote it for (REVIEW34 #1: "dự kiến … tháng 12/2026" under 2.i and 5.a).
    /// So too any unit's sentence on a task it reports not carried out: its reason for that
    /// task ("Do kinh phí năm 2026 chưa được phân bổ, Phòng đề xuất chuyển nội dung này sang
    /// năm 2027" under 4.b and 5.c), "nội dung này" being each row's (REVIEW45 #1: the
    /// postponement of 4.b was dropped for standing word for word under 5.c too).
    static func keepingEachSentenceUnderOneTask(_ groups: [ConsolidatedReport.TaskGroup]) -> [ConsolidatedReport.TaskGroup] {
        var best: [String: (code: String, relevance: Double)] = [:]
        for t in groups.flatMap(\.tasks) {
            for s in t.statements {
                let key = s.unit.unitID + "|" + s.text
                if let b = best[key], b.relevance >= s.relevance { continue }
                best[key] = (t.code, s.relevance)
            }
        }
        return groups.map { g in
            var g = g
            g.tasks = g.tasks.map { t in
                var t = t
                let notStartedLead = t.leadStatus.map { [.notStarted, .notApplicable].contains($0.status) } == true
                let notCarriedOut = Set(t.unitStatuses.filter { [.notStarted, .notApplicable].contains($0.status) }.map(\.unitID))
                t.statements = t.statements.filter { s in
                    best[s.unit.unitID + "|" + s.text]?.code == t.code || (notStartedLead && s.isLead && s.unit.unitID == t.leadStatus?.unitID)
                        || notCarriedOut.contains(s.unit.unitID)
                }
                return t
            }
            return g
        }
    }

    struct UnitTaskFigures {
        var unitID: String
        var unitName: String
        var file: String
        var task: PlanTask
        var entries: [Entry]
        var figures: [String: (Double, [FigureSource])]
    }

    /// True when a unit is one of the task's lead units (by id or by group token).
    static func isLead(_ unitID: String, of task: PlanTask, units: UnitRegistry) -> Bool {
        if task.lead.contains(unitID) { return true }
        guard let g = units.unit(id: unitID)?.kind.group else { return false }
        return task.lead.contains(g.rawValue)
    }

    static func taskResult(_ task: PlanTask, rows: [UnitTaskFigures], restated: [ConsolidatedReport.Restatement], asOf: PlanDate,
                           units: UnitRegistry, rank: (String) -> Int, filler: [String] = [], commonTokens: Set<String> = [],
                           accountWords: [String] = [], requestTaskWords: [String] = [], requestCauses: [String] = [],
                           silentPastDueIsOverdue: Bool = false, ordinalWords: [String] = []) -> ConsolidatedReport.TaskResult {
        var statuses: [ConsolidatedReport.UnitStatus] = []
        var sums: [String: [ConsolidatedReport.Contribution]] = [:]
        var statements: [ConsolidatedReport.Statement] = []
        let taskTokens = TextMerge.tokens(task.text)
        // Relevance counts the task's own words, not the field's ("tiêu chuẩn, đo lường, chất
        // lượng" is in every task).
        let ownTokens = taskTokens.subtracting(commonTokens)
        for row in rows {
            // One status per unit: the most advanced one it stated.
            let stated = row.entries.map(\.status)
            let status = [TaskStatus.completed, .inProgress, .notStarted, .notApplicable].first { stated.contains($0) } ?? .unknown
            let source = row.entries.first { $0.status == status }?.statusSource
            statuses.append(.init(unitID: row.unitID, unitName: row.unitName, status: status, file: row.file, source: source))
            for (id, v) in row.figures {
                sums[id, default: []].append(.init(unitID: row.unitID, unitName: row.unitName, value: v.0, file: row.file, sources: v.1))
            }
            let lead = isLead(row.unitID, of: task, units: units)
            for e in row.entries {
                var whole = Statements.whole(e.text, taskTokens: taskTokens, ordinalWords: ordinalWords)
                // The lead telling in its own words that it did the task ("Chi cục đã đề xuất …"),
                // however close to the plan's wording: its account of the result, not a title
                // restated (rules.accountWords; REVIEW15 F1).
                let text = VietText.collapseWhitespace(e.text)
                if whole.isEmpty, lead, !text.isEmpty, !TextMerge.isStatusOnly(text),
                   accountWords.contains(where: { (" " + text.lowercased()).contains($0) }) {
                    whole = [VietNumbers.reformat(text, ordinalWords: ordinalWords)]
                }
                for s in whole {
                    statements.append(.init(text: s, unit: .init(unitID: row.unitID, unitName: row.unitName, file: row.file, source: e.sources.first),
                                            isLead: lead, relevance: Statements.relevance(s, taskTokens: ownTokens), hasFigure: Statements.hasFigure(s)))
                }
            }
        }
        let figures = sums.keys.sorted { (rank($0), $0) < (rank($1), $1) }.map { id in
            let c = sums[id]!
            return ConsolidatedReport.FigureTotal(indicator: id, isMoney: IndicatorID(id).isMoney, total: c.map(\.value).reduce(0, +),
                                                  unitCount: c.filter { $0.value != 0 }.count, contributions: c)
        }
        var counts: [String: Int] = [:]
        for s in statuses { counts[s.status.rawValue, default: 0] += 1 }
        let leadStatus = statuses.first { isLead($0.unitID, of: task, units: units) }
        // A lead's "completed" with nothing to show (no figure, no sentence of its own on the
        // task) is not evidence of completion.
        let leadShowsResult = leadStatus.map { ls in
            statements.contains { $0.unit.unitID == ls.unitID } || sums.values.contains { $0.contains { $0.unitID == ls.unitID && $0.value != 0 } }
        } ?? false
        // A task the plan makes conditional on a request (its schedule, or its wording:
        // rules.requestCauses.taskWords) may well not arise; any other task of the plan may not.
        var onRequest = false
        if case .periodicOrOnRequest = task.schedule { onRequest = true }
        let folded = VietText.fold(task.text)
        onRequest = onRequest || requestTaskWords.contains { folded.contains($0) }
        // The lead's "không phát sinh" for want of a request from above, in its own words on the
        // task (rules.requestCauses): the task has not arisen in the period (REVIEW31 #2).
        let leadEntries = leadStatus.map { ls in rows.filter { $0.unitID == ls.unitID }.flatMap(\.entries) } ?? []
        let awaitingRequest = !requestCauses.isEmpty && leadEntries.contains { e in
            let f = VietText.fold(e.text)
            return requestCauses.contains { f.contains($0) }
        }
        // A lead's status read from a cell merged down over several task rows (the extractor
        // gives the merged cell's place, the first row's) is the lead's word for every row the
        // cell covers: the lead wrote "Đã hoàn thành" beside each of them, and its stated status
        // is the task's state (REVIEW33 #4, over REVIEW31 #3, which took it for a blank).
        let judged = judge(statuses, leadStatus: leadStatus?.status, leadShowsResult: leadShowsResult, onRequest: onRequest)
        var state = judged.0
        var basis = judged.1
        // REVIEW39 #3 (over REVIEW31 #2 for scheduled tasks): "chưa phát sinh yêu cầu" only of a
        // task the plan makes on request (its schedule, or rules.requestCauses.taskWords: "khi
        // có yêu cầu"); a scheduled task whose lead says it did not arise for want of a request
        // is not started, as the lead's word — "chưa triển khai", within or past its deadline.
        if basis == .leadNotArisen, awaitingRequest, !onRequest { (state, basis) = (.notStarted, .lead) }
        if onRequest, leadStatus?.status == .notApplicable, awaitingRequest { (state, basis) = (.noInformation, .leadAwaitingRequest) }
        let due = task.schedule.dueDate
        var overdue: ConsolidatedReport.Overdue?
        // Past its schedule and its lead does not report it completed: overdue, whatever the
        // other units report. A lead that stated no status (blank, or "không phát sinh" on a task
        // of its plan) but reported results on the task has not said it is late: not overdue —
        // the body says what was done and that the lead did not state its progress, the review
        // desk asks it (REVIEW20 #3.1). Without results from the lead it has reported no
        // completion either ("đã quá hạn nhưng chưa có báo cáo hoàn thành", REVIEW19 #2). A task
        // nobody reported on is not judged (no evidence either way: "chưa có báo cáo").
        let noStatus = basis == .leadSilent || basis == .leadNotArisen || basis == .leadAwaitingRequest
        // Past its deadline, though, "đã triển khai" is neither done nor on time: with
        // rules.leadSilentPastDue "overdue" it is overdue, no completion reported (REVIEW23 #5).
        if let due, due < asOf, state != .completed, basis != .none, !(noStatus && leadShowsResult && !silentPastDueIsOverdue) {
            overdue = .init(due: due, leadStatus: leadStatus?.status.rawValue, basis: basis)
        }
        let recurring: Bool
        switch task.schedule {
        case .ongoing, .periodicOrOnRequest: recurring = true
        default: recurring = false
        }
        // Lead first, then by what the sentence says about the task; ties keep the units' order.
        let ranked = statements.enumerated().map { (i, s) in (i, s, Statements.score(s.text, taskTokens: ownTokens, filler: filler)) }
            .sorted { a, b in
                if a.1.isLead != b.1.isLead { return a.1.isLead }
                if a.2 != b.2 { return a.2 > b.2 }
                return a.0 < b.0
            }.map(\.1)
        var result = ConsolidatedReport.TaskResult(
            code: task.code.rawValue, group: task.group, letter: String(task.code.letter), title: task.title, text: task.text, leadText: task.leadText,
            leadUnits: task.lead, partnerUnits: task.partners, schedule: task.schedule.displayText, dueDate: due, recurring: recurring, state: state, basis: basis,
            leadStatus: leadStatus, statusCounts: counts, unitStatuses: statuses, overdue: overdue, figures: figures,
            statements: ranked, restated: restated)
        result.leadGroups = task.lead.map { id in id.hasPrefix("group:") ? id : units.unit(id: id)?.kind.group.rawValue ?? "" }
        return result
    }

    /// A task's state: its lead's stated status, the lead named in the plan (REVIEW17 #5: one
    /// rule). Completed, in progress or not started as the lead says, whatever the other units
    /// report (their coverage is stated beside it, never borrowed); "không phát sinh" as the
    /// lead said it. A lead that gave no status: no state, said so ("đơn vị chủ trì chưa báo
    /// cáo tiến độ"), however the other units stand.
    /// A lead's "không phát sinh" on a task of its plan not made conditional on a request
    /// contradicts the plan: no state (basis `lead_not_arisen`), neither "không phát sinh" nor
    /// "chưa triển khai" said upward, the review desk asks the lead (REVIEW20 #3.2, #3.3); on a
    /// task done on request it is the lead's word, not started.
    public static func judge(_ statuses: [ConsolidatedReport.UnitStatus], leadStatus: TaskStatus?, leadShowsResult: Bool = true,
                             onRequest: Bool = false)
        -> (ConsolidatedReport.Progress, ConsolidatedReport.StateBasis) {
        switch leadStatus {
        case .notApplicable? where !onRequest: return (.noInformation, .leadNotArisen)
        // The lead's "completed" with nothing to show is counted completed as the lead reports
        // it (the issue's rule: "quá hạn" only when the lead does not report it completed); the
        // basis says no result was stated, and the review page asks for one.
        case .completed?: return leadShowsResult ? (.completed, .lead) : (.completed, .leadWithoutResult)
        case .inProgress?: return (.inProgress, .lead)
        case .notStarted?, .notApplicable?: return (.notStarted, .lead)
        default: return statuses.isEmpty ? (.noInformation, .none) : (.noInformation, .leadSilent)
        }
    }

    static func group(_ number: Int, _ title: String, _ tasks: [ConsolidatedReport.TaskResult], rank: (String) -> Int) -> ConsolidatedReport.TaskGroup {
        var counts: [String: Int] = [:]
        for t in tasks { counts[t.state.rawValue, default: 0] += 1 }
        var totals: [String: (total: Double, units: Set<String>, lead: Double?, leadUnits: [String])] = [:]
        for t in tasks {
            for f in t.figures where f.indicator != budgetIndicator {
                var cur = totals[f.indicator] ?? (0, [], nil, [])
                cur.total += f.total
                // A reported zero is not a contribution.
                for c in f.contributions where c.value != 0 {
                    cur.units.insert(c.unitID)
                    if t.leadUnits.contains(c.unitID) {
                        cur.lead = (cur.lead ?? 0) + c.value
                        if !cur.leadUnits.contains(c.unitID) { cur.leadUnits.append(c.unitID) }
                    }
                }
                totals[f.indicator] = cur
            }
        }
        let figures = totals.keys.sorted { (rank($0), $0) < (rank($1), $1) }.map { id in
            let v = totals[id]!
            return ConsolidatedReport.GroupFigure(indicator: id, isMoney: IndicatorID(id).isMoney, total: v.total, unitCount: v.units.count,
                                                  leadTotal: v.lead, leadUnits: v.leadUnits, counted: v.total, byKind: [])
        }
        return .init(number: number, title: title, tasks: tasks, stateCounts: counts, figures: figures)
    }

    // MARK: - Counting each piece of work once

    /// The figures of a task that city-wide totals leave out, each counted by other units:
    /// a partner's figures of rules.overlapIndicators told after words saying it took part in
    /// work others held ("… tham gia 25 cuộc kiểm tra", "phối hợp lấy 3.026 mẫu"; not when it
    /// says it held the work before the figure: "chủ trì", "tổ chức"), when a lead unit of the
    /// group's tasks reports the same indicator (it holds the work and counts it). A lead's own
    /// figures are its results and always counted, however it words them. Attendance of units
    /// that held no event, on a task whose lead held some (rules.attendance): people sent to
    /// those classes.
    ///
    /// Work told from both sides (`jointWork`): a unit, lead or not, telling it took part in
    /// work ("tham gia 25 cuộc kiểm tra") while other units of the task tell, in the sentence
    /// giving their own figure of it, that they held that work with it ("chủ trì, phối hợp
    /// với Chi cục … tổ chức 6 cuộc kiểm tra"): the holders count it; the taking part is the
    /// same work, not added again (how much of it the holders who did not report account for
    /// cannot be known: Phụ lục III's note says so, the review page asks).
    static func notCounted(_ t: ConsolidatedReport.TaskResult, among group: [ConsolidatedReport.TaskResult], rules: ReportRules,
                           isLead: (String, ConsolidatedReport.TaskResult) -> Bool = { u, t in t.leadUnits.contains(u) },
                           names: (String) -> [String] = { _ in [] })
        -> [ConsolidatedReport.NotCounted] {
        var both: [ConsolidatedReport.NotCounted] = []
        return notCounted(t, among: group, rules: rules, isLead: isLead, names: names, bothCounted: &both)
    }

    /// `bothCounted`: the holders' figures of work a lead took part in when neither fits in the
    /// other (both counted, REVIEW31 #5): told as done with the lead, for `jointWithLead`.
    static func notCounted(_ t: ConsolidatedReport.TaskResult, among group: [ConsolidatedReport.TaskResult], rules: ReportRules,
                           isLead: (String, ConsolidatedReport.TaskResult) -> Bool,
                           names: (String) -> [String], bothCounted: inout [ConsolidatedReport.NotCounted])
        -> [ConsolidatedReport.NotCounted] {
        var out: [ConsolidatedReport.NotCounted] = []
        if !rules.participationKeywords.isEmpty {
            // Per unit: its figures told as taking part, and the units that tell they held any
            // of that work with it (one piece of work: its inspections, their cơ sở and fines).
            var taking: [String: [(f: ConsolidatedReport.FigureTotal, c: ConsolidatedReport.Contribution)]] = [:]
            var order: [String] = []
            for f in t.figures where rules.overlapIndicators.contains(f.indicator) {
                for c in f.contributions where c.value != 0 && toldAsTakingPart(t, c, rules: rules) {
                    if taking[c.unitID] == nil { order.append(c.unitID) }
                    taking[c.unitID, default: []].append((f, c))
                }
            }
            for unit in order {
                let told = taking[unit] ?? []
                var holders: [String] = []
                for (f, _) in told { for h in heldWith(t, f, partner: unit, rules: rules, names: names) where !holders.contains(h) { holders.append(h) } }
                guard !holders.isEmpty else { continue }
                // The task's lead took part in work its partners tell they held with it: one
                // piece of work, counted once by the lead's figure, which covers every partner
                // (those that have not reported too); the partners' figures of it are inside it
                // (REVIEW27 #3: the lead's 25 cuộc, 800.500.000 đồng never silently left out).
                if rules.jointCountedByLead, isLead(unit, t) {
                    // Only when the parts fit in the whole (REVIEW29 #2): on every indicator the
                    // holders' figures together are no more than the lead's.
                    let fits = told.allSatisfy { (f, c) in
                        let held = heldWith(t, f, partner: unit, rules: rules, names: names)
                        return f.contributions.filter { held.contains($0.unitID) }.map(\.value).reduce(0, +) <= c.value
                    }
                    // They do not fit (nine wards' 29 cuộc beside the Chi cục's 25): never both
                    // added (REVIEW30 #1, the count-once rule of II.1.a) — the units that held the
                    // work count it, the lead's taking part is left out below, its own sentence
                    // stating it; which of its inspections were its own is the desk's question.
                    // REVIEW31 #5 (over REVIEW30 #1): the lead's taking part is left out only
                    // when it fits in what the holders report on every indicator (its 02 cuộc in
                    // a ward's 05): the overlap is then certain. Neither fitting in the other
                    // (nine wards' 29 cuộc at 268 cơ sở beside the Chi cục's 25 cuộc at 518):
                    // both counted, the joint part said ("trong đó 29 cuộc phối hợp với Chi
                    // cục"), the desk asks which of the lead's were its own.
                    let leadFits = told.allSatisfy { (f, c) in
                        let held = heldWith(t, f, partner: unit, rules: rules, names: names)
                        return c.value <= f.contributions.filter { held.contains($0.unitID) }.map(\.value).reduce(0, +)
                    }
                    /// The holders' figures of the work told as done with the lead, each once.
                    func holdersFigures(into list: inout [ConsolidatedReport.NotCounted]) {
                        for (f, _) in told {
                            for h in heldWith(t, f, partner: unit, rules: rules, names: names) {
                                guard let c = f.contributions.first(where: { $0.unitID == h && $0.value != 0 }),
                                      !list.contains(where: { $0.unitID == h && $0.indicator == f.indicator }) else { continue }
                                list.append(.init(unitID: h, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .jointWork,
                                                  file: c.file, heldBy: [unit]))
                            }
                        }
                    }
                    if !fits && !leadFits {
                        // Both counted: the holders' figures are work told as done with the lead
                        // (`jointWithLead`), the body says which part is joint.
                        holdersFigures(into: &bothCounted)
                        // REVIEW36 #1 (over REVIEW31 #5's both counted, which added the Chi
                        // cục's 25 cuộc at 518 cơ sở to ten wards' 30 cuộc at 283 held with it):
                        // the same work is never counted twice, and no account is dropped
                        // silently — on each indicator the larger of the two accounts is
                        // counted (the lead's taking part, or the holders' sum), the smaller left
                        // out as joint work; the body states both accounts in one sentence
                        // (results.jointCountedByLarger), the desk asks the lead which were its
                        // own (review.jointWithLeadLarger). Where one fits in the other on every
                        // indicator (above) this is the same rule.
                        if rules.jointCountedByLarger {
                            // REVIEW38 #3 (over REVIEW36 #1's "each indicator"): the larger account
                            // is chosen once for the whole piece of work, on its count — the first
                            // of rules.overlapIndicators it reports (cuộc before cơ sở, fines) —
                            // and every figure of the work comes from that account: one set of
                            // inspections, never the wards' cuộc with the Chi cục's cơ sở and fines.
                            let rank = { (f: ConsolidatedReport.FigureTotal) in rules.overlapIndicators.firstIndex(of: f.indicator) ?? Int.max }
                            var leadAccount = true
                            if let deciding = told.min(by: { rank($0.f) < rank($1.f) }) {
                                let held = heldWith(t, deciding.f, partner: unit, rules: rules, names: names)
                                leadAccount = deciding.c.value >= deciding.f.contributions.filter { held.contains($0.unitID) }.map(\.value).reduce(0, +)
                            }
                            // REVIEW39 #1: the lead's figures an officer decided (the part of its
                            // taking part the holders' accounts do not hold) are counted as
                            // decided, beside the holders' — the question is settled.
                            if told.allSatisfy({ $0.c.sources.contains(where: \.isOfficersDecision) }) { continue }
                            // Two accounts that disagree beyond rules.jointAgreeWithin cannot be
                            // asserted to be the same work: the reporting units' account is
                            // counted, the lead's left out and stated "đang rà soát trùng lặp",
                            // whichever is larger (jointAccountsDisagree, the desk's question).
                            if let within = rules.jointAgreeWithin {
                                let agree = told.allSatisfy { (f, c) in
                                    let held = heldWith(t, f, partner: unit, rules: rules, names: names)
                                    return accountsAgree(c.value, f.contributions.filter { held.contains($0.unitID) }.map(\.value).reduce(0, +), within: within)
                                }
                                if !agree { leadAccount = false }
                                // REVIEW43 #4: one rule for joint work whatever the accounts:
                                // the total includes the lead's own figures and the units'; the
                                // body states the lead's share and the joint part.
                                if !agree, rules.jointDisagreeingCountedBoth { continue }
                            }
                            for (f, c) in told {
                                if leadAccount {
                                    for h in heldWith(t, f, partner: unit, rules: rules, names: names) {
                                        guard let hc = f.contributions.first(where: { $0.unitID == h && $0.value != 0 }),
                                              !out.contains(where: { $0.unitID == h && $0.indicator == f.indicator }) else { continue }
                                        out.append(.init(unitID: h, unitName: hc.unitName, indicator: f.indicator, value: hc.value, reason: .jointWork,
                                                         file: hc.file, heldBy: [unit]))
                                    }
                                } else if !out.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator }) {
                                    out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .jointWork,
                                                     file: c.file, heldBy: holders))
                                }
                            }
                        }
                        continue
                    }
                    if fits {
                        holdersFigures(into: &out)
                        continue
                    }
                }
                for (f, c) in told {
                    out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .jointWork,
                                     file: c.file, heldBy: holders))
                }
            }
            for f in t.figures where rules.overlapIndicators.contains(f.indicator) {
                for c in f.contributions where c.value != 0 && !isLead(c.unitID, t)
                    && !out.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator }) {
                    // The work is held, and counted, by a lead of the group that reports it. A
                    // lead whose own figure is itself left out as work others held with it
                    // (`jointWork`: "tham gia 25 cuộc" that the wards count) holds nothing, or
                    // the partner's figure would be counted nowhere (REVIEW18 #1: 03 joint
                    // inspections under a task whose lead reported none of its own).
                    // A partner naming the lead it took part with ("phối hợp với Chi cục tham gia 03
                    // đoàn") did that lead's work: the lead's account holds it even when the lead's
                    // own figure is itself left out (REVIEW30 #1 over REVIEW18 #1: never added to
                    // the other units' inspections).
                    let named = Set(namedAfterParticipation(t, c, rules: rules, names: names))
                    let held = group.contains { other in
                        guard let of = other.figures.first(where: { $0.indicator == f.indicator }) else { return false }
                        return of.contributions.contains { l in
                            l.unitID != c.unitID && l.value != 0 && isLead(l.unitID, other)
                                && (named.contains(l.unitID)
                                    || !(toldAsTakingPart(other, l, rules: rules)
                                         && !heldWith(other, of, partner: l.unitID, rules: rules, names: names).isEmpty))
                        }
                    }
                    guard held else { continue }
                    if toldAsTakingPart(t, c, rules: rules) {
                        out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .participation, file: c.file))
                    }
                }
            }
        }
        if let a = rules.attendance, let attendees = t.figures.first(where: { $0.indicator == a.attendees }) {
            let events = t.figures.first { $0.indicator == a.events }
            let organisers = Set(events?.contributions.filter { $0.value != 0 }.map(\.unitID) ?? [])
            if organisers.contains(where: { t.leadUnits.contains($0) }) {
                for c in attendees.contributions where c.value != 0 && !organisers.contains(c.unitID) {
                    out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: a.attendees, value: c.value, reason: .attendedElsewhere, file: c.file))
                }
            }
            // A value an officer decided in the review desk has been checked by a person: it is
            // counted as decided, however many attend a class.
            for c in attendees.contributions where c.value != 0 && !out.contains(where: { $0.unitID == c.unitID && $0.indicator == a.attendees })
                && !c.sources.contains(where: \.isOfficersDecision) {
                // Beyond one class's size, or beyond any event's (a class or a conference alike:
                // the same rule for every unit, REVIEW13 #6).
                let perClass = classAttendance(t, unit: c.unitID, attendees: c.value, rules: a).flatMap { per in a.perClass.map { per > Double($0) } } ?? false
                let events = t.figures.first { $0.indicator == a.events }?.contributions.first { $0.unitID == c.unitID }?.value ?? 0
                let perEvent = a.perEventMost.map { events > 0 && c.value / events > Double($0) } ?? false
                // REVIEW37 #4: with beyondLimit "ask" nothing is held out on this ground — every
                // unit's figure is counted as reported, the desk asks (plausibilityFindings).
                if (perClass || perEvent) && a.beyondLimit != "ask" {
                    out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: a.attendees, value: c.value, reason: .unverified, file: c.file))
                    // Its events go with it: a sum of classes and a sum of attendances stated
                    // together cover the same units (REVIEW16 #1), so the classes whose
                    // attendance is held back are held back with it.
                    if let e = t.figures.first(where: { $0.indicator == a.events })?.contributions.first(where: { $0.unitID == c.unitID && $0.value != 0 }),
                       !out.contains(where: { $0.unitID == c.unitID && $0.indicator == a.events }) {
                        out.append(.init(unitID: e.unitID, unitName: e.unitName, indicator: a.events, value: e.value, reason: .unverified, file: e.file))
                    }
                }
            }
        }
        // Estimates to the year's end: no result at the report's date, counted in no total
        // (the unit's figure is an estimate when every passage or row it was read from says so).
        for f in t.figures {
            for c in f.contributions where c.value != 0 && !c.sources.isEmpty && c.sources.allSatisfy(\.isEstimate)
                && !out.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator }) {
                out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .estimate, file: c.file))
            }
        }
        return out
    }

    /// Other units' figures of an indicator (not money, not rules.overlapIndicators: work told
    /// from both sides there is `jointWork` above) told as done together with the task's lead,
    /// on a task whose lead reports its own figure of it: the unit's sentence stating the figure
    /// names the lead after a word of working together ("phối hợp với Chi cục tổ chức 02
    /// lớp") — its own words, never the lead's sentence naming its kind (REVIEW26 #4; the
    /// parameters `kindOf`, rules.jointKinds and rules.requestedBy are no longer read). `inside`: for
    /// every such indicator the joint figures together fit in the lead's own — the same work,
    /// counted once, in the lead's figure; else they are counted as the units report them.
    static func jointWithLead(_ t: ConsolidatedReport.TaskResult, rules: ReportRules, isLead: (String) -> Bool,
                              names: (String) -> [String], kindOf: (String) -> String?)
        -> (joint: [ConsolidatedReport.NotCounted], inside: Bool) {
        guard !rules.jointWorkKeywords.isEmpty else { return ([], false) }
        // What stands between a word of working together and the figure, in a sentence of `unit`
        // stating `value`: the part that names the partners of that work.
        func partners(_ unit: String, _ value: Double) -> [String] {
            t.statements.filter { $0.unit.unitID == unit }.compactMap { s -> String? in
                guard let figure = numberRange(s.text[...], VietFormat.number(value)) else { return nil }
                let before = s.text[..<figure.lowerBound]
                guard let at = keywordRanges(rules.jointWorkKeywords, in: before).map(\.upperBound).min() else { return nil }
                return String(s.text[at..<figure.lowerBound])
            }
        }
        var out: [ConsolidatedReport.NotCounted] = []
        var inside = true
        // REVIEW50 #3 (rules.jointWithLead.contained "each"): the units whose every joint
        // figure is at most the lead's own on the same indicator — their work can be the
        // lead's, counted once in its figure; a unit telling of more than the lead's whole
        // figure on some indicator cannot be inside it: its figures are its own, counted.
        var exceeding = Set<String>()
        for f in t.figures where !f.isMoney && !rules.overlapIndicators.contains(f.indicator) {
            let leads = f.contributions.filter { $0.value > 0 && isLead($0.unitID) }
            guard let lead = leads.first else { continue }
            let leadValue = leads.map(\.value).reduce(0, +)
            // Joint only when the unit's own sentence says it did the work with the lead
            // (REVIEW26 #4): the lead's sentence naming the unit or its kind ("chủ trì, phối hợp
            // với các sở, ngành góp ý 66 dự thảo") does not make another unit's figure joint — a
            // sở stating "đã góp ý 01 dự thảo" counts it as its own.
            let joint = f.contributions.filter { c in
                guard c.value > 0, !isLead(c.unitID) else { return false }
                return partners(c.unitID, c.value).contains(where: { names($0).contains(lead.unitID) })
            }
            guard !joint.isEmpty else { continue }
            if joint.map(\.value).reduce(0, +) > leadValue { inside = false }
            for c in joint where c.value > leadValue { exceeding.insert(c.unitID) }
            out += joint.map { .init(unitID: $0.unitID, unitName: $0.unitName, indicator: f.indicator, value: $0.value, reason: .jointWork,
                                      file: $0.file, heldBy: [lead.unitID]) }
        }
        // REVIEW54 #2 (rules.jointWithLead.contained "apart"): partner work told as done with
        // the lead, on a task whose lead counts its own figure, is never added to the totals —
        // the same rule as the partners' inspections; said once, as partner work.
        if rules.jointContainedApart { return (out, !out.isEmpty) }
        if rules.jointContainedEach {
            out.removeAll { exceeding.contains($0.unitID) }
            return (out, !out.isEmpty)
        }
        return (out, inside && !out.isEmpty)
    }

    /// What a unit wrote in the "Ghi chú" column of the row its status was read from
    /// ("word/document.xml table 3 row 29 cell 4", "'Bieu 01'!F14"), when it changes how the
    /// status reads (rules.statusNotes: `basis` "Theo Kế hoạch số 18/KH-UBND", `other` "Lồng
    /// ghép"): the note as written and whether it names a basis (REVIEW36 #2). The column is the
    /// one the nearest row above headed with a word of rules.statusNotes.headers.
    static func statusNote(source: String, rows: [String: [String]], rules: ReportRules) -> (text: String, basis: Bool)? {
        let isHeader = { (cell: String) -> Bool in
            let f = VietText.fold(VietText.collapseWhitespace(cell)).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            return rules.statusNoteHeaders.contains { f == $0 }
        }
        let prefix: String, row: Int, key: (Int) -> String
        if let m = source.firstMatch(of: /^(.+ table \d+) row (\d+)/), let r = Int(m.2) {
            prefix = String(m.1); row = r
            key = { "\(prefix) row \($0)" }
        } else if let m = source.firstMatch(of: /^('.+'!)[A-Z]+(\d+)$/), let r = Int(m.2) {
            prefix = String(m.1); row = r
            key = { "\(prefix)\($0)" }
        } else { return nil }
        guard let cells = rows[key(row)], row > 1 else { return nil }
        var header: [String]?
        for r in stride(from: row - 1, through: 1, by: -1) {
            if let h = rows[key(r)], h.contains(where: isHeader) { header = h; break }
        }
        guard let header, let col = header.firstIndex(where: isHeader), col < cells.count else { return nil }
        let text = VietText.collapseWhitespace(cells[col]).trimmingCharacters(in: .whitespacesAndNewlines)
        // A heading row merged across the table repeats its text in every cell: no note.
        guard !text.isEmpty, text.count <= 160, !isHeader(text), cells.filter({ $0 == cells[col] }).count == 1 else { return nil }
        let folded = VietText.fold(text)
        let basis = rules.statusNoteBasis.contains { folded.contains($0) }
        guard basis || rules.statusNoteOther.contains(where: { folded.contains($0) }) else { return nil }
        return (text, basis)
    }

    /// Joint work told from both sides counted on each indicator by the larger account
    /// (rules.participation.countedBy "larger", REVIEW36 #1): some of the holders' figures of
    /// it and some of the lead's own are left out, each where the other account is larger.
    /// REVIEW38 #3: the larger account is chosen once per piece of work, so one side is out
    /// whole — the lead's taking part (`jointLeadCounted` false) or the holders' figures of it.
    public static func jointCountedByLarger(_ t: ConsolidatedReport.TaskResult, rules: ReportRules) -> Bool {
        guard rules.jointCountedByLarger, let lead = t.jointWithLead.first?.heldBy?.first else { return false }
        // Only work the lead told it took part in ("tham gia 25 cuộc"), as the rule compares;
        // a lead holding the work its partners joined (REVIEW24 F3) is counted by its own figure.
        let takingPart = t.figures.contains { f in
            rules.overlapIndicators.contains(f.indicator) && f.contributions.contains { $0.unitID == lead && $0.value != 0 && toldAsTakingPart(t, $0, rules: rules) }
        }
        return takingPart && (t.notCounted.contains { $0.unitID == lead && $0.reason == .jointWork } || jointLeadCounted(t))
    }

    /// Two accounts of one piece of work agree when they differ by at most `within` of the
    /// larger (REVIEW39 #1).
    public static func accountsAgree(_ a: Double, _ b: Double, within: Double) -> Bool {
        let most = max(a, b)
        return most == 0 || abs(a - b) <= within * most
    }

    /// REVIEW39 #1: joint work whose two accounts — the lead's taking part and the sum of the
    /// holders that tell they held it with the lead — differ beyond rules.jointAgreeWithin on
    /// some indicator both give: not asserted to be counted once; the lead's account is left
    /// out of the totals and stated apart "đang rà soát trùng lặp", the desk asks the officer.
    public static func jointAccountsDisagree(_ t: ConsolidatedReport.TaskResult, rules: ReportRules) -> Bool {
        guard let within = rules.jointAgreeWithin, jointCountedByLarger(t, rules: rules), !jointLeadCounted(t),
              let lead = t.jointWithLead.first?.heldBy?.first else { return false }
        var ids: [String] = []
        for j in t.jointWithLead where !ids.contains(j.indicator) { ids.append(j.indicator) }
        return ids.contains { id in
            let held = t.jointWithLead.filter { $0.indicator == id }.map(\.value).reduce(0, +)
            guard let own = t.figures.first(where: { $0.indicator == id })?.contributions.filter({ $0.unitID == lead }).map(\.value).reduce(0, +),
                  own != 0 else { return false }
            return !accountsAgree(own, held, within: within)
        }
    }

    /// Joint work counted by the lead's account: the holders' figures of it are left out, held by the lead.
    public static func jointLeadCounted(_ t: ConsolidatedReport.TaskResult) -> Bool {
        guard let lead = t.jointWithLead.first?.heldBy?.first else { return false }
        return t.jointWithLead.contains { j in
            t.notCounted.contains { $0.unitID == j.unitID && $0.indicator == j.indicator && $0.reason == .jointWork && $0.heldBy == [lead] }
        }
    }

    /// The task's lead's own figure of an indicator (its lead units' contributions, counted or
    /// not): nil when the lead gave none.
    public static func leadFigure(_ t: ConsolidatedReport.TaskResult, _ indicator: String) -> Double? {
        let isLead = { (u: String) in t.leadUnits.contains(u) || t.leadStatus?.unitID == u }
        let own = t.figures.first { $0.indicator == indicator }?.contributions.filter { $0.value != 0 && isLead($0.unitID) } ?? []
        return own.isEmpty ? nil : own.map(\.value).reduce(0, +)
    }

    /// Other units' part in the lead's work larger than the lead's own figure of it (or the
    /// lead gave none): the lead's figure cannot hold it. Not "gồm cả" (a whole cannot include
    /// a larger part: REVIEW33 #1, 30 cuộc "in" the Chi cục's 25), not "đã tính tại đơn vị chủ
    /// trì" (3.026 mẫu "in" the Chi cục's 128, REVIEW33 #5).
    public static func exceedsLead(_ t: ConsolidatedReport.TaskResult, _ indicator: String, _ value: Double) -> Bool {
        value > (leadFigure(t, indicator) ?? 0)
    }

    /// A unit's figure told after words saying it took part in the work ("tham gia 25 cuộc
    /// kiểm tra"), with no word before the figure saying it held it ("chủ trì", "tổ chức").
    public static func toldAsTakingPart(_ t: ConsolidatedReport.TaskResult, _ c: ConsolidatedReport.Contribution, rules: ReportRules) -> Bool {
        t.statements.filter { $0.unit.unitID == c.unitID }.contains { s in
            guard let at = keywordRanges(rules.participationKeywords, in: s.text).map(\.lowerBound).min(),
                  let figure = Consolidator.numberRange(s.text[at...], VietFormat.number(c.value)) else { return false }
            // Told as held before the figure ("chủ trì, phối hợp … tổ chức 6 cuộc").
            let before = s.text[..<figure.lowerBound]
            return keywordRanges(rules.holdingKeywords, in: before).isEmpty
        }
    }

    /// The units a unit's sentence stating its figure names after a word of taking part
    /// ("phối hợp với Chi cục tham gia 03 đoàn": the Chi cục).
    static func namedAfterParticipation(_ t: ConsolidatedReport.TaskResult, _ c: ConsolidatedReport.Contribution, rules: ReportRules,
                                        names: (String) -> [String]) -> [String] {
        t.statements.filter { $0.unit.unitID == c.unitID && containsNumber($0.text[...], VietFormat.number(c.value)) }.flatMap { s -> [String] in
            guard let at = keywordRanges(rules.participationKeywords, in: s.text).map(\.upperBound).min() else { return [] }
            return names(String(s.text[at...]))
        }
    }

    /// Where each of `keywords` first stands in `text`, case and diacritics aside.
    static func keywordRanges(_ keywords: [String], in text: some StringProtocol) -> [Range<String.Index>] {
        keywords.compactMap { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) }
    }

    /// The units of a task that give their own figure of an indicator in a sentence naming
    /// `partner` after a word of working together ("… chủ trì, phối hợp với Chi cục … tổ chức 6
    /// cuộc kiểm tra"): they held that work with the partner. In the task's order of figures.
    static func heldWith(_ t: ConsolidatedReport.TaskResult, _ f: ConsolidatedReport.FigureTotal, partner: String, rules: ReportRules,
                         names: (String) -> [String]) -> [String] {
        f.contributions.filter { h in
            h.unitID != partner && h.value != 0 && t.statements.contains { s in
                guard s.unit.unitID == h.unitID, containsNumber(s.text[...], VietFormat.number(h.value)) else { return false }
                guard let at = keywordRanges(rules.participationKeywords, in: s.text).map(\.upperBound).min() else { return false }
                return names(String(s.text[at...])).contains(partner)
            }
        }.map(\.unitID)
    }

    /// A unit's attendance per class on a task, when its own sentence calls the events it
    /// counts classes (rules.attendance.classNouns right after their number: "04 khóa đào tạo",
    /// not "01 hội thảo"); nil otherwise.
    static func classAttendance(_ t: ConsolidatedReport.TaskResult, unit: String, attendees: Double, rules a: ReportRules.Attendance) -> Double? {
        guard !a.classNouns.isEmpty,
              let n = t.figures.first(where: { $0.indicator == a.events })?.contributions.first(where: { $0.unitID == unit })?.value, n > 0 else { return nil }
        let number = VietFormat.number(n)
        let classes = t.statements.filter { $0.unit.unitID == unit }.contains { s in
            var from = s.text.startIndex
            while from < s.text.endIndex, let r = numberRange(s.text[from...], number) {
                let after = s.text[r.upperBound...].drop { $0 == " " }.lowercased()
                if a.classNouns.contains(where: { after.hasPrefix($0.lowercased() + " ") || after == $0.lowercased() }) { return true }
                from = r.upperBound
            }
            return false
        }
        return classes ? attendees / n : nil
    }

    /// A task whose lead says "chưa thực hiện" (or "không phát sinh") stands as its lead says
    /// it: not started, counted and named so in the JSON, the body and Phụ lục I alike
    /// (REVIEW19 #2, #8), even on a passage the lead wrote word for word under another task
    /// (the review desk asks the officer to confirm it: `lead-passage-copied`). What the other
    /// units the plan assigns the task to (a partner named or of a kind named) did of it is
    /// recorded once here, `partsDone`, for every writer to state beside the lead's word.
    static func settled(_ t: ConsolidatedReport.TaskResult, isAssigned: (String) -> Bool,
                        isLead: (String) -> Bool, isOwn: (String) -> Bool = { _ in false }) -> ConsolidatedReport.TaskResult {
        guard t.basis == .lead, t.state == .notStarted, let said = t.leadStatus?.status, [.notStarted, .notApplicable].contains(said) else { return t }
        var t = t
        // A unit's "completed" or "in progress" counts as its part done only with something to
        // show on the task (a sentence or a figure of its own): a status alone, its file giving
        // no content, is not evidence of work (REVIEW23 #5).
        let showed = { (unit: String) in
            t.statements.contains { $0.unit.unitID == unit } || t.figures.contains { $0.contributions.contains { $0.unitID == unit && $0.value != 0 } }
        }
        // REVIEW37 #2: the Department's own partner reporting its part completed where its own
        // lead reports the task not started is the Department's own word on its part, content
        // or not (REVIEW23 #5 is about units outside): the report says what each part did, and
        // the review desk asks the two units to reconcile (`status-conflict`).
        let ownLead = t.leadStatus.map { isOwn($0.unitID) } == true
        t.partsDone = t.unitStatuses.filter {
            [.completed, .inProgress].contains($0.status) && !isLead($0.unitID) && isAssigned($0.unitID)
                && (showed($0.unitID) || ($0.status == .completed && ownLead && isOwn($0.unitID)))
        }.map(\.unitID)
        return t
    }

    /// REVIEW43 #8: a unit's figures whose every row states a cut-off ("Lũy kế đến 31/10/2026",
    /// `words` folded before the date) later than the unit's own report's date: not results at
    /// the date the unit reported but an estimate, left out of the totals as the "ước" rows are
    /// (reason `estimate`). `rows`: the cells of each row of a file's document, by place.
    static func cumulativeBeyondReport(_ t: ConsolidatedReport.TaskResult, words: [String], rows: (String) -> [String: [String]]?,
                                       reportDate: (String) -> PlanDate?) -> [ConsolidatedReport.NotCounted] {
        guard !words.isEmpty else { return [] }
        var out: [ConsolidatedReport.NotCounted] = []
        for f in t.figures {
            for c in f.contributions where c.value != 0 && !c.sources.isEmpty {
                guard let reported = reportDate(c.file), let cells = rows(c.file) else { continue }
                let beyond = c.sources.allSatisfy { s in
                    guard let key = rowKey(s.location), let row = cells[key] else { return false }
                    return cutOff(in: row.joined(separator: " "), after: words).map { $0 > reported } ?? false
                }
                if beyond { out.append(.init(unitID: c.unitID, unitName: c.unitName, indicator: f.indicator, value: c.value, reason: .estimate, file: c.file)) }
            }
        }
        return out
    }

    /// The row a figure's place is in, as the ledger keys rows: "word/document.xml table 3 row
    /// 4 cell 3" → "word/document.xml table 3 row 4"; "Sheet1!H8", "'Tổng hợp'!C9" → "'Sheet1'!8".
    static func rowKey(_ location: String) -> String? {
        if let m = location.firstMatch(of: /^(.+ table \d+ row \d+)/) { return String(m.1) }
        if let m = location.firstMatch(of: /^'?(.+?)'?![A-Z]+(\d+)$/) { return "'\(m.1)'!\(m.2)" }
        return nil
    }

    /// The date after one of `words` (folded) in a cell's text: "Lũy kế đến 31/10/2026".
    static func cutOff(in text: String, after words: [String]) -> PlanDate? {
        let folded = VietText.fold(text)
        for w in words {
            guard let r = folded.range(of: w) else { continue }
            let rest = folded[r.upperBound...].prefix(16)
            if let m = rest.firstMatch(of: /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/), let d = Int(m.1), let mo = Int(m.2), let y = Int(m.3),
               (1...12).contains(mo), (1...31).contains(d) {
                return PlanDate(year: y, month: mo, day: d)
            }
        }
        return nil
    }

    /// REVIEW43 #3: the Department's own lead writes "chưa thực hiện" on a task while one of the
    /// Department's own units the plan assigns to it reports doing the task's work together
    /// with the lead in the period (its part of it, counted at the lead: `participation`) — the
    /// Department cannot tell the City both. The work is under way (basis `partnerJoint`),
    /// stated with the partner's work and the lead's own schedule; the two accounts stay with
    /// the review desk (`status-conflict`). A unit outside the Department is no such evidence.
    static func partnerJoint(_ t: ConsolidatedReport.TaskResult, isOwn: (String) -> Bool) -> ConsolidatedReport.TaskResult {
        guard t.basis == .lead, t.state == .notStarted, let ls = t.leadStatus, ls.status == .notStarted, isOwn(ls.unitID) else { return t }
        let joint = t.partsDone.filter { unit in
            isOwn(unit) && t.notCounted.contains { $0.unitID == unit && $0.reason == .participation && $0.value != 0 }
        }
        guard !joint.isEmpty else { return t }
        var t = t
        t.state = .inProgress
        t.basis = .partnerJoint
        return t
    }

    /// A task whose lead's row is word for word its row on another task (`lead-passage-copied`):
    /// the row's status is not the task's. Another unit telling it did the task's work with the
    /// lead (a sentence with rules.jointWorkKeywords naming a lead unit: "phối hợp với Chi cục
    /// tham gia 3 đoàn kiểm tra") is evidence the work is under way; without it the state is
    /// being confirmed. Never "chưa triển khai", never overdue on that row (REVIEW21 #1). The
    /// lead's own status is kept (`leadStatus`): the body says what the lead reported (REVIEW26 #2).
    static func copiedLead(_ t: ConsolidatedReport.TaskResult, rules: ReportRules, names: (String) -> [String]) -> ConsolidatedReport.TaskResult {
        var t = t
        let leads = Set(t.leadUnits + [t.leadStatus?.unitID].compactMap { $0 })
        let joint = t.statements.contains { s in
            guard !s.isLead, !leads.contains(s.unit.unitID) else { return false }
            let folded = VietText.fold(s.text)
            return rules.jointWorkKeywords.contains { folded.contains($0) } && names(s.text).contains { leads.contains($0) }
        }
        t.basis = .leadCopied
        t.state = joint ? .inProgress : .noInformation
        t.overdue = nil
        return t
    }

    /// What a unit's later report is by its file name ("… (thay thế).docx": a replacement;
    /// "… - điều chỉnh số liệu.docx": a correction): rules.laterReportKinds, first match.
    public static func laterReportKind(_ path: String, rules: ReportRules) -> String? {
        let name = VietText.fold((path as NSString).lastPathComponent)
        return rules.laterReportKinds.first { k in k.words.contains { !$0.isEmpty && name.contains($0) } }?.id ?? rules.laterReportDefault
    }

    /// The text names a unit by its short form ("phối hợp với Chi cục tham gia …"): the short
    /// form as whole words, not followed by a capitalised word ("Chi cục Thuế" is another body).
    static func namesShort(_ text: String, _ short: String) -> Bool {
        var from = text.startIndex
        while let r = text.range(of: short, range: from..<text.endIndex) {
            from = r.upperBound
            if r.lowerBound > text.startIndex, text[text.index(before: r.lowerBound)].isLetter { continue }
            let rest = text[r.upperBound...]
            if let c = rest.first, c.isLetter { continue }
            let next = rest.drop { $0 == " " }.first
            if let next, next.isUppercase { continue }
            return true
        }
        return false
    }

    /// Work reported on the task: a unit's "completed" or "in progress", or a figure.
    public static func worked(_ t: ConsolidatedReport.TaskResult) -> Bool {
        t.unitStatuses.contains { [.completed, .inProgress].contains($0.status) } || t.statements.contains(where: \.hasFigure)
            || t.figures.contains { $0.total != 0 }
    }

    /// How the report states the task: overdue when its schedule has passed without
    /// completion, else its `basePhase`. The one decision every writer reads (REVIEW21 #2).
    public static func phase(of t: ConsolidatedReport.TaskResult, asOf: PlanDate) -> ConsolidatedReport.Phase {
        t.overdue != nil ? .overdue : basePhase(of: t, asOf: asOf)
    }

    /// The task's phase leaving its schedule aside.
    public static func basePhase(of t: ConsolidatedReport.TaskResult, asOf: PlanDate) -> ConsolidatedReport.Phase {
        switch t.state {
        case .completed:
            if t.recurring { return .recurring }
            // REVIEW44 #4: done so far, its deadline still ahead: counted apart from those done.
            return t.dueDate.map { $0 > asOf } == true ? .completedToDate : .completed
        case .inProgress:
            if t.recurring { return .recurring }
            return t.dueDate.map { $0 <= asOf } == true ? .dueNow : .inProgress
        case .notStarted:
            // REVIEW41 #2 (over REVIEW39 #3's "chưa triển khai"): a dated task whose lead wrote
            // it did not arise for want of a request from above (the consolidation's not-started
            // with the lead's "không phát sinh"), nobody having worked on it, is told one way
            // everywhere — not arisen: III.1 counts it apart, Phụ lục I's Tiến độ, IV's step.
            if t.basis == .lead, !t.recurring, t.leadStatus?.status == .notApplicable, t.partsDone.isEmpty, !worked(t) {
                // REVIEW43 #6: a task the plan schedules, its deadline ahead: not due yet,
                // whatever its lead says of requests from above (REVIEW44 #4: decided here).
                return t.dueDate.map { $0 >= asOf } == true ? .notDue : .awaitingRequest
            }
            // As its lead says it, whatever assigned units did of it (`partsDone`, stated beside).
            return .notStarted
        case .noInformation:
            if t.basis == .leadWithoutResult { return .noResult }
            if t.basis == .leadCopied { return .confirming }
            // A lead that gave no status (or "không phát sinh" on its plan's task): the work the
            // units reported is stated, the Sở settles the lead's status before signing.
            if t.basis == .leadAwaitingRequest, !worked(t) { return .awaitingRequest }
            guard [.leadSilent, .leadNotArisen, .leadAwaitingRequest].contains(t.basis), worked(t) else { return .noInformation }
            // REVIEW49 #7: a recurring task left here (not promoted under way,
            // rules.recurringByLeadWord) is told by its lead's word: "không phát sinh" apart
            // from no status given; neither is counted among the tasks under way.
            if t.recurring { return t.basis == .leadSilent ? .leadSilent : .notArisen }
            return .leadSilent
        }
    }

    /// A lead's own "chưa thực hiện" on a task whose passage is word for word what it wrote
    /// under another task (at least rules.copiedPassageWords words): likely pasted under the
    /// wrong heading. The review desk asks the officer to confirm it with the unit (REVIEW16
    /// #3.3: not hidden); the report states no status from it (`settled`, REVIEW18 #2).
    static func copiedLeadPassages(_ tasks: [ConsolidatedReport.TaskResult], rules: ReportRules) -> [ConsolidatedReport.ReviewRow] {
        guard let least = rules.copiedPassageWords else { return [] }
        func norm(_ text: String) -> String {
            VietText.fold(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
        }
        // Two words running ("ket noi", "du lieu"): one syllable alone is no word of a task.
        func pairs(_ text: String) -> Set<String> {
            let w = norm(text).split(separator: " ")
            return w.count < 2 ? [] : Set((1..<w.count).map { w[$0 - 1] + " " + w[$0] })
        }
        var out: [ConsolidatedReport.ReviewRow] = []
        for (i, t) in tasks.enumerated() {
            guard let ls = t.leadStatus, ls.status == .notStarted else { continue }
            let own = t.statements.filter { $0.isLead && $0.unit.unitID == ls.unitID }.map { (text: norm($0.text), relevance: $0.relevance) }
                .filter { $0.text.split(separator: " ").count >= least }
            guard !own.isEmpty else { continue }
            for (j, o) in tasks.enumerated() where o.code != t.code {
                // Once per pair: when the lead reports both tasks not started, under the task the
                // passage says least about (the later one on a tie).
                let theirs = o.statements.filter { $0.unit.unitID == ls.unitID }
                let bothNotStarted = o.leadStatus?.unitID == ls.unitID && o.leadStatus?.status == .notStarted
                // Both rows not started and the passage carrying no words of the other task that
                // this one lacks ("đã xây dựng dự thảo kế hoạch, dự kiến tổ chức thực hiện trong
                // tháng 12"): the lead's one account of two tasks not yet carried out, not a row
                // pasted under the wrong heading — its "chưa thực hiện" stands (REVIEW31 #1).
                let otherWords = pairs(o.text).subtracting(pairs(t.text))
                guard own.contains(where: { s in theirs.contains { norm($0.text) == s.text
                    && (!bothNotStarted || !pairs(s.text).isDisjoint(with: otherWords))
                    && (!bothNotStarted || $0.relevance > s.relevance || ($0.relevance == s.relevance && j < i)) } })
                else { continue }
                out.append(.init(path: ls.file, unitID: ls.unitID, unitName: ls.unitName, severity: "warning", code: "lead-passage-copied", message: nil,
                                 params: ["code": t.code, "other": o.code, "unit": ls.unitName], source: ls.source))
                break
            }
        }
        return out
    }

    /// Figures that cannot all be as told, for the review desk (REVIEW10 #6): attendance per
    /// class far above a class's size (left out of totals: `unverified`); a partner's figure of
    /// work it took part in, larger than the lead's own figure of that work by more than
    /// rules.partnerOverLead times (left out already: participation).
    static func plausibilityFindings(_ groups: [ConsolidatedReport.TaskGroup], rules: ReportRules) -> [ConsolidatedReport.ReviewRow] {
        var out: [ConsolidatedReport.ReviewRow] = []
        for g in groups {
            for t in g.tasks {
                // One finding per figure held back: the events held back with it are not another.
                for n in t.notCounted where n.reason == .unverified && n.indicator != rules.attendance?.events {
                    let events = rules.attendance.flatMap { a in t.figures.first { $0.indicator == a.events }?.contributions.first { $0.unitID == n.unitID }?.value } ?? 0
                    let sources = t.figures.first { $0.indicator == n.indicator }?.contributions.first { $0.unitID == n.unitID }?.sources.map(\.location) ?? []
                    out.append(.init(path: n.file, unitID: n.unitID, unitName: n.unitName, severity: "warning", code: "figure-unverified", message: nil,
                                     params: ["code": t.code, "unit": n.unitName, "events": VietFormat.count(events), "value": VietFormat.number(n.value),
                                              "per": events > 0 ? VietFormat.number((n.value / events).rounded()) : ""],
                                     source: sources.joined(separator: "; ")))
                }
                guard let ratio = rules.partnerOverLead else { continue }
                for n in t.notCounted where n.reason == .participation {
                    // The lead's own figure of the same work in the group (the survey it held).
                    let leads = g.tasks.compactMap { o in o.figures.first { $0.indicator == n.indicator }?.contributions.filter { c in
                        c.unitID != n.unitID && c.value != 0 && (o.leadUnits.contains(c.unitID) || o.leadStatus?.unitID == c.unitID) } }.flatMap { $0 }
                    guard let lead = leads.first else { continue }
                    let leadValue = leads.filter { $0.unitID == lead.unitID }.map(\.value).reduce(0, +)
                    guard n.value > leadValue * ratio else { continue }
                    out.append(.init(path: n.file, unitID: n.unitID, unitName: n.unitName, severity: "warning", code: "figure-partner-over-lead", message: nil,
                                     params: ["code": t.code, "unit": n.unitName, "value": VietFormat.number(n.value), "indicator": n.indicator,
                                              "lead": lead.unitName, "leadValue": VietFormat.number(leadValue)],
                                     source: nil))
                }
            }
        }
        return out
    }

    /// `number` ("25", "800.500.000") in `text` as a whole number, not inside a longer one.
    public static func containsNumber(_ text: Substring, _ number: String) -> Bool {
        numberRange(text, number) != nil
    }

    /// Where `number` first stands in `text` as a whole number, zero-padded or not ("03" is 3).
    public static func numberRange(_ text: Substring, _ number: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let r = text.range(of: number, range: from..<text.endIndex) {
            var start = r.lowerBound
            while start > text.startIndex, text[text.index(before: start)] == "0" { start = text.index(before: start) }
            if !continuesNumber(text, before: start) && !continuesNumber(text, after: r.upperBound) { return start..<r.upperBound }
            from = r.upperBound
        }
        return nil
    }

    /// Whether what stands just before `i` is part of a number: a digit, or a grouping mark
    /// after a digit ("1.2" before "50").
    private static func continuesNumber(_ text: Substring, before i: Substring.Index) -> Bool {
        guard i > text.startIndex else { return false }
        let c = text[text.index(before: i)]
        if c.isNumber { return true }
        guard ".,".contains(c), text.index(before: i) > text.startIndex else { return false }
        return text[text.index(i, offsetBy: -2)].isNumber
    }

    /// Whether what stands at `i` is part of a number: a digit, or a grouping mark before a
    /// digit ("25" then ".000").
    private static func continuesNumber(_ text: Substring, after i: Substring.Index) -> Bool {
        guard i < text.endIndex else { return false }
        let c = text[i]
        if c.isNumber { return true }
        guard ".,".contains(c), text.index(after: i) < text.endIndex else { return false }
        return text[text.index(after: i)].isNumber
    }

    /// A group's figures with their city-wide count (less what its tasks leave out) and its
    /// share by kind of unit.
    /// The units of the kinds in `eachUnitOf` (the Department's own) have a share each: the
    /// report names who inspected ("Chi cục 25 cuộc"), not "các phòng, đơn vị".
    static func countedOnce(_ figures: [ConsolidatedReport.GroupFigure], tasks: [ConsolidatedReport.TaskResult],
                            kindOf: (String) -> String?, eachUnitOf: Set<String> = []) -> [ConsolidatedReport.GroupFigure] {
        figures.map { f in
            var f = f
            var byKind: [String?: (Double, [String])] = [:]
            var left = 0.0
            for t in tasks {
                let skipped = t.notCounted.filter { $0.indicator == f.indicator }
                left += skipped.map(\.value).reduce(0, +)
                for c in t.figures.first(where: { $0.indicator == f.indicator })?.contributions ?? [] where c.value != 0 {
                    if skipped.contains(where: { $0.unitID == c.unitID }) { continue }
                    var cur = byKind[kindOf(c.unitID)] ?? (0, [])
                    cur.0 += c.value
                    if !cur.1.contains(c.unitID) { cur.1.append(c.unitID) }
                    byKind[kindOf(c.unitID)] = cur
                }
            }
            f.counted = f.total - left
            let order = UnitGroup.allCases.map { Optional($0.rawValue) } + [nil]
            f.byKind = order.flatMap { k -> [ConsolidatedReport.KindShare] in
                guard let share = byKind[k] else { return [] }
                guard let kind = k, eachUnitOf.contains(kind), share.1.count > 1 else { return [.init(kind: k, value: share.0, units: share.1)] }
                return share.1.map { unit in
                    let value = tasks.flatMap { t in
                        (t.figures.first { $0.indicator == f.indicator }?.contributions ?? []).filter { c in
                            c.unitID == unit && !t.notCounted.contains { $0.indicator == f.indicator && $0.unitID == unit }
                        }
                    }.map(\.value).reduce(0, +)
                    return .init(kind: kind, value: value, units: [unit])
                }
            }
            return f
        }
    }

    // MARK: - Possible double counting

    /// Figures a sum may count twice, for the review page (the sums stay as reported), among
    /// the indicators of work done together (rules.overlapIndicators: inspections):
    /// a unit's figures told in a clause saying it took part in work others led
    /// (rules.jointWorkKeywords: "tham gia 25 cuộc kiểm tra") while other units of the same group
    /// report the same indicator; a unit giving such figures under several tasks of one group
    /// (the same inspections told under two headings).
    static func overlapFindings(_ tasks: [ConsolidatedReport.TaskResult], rules: ReportRules) -> [ConsolidatedReport.ReviewRow] {
        var out: [ConsolidatedReport.ReviewRow] = []
        let byGroup = Dictionary(grouping: tasks, by: \.group)
        for group in byGroup.keys.sorted() {
            let ts = byGroup[group]!
            var perUnit: [String: (name: String, file: String, tasks: [String], indicators: [String])] = [:]
            for t in ts {
                let figures = t.figures.filter { rules.overlapIndicators.contains($0.indicator) }
                var units: [String: [(indicator: String, c: ConsolidatedReport.Contribution)]] = [:]
                for f in figures { for c in f.contributions where c.value != 0 { units[c.unitID, default: []].append((f.indicator, c)) } }
                for (unit, list) in units.sorted(by: { $0.key < $1.key }) {
                    var cur = perUnit[unit] ?? (list[0].c.unitName, list[0].c.file, [], [])
                    cur.tasks.append(t.code)
                    for it in list where !cur.indicators.contains(it.indicator) { cur.indicators.append(it.indicator) }
                    perUnit[unit] = cur
                    // The unit's clauses on the task that say it took part: the figures they state.
                    let clauses = t.statements.filter { $0.unit.unitID == unit }.flatMap { $0.text.split(separator: ";").map(String.init) }
                        .filter { c in rules.jointWorkKeywords.contains { VietText.fold(c).contains($0) } }
                    let joint = list.filter { it in clauses.contains { $0.contains(VietFormat.number(it.c.value)) } }
                    guard !joint.isEmpty else { continue }
                    let others = Set(ts.flatMap(\.figures).filter { f in joint.contains { $0.indicator == f.indicator } }.flatMap(\.contributions)
                        .filter { $0.unitID != unit && $0.value != 0 }.map(\.unitID))
                    guard !others.isEmpty else { continue }
                    // Left out of the city-wide totals already (told as taking part), or summed.
                    let leftOut = joint.allSatisfy { j in t.notCounted.contains { $0.unitID == unit && $0.indicator == j.indicator } }
                    // Told from both sides: the units that report holding the work with it.
                    let held = t.notCounted.first { $0.unitID == unit && $0.reason == .jointWork }?.heldBy ?? []
                    // The units that told they held it with this unit, counted in its figure
                    // (rules.participation.countedBy "lead", REVIEW27 #3).
                    let inIt = Set(t.notCounted.filter { $0.reason == .jointWork && $0.heldBy == [unit] }.map(\.unitID))
                    out.append(.init(path: list[0].c.file, unitID: unit, unitName: list[0].c.unitName, severity: "warning", code: "figure-joint-work",
                                     message: nil,
                                     params: ["unit": list[0].c.unitName, "indicators": joint.map(\.indicator).joined(separator: ","),
                                              "values": joint.map { VietFormat.number($0.c.value) }.joined(separator: "; "), "code": t.code,
                                              "others": VietFormat.count(others.count), "leftOut": leftOut ? "true" : "false"]
                                        .merging(held.isEmpty ? [:] : ["held": VietFormat.count(held.count)]) { a, _ in a }
                                        .merging(inIt.isEmpty ? [:] : ["leadHeld": VietFormat.count(inIt.count)]) { a, _ in a },
                                     source: joint.flatMap { $0.c.sources.map(\.location) }.joined(separator: "; ")))
                }
            }
            // Attendance counted by units that held no event on a task whose lead held some:
            // likely people sent to the lead's classes, counted again (rules.attendance).
            if let a = rules.attendance {
                // A unit's attendance per event beyond what one class holds: to confirm.
                for t in ts {
                    guard let attendees = t.figures.first(where: { $0.indicator == a.attendees }),
                          let events = t.figures.first(where: { $0.indicator == a.events }), let most = a.perEvent else { continue }
                    // A figure an officer set on the desk is settled: not asked again (REVIEW51 #8).
                    for c in attendees.contributions where c.value != 0 && !t.notCounted.contains(where: { $0.unitID == c.unitID && $0.reason == .unverified })
                        && !c.sources.contains(where: \.isOfficersDecision) {
                        guard let n = events.contributions.first(where: { $0.unitID == c.unitID })?.value, n > 0, c.value / n > Double(most) else { continue }
                        // Counted as reported when beyondLimit is "ask": the question is the
                        // signer's, before signing (REVIEW37 #4).
                        out.append(.init(path: c.file, unitID: c.unitID, unitName: c.unitName, severity: a.beyondLimit == "ask" ? "warning" : "info", code: "figure-attendance-per-event",
                                         message: nil, params: ["code": t.code, "unit": c.unitName, "events": VietFormat.number(n),
                                                                "value": VietFormat.number(c.value), "per": VietFormat.number((c.value / n).rounded())],
                                         source: c.sources.map(\.location).joined(separator: "; ")))
                    }
                }
                for t in ts {
                    guard let attendees = t.figures.first(where: { $0.indicator == a.attendees }) else { continue }
                    let events = t.figures.first { $0.indicator == a.events }
                    let organisers = Set(events?.contributions.filter { $0.value != 0 }.map(\.unitID) ?? [])
                    guard let lead = attendees.contributions.first(where: { t.leadUnits.contains($0.unitID) && organisers.contains($0.unitID) && $0.value != 0 })
                    else { continue }
                    let guests = attendees.contributions.filter { $0.value != 0 && !organisers.contains($0.unitID) }
                    guard !guests.isEmpty else { continue }
                    out.append(.init(path: lead.file, unitID: lead.unitID, unitName: lead.unitName, severity: "info", code: "figure-attendance", message: nil,
                                     params: ["code": t.code, "units": VietFormat.count(guests.count),
                                              "value": VietFormat.number(guests.map(\.value).reduce(0, +)),
                                              "lead": lead.unitName, "leadValue": VietFormat.number(lead.value)],
                                     source: nil))
                }
            }
            for unit in perUnit.keys.sorted() {
                let u = perUnit[unit]!
                guard u.tasks.count > 1 else { continue }
                out.append(.init(path: u.file, unitID: unit, unitName: u.name, severity: "info", code: "figure-two-tasks", message: nil,
                                 params: ["unit": u.name, "indicators": u.indicators.joined(separator: ","), "tasks": u.tasks.joined(separator: ",")],
                                 source: nil))
            }
        }
        return out
    }

    // MARK: - Budget and reporting

    static func budgetOf(_ tasks: [ConsolidatedReport.TaskResult], restated: [ConsolidatedReport.Restatement], pipeline p: PipelineDefinition) -> ConsolidatedReport.Budget {
        let holder = p.reporters.compactMap(\.reportTo).first
        var spending: [ConsolidatedReport.Spent] = []
        var units = Set<String>()
        for t in tasks {
            for f in t.figures where f.indicator == budgetIndicator {
                for c in f.contributions {
                    units.insert(c.unitID)
                    if c.unitID == holder, c.value != 0 { spending.append(.init(task: t.code, amount: c.value)) }
                }
            }
        }
        let decision = p.budget.source.flatMap { s in s.range(of: "Quyết định số").map { String(s[$0.lowerBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .;")) } }
        return .init(planned: p.budget.amount, holder: holder, holderName: holder.flatMap { p.units.unit(id: $0)?.name },
                     holderUsed: nil, holderSpending: spending.isEmpty ? nil : spending, reportedTotal: nil, reportedUnits: units.count,
                     decision: decision)
    }

    static func completeness(_ rows: [ConsolidatedReport.ReporterRow]) -> ConsolidatedReport.Completeness {
        func count(_ list: [ConsolidatedReport.ReporterRow], _ s: ConsolidatedReport.ReportingState) -> Int { list.filter { $0.state == s }.count }
        var byGroup: [ConsolidatedReport.GroupCompleteness] = []
        for g in UnitGroup.allCases {
            let members = rows.filter { $0.group == g.rawValue }
            guard !members.isEmpty else { continue }
            byGroup.append(.init(group: g.rawValue, expected: members.count,
                                 received: count(members, .onTime) + count(members, .late), late: count(members, .late),
                                 unreadable: count(members, .unreadable), missing: count(members, .missing)))
        }
        return .init(expected: rows.count, received: count(rows, .onTime) + count(rows, .late), onTime: count(rows, .onTime),
                     late: count(rows, .late), unreadable: count(rows, .unreadable), missing: count(rows, .missing), byGroup: byGroup)
    }

    // MARK: - Items

    static func merge(_ input: (texts: [String], refs: [ConsolidatedReport.UnitRef])) -> [ConsolidatedReport.MergedItem] {
        TextMerge.cluster(input.texts, threshold: itemMergeThreshold).map { members in
            var units: [ConsolidatedReport.UnitRef] = []
            for m in members where !units.contains(where: { $0.unitID == input.refs[m].unitID }) { units.append(input.refs[m]) }
            let wordings = uniqueFolded(members.map { input.texts[$0] })
            return .init(text: wordings[0], units: units, variants: Array(wordings.dropFirst()), action: nil)
        }
        .sorted { $0.units.count > $1.units.count }
    }

    /// Texts with duplicates (same folded form) removed, order kept.
    static func uniqueFolded(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert(VietText.fold($0)).inserted }
    }
}
