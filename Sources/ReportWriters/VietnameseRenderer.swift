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
    public var subject: String { w("header.subject", ["plan": planTitle]) }
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

    /// The body, sections I–V and the closing paragraph, abbreviations written out at first use.
    public func body() -> [BodyBlock] {
        var opening: [BodyBlock] = w.list("header.bases").map { .paragraph($0) }
        let kind = w("opening.planKind") + " "
        let subject = report.plan.title.hasPrefix(kind) ? String(report.plan.title.dropFirst(kind.count)) : report.plan.title
        if let n = report.plan.number, let d = report.plan.date {
            opening.append(.paragraph(w("opening.planBasis", ["number": n, "date": VietFormat.longDateWithoutDay(d), "issuer": report.issuer.name, "subject": subject])))
        } else {
            opening.append(.paragraph(w("opening.planBasisUnnumbered", ["issuer": report.issuer.name, "subject": subject])))
        }
        let c = report.completeness
        opening.append(.paragraph(w("opening.text", ["received": VietFormat.count(c.received), "expected": VietFormat.count(c.expected),
                                                     "asOf": VietFormat.date(report.asOf), "issuer": report.issuer.name])))
        var rest = direction() + results() + assessment() + outlook() + proposals()
        rest = abbreviate(rest)
        let recipients = VietFormat.list(report.issuer.recipients)
        return opening + rest + [.paragraph(w("closing.text", ["plan": planRef(), "issuer": report.issuer.name, "recipients": recipients]))]
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

    func breakdown(_ counts: [String: Int], overdue: Int) -> String {
        var parts = ConsolidatedReport.Progress.allCases.compactMap { p -> String? in
            guard let n = counts[p.rawValue], n > 0 else { return nil }
            return w("assessment.stateCount", ["n": VietFormat.count(n), "state": w("labels.stateVerb.\(p.rawValue)")])
        }
        if overdue > 0 { parts.append(w("assessment.stateCount", ["n": VietFormat.count(overdue), "state": w("labels.overdue").lowercased()])) }
        return parts.joined(separator: ", ")
    }

    /// Clauses joined with "; ", except one starting with "," (it continues the one before:
    /// "tổ chức 74 lớp tập huấn, hội nghị, thu hút 5.935 lượt người tham dự").
    func joinClauses(_ clauses: [String]) -> String {
        var out = ""
        for c in clauses {
            if c.hasPrefix(",") {
                out += out.isEmpty ? String(c.dropFirst()).trimmingCharacters(in: .whitespaces) : c
            } else {
                out += (out.isEmpty ? "" : "; ") + c
            }
        }
        return out
    }

    func results() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.results"))]
        for g in report.groups {
            out.append(.item("\(g.number). \(g.title)"))
            let overdue = g.tasks.filter { $0.overdue != nil }.count
            var text: String
            if overdue == 0, g.stateCounts.count == 1, let only = g.stateCounts.keys.first, let p = ConsolidatedReport.Progress(rawValue: only), g.tasks.count > 1 {
                text = w("results.groupAll", ["n": VietFormat.count(g.tasks.count), "state": w("labels.stateVerb.\(p.rawValue)")])
            } else {
                text = w("results.groupTasks", ["n": VietFormat.count(g.tasks.count), "breakdown": breakdown(g.stateCounts, overdue: overdue)])
            }
            if g.figures.isEmpty {
                text += " " + w("results.noFigures")
            } else {
                let all = joinClauses(g.figures.map { clause($0.indicator, $0.total, money: $0.isMoney) })
                let contributors = Set(g.tasks.flatMap { t in t.figures.filter { $0.indicator != Consolidator.budgetIndicator }.flatMap { $0.contributions.map(\.unitID) } })
                let leadIDs = Set(g.figures.flatMap(\.leadUnits))
                if contributors.count == 1, let only = contributors.first {
                    let name = g.tasks.flatMap(\.figures).flatMap(\.contributions).first { $0.unitID == only }.map { shortName($0.unitName) } ?? ""
                    text += " " + w("results.figuresOneUnit", ["unit": name, "clauses": all]) + "."
                } else {
                    text += " " + w("results.figuresCityWide", ["clauses": all, "units": VietFormat.count(contributors.count)])
                    let leadFigures = g.figures.filter { $0.leadTotal != nil }
                    if !leadFigures.isEmpty {
                        let names = leadIDs.sorted().compactMap { id in
                            g.tasks.flatMap(\.figures).flatMap(\.contributions).first { $0.unitID == id }.map { shortName($0.unitName) }
                        }
                        text += w("results.leadShare", ["lead": VietFormat.list(names),
                                                        "clauses": joinClauses(leadFigures.map { clause($0.indicator, $0.leadTotal!, money: $0.isMoney) })])
                    }
                    text += "."
                }
            }
            out.append(.paragraph(text))
        }
        // Budget.
        out.append(.item("\(report.groups.count + 1). " + w("sections.budget")))
        let b = report.budget
        var money = w("results.budget", ["planned": VietFormat.money(Double(b.planned)), "plannedWords": VietFormat.moneyInWords(b.planned),
                                         "holder": holderName, "year": String(report.plan.year)])
        if let used = b.holderUsed, used <= Double(b.planned) {
            money += " " + w("results.budgetUsed", ["holder": holderName, "used": VietFormat.money(used), "percent": VietFormat.percent(used, of: Double(b.planned))])
        } else if let total = b.reportedTotal {
            money += " " + w("results.budgetReported", ["total": VietFormat.money(total), "units": VietFormat.count(b.reportedUnits), "holder": holderName,
                                                        "holderUsed": b.holderUsed.map(VietFormat.money) ?? "—"])
        } else {
            money += " " + w("results.budgetNone", ["holder": holderName])
        }
        out.append(.paragraph(money))
        out.append(.paragraph(w("results.detail")))
        return out
    }

    func progressSentence() -> String {
        let n = report.tasks.count
        let done = report.stateCounts[ConsolidatedReport.Progress.completed.rawValue] ?? 0
        var rest = ""
        for p in ConsolidatedReport.Progress.allCases where p != .completed {
            if let k = report.stateCounts[p.rawValue], k > 0 { rest += ", " + w("assessment.stateCount", ["n": VietFormat.count(k), "state": w("labels.stateVerb.\(p.rawValue)")]) }
        }
        let overdue = report.tasks.filter { $0.overdue != nil }
        if overdue.isEmpty {
            rest += w("assessment.noOverdue")
        } else {
            rest += w("assessment.overdue", ["n": VietFormat.count(overdue.count), "tasks": overdueList(overdue)])
        }
        return w("assessment.progress", ["completed": VietFormat.count(done), "total": VietFormat.count(n),
                                         "percent": VietFormat.percent(done, of: n), "rest": rest])
    }

    func overdueList(_ tasks: [ConsolidatedReport.TaskResult]) -> String {
        tasks.map { w("task.overdue", ["title": $0.title, "code": $0.code, "due": $0.dueDate.map(VietFormat.date) ?? ""]) }.joined(separator: "; ")
    }

    func reportingSentence() -> String {
        let c = report.completeness
        let groups = c.byGroup.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \(groupLabel($0.group) ?? $0.group)" }
        var s = w("assessment.reporting", ["groups": VietFormat.list(groups), "received": VietFormat.count(c.received),
                                           "expected": VietFormat.count(c.expected), "percent": VietFormat.percent(c.received, of: c.expected)])
        s += c.late > 0 ? w("assessment.late", ["n": VietFormat.count(c.late)]) : w("assessment.allOnTime")
        if c.unreadable > 0 { s += w("assessment.unreadable", ["n": VietFormat.count(c.unreadable)]) }
        s += c.missing > 0 ? w("assessment.missing", ["n": VietFormat.count(c.missing)]) : "."
        return s
    }

    func assessment() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.assessment")), .item(w("sections.achieved"))]
        out.append(.paragraph(progressSentence()))
        out.append(.paragraph(reportingSentence()))
        out.append(.item(w("sections.shortcomings")))
        out.append(.paragraph(w("assessment.shortcomingsIntro")))
        let overdue = report.tasks.filter { $0.overdue != nil }
        if !overdue.isEmpty { out.append(.dash(w("assessment.overdueCause", ["tasks": overdueList(overdue)]))) }
        let notStarted = report.tasks.filter { $0.state == .notStarted }
        if !notStarted.isEmpty { out.append(.dash(w("assessment.notStartedCause", ["tasks": notStarted.map(taskRef).joined(separator: "; ")]))) }
        let c = report.completeness
        if c.missing + c.unreadable > 0 {
            out.append(.dash(w("assessment.reportingCause", ["missing": VietFormat.count(c.missing + c.unreadable), "expected": VietFormat.count(c.expected)])))
        }
        // The units' difficulties by theme: the causes they give.
        if !report.difficulties.isEmpty { out.append(.paragraph(w("assessment.causesIntro"))) }
        for theme in report.difficulties.prefix(6) {
            let items = theme.items.prefix(2).map { it in
                w("assessment.difficulty", ["text": lowerFirst(trimEnd(it.text)), "who": who(it.units)])
            }
            out.append(.dash(w("assessment.theme", ["label": w.themeLabels[theme.theme] ?? theme.theme, "items": items.joined(separator: "; ")])))
        }
        return out
    }

    func outlook() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.outlook")), .paragraph(w("outlook.intro"))]
        let open = report.tasks.filter { $0.state != .completed }
        let quarterEnd = VietFormat.quarterEnd(report.asOf)
        let thisQuarter = open.filter { t in t.dueDate.map { $0 > report.asOf && $0 <= quarterEnd } ?? false }
        let remaining = open.filter { t in !thisQuarter.contains { $0.code == t.code } }
        if !remaining.isEmpty { out.append(.dash(w("outlook.remaining", ["tasks": remaining.map(taskRef).joined(separator: "; ")]))) }
        if !thisQuarter.isEmpty {
            out.append(.dash(w("outlook.quarter", ["tasks": thisQuarter.map(taskRef).joined(separator: "; "), "quarter": VietFormat.quarter(report.asOf)])))
        }
        if report.completeness.missing + report.completeness.unreadable > 0 { out.append(.dash(w("outlook.reporting"))) }
        let own = report.proposals.filter { !$0.upward }.flatMap(\.items)
        if !own.isEmpty {
            out.append(.paragraph(w("outlook.ownWork")))
            for (i, it) in own.enumerated() {
                let line = w("outlook.ownItem", ["text": trimEnd(it.action ?? it.text), "who": who(it.units)])
                out.append(.dash(line + (i == own.count - 1 ? "." : ";")))
            }
        }
        return out
    }

    func proposals() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.proposals"))]
        let upward = report.proposals.filter(\.upward)
        if upward.isEmpty { return out + [.paragraph(w("proposals.none"))] }
        out.append(.paragraph(w("proposals.intro")))
        for (i, g) in upward.enumerated() {
            let label = w.addresseeLabels[g.addressee] ?? g.addressee
            out.append(.item("\(i + 1). " + w("proposals.to", ["addressee": label])))
            for (j, it) in g.items.enumerated() {
                let line = w("proposals.item", ["addressee": label, "text": trimEnd(it.action ?? it.text), "who": who(it.units)])
                out.append(.dash(line + (j == g.items.count - 1 ? "." : ";")))
            }
        }
        return out
    }

    func trimEnd(_ s: String) -> String { s.trimmingCharacters(in: CharacterSet(charactersIn: " .;:")) }

    func lowerFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        // Keep proper nouns and abbreviations: "Hệ thống" lowercases, "UBND", "Sở" do not.
        let firstWord = s.split(separator: " ").first.map(String.init) ?? ""
        if firstWord.count > 1, firstWord.dropFirst().contains(where: \.isUppercase) { return s }
        if ["Sở", "Bộ", "Chi", "Ủy", "Thành", "Nhà", "Quốc"].contains(firstWord) { return s }
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
    func wordRange(of word: String, in text: String, notFollowedBy next: String?) -> Range<String.Index>? {
        var from = text.startIndex
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

    public func quote(_ s: ConsolidatedReport.Statement) -> String {
        w("appendix.quote", ["unit": shortName(s.unit.unitName), "text": s.text])
    }

    public func taskFiguresLine(_ t: ConsolidatedReport.TaskResult) -> String {
        t.figures.map { f in
            let c = clause(f.indicator, f.total, money: f.isMoney).trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            return w("appendix.figureUnits", ["clause": c.first.map { $0.uppercased() + c.dropFirst() } ?? c, "n": VietFormat.count(f.unitCount)])
        }.joined(separator: "; ")
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
