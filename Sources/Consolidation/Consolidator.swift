import Extraction
import Foundation
import Plan
import VietText

/// Computes the consolidated report from the run's input. Pure and deterministic.
public enum Consolidator {
    /// Items of two units merge when their folded word sets are at least this similar.
    public static let itemMergeThreshold = 0.6
    /// Quotes of two units about one task merge at this similarity.
    public static let quoteMergeThreshold = 0.85
    /// Quotes stated per task in the body (all are kept in JSON and HTML).
    public static let quotesInBody = 2

    public static func report(from input: ConsolidationInput) -> ConsolidatedReport {
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

        // Section I: tasks.
        var groups: [ConsolidatedReport.TaskGroup] = []
        for g in p.catalogue.groups {
            var tasks: [ConsolidatedReport.TaskResult] = []
            for task in p.catalogue.tasks where task.group == g.number {
                tasks.append(taskResult(task, current: current, unitID: unitID, unitName: unitName, asOf: input.asOf, units: p.units))
            }
            groups.append(.init(number: g.number, title: g.title, tasks: tasks))
        }
        let allTasks = groups.flatMap(\.tasks)

        // Sections III and IV.
        func merged(_ pick: (Submission) -> [Item]) -> [ConsolidatedReport.MergedItem] {
            var texts: [String] = []
            var refs: [ConsolidatedReport.UnitRef] = []
            for r in current {
                for item in pick(r.submission) {
                    let t = VietText.collapseWhitespace(item.text)
                    guard !t.isEmpty, !TextMerge.isClosingFormula(t) else { continue }
                    texts.append(t)
                    refs.append(.init(unitID: unitID(r), unitName: unitName(r), file: r.path, source: item.source))
                }
            }
            return TextMerge.cluster(texts, threshold: itemMergeThreshold).map { members in
                var units: [ConsolidatedReport.UnitRef] = []
                for m in members where !units.contains(where: { $0.unitID == refs[m].unitID }) { units.append(refs[m]) }
                let wordings = uniqueFolded(members.map { texts[$0] })
                return .init(text: wordings[0], units: units, variants: Array(wordings.dropFirst()))
            }
            .sorted { $0.units.count > $1.units.count }
        }

        let submissions = current.map { r in
            ConsolidatedReport.SubmissionRow(
                id: r.id, unitID: unitID(r), unitName: unitName(r), file: r.path, sha256: r.submission.sha256,
                documentNumber: r.submission.document.number, documentDate: r.submission.document.date,
                receivedAt: r.receivedAt, supersedes: r.supersedes)
        }
        let byID = Dictionary(input.current.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let reporters = input.reporters.map { s in
            ConsolidatedReport.ReporterRow(
                unitID: s.unitID, unitName: s.unitName, kind: p.units.unit(id: s.unitID)?.kind.displayName ?? "",
                deadline: s.deadline, state: s.state, stateLabel: s.state.label,
                documentNumber: s.submissionID.flatMap { byID[$0]?.submission.document.number },
                documentDate: s.documentDate, receivedAt: s.receivedAt,
                file: s.submissionID.flatMap { byID[$0]?.path })
        }
        let names = Dictionary(current.map { (unitID($0), unitName($0)) }, uniquingKeysWith: { a, _ in a })
        let review = input.review.map { r in
            ConsolidatedReport.ReviewRow(
                path: r.path, unitID: r.unitID, unitName: r.unitID.flatMap { names[$0] ?? p.units.unit(id: $0)?.name },
                severity: r.finding.severity.rawValue, code: r.finding.code, message: r.finding.message, source: r.finding.source)
        }
        let refused = input.refused.map { ConsolidatedReport.RefusedRow(path: $0.path, kind: $0.kind, reason: $0.reason, firstSeen: $0.firstSeen) }

        let assessment = assess(allTasks, input: input, reporters: input.reporters)
        return ConsolidatedReport(
            schemaVersion: ConsolidatedReport.currentSchemaVersion, pipeline: p.id, runID: input.runID, asOf: input.asOf,
            header: header(p, asOf: input.asOf), groups: groups, assessment: assessment,
            difficulties: merged { $0.difficulties }, proposals: merged { $0.proposals },
            reporters: reporters, submissions: submissions, refused: refused, review: review)
    }

    // MARK: - Header

    static func header(_ p: PipelineDefinition, asOf: PlanDate) -> ConsolidatedReport.Header {
        let parent = p.issuer.parent.uppercased()
        var parentLines = [parent]
        if let r = parent.range(of: " THÀNH PHỐ ") {
            parentLines = [String(parent[..<r.lowerBound]), String(parent[parent.index(after: r.lowerBound)...])]
        }
        let subjectTitle = p.plan.title.hasPrefix("Kế hoạch") ? p.plan.title : "Kế hoạch " + p.plan.title
        let holder = "Chi cục Tiêu chuẩn Đo lường Chất lượng"
        return .init(
            parentLines: parentLines, issuerLines: [p.issuer.name.uppercased()],
            numberLine: "Số: " + p.report.numberPattern,
            placeDate: "Thành phố Hồ Chí Minh, " + VietFormat.longDate(asOf),
            subject: "Kết quả thực hiện " + subjectTitle,
            recipients: p.report.recipients, planTitle: p.plan.title,
            budgetPlanned: p.budget.amount,
            budgetText: VietFormat.money(Double(p.budget.amount)) + " (" + VietFormat.moneyInWords(p.budget.amount) + ")",
            signerAuthority: p.signer.authority, signerTitle: p.signer.title, signerName: p.signer.name,
            copies: ["Như trên;", "Giám đốc Sở (để báo cáo);", holder + ";", "Lưu: VT, TĐC."],
            issuerName: p.issuer.name)
    }

    // MARK: - Tasks

    static func taskResult(
        _ task: PlanTask, current: [ReceivedSubmission], unitID: (ReceivedSubmission) -> String,
        unitName: (ReceivedSubmission) -> String, asOf: PlanDate, units: UnitRegistry
    ) -> ConsolidatedReport.TaskResult {
        var statuses: [ConsolidatedReport.UnitStatus] = []
        var sums: [IndicatorID: (total: Double, contributions: [ConsolidatedReport.Contribution])] = [:]
        var quoteTexts: [String] = []
        var quoteRefs: [ConsolidatedReport.UnitRef] = []
        var contributing: [String] = []
        let taskTokens = TextMerge.tokens(task.text)

        for r in current {
            let entries = r.submission.entries.filter { TaskCode(rawValue: $0.task) == task.code }
            guard !entries.isEmpty else { continue }
            let uid = unitID(r), name = unitName(r)
            contributing.append(uid)
            // One status per unit: the most advanced stated one.
            let stated = entries.map(\.status)
            let status = [TaskStatus.completed, .inProgress, .notStarted, .notApplicable].first { stated.contains($0) } ?? .unknown
            let statusSource = entries.first { $0.status == status }?.statusSource
            statuses.append(.init(unitID: uid, unitName: name, status: status, file: r.path, source: statusSource))
            // Figures: every entry of the unit about the task, summed per indicator.
            var perUnit: [IndicatorID: (Double, [FigureSource])] = [:]
            for e in entries {
                for (id, f) in e.indicators {
                    var cur = perUnit[id] ?? (0, [])
                    cur.0 += f.value
                    cur.1 += f.sources
                    perUnit[id] = cur
                }
                let q = TextMerge.substance(TextMerge.droppingRestatement(VietText.collapseWhitespace(e.text), taskTokens: taskTokens), limit: 300)
                // A unit that copies the plan's task text says nothing new.
                if VietText.words(q).count >= 8, TextMerge.similarity(TextMerge.tokens(q), taskTokens) < 0.5 {
                    quoteTexts.append(q)
                    quoteRefs.append(.init(unitID: uid, unitName: name, file: r.path, source: e.sources.first))
                }
            }
            for (id, v) in perUnit {
                var s = sums[id] ?? (0, [])
                s.total += v.0
                s.contributions.append(.init(unitID: uid, unitName: name, value: v.0, file: r.path, sources: v.1))
                sums[id] = s
            }
        }

        let figures = sums.keys.sorted { (IndicatorWording.rank($0), $0) < (IndicatorWording.rank($1), $1) }.map { id in
            let s = sums[id]!
            return ConsolidatedReport.FigureTotal(
                indicator: id.rawValue, label: IndicatorWording.of(id).label, isMoney: id.isMoney,
                total: s.total, unitCount: s.contributions.count, contributions: s.contributions)
        }
        let quotes = TextMerge.cluster(quoteTexts, threshold: quoteMergeThreshold, sameNumbers: true).map { members in
            var refs: [ConsolidatedReport.UnitRef] = []
            for m in members where !refs.contains(where: { $0.unitID == quoteRefs[m].unitID }) { refs.append(quoteRefs[m]) }
            return ConsolidatedReport.Quote(text: quoteTexts[members[0]], units: refs)
        }
        // Quotes with figures and shared by more units first: the body states the first ones.
        .enumerated().sorted { a, b in
            func score(_ q: ConsolidatedReport.Quote) -> Int {
                q.units.count * 100 + (q.text.contains { $0.isNumber } ? 50 : 0) + min(q.text.count, 300) / 10
            }
            let sa = score(a.element), sb = score(b.element)
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)

        var counts: [String: Int] = [:]
        for s in statuses { counts[s.status.rawValue, default: 0] += 1 }
        let progress = rollUp(statuses, lead: task.lead)
        let due = task.schedule.dueDate
        let overdue = due.map { $0 < asOf } == true && progress != .completed

        var result = ConsolidatedReport.TaskResult(
            code: task.code.rawValue, group: task.group, letter: String(task.code.letter), title: task.title, text: task.text,
            lead: task.leadText, leadUnits: task.lead, schedule: task.schedule.displayText, dueDate: due,
            progress: progress, overdue: overdue, statusCounts: counts, unitStatuses: statuses, figures: figures,
            quotes: quotes, contributingUnits: contributing, sentences: [])
        result.sentences = sentences(result, units: units)
        return result
    }

    /// The task's progress from the units' statuses: completed when every unit that stated a
    /// status completed it, not started when none started, in progress in between. The lead
    /// unit decides whether the task is done: when it reports completion the task is
    /// completed, when it reports work in progress the task is in progress (not completed,
    /// whatever the partners say); a lead that has not started does not undo the partners' work.
    static func rollUp(_ statuses: [ConsolidatedReport.UnitStatus], lead: [String]) -> ConsolidatedReport.Progress {
        func map(_ s: TaskStatus) -> ConsolidatedReport.Progress? {
            switch s {
            case .completed: return .completed
            case .inProgress: return .inProgress
            case .notStarted: return .notStarted
            case .notApplicable, .unknown: return nil
            }
        }
        let known = statuses.compactMap { map($0.status) }
        if known.isEmpty { return .noInformation }
        let fromAll: ConsolidatedReport.Progress =
            known.allSatisfy { $0 == .completed } ? .completed : known.allSatisfy { $0 == .notStarted } ? .notStarted : .inProgress
        if let leadStatus = statuses.first(where: { lead.contains($0.unitID) }).flatMap({ map($0.status) }) {
            switch leadStatus {
            case .completed: return .completed
            case .inProgress: return .inProgress
            default: return fromAll
            }
        }
        return fromAll
    }

    /// A unit's name for running text: agencies without the trailing "Thành phố Hồ Chí Minh"
    /// ("Chi cục Tiêu chuẩn Đo lường Chất lượng"); communes as named.
    public static func shortName(_ name: String) -> String {
        for suffix in [" Thành phố Hồ Chí Minh", " TP. Hồ Chí Minh", " TP Hồ Chí Minh"] where name.hasSuffix(suffix) && !name.hasPrefix("Phường") && !name.hasPrefix("Xã") {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// "05 đơn vị (Phường A, …)" or the one unit's name.
    static func whoSaid(_ names: [String]) -> String {
        let names = names.map(shortName)
        if names.count == 1 { return names[0] }
        if names.count <= 3 { return VietFormat.list(names) }
        return VietFormat.count(names.count) + " đơn vị"
    }

    static func sentences(_ t: ConsolidatedReport.TaskResult, units: UnitRegistry) -> [String] {
        var out: [String] = []
        let n = t.unitStatuses.count
        if n == 0 {
            out.append("Chưa có đơn vị báo cáo kết quả thực hiện nhiệm vụ này.")
        } else {
            var parts: [String] = []
            let order: [(TaskStatus, String)] = [
                (.completed, "đã hoàn thành"), (.inProgress, "đang thực hiện"), (.notStarted, "chưa thực hiện"),
                (.notApplicable, "không phát sinh nhiệm vụ"), (.unknown, "chưa nêu rõ tiến độ"),
            ]
            for (s, words) in order {
                let c = t.statusCounts[s.rawValue] ?? 0
                if c > 0 { parts.append("\(VietFormat.count(c)) đơn vị \(words)") }
            }
            if n == 1 {
                let u = t.unitStatuses[0]
                let state = order.first { $0.0 == u.status }!.1
                out.append("\(shortName(u.unitName)) báo cáo kết quả thực hiện nhiệm vụ; tiến độ: \(state).")
            } else {
                out.append("Có \(VietFormat.count(n)) đơn vị báo cáo kết quả thực hiện nhiệm vụ, trong đó " + parts.joined(separator: ", ") + ".")
            }
        }
        if !t.figures.isEmpty {
            // When one unit gave every figure it is the subject, and the figures need no attribution.
            let contributors = Set(t.figures.flatMap { $0.contributions.map(\.unitID) })
            let single = contributors.count == 1 ? t.figures[0].contributions[0].unitName : nil
            var body = ""
            for (i, f) in t.figures.enumerated() {
                let w = IndicatorWording.known[f.indicator] ?? IndicatorWording.of(IndicatorID(f.indicator))
                let who = whoSaid(f.contributions.map(\.unitName))
                let attribution = single == nil ? " (" + who + ")" : ""
                let clause = w.clause(f.total, money: f.isMoney) + attribution
                // "tổ chức 72 lớp … (26 đơn vị), với 5.889 lượt người tham dự (26 đơn vị)".
                if i == 0 {
                    body = clause
                    if f.indicator == "participants" { body = "có " + VietFormat.count(f.total) + " " + w.noun + attribution }
                } else if f.indicator == "participants" && t.figures[i - 1].indicator == "training_courses" {
                    body += ", " + clause
                } else if f.indicator == "participants" {
                    body += "; có " + VietFormat.count(f.total) + " " + w.noun + attribution
                } else {
                    body += "; " + clause
                }
            }
            let subject = single.map(shortName) ?? "Các đơn vị"
            out.append(subject + " đã " + body + ".")
        }
        let leadReported = t.unitStatuses.first { u in
            t.leadUnits.contains(u.unitID) && ((u.status == .completed && t.progress == .completed) || (u.status == .inProgress && t.progress == .inProgress))
        }
        let basis = leadReported.map { " (theo báo cáo của \(shortName($0.unitName)), đơn vị chủ trì)" } ?? ""
        switch t.progress {
        case .completed: out.append("Đánh giá: nhiệm vụ đã hoàn thành\(basis).")
        case .inProgress, .notStarted, .noInformation:
            if t.overdue, let due = t.dueDate {
                out.append("Đánh giá: nhiệm vụ có thời hạn đến \(VietFormat.date(due)), đến thời điểm báo cáo chưa hoàn thành (quá hạn)\(basis).")
            } else if t.progress == .inProgress {
                out.append("Đánh giá: nhiệm vụ đang thực hiện theo tiến độ\(basis).")
            } else if t.progress == .notStarted {
                out.append("Đánh giá: nhiệm vụ chưa được triển khai\(basis).")
            }
        }
        return out
    }

    // MARK: - Assessment

    static func assess(_ tasks: [ConsolidatedReport.TaskResult], input: ConsolidationInput, reporters: [ReporterStatus]) -> ConsolidatedReport.Assessment {
        let p = input.pipeline
        var progress: [String: Int] = [:]
        for t in tasks { progress[t.progress.rawValue, default: 0] += 1 }
        let overdue = tasks.filter(\.overdue)

        // Budget: budget_spent_vnd over every unit and task; and the holder's (the Chi cục).
        let holder = p.reporters.compactMap(\.reportTo).first
        var total = 0.0, holderTotal = 0.0
        var budgetUnits = Set<String>()
        var holderSeen = false
        for t in tasks {
            for f in t.figures where f.indicator == "budget_spent_vnd" {
                total += f.total
                for c in f.contributions {
                    budgetUnits.insert(c.unitID)
                    if c.unitID == holder { holderTotal += c.value; holderSeen = true }
                }
            }
        }

        // Reporting.
        let groupOrder: [(UnitGroup, String)] = [
            (.internalUnits, "phòng, đơn vị trực thuộc Sở"), (.departments, "sở, ban, ngành"), (.communes, "phường, xã, đặc khu"),
        ]
        var byGroup: [ConsolidatedReport.ReporterGroupCount] = []
        for (g, label) in groupOrder {
            let members = reporters.filter { p.units.unit(id: $0.unitID)?.kind.group == g }
            guard !members.isEmpty else { continue }
            byGroup.append(.init(group: g.rawValue, label: label, expected: members.count,
                                 received: members.filter { $0.state != .missing }.count,
                                 late: members.filter { $0.state == .late }.count))
        }
        let received = reporters.filter { $0.state != .missing }.count
        let late = reporters.filter { $0.state == .late }.count
        let onTime = reporters.filter { $0.state == .onTime }.count
        let missing = reporters.filter { $0.state == .missing }

        var s: [String] = []
        let n = tasks.count
        let c = progress[ConsolidatedReport.Progress.completed.rawValue] ?? 0
        let ip = progress[ConsolidatedReport.Progress.inProgress.rawValue] ?? 0
        let ns = progress[ConsolidatedReport.Progress.notStarted.rawValue] ?? 0
        let ni = progress[ConsolidatedReport.Progress.noInformation.rawValue] ?? 0
        var line = "Đến thời điểm báo cáo (\(VietFormat.date(input.asOf))), \(VietFormat.count(c))/\(VietFormat.count(n)) nhiệm vụ đã hoàn thành (đạt \(VietFormat.percent(c, of: n)))"
        if ip > 0 { line += ", \(VietFormat.count(ip)) nhiệm vụ đang thực hiện" }
        if ns > 0 { line += ", \(VietFormat.count(ns)) nhiệm vụ chưa thực hiện" }
        if ni > 0 { line += ", \(VietFormat.count(ni)) nhiệm vụ chưa có thông tin từ báo cáo của các đơn vị" }
        if overdue.isEmpty {
            line += "; không có nhiệm vụ quá hạn."
        } else {
            line += "; \(VietFormat.count(overdue.count)) nhiệm vụ đã hết thời hạn thực hiện theo Kế hoạch nhưng chưa hoàn thành (quá hạn): "
                + overdue.map { "nhiệm vụ \($0.code) (hạn \($0.dueDate.map(VietFormat.date) ?? ""))" }.joined(separator: "; ") + "."
        }
        s.append(line)

        let planned = Double(p.budget.amount)
        var budget = "Dự toán năm \(p.plan.year) giao Chi cục Tiêu chuẩn Đo lường Chất lượng để thực hiện Kế hoạch là \(VietFormat.money(planned)) (\(VietFormat.moneyInWords(p.budget.amount)))"
        if holderSeen {
            if holderTotal <= planned {
                budget += "; đến thời điểm báo cáo, Chi cục đã sử dụng \(VietFormat.money(holderTotal)), đạt \(VietFormat.percent(holderTotal, of: planned)) dự toán."
            } else {
                budget += "; Chi cục báo cáo đã sử dụng \(VietFormat.money(holderTotal)) cho các nhiệm vụ của Kế hoạch, cao hơn dự toán được giao (số liệu gồm cả kinh phí từ các nguồn khác, cần rà soát, tách riêng phần kinh phí theo dự toán)."
            }
        } else {
            budget += "; chưa có số liệu kinh phí đã sử dụng trong báo cáo của Chi cục."
        }
        if !budgetUnits.isEmpty {
            budget += " Tổng kinh phí các đơn vị báo cáo đã sử dụng cho các nhiệm vụ của Kế hoạch là \(VietFormat.money(total)) (số liệu của \(VietFormat.count(budgetUnits.count)) đơn vị, gồm cả nguồn kinh phí của các đơn vị)."
        }
        s.append(budget)

        if !reporters.isEmpty {
            var r = "Có "
                + byGroup.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \($0.label)" }.joined(separator: ", ")
                + " gửi báo cáo (tổng cộng \(VietFormat.count(received))/\(VietFormat.count(reporters.count)) đơn vị, đạt \(VietFormat.percent(received, of: reporters.count)))"
            r += late > 0 ? "; trong đó \(VietFormat.count(late)) đơn vị gửi sau thời hạn." : "; các đơn vị đều gửi đúng thời hạn."
            if !missing.isEmpty {
                let shown = missing.prefix(10).map(\.unitName)
                r += " Các đơn vị chưa gửi báo cáo: " + shown.joined(separator: ", ")
                if missing.count > shown.count { r += " và \(VietFormat.count(missing.count - shown.count)) đơn vị khác" }
                r += " (chi tiết tại Phụ lục II)."
            }
            s.append(r)
        }

        return .init(
            taskCount: n, progressCounts: progress, overdueTasks: overdue.map(\.code), budgetPlanned: p.budget.amount,
            budgetReportedTotal: budgetUnits.isEmpty ? nil : total, budgetReportedUnits: budgetUnits.count,
            budgetUsedByHolder: holderSeen ? holderTotal : nil, budgetHolder: holder,
            expectedReporters: reporters.count, received: received, onTime: onTime, late: late, missing: missing.count,
            byGroup: byGroup, sentences: s)
    }

    /// Texts with duplicates (same folded form) removed, order kept.
    static func uniqueFolded(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert(VietText.fold($0)).inserted }
    }
}

extension ConsolidatedReport.MergedItem {
    /// "(Phường A, Sở B)" or "(phản ánh của 12 đơn vị: A, B, C, …)".
    public var attribution: String {
        let names = units.map { Consolidator.shortName($0.unitName) }
        if names.count <= 4 { return "(" + VietFormat.list(names) + ")" }
        return "(phản ánh của \(VietFormat.count(names.count)) đơn vị: " + names.prefix(4).joined(separator: ", ") + ", …)"
    }
}
