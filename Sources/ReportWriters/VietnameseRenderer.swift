import Consolidation
import Extraction
import Foundation
import Plan
import VietText

/// One block of the report's body, in order.
public enum BodyBlock: Sendable, Equatable {
    /// "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI".
    case section(String)
    /// "1. Tuyên truyền, …" (bold).
    case item(String)
    case paragraph(String)
    /// "- …" lines.
    case dash(String)

    public var text: String {
        switch self {
        case .section(let s), .item(let s), .paragraph(let s), .dash(let s): return s
        }
    }
}

/// Turns the consolidated data into the report's Vietnamese text, every phrase from the
/// pipeline's report.yaml. The DOCX writer lays the blocks out; the appendix tables and the
/// review page take their labels from here too.
public struct VietnameseRenderer: Sendable {
    public let report: ConsolidatedReport
    public let definition: ReportDefinition
    var w: ReportWording { definition.wording }

    public init(_ report: ConsolidatedReport, definition: ReportDefinition) {
        self.report = report
        self.definition = definition
    }

    // MARK: - Header

    /// "Số:      /BC-SKHCN": the number left blank for the văn thư.
    public var numberLine: String { w("header.numberLine", ["number": blankNumber]) }

    var blankNumber: String {
        let pattern = report.issuer.numberPattern
        return pattern.replacingOccurrences(of: "…", with: w("header.numberBlank")).replacingOccurrences(of: "...", with: w("header.numberBlank"))
    }

    /// "Thành phố Hồ Chí Minh, ngày      tháng 11 năm 2026": the day left blank.
    public var placeDate: String {
        w("header.placeDate", ["day": w("header.dayBlank"), "month": VietFormat.monthText(report.asOf.month), "year": String(report.asOf.year)])
    }

    public var parentLines: [String] {
        let parent = report.issuer.parent.uppercased()
        if let r = parent.range(of: " THÀNH PHỐ ") {
            return [String(parent[..<r.lowerBound]), String(parent[parent.index(after: r.lowerBound)...])]
        }
        return [parent]
    }

    public var issuerLines: [String] { [report.issuer.name.uppercased()] }
    public var title: String { w("header.title") }
    public var subject: String {
        w("header.subject", ["plan": planTitle, "year": String(report.plan.year), "directive": w("header.directive")])
    }
    public var planTitle: String {
        let kind = w("opening.planKind")
        return report.plan.title.hasPrefix(kind) ? report.plan.title : kind + " " + report.plan.title
    }
    public var recipientsLabel: String { w("header.recipientsLabel") }
    public var copiesLabel: String { w("closing.copiesLabel") }
    public var copies: [String] { w.list("closing.copies") }

    public var appendixOf: String {
        w("header.appendixOf", ["number": blankNumber, "day": w("header.dayBlank"), "month": VietFormat.monthText(report.asOf.month),
                                "year": String(report.asOf.year), "issuer": report.issuer.name])
    }

    // MARK: - Names

    /// A unit's name for running text: agencies without the trailing city name
    /// ("Chi cục Tiêu chuẩn Đo lường Chất lượng"), the suffixes listed in report.yaml.
    public func shortName(_ name: String) -> String {
        for suffix in w.list("names.dropSuffixes") where name.hasSuffix(" " + suffix) {
            return String(name.dropLast(suffix.count + 1))
        }
        return name
    }

    /// "phường, xã, đặc khu" for "group:communes".
    public func groupLabel(_ group: String?) -> String? {
        guard let g = group?.replacingOccurrences(of: "group:", with: ""), w.texts["labels.unitGroups.\(g)"] != nil else { return nil }
        return w("labels.unitGroups.\(g)")
    }

    /// "Phường A, Phường B và Sở C" up to three; beyond, counted by kind: "12 phường, xã, đặc
    /// khu và 02 sở, ban, ngành".
    func who(_ units: [ConsolidatedReport.UnitRef]) -> String {
        let groups = units.map { u in report.reporters.first { $0.unitID == u.unitID }?.group }
        if units.count <= 3 {
            return w("who.named", ["names": VietFormat.list(units.map { shortName($0.unitName) })])
        }
        var parts: [String] = []
        var unknown = 0
        for g in UnitGroup.allCases {
            let n = groups.filter { $0 == g.rawValue }.count
            if n > 0, let label = groupLabel(g.rawValue) { parts.append(w("who.units", ["n": VietFormat.count(n), "kind": label])) }
        }
        unknown = groups.filter { g in g == nil || groupLabel(g) == nil }.count
        if unknown > 0 { parts.append(w("who.units", ["n": VietFormat.count(unknown), "kind": w("who.otherKind")])) }
        return VietFormat.list(parts)
    }

    func indicator(_ id: String) -> IndicatorWording {
        w.indicators[id] ?? IndicatorWording(label: id, measure: "", clause: id + " {n}")
    }

    func clause(_ id: String, _ value: Double, money: Bool) -> String {
        let n = money ? VietFormat.money(value) : VietFormat.count(value)
        return ReportWordingFill.fill(indicator(id).clause, ["n": n])
    }

    public func stateLabel(_ p: ConsolidatedReport.Progress) -> String { w("labels.state.\(p.rawValue)") }
    public func statusLabel(_ s: TaskStatus) -> String { w("labels.status.\(s.rawValue)") }
    public func reportingLabel(_ s: ConsolidatedReport.ReportingState) -> String { w("labels.reporting.\(s.rawValue)") }
    public func indicatorLabel(_ id: String) -> String { indicator(id).label }

    func taskRef(_ t: ConsolidatedReport.TaskResult) -> String { w("task.ref", ["title": t.title, "code": t.code]) }

    func leadName(_ t: ConsolidatedReport.TaskResult) -> String {
        t.leadStatus.map { shortName($0.unitName) } ?? t.leadText
    }

    // MARK: - Body

    var directive: String { w("header.directive") }
    var directiveShort: String { w("header.directiveShort") }

    /// The body, sections I–V and the closing paragraph, abbreviations written out at first use.
    public func body() -> [BodyBlock] {
        var bases = w.list("header.bases").joined(separator: " ")
        if let n = report.plan.number, let d = report.plan.date {
            bases += " " + w("opening.planBasis", ["number": n, "date": VietFormat.longDateWithoutDay(d), "issuer": report.issuer.name])
        } else {
            bases += " " + w("opening.planBasisUnnumbered", ["issuer": report.issuer.name, "year": String(report.plan.year)])
        }
        let c = report.completeness
        let opening: [BodyBlock] = [.paragraph(w("opening.text", ["bases": bases, "received": VietFormat.count(c.received), "expected": VietFormat.count(c.expected),
                                                                  "asOf": VietFormat.date(report.asOf), "issuer": report.issuer.name]))]
        var rest = direction() + results() + assessment() + outlook() + proposals()
        rest = abbreviate(expand(rest)).map { $0.with(lowerAfterSemicolons($0.text)) }
        let recipients = VietFormat.list(report.issuer.recipients)
        return opening + rest + [.paragraph(w("closing.text", ["plan": planRef(), "issuer": report.issuer.name, "recipients": recipients,
                                                               "year": String(report.plan.year), "directive": directiveShort]))]
    }

    func planRef() -> String {
        if let n = report.plan.number, let d = report.plan.date {
            return w("opening.planRef", ["kind": w("opening.planKind"), "number": n, "date": VietFormat.longDateWithoutDay(d)])
        }
        return planTitle
    }

    var holderName: String {
        report.budget.holderName.map { shortName($0) } ?? ""
    }

    func direction() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.direction"))]
        out.append(.paragraph(w("direction.plan", ["plan": planRef(), "holder": holderName])))
        let parts = report.deadlines.map { d -> String in
            let labels = d.units.compactMap { groupLabel($0) }
            return w("direction.deadline", ["units": VietFormat.list(labels), "date": VietFormat.date(d.date)])
        }
        if !parts.isEmpty { out.append(.paragraph(w("direction.reporting", ["deadlines": parts.joined(separator: "; ")]))) }
        return out
    }

    /// "Đã hoàn thành 06/09 nhiệm vụ; 02 nhiệm vụ đang triển khai; 01 nhiệm vụ chưa triển khai".
    func groupProgress(_ counts: [String: Int], total: Int, overdue: Int) -> String {
        var parts: [String] = []
        for p in ConsolidatedReport.Progress.allCases {
            guard let n = counts[p.rawValue], n > 0 else { continue }
            if parts.isEmpty {
                parts.append(w("labels.stateLead.\(p.rawValue)", ["n": VietFormat.count(n), "total": VietFormat.count(total)]))
            } else {
                parts.append(w("assessment.stateCount", ["n": VietFormat.count(n), "state": w("labels.stateVerb.\(p.rawValue)")]))
            }
        }
        let text = w("results.progress", ["states": parts.joined(separator: "; "),
                                          "overdue": overdue > 0 ? w("results.overdue", ["n": VietFormat.count(overdue)]) : ""])
        return upperFirst(text)
    }

    /// Clauses of one sentence, in the indicators' order: a clause right after one it
    /// continues takes its continued form ("177 cuộc kiểm tra tại 2.055 cơ sở, phát hiện …");
    /// the others are joined with "; ".
    func sentenceClauses(_ items: [(id: String, value: Double, money: Bool)]) -> String {
        var out = ""
        var previous: String?
        for it in items {
            let ind = indicator(it.id)
            let n = it.money ? VietFormat.money(it.value) : VietFormat.count(it.value)
            if let prev = previous, let cont = ind.continued, ind.continuesAfter.contains(prev), !out.isEmpty {
                out += ReportWordingFill.fill(cont, ["n": n])
            } else {
                out += (out.isEmpty ? "" : "; ") + ReportWordingFill.fill(ind.clause, ["n": n])
            }
            previous = it.id
        }
        return out
    }

    /// Units that gave a non-zero figure for the group (a reported zero is no contribution).
    func contributors(_ g: ConsolidatedReport.TaskGroup) -> [ConsolidatedReport.Contribution] {
        var seen = Set<String>()
        var out: [ConsolidatedReport.Contribution] = []
        for t in g.tasks {
            for f in t.figures where f.indicator != Consolidator.budgetIndicator {
                for c in f.contributions where c.value != 0 && seen.insert(c.unitID).inserted { out.append(c) }
            }
        }
        return out
    }

    func results() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.results")), .paragraph(w("results.detail"))]
        for g in report.groups {
            out.append(.item("\(g.number). \(g.title)"))
            let overdue = g.tasks.filter { $0.overdue != nil }.count
            var text = groupProgress(g.stateCounts, total: g.tasks.count, overdue: overdue)
            let figures = g.figures.filter { $0.total != 0 }
            if figures.isEmpty {
                text += " " + w("results.noFigures")
            } else {
                let all = sentenceClauses(figures.map { ($0.indicator, $0.total, $0.isMoney) })
                let units = contributors(g)
                if units.count == 1, let only = units.first {
                    text += " " + upperFirst(w("results.figuresOneUnit", ["unit": shortName(only.unitName), "clauses": all]))
                } else {
                    let key = units.count >= report.completeness.expected ? "results.figuresCityWide" : "results.figuresReported"
                    text += " " + w(key, ["clauses": all, "units": VietFormat.count(units.count)])
                    // The lead's share of the figures others also gave (never a total equal to
                    // its own "trong đó").
                    let share = figures.filter { f in f.leadTotal.map { $0 != 0 && $0 != f.total } ?? false }
                    if !share.isEmpty {
                        let names = Set(share.flatMap(\.leadUnits)).sorted().compactMap { id in units.first { $0.unitID == id }.map { shortName($0.unitName) } }
                        text += " " + w("results.leadShare", ["lead": VietFormat.list(names),
                                                              "clauses": sentenceClauses(share.map { ($0.indicator, $0.leadTotal!, $0.isMoney) })])
                    }
                }
            }
            out.append(.paragraph(text))
        }
        // Budget.
        out.append(.item("\(report.groups.count + 1). " + w("sections.budget")))
        out.append(.paragraph(budgetParagraph()))
        return out
    }

    var budgetOverPlan: Bool {
        guard let used = report.budget.holderUsed else { return false }
        return used > Double(report.budget.planned)
    }

    /// The plan's budget, what its holder used (stated, with the ratio, when above the
    /// budget), and the other units' spending from their own sources.
    func budgetParagraph() -> String {
        let b = report.budget
        let planned = Double(b.planned)
        var parts = [w("results.budget", ["planned": VietFormat.money(planned), "plannedWords": VietFormat.moneyInWords(b.planned),
                                          "holder": holderName, "year": String(report.plan.year)])]
        if let used = b.holderUsed {
            let values = ["holder": holderName, "used": VietFormat.money(used), "percent": VietFormat.percent(used, of: planned),
                          "planned": VietFormat.money(planned)]
            parts.append(w(used > planned ? "results.budgetOver" : "results.budgetUsed", values))
        } else {
            parts.append(w("results.budgetNone", ["holder": holderName]))
        }
        if let total = b.reportedTotal {
            let others = total - (b.holderUsed ?? 0)
            let units = b.reportedUnits - (b.holderUsed == nil ? 0 : 1)
            if others > 0, units > 0 {
                parts.append(w("results.budgetOthers", ["total": VietFormat.money(others), "units": VietFormat.count(units)]))
            }
        }
        return parts.joined(separator: " ")
    }

    func progressSentence() -> String {
        let n = report.tasks.count
        let done = report.stateCounts[ConsolidatedReport.Progress.completed.rawValue] ?? 0
        var rest = ""
        for p in ConsolidatedReport.Progress.allCases where p != .completed {
            if let k = report.stateCounts[p.rawValue], k > 0 { rest += w("assessment.stateRest", ["n": VietFormat.count(k), "state": w("labels.stateVerb.\(p.rawValue)")]) }
        }
        let overdue = report.tasks.filter { $0.overdue != nil }
        if overdue.isEmpty {
            rest += w("assessment.noOverdue")
        } else {
            rest += w("assessment.overdue", ["n": VietFormat.count(overdue.count), "tasks": overdueList(overdue)])
        }
        return w("assessment.progress", ["completed": VietFormat.count(done), "total": VietFormat.count(n),
                                         "percent": VietFormat.percentOneDecimal(done, of: n), "rest": rest])
    }

    func overdueList(_ tasks: [ConsolidatedReport.TaskResult]) -> String {
        tasks.map { w("task.overdue", ["title": lowerFirst($0.title), "code": $0.code, "due": $0.dueDate.map(VietFormat.date) ?? ""]) }.joined(separator: "; ")
    }

    func taskList(_ tasks: [ConsolidatedReport.TaskResult], after leadIn: String = "") -> String {
        tasks.map { lowerFirst(stripRepeatedVerb(taskRef($0), leadIn: leadIn)) }.joined(separator: "; ")
    }

    /// A task title's leading verb dropped when the sentence before it starts with the same
    /// words ("Triển khai các nhiệm vụ …: Triển khai Chương trình …" → "…: Chương trình …").
    func stripRepeatedVerb(_ title: String, leadIn: String) -> String {
        let lead = leadIn.split(separator: " ").prefix(2).map { VietText.fold(String($0)) }
        let words = title.split(separator: " ")
        guard lead.count == 2, words.count > 2, words.prefix(2).map({ VietText.fold(String($0)) }) == lead else { return title }
        return words.dropFirst(2).joined(separator: " ")
    }

    var reportingIncomplete: Bool { report.completeness.missing + report.completeness.unreadable > 0 }

    func reportingSentence() -> String {
        let c = report.completeness
        if !reportingIncomplete && c.late == 0 {
            return w("assessment.reportingComplete", ["received": VietFormat.count(c.received), "expected": VietFormat.count(c.expected)]) + "."
        }
        let groups = c.byGroup.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \(groupLabel($0.group) ?? $0.group)" }
        var s = w("assessment.reporting", ["groups": VietFormat.list(groups), "received": VietFormat.count(c.received),
                                           "expected": VietFormat.count(c.expected), "percent": VietFormat.percentOneDecimal(c.received, of: c.expected)])
        s += c.late > 0 ? w("assessment.late", ["n": VietFormat.count(c.late)]) : w("assessment.allOnTime")
        if c.unreadable > 0 { s += w("assessment.unreadable", ["n": VietFormat.count(c.unreadable)]) }
        s += c.missing > 0 ? w("assessment.missing", ["n": VietFormat.count(c.missing)]) : "."
        return s
    }

    func assessment() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.assessment")), .item(w("sections.achieved"))]
        out.append(.paragraph(progressSentence()))
        if let holder = report.budget.holder {
            let own = report.tasks.filter { $0.leadUnits.contains(holder) }
            if !own.isEmpty {
                var rest = ""
                for p in ConsolidatedReport.Progress.allCases where p != .completed {
                    let k = own.filter { $0.state == p }.count
                    if k > 0 { rest += w("assessment.stateRest", ["n": VietFormat.count(k), "state": w("labels.stateVerb.\(p.rawValue)")]) }
                }
                out.append(.paragraph(w("assessment.holderTasks", ["holder": holderName, "done": VietFormat.count(own.filter { $0.state == .completed }.count),
                                                                   "total": VietFormat.count(own.count), "rest": rest])))
            }
        }
        let c = report.completeness
        let reportingShort = reportingIncomplete || c.late > 0
        if !reportingShort { out.append(.paragraph(reportingSentence())) }
        // Shortcomings: what is not done, the reporting, the budget.
        var shortcomings: [BodyBlock] = []
        let notStarted = report.tasks.filter { $0.state == .notStarted }
        if !notStarted.isEmpty {
            shortcomings.append(.dash(w("assessment.notStartedCause", ["n": VietFormat.count(notStarted.count), "tasks": taskList(notStarted)])))
        }
        let unreported = report.tasks.filter { $0.state == .noInformation }
        if !unreported.isEmpty {
            shortcomings.append(.dash(w("assessment.noInformationCause", ["n": VietFormat.count(unreported.count), "tasks": taskList(unreported)])))
        }
        let overdue = report.tasks.filter { $0.overdue != nil }
        if !overdue.isEmpty {
            shortcomings.append(.dash(w("assessment.overdueCause", ["n": VietFormat.count(overdue.count), "tasks": overdueList(overdue)])))
        }
        if reportingShort { shortcomings.append(.dash(reportingSentence())) }
        if budgetOverPlan, let used = report.budget.holderUsed {
            shortcomings.append(.dash(w("assessment.budgetCause", ["holder": holderName, "used": VietFormat.money(used),
                                                                   "planned": VietFormat.money(Double(report.budget.planned))])))
        }
        var subjective: [String] = []
        if reportingIncomplete { subjective.append(w("assessment.subjectiveReporting")) }
        if !notStarted.isEmpty || !overdue.isEmpty || !unreported.isEmpty { subjective.append(w("assessment.subjectiveTasks")) }
        if budgetOverPlan { subjective.append(w("assessment.subjectiveBudget")) }
        if shortcomings.isEmpty && report.difficulties.isEmpty { return out }
        out.append(.item(w("sections.shortcomings")))
        if !shortcomings.isEmpty { out.append(.paragraph(w("assessment.shortcomingsIntro"))) }
        out += shortcomings
        if report.difficulties.isEmpty && subjective.isEmpty { return out }
        out.append(.paragraph(w("assessment.causesIntro")))
        // Objective: the units' difficulties by theme.
        if !report.difficulties.isEmpty {
            out.append(.paragraph(w("assessment.objective")))
            for theme in report.difficulties.prefix(6) {
                let items = theme.items.prefix(2).map { it in
                    w("assessment.difficulty", ["text": lowerFirst(trimEnd(it.text)), "who": who(it.units)])
                }
                out.append(.dash(w("assessment.theme", ["label": w.themeLabels[theme.theme] ?? theme.theme, "items": items.joined(separator: "; ")])))
            }
        }
        if !subjective.isEmpty {
            out.append(.paragraph(w("assessment.subjective")))
            out += subjective.map { .dash($0) }
        }
        return out
    }

    /// True when a proposal needs the City's money or staff (rules.cityMatters).
    /// True when only the City can decide a proposal made to the Department (rules.cityRequests):
    /// it is asked in V.
    func cityDecides(_ text: String) -> Bool {
        let f = VietText.fold(text)
        return !definition.rules.cityAddressee.isEmpty && definition.rules.cityRequests.contains { f.contains($0) }
    }

    func needsCity(_ text: String) -> Bool {
        let f = VietText.fold(text)
        return definition.rules.cityMatters.contains { f.contains($0) }
    }

    func outlook() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.outlook")), .paragraph(w("outlook.intro"))]
        let open = report.tasks.filter { $0.state != .completed }
        let quarterEnd = VietFormat.quarterEnd(report.asOf)
        let thisQuarter = open.filter { t in t.dueDate.map { $0 > report.asOf && $0 <= quarterEnd } ?? false }
        let remaining = open.filter { t in !thisQuarter.contains { $0.code == t.code } }
        if !remaining.isEmpty {
            let leadIn = w("outlook.remaining", ["tasks": ""])
            out.append(.dash(w("outlook.remaining", ["tasks": taskList(remaining, after: leadIn)])))
        }
        if !thisQuarter.isEmpty {
            let leadIn = w("outlook.quarter", ["tasks": "", "quarter": VietFormat.quarter(report.asOf)])
            out.append(.dash(w("outlook.quarter", ["tasks": taskList(thisQuarter, after: leadIn), "quarter": VietFormat.quarter(report.asOf)])))
        }
        if reportingIncomplete { out.append(.dash(w("outlook.reporting"))) }
        let own = report.proposals.filter { !$0.upward }.flatMap(\.items).filter { !cityDecides($0.action ?? $0.text) }
        if !own.isEmpty {
            out.append(.paragraph(w("outlook.ownWork")))
            for (i, it) in own.enumerated() {
                let text = trimEnd(it.action ?? it.text)
                var line = w("outlook.ownItem", ["text": text, "who": who(it.units)])
                let advise = w("outlook.advise", ["text": ""]).trimmingCharacters(in: .whitespaces)
                if needsCity(text), !VietText.fold(text).hasPrefix(VietText.fold(advise.split(separator: " ").prefix(2).joined(separator: " "))) {
                    line = w("outlook.advise", ["text": lowerFirst(text)])
                }
                out.append(.dash(line + (i == own.count - 1 ? "." : ";")))
            }
        }
        return out
    }

    func proposals() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.proposals"))]
        // Bodies folded under another (the national committee under the Bộ) ask through it.
        var groups: [(addressee: String, items: [String])] = []
        // Proposals to the Department only the City can decide join the City's.
        var asked = report.proposals.filter(\.upward).map { (addressee: $0.addressee, items: $0.items) }
        let moved = report.proposals.filter { !$0.upward }.flatMap(\.items).filter { cityDecides($0.action ?? $0.text) }
        if !moved.isEmpty {
            if let i = asked.firstIndex(where: { $0.addressee == definition.rules.cityAddressee }) {
                asked[i].items += moved
            } else {
                asked.insert((addressee: definition.rules.cityAddressee, items: moved), at: 0)
            }
        }
        for g in asked {
            let target = definition.rules.folded[g.addressee] ?? g.addressee
            let items = g.items.map { it -> String in
                let text = trimEnd(it.action ?? it.text)
                if target != g.addressee {
                    return w("proposals.folded", ["addressee": w.addresseeLabels[g.addressee] ?? g.addressee, "text": lowerFirst(text)])
                }
                let verb = w("proposals.item", ["addressee": "", "text": "", "who": ""]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                if VietText.fold(text).hasPrefix(VietText.fold(verb)) { return text }
                return w("proposals.item", ["addressee": w.addresseeLabels[target] ?? target, "text": lowerFirst(text), "who": who(it.units)])
            }
            if let i = groups.firstIndex(where: { $0.addressee == target }) { groups[i].items += items } else { groups.append((target, items)) }
        }
        if groups.isEmpty { return out + [.paragraph(w("proposals.none"))] }
        out.append(.paragraph(w("proposals.intro")))
        for (i, g) in groups.enumerated() {
            let label = w.addresseeLabels[g.addressee] ?? g.addressee
            out.append(.item("\(i + 1). " + w("proposals.to", ["addressee": label])))
            for (j, line) in g.items.enumerated() {
                out.append(.dash(line + (j == g.items.count - 1 ? "." : ";")))
            }
        }
        return out
    }

    func upperFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }

    /// A word after "; " lower-cased unless it is a name ("; Rà soát" → "; rà soát").
    func lowerAfterSemicolons(_ s: String) -> String {
        let parts = s.components(separatedBy: "; ")
        guard parts.count > 1 else { return s }
        return ([parts[0]] + parts.dropFirst().map { lowerFirst($0) }).joined(separator: "; ")
    }

    /// Shorthand the report always writes in full ("UBND" → "Ủy ban nhân dân"), as whole words.
    func expand(_ blocks: [BodyBlock]) -> [BodyBlock] {
        blocks.map { b in
            var text = b.text
            for e in w.expansions {
                // Not inside a document number ("76/QĐ-UBND").
                var from = text.startIndex
                while let r = wordRange(of: e.short, in: text, from: from) {
                    let before = r.lowerBound == text.startIndex ? " " : text[text.index(before: r.lowerBound)]
                    if before == "-" || before == "/" || before.isNumber || (r.upperBound < text.endIndex && "-/".contains(text[r.upperBound])) {
                        from = r.upperBound
                        continue
                    }
                    text.replaceSubrange(r, with: e.full)
                    from = text.index(r.lowerBound, offsetBy: e.full.count)
                }
            }
            return b.with(text)
        }
    }

    func trimEnd(_ s: String) -> String { s.trimmingCharacters(in: CharacterSet(charactersIn: " .;:")) }

    func lowerFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        // Keep proper nouns and abbreviations: "Hệ thống" lowercases, "UBND", "Sở" do not.
        let firstWord = s.split(separator: " ").first.map(String.init) ?? ""
        if firstWord.count > 1, firstWord.dropFirst().contains(where: \.isUppercase) { return s }
        if ["Sở", "Bộ", "Chi", "Ủy", "Thành", "Nhà", "Quốc", "Phường", "Xã", "Đặc", "Trung", "Ban", "Cục", "Viện", "Tổ", "Chương", "Đề", "Giải"].contains(firstWord) {
            // "Tổ chức", "Đề xuất" and "Giải quyết" are verbs, not names.
            if !["Tổ chức", "Đề xuất", "Đề nghị", "Giải quyết", "Giải thích"].contains(where: { s.hasPrefix($0 + " ") }) { return s }
        }
        return f.lowercased() + s.dropFirst()
    }

    /// Each abbreviation written out at its first use ("Ủy ban nhân dân (UBND)") and short
    /// after; section and item headings are left as they are.
    func abbreviate(_ blocks: [BodyBlock]) -> [BodyBlock] {
        var out = blocks
        for a in w.abbreviations {
            var introduced = false
            for (i, b) in out.enumerated() {
                guard case let kind = b, !isHeading(kind) else { continue }
                var text = b.text
                if !introduced {
                    let full = wordRange(of: a.full, in: text, notFollowedBy: nil)
                    let short = wordRange(of: a.short, in: text, notFollowedBy: a.full.dropFirst(a.short.count).split(separator: " ").first.map(String.init))
                    let first = [full, short].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
                    guard let r = first else { continue }
                    let intro = ReportWordingFill.fill(a.intro, ["full": a.full, "short": a.short])
                    text.replaceSubrange(r, with: intro)
                    introduced = true
                    // Later uses in the same block: short form.
                    let after = text.index(r.lowerBound, offsetBy: intro.count)
                    text = String(text[..<after]) + String(text[after...]).replacingOccurrences(of: a.full, with: a.short)
                } else {
                    text = text.replacingOccurrences(of: a.full, with: a.short)
                }
                out[i] = b.with(text)
            }
        }
        return out
    }

    func isHeading(_ b: BodyBlock) -> Bool {
        if case .section = b { return true }
        if case .item = b { return true }
        return false
    }

    /// `word` as a whole word in `text` (not inside another word), optionally not followed by
    /// `next` (so "Chi cục" is not the start of "Chi cục Tiêu chuẩn …").
    func wordRange(of word: String, in text: String, notFollowedBy next: String? = nil, from start: String.Index? = nil) -> Range<String.Index>? {
        var from = start ?? text.startIndex
        while let r = text.range(of: word, range: from..<text.endIndex) {
            let beforeOK = r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter
            let afterOK = r.upperBound == text.endIndex || !text[r.upperBound].isLetter
            var nextOK = true
            if let next, text[r.upperBound...].hasPrefix(" " + next) { nextOK = false }
            if beforeOK && afterOK && nextOK { return r }
            from = r.upperBound
        }
        return nil
    }

    // MARK: - Appendix wording

    public func basisText(_ t: ConsolidatedReport.TaskResult) -> String {
        var s: String
        switch t.basis {
        case .lead: s = w("appendix.basisLead", ["lead": leadName(t)])
        case .leadNotStartedOthersActive: s = w("appendix.basisLeadNotStarted", ["lead": leadName(t)])
        case .units: s = w("appendix.basisUnits")
        case .none: s = w("appendix.basisNone")
        }
        if let o = t.overdue { s += "\n" + overdueReason(t, o) }
        return s
    }

    public func overdueReason(_ t: ConsolidatedReport.TaskResult, _ o: ConsolidatedReport.Overdue) -> String {
        if let ls = o.leadStatus, let status = TaskStatus(rawValue: ls) {
            return w("appendix.overdueReason", ["due": VietFormat.date(o.due), "lead": leadName(t), "status": statusLabel(status)])
        }
        return w("appendix.overdueReasonUnits", ["due": VietFormat.date(o.due)])
    }

    public func statusBreakdown(_ t: ConsolidatedReport.TaskResult) -> String {
        [TaskStatus.completed, .inProgress, .notStarted, .notApplicable, .unknown].compactMap { s in
            t.statusCounts[s.rawValue].map { "\(VietFormat.count($0)) \(statusLabel(s))" }
        }.joined(separator: "; ")
    }

    /// A receipt time as Phụ lục II shows it: none when it is after the report's date (a file's
    /// modification time when the report is made from files, not a receipt).
    public func meaningfulReceipt(_ d: Date) -> String? {
        VietFormat.civilDate(d) <= report.asOf ? VietFormat.dateTime(d) : nil
    }

    /// A sentence worth quoting: it has a figure, or none of the filler keywords of
    /// report.yaml (routine follow-up, "no request received").
    public func hasContent(_ s: ConsolidatedReport.Statement) -> Bool {
        if s.text.contains(where: \.isNumber) { return true }
        let f = VietText.fold(s.text)
        return !definition.rules.fillerKeywords.contains { f.contains($0) }
    }

    public func quote(_ s: ConsolidatedReport.Statement) -> String {
        w("appendix.quote", ["unit": shortName(s.unit.unitName), "text": s.text])
    }

    public func taskFiguresLine(_ t: ConsolidatedReport.TaskResult) -> String {
        t.figures.map { f in
            let c = clause(f.indicator, f.total, money: f.isMoney).trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            return w("appendix.figureUnits", ["clause": c, "n": VietFormat.count(f.unitCount)])
        }.joined(separator: "; ").capitalisedFirst
    }

    public func restatedMessage(_ s: ConsolidatedReport.Restatement) -> String {
        w("review.restated", ["unit": shortName(s.unitName), "indicator": indicatorLabel(s.indicator),
                              "value": VietFormat.number(s.value), "kept": s.keptUnder, "dropped": s.droppedFrom])
    }

    /// The Vietnamese message of a review row (consolidation's findings are worded here).
    public func reviewMessage(_ r: ConsolidatedReport.ReviewRow) -> String {
        if let m = r.message { return m }
        let p = r.params ?? [:]
        switch r.code {
        case "figure-restated":
            return w("review.restated", ["unit": p["unit"] ?? "", "indicator": indicatorLabel(p["indicator"] ?? ""), "value": p["value"] ?? "",
                                         "kept": p["kept"] ?? "", "dropped": p["dropped"] ?? ""])
        case "task-overdue":
            let t = report.tasks.first { $0.code == p["code"] }
            let reason = t.flatMap { t in t.overdue.map { overdueReason(t, $0) } } ?? ""
            return w("review.overdue", ["code": p["code"] ?? "", "reason": reason])
        case "lead-status-missing": return w("review.leadSilent", ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? "")])
        case "budget-over-plan": return w("review.budgetOverPlan", ["holder": shortName(p["holder"] ?? ""), "used": p["used"] ?? "", "planned": p["planned"] ?? ""])
        default: return r.code
        }
    }
}

extension BodyBlock {
    func with(_ text: String) -> BodyBlock {
        switch self {
        case .section: return .section(text)
        case .item: return .item(text)
        case .paragraph: return .paragraph(text)
        case .dash: return .dash(text)
        }
    }
}

/// Template filling for wording kept outside `ReportWording` (indicator clauses, intros).
enum ReportWordingFill {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = template
        for (k, v) in values { out = out.replacingOccurrences(of: "{\(k)}", with: v) }
        return out
    }
}

extension String {
    var capitalisedFirst: String { first.map { $0.uppercased() + dropFirst() } ?? self }
}
