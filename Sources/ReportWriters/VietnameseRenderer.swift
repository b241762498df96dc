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
        // Asked for every sentence of II and every amount of Phụ lục III: decided once.
        budgetUnderReview = amountsAboveAllocationUnsourced()
    }

    // MARK: - Header

    /// "Số:      /BC-SKHCN": the number left blank for the văn thư.
    public var numberLine: String { w("header.numberLine", ["number": blankNumber]) }

    var blankNumber: String {
        let pattern = report.issuer.numberPattern
        return pattern.replacingOccurrences(of: "…", with: w("header.numberBlank")).replacingOccurrences(of: "...", with: w("header.numberBlank"))
    }

    /// The month the report is signed in: the run's own (REVIEW27 #8: a report made on 03/12
    /// from data as of 30/11 is signed in December), never before the cut-off's; without a run
    /// date, the cut-off's, or the next one when the data run to the cut-off month's last day
    /// (a report signed in November cannot hold data of 30/11).
    var signingMonth: (year: Int, month: Int) {
        let d = report.asOf
        // The day it is made is the day it is signed in (REVIEW29 §4: made on 30/11, "tháng
        // 11"), never before the data's month.
        if let m = report.madeOn { return (m.year, m.month) > (d.year, d.month) ? (m.year, m.month) : (d.year, d.month) }
        var out = (year: d.year, month: d.month)
        if let last = PlanDate.endOfMonth(year: d.year, month: d.month), last == d {
            out = d.month == 12 ? (d.year + 1, 1) : (d.year, d.month + 1)
        }
        return out
    }

    /// "12/2026": the month after a month-end cut-off, when what is overdue is to be done.
    var signingMonthText: String { VietFormat.monthText(signingMonth.month) + "/" + String(signingMonth.year) }

    /// "Thành phố Hồ Chí Minh, ngày      tháng 12 năm 2026": the day left blank for the văn
    /// thư, the month and year the report is signed in (REVIEW27 #8 asks the opposite of
    /// REVIEW25 #9's as-of month: data as of 30/11, made on 03/12, signed in December).
    public var placeDate: String {
        w("header.placeDate", ["day": w("header.dayBlank"), "month": VietFormat.monthText(signingMonth.month), "year": String(signingMonth.year)])
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
    /// Nơi nhận. REVIEW45 #7: a body section V asks something of is sent the report "để xem
    /// xét" (closing.forConsideration), not "để báo cáo" (closing.forReport) as written.
    public var copies: [String] {
        let listed = w.list("closing.copies")
        let asked = copiedAddressees
        // REVIEW54 #9: a body asked through the one it sits under keeps its line as written.
        guard !asked.isEmpty, !definition.rules.askCopiedThrough, w.says("closing.forReport"), w.says("closing.forConsideration") else { return listed }
        let from = w("closing.forReport"), to = w("closing.forConsideration")
        return listed.map { line in
            let folded = VietText.fold(line)
            let named = asked.contains { id in
                let label = VietText.fold(w.addresseeLabels[id] ?? id)
                return !label.isEmpty && folded.contains(label)
            }
            return named ? line.replacingOccurrences(of: from, with: to) : line
        }
    }

    public var appendixOf: String {
        w("header.appendixOf", ["number": blankNumber, "day": w("header.dayBlank"), "month": VietFormat.monthText(signingMonth.month),
                                "year": String(signingMonth.year), "issuer": report.issuer.name])
    }

    // MARK: - Names

    /// A unit's name for running text: agencies without the trailing city name
    /// ("Chi cục Tiêu chuẩn Đo lường Chất lượng"), the suffixes listed in report.yaml.
    public func shortName(_ name: String) -> String {
        let name = displayName(name)
        for suffix in w.list("names.dropSuffixes") where name.hasSuffix(" " + suffix) {
            return String(name.dropLast(suffix.count + 1))
        }
        return name
    }

    /// A unit's name as the report prints it: one dash style in compound names, the en dash
    /// ("Sở Quy hoạch – Kiến trúc", as "Phòng Kiểm tra – Pháp chế"), whatever the registry or
    /// the unit wrote (REVIEW36 #11). The registry and the extraction keep the name as given.
    public func displayName(_ name: String) -> String {
        name.contains(" - ") ? name.replacingOccurrences(of: " - ", with: " – ") : name
    }

    /// "phường, xã, đặc khu" for "group:communes".
    public func groupLabel(_ group: String?) -> String? {
        guard let g = group?.replacingOccurrences(of: "group:", with: ""), w.texts["labels.unitGroups.\(g)"] != nil else { return nil }
        return w("labels.unitGroups.\(g)")
    }

    /// "Phường A, Phường B và Sở C" up to three; beyond, counted by kind: "12 phường, xã, đặc
    /// khu và 02 sở, ban, ngành".
    public func who(_ units: [ConsolidatedReport.UnitRef]) -> String {
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

    /// An amount of indicator `id` as the body writes it: money in đồng, a count with its
    /// measure ("1.250.000 đồng", "07 lớp").
    func amountText(_ id: String, _ value: Double) -> String {
        IndicatorID(id).isMoney ? VietFormat.money(value) : (VietFormat.count(value) + " " + indicator(id).measure).trimmingCharacters(in: .whitespaces)
    }

    /// The indicator's wording on a task: the naming its units' own words give what they
    /// counted (`namedAs`), when every figure of it on the task names that word right after
    /// its number ("91 chuẩn", "54 chuẩn": standards calibrated, not "phương tiện đo được
    /// kiểm định", REVIEW33 #9); else its own.
    public func indicator(_ id: String, in t: ConsolidatedReport.TaskResult?) -> IndicatorWording {
        var ind = indicator(id)
        guard let t, !ind.namedAs.isEmpty, let f = t.figures.first(where: { $0.indicator == id }) else { return ind }
        let texts = f.contributions.filter { $0.value != 0 }.flatMap { $0.sources.map(\.text) }
        guard !texts.isEmpty else { return ind }
        for n in ind.namedAs where texts.allSatisfy({ Self.names($0, n.word) }) {
            ind.label = n.label
            ind.measure = n.measure
            ind.clause = n.clause
            break
        }
        return ind
    }

    /// True when the figure's words name `word` right after the number ("91 chuẩn đo lường").
    static func names(_ figureText: String, _ word: String) -> Bool {
        let f = VietText.fold(figureText), w = VietText.fold(word)
        guard let digit = f.firstIndex(where: \.isNumber) else { return false }
        let rest = f[digit...].drop { $0.isNumber || $0 == "." || $0 == "," || $0 == " " }
        guard rest.hasPrefix(w) else { return false }
        return rest.dropFirst(w.count).first.map { !$0.isLetter } ?? true
    }

    func clause(_ id: String, _ value: Double, money: Bool) -> String {
        let n = money ? VietFormat.money(value) : VietFormat.count(value)
        return ReportWordingFill.fill(indicator(id).clause, ["n": n])
    }

    public func stateLabel(_ p: ConsolidatedReport.Progress) -> String { w("labels.state.\(p.rawValue)") }
    public func statusLabel(_ s: TaskStatus) -> String { w("labels.status.\(s.rawValue)") }
    public func reportingLabel(_ s: ConsolidatedReport.ReportingState) -> String { w("labels.reporting.\(s.rawValue)") }
    /// What was wrong with a unit's refused file, in an officer's words, by the refusal's kind
    /// (labels.reportingRefused): for the letter that asks the unit to send it again, so the
    /// văn thư asks each unit for the right thing (REVIEW31 #11). Nil when the unit's file was
    /// not refused.
    public func refusalCause(_ r: ConsolidatedReport.ReporterRow) -> String? {
        guard r.state == .unreadable else { return nil }
        let key = "labels.reportingRefused.\(r.refusalKind ?? "other")"
        return w.texts[key] != nil ? w(key) : w("labels.reportingRefused.other")
    }

    /// A reporter's state as Phụ lục II states it: on time by its own date though received
    /// after the deadline says what it was judged by.
    public func reportingLabel(_ r: ConsolidatedReport.ReporterRow) -> String {
        // A file received and refused is, upward, only "no valid report received" (REVIEW30
        // #11, REVIEW32, REVIEW33 over REVIEW31 #11): what was wrong with the file is the
        // unit's business, said to it in the reminder letter (refusalCause).
        // REVIEW46 #7: a refusal kind worded apart (an old file format: the unit did report).
        if r.state == .unreadable, let k = r.refusalKind, let said = w.texts["labels.reporting.byRefusal.\(k)"], !said.isEmpty { return w("labels.reporting.byRefusal.\(k)") }
        guard [.onTime, .late].contains(r.state) else { return reportingLabel(r.state) }
        // A report with no date of its own judged by a receipt day the run cannot vouch for (a
        // file's time after the report's date): its timeliness is not known.
        if r.judgedBy == ReporterStatus.DateBasis.received.rawValue, r.receivedAt.flatMap(meaningfulReceipt) == nil {
            return w("labels.reporting.undetermined")
        }
        if r.state == .onTime, r.judgedBy == ReporterStatus.DateBasis.documentMonth.rawValue { return w("labels.reporting.onTimeByMonth") }
        // No date of its own (or a month the deadline falls in): judged by the day the Sở
        // received it, said so with that day (an officer can check it in the văn thư's book).
        if r.judgedBy == ReporterStatus.DateBasis.received.rawValue, let day = r.receivedAt.flatMap(meaningfulReceipt) {
            return w(r.state == .late ? "labels.reporting.lateByReceipt" : "labels.reporting.onTimeByReceipt", ["date": day])
        }
        // On time by its first report, its later one dated after the deadline: said so
        // (REVIEW21 #11).
        if r.state == .onTime, let d = r.latestDate, let deadline = r.deadline, d > deadline {
            return w("labels.reporting.onTimeLaterAfterDeadline", ["kind": laterKindLabel(r), "date": VietFormat.date(d)])
        }
        return reportingLabel(r.state)
    }

    /// On time by its own date though received after the deadline (Phụ lục II says so once,
    /// in a note under the table).
    /// Phụ lục II's date of a report: its own; the month a date line without a day names,
    /// said so; or that it has no date.
    public func documentDateCell(_ r: ConsolidatedReport.ReporterRow) -> String {
        if let d = r.documentDate { return VietFormat.date(d) }
        guard r.state == .onTime || r.state == .late else { return "" }
        if let m = r.documentMonth { return w("appendix.noDay", ["month": m]) }
        return w("appendix.noDate")
    }

    public func onTimeByItsDate(_ r: ConsolidatedReport.ReporterRow) -> Bool {
        guard r.state == .onTime, r.judgedBy == ReporterStatus.DateBasis.documentDate.rawValue, let received = r.receivedAt,
              let deadline = r.deadline else { return false }
        return VietFormat.civilDate(received) > deadline
    }
    public func indicatorLabel(_ id: String) -> String { indicator(id).label }

    /// The review page's wording (wording.page in report.yaml).
    public func pageText(_ key: String, _ values: [String: String] = [:]) -> String { w(key, values) }

    func taskRef(_ t: ConsolidatedReport.TaskResult) -> String { w("task.ref", ["title": t.title, "code": t.code]) }

    func leadName(_ t: ConsolidatedReport.TaskResult) -> String {
        t.leadStatus.map { shortName($0.unitName) } ?? t.leadText
    }

    // MARK: - Body

    var directive: String { w("header.directive") }
    var directiveShort: String { w("header.directiveShort") }

    /// The body, sections I–V and the closing paragraph, abbreviations written out at first use,
    /// within the body's length (`rules.bodyLength`).
    /// REVIEW45 #7: formal references to documents by number and date in the long form
    /// ("ngày 12 tháng 6 năm 2025"), wherever the words come from (a unit's difficulty too).
    public func body() -> [BodyBlock] {
        composedBody().blocks.map { b in
            switch b {
            case .section(let s): return .section(s)
            case .item(let s): return .item(VietFormat.formalReferenceDates(s))
            case .paragraph(let s): return .paragraph(VietFormat.formalReferenceDates(s))
            case .dash(let s): return .dash(VietFormat.formalReferenceDates(s))
            }
        }
    }

    /// A sentence of section II the body's length rule moved to its task's row of Phụ lục I.
    public struct MovedSentence: Sendable, Equatable {
        public var task: String
        public var kind: String
        public var text: String
    }

    /// Section II's sentences the body does not say for its length, each said in its task's
    /// row of Phụ lục I instead (never lost).
    public func movedToAppendix() -> [MovedSentence] { composedBody().moved }

    /// A sentence of section II the length rule may move: its task, kind and place.
    struct BodyCandidate {
        var key: String
        var task: String
        var kind: String
        var text: String
        var group: Int
        var words: Int
        var order: Int
    }

    static func words(_ blocks: [BodyBlock]) -> Int { blocks.map { $0.text.split(separator: " ").count }.reduce(0, +) }

    /// Issue #13: the body is about 4–6 pages and the detail goes to the phụ lục. While the
    /// body has more words than `rules.bodyLength.words`, section II's sentences of the kinds
    /// `rules.bodyLength.moves` lists go to Phụ lục I, the first kind first; within a kind, from
    /// the group with the most words (where detail gathers), its last sentence first. The
    /// city-wide figures and the kinds not listed stay whatever the length.
    func composedBody() -> (blocks: [BodyBlock], moved: [MovedSentence]) {
        var (blocks, candidates, groupWords) = body(moving: [])
        let limit = definition.rules.bodyLengthWords, kinds = definition.rules.bodyLengthMoves
        guard limit > 0, !kinds.isEmpty else { return (blocks, []) }
        var moving: [BodyCandidate] = []
        // A few rounds: moving a sentence can change how another is worded (a name written out
        // at its first use), so the length is measured again on the body as composed.
        // REVIEW49 #8: twelve — a moved sentence's lead summary (results.leadSummary) gives
        // back part of what it saved, so one round may gain only a few words.
        for _ in 0..<12 {
            var over = Self.words(blocks) - limit
            guard over > 0 else { break }
            let keys = Set(moving.map(\.key))
            let next = candidates.filter { kinds.contains($0.kind) && !keys.contains($0.key) }.sorted { a, b in
                let ka = kinds.firstIndex(of: a.kind) ?? 0, kb = kinds.firstIndex(of: b.kind) ?? 0
                if ka != kb { return ka < kb }
                let ga = groupWords[a.group] ?? 0, gb = groupWords[b.group] ?? 0
                if ga != gb { return ga > gb }
                return a.order > b.order
            }
            guard !next.isEmpty else { break }
            for c in next where over > 0 {
                moving.append(c)
                over -= c.words
            }
            (blocks, candidates, groupWords) = body(moving: Set(moving.map(\.key)))
        }
        return (blocks, moving.map { MovedSentence(task: $0.task, kind: $0.kind, text: $0.text) })
    }

    func body(moving: Set<String>) -> (blocks: [BodyBlock], candidates: [BodyCandidate], groupWords: [Int: Int]) {
        var bases = (w.list("header.bases") + report.plan.bases).joined(separator: "; ")
        if let n = planNumber, let d = planDate {
            bases += w("opening.planBasis", ["number": n, "date": VietFormat.longDateWithoutDay(d), "issuer": report.issuer.name,
                                                   "directive": directiveShort, "year": String(report.plan.year)])
        } else if let n = planNumber {
            // A number without a date the report can vouch for (REVIEW10 #2, REVIEW14 #4): the
            // date left blank for the văn thư.
            bases += w("opening.planBasisNoDate", ["number": n, "issuer": report.issuer.name, "year": String(report.plan.year), "directive": directiveShort])
        } else {
            // The plan's copy leaves its number blank: blanks for the văn thư, never a number
            // the plan does not say (REVIEW14 #4).
            bases += w("opening.planBasisUnnumbered", ["issuer": report.issuer.name, "year": String(report.plan.year), "directive": directiveShort])
        }
        // The letter asking for the reports as most units cite it (REVIEW16 #3.1).
        if let r = report.direction?.request {
            bases += w("opening.requestBasis", ["kind": w("direction.requestKind"), "number": r.number, "date": VietFormat.longDateWithoutDay(r.date)])
        }
        // Every unit the plan expects a report from, by kind, the Department's own units
        // included: the JSON's completeness, the headline's two scopes together (REVIEW26 #5:
        // the body's counts are the JSON's).
        let received = bodyReporting.received, expected = bodyReporting.expected
        let composition = outsideGroups.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \(groupLabel($0.group) ?? $0.group)" }
        // The holder (the Chi cục) consolidates and is not among the reporters: its own
        // results are a source of the report, named as such, with the Department's own units
        // that reported.
        let holderIsSource = report.budget.holder.map { h in report.submissions.contains { $0.unitID == h } && !report.reporters.contains { $0.unitID == h } } ?? false
        // The Department's own units are not in the composition above (REVIEW30 #5); how many
        // of them reported is said as the source of its results ("04/06 phòng, đơn vị trực
        // thuộc Sở", REVIEW35 #9), apart from the reporting rate that follows.
        // REVIEW37 #12: the consolidating unit's own report, the principal source, by its number
        // and date (its current report's), before the Department's other units.
        let holderDoc = report.budget.holder.flatMap { h in report.submissions.filter { $0.unitID == h && $0.documentNumber != nil }.max { $0.receivedAt < $1.receivedAt } }
        let holderReport = holderDoc.flatMap { d -> String? in
            guard let n = d.documentNumber, let iso = d.documentDate, let date = PlanDate(iso: iso), w.says("opening.holderReport") else { return nil }
            return w("opening.holderReport", ["number": n, "date": VietFormat.date(date), "holder": holderName])
        } ?? ""
        let own = holderIsSource ? w("opening.holder", ["holder": holderName, "own": ownReportedText, "sep": "", "report": holderReport]) : ""
        // The bases are cited titles, quoted as issued: held out while abbreviations are
        // introduced, so a short form is defined at its first use in the report's own words,
        // the opening's included (REVIEW17: "Chi cục" first named in the opening).
        let basesMark = "\u{E000}"
        let opening: [BodyBlock] = [.paragraph(w("opening.text", ["bases": basesMark, "received": VietFormat.count(received), "expected": VietFormat.count(expected), "holder": own,
                                                                  "composition": composition.joined(separator: "; "), "cutoff": cutoff(),
                                                                  "asOf": VietFormat.date(report.asOf), "issuer": report.issuer.name]))]
        let ii = results(moving: moving)
        var rest = direction() + ii.blocks + assessment() + outlook() + proposals()
        let abbreviated = abbreviate(opening + expand(rest))
        let head = abbreviated.prefix(opening.count).map { $0.with($0.text.replacingOccurrences(of: basesMark, with: bases)) }
        rest = abbreviated.dropFirst(opening.count).map { $0.with(VietFormat.paddedDates(lowerAfterSemicolons($0.text))) }
        let recipients = VietFormat.list(report.issuer.recipients)
        return (head + rest + [.paragraph(w("closing.text", ["plan": planRef(), "issuer": report.issuer.name, "recipients": recipients,
                                                                "year": String(report.plan.year), "directive": directiveShort]))],
                ii.candidates, ii.groupWords)
    }

    /// The Department's own units that reported, of those expected ("04/06 phòng, đơn vị trực
    /// thuộc Sở"), the JSON's completeness of its own groups; "các phòng, đơn vị trực thuộc Sở"
    /// when the plan expects none of them to report (REVIEW35 #9).
    var ownReportedText: String {
        let own = report.completeness.byGroup.filter { definition.rules.ownGroups.contains($0.group) && $0.expected > 0 }
        guard !own.isEmpty, w.texts["opening.ownCount"] != nil else {
            return w("opening.ownKind", ["kind": groupLabel(definition.rules.ownGroups.first) ?? ""])
        }
        return VietFormat.list(own.map { g in
            w("opening.ownCount", ["received": VietFormat.count(g.received), "expected": VietFormat.count(g.expected), "kind": groupLabel(g.group) ?? g.group])
        })
    }

    /// The data cut-off: one date everywhere, the report's own (REVIEW19 #10). The opening,
    /// III's "Đến ngày …" and the JSON's `asOf` all read `report.asOf`, so they cannot differ;
    /// a unit's figures run to its own report's date, which is no later than it.
    func cutoff() -> String {
        // Figures their units give as estimates to the year's end are in no total: whose, said
        // once, here (Phụ lục III lists them with their mark).
        let units = estimateUnits
        // The latest of the reports' own dates (REVIEW24 F12): the data run to it, not to the
        // day the report is made.
        let through = VietFormat.date(report.headline.reportsThrough ?? report.asOf)
        guard !units.isEmpty else { return w("opening.cutoff", ["asOf": VietFormat.date(report.asOf), "through": through]) }
        return w("opening.cutoffEstimates", ["asOf": VietFormat.date(report.asOf), "who": whoCounted(units), "through": through])
    }

    /// The units whose figures are estimates to the year's end (`NotCountedReason.estimate`),
    /// once each, in the order of the tasks.
    public var estimateUnits: [ConsolidatedReport.UnitRef] {
        var seen = Set<String>()
        return report.groups.flatMap(\.tasks).flatMap(\.notCounted).filter { $0.reason == .estimate && seen.insert($0.unitID).inserted }
            .map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
    }

    /// The plan's date as the report may state it: none when a document the plan cites is
    /// dated after it (the plan cannot cite a later decision; REVIEW14 #4).
    var planDate: PlanDate? {
        if report.plan.number == nil { return report.direction?.plan?.date }
        return report.review.contains { $0.code == "plan-date-contradicted" } ? nil : report.plan.date
    }

    /// The plan's number as pipeline.yaml gives it, else as most units cite it (REVIEW16 #3.1;
    /// the review page asks the văn thư to confirm it).
    var planNumber: String? { report.plan.number ?? report.direction?.plan?.number }

    func planRef() -> String {
        if let n = planNumber, let d = planDate {
            return w("opening.planRef", ["kind": w("opening.planKind"), "number": n, "date": VietFormat.longDateWithoutDay(d)])
        }
        if let n = planNumber { return w("opening.planRefNoDate", ["kind": w("opening.planKind"), "number": n, "year": String(report.plan.year)]) }
        // Number and date not in the plan's copy: blanks the văn thư fills from the register.
        return w("opening.planRefBlank", ["kind": w("opening.planKind"), "year": String(report.plan.year)])
    }

    var holderName: String {
        report.budget.holderName.map { shortName($0) } ?? ""
    }

    /// Section I: the plan and who carries it out; the Department's guidance letters
    /// (rules.guidanceLetters) when the pipeline lists them; without them no sentence is
    /// written that sounds like a fact (the review page asks the drafter for them).
    func direction() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.direction"))]
        out.append(.paragraph(w("direction.plan", ["plan": planRef(), "holder": holderName])))
        // The letters asking for the reports (pipeline.yaml, then report.yaml's guidance
        // letters), without them blanks the drafter fills (the review page asks for them),
        // with who reports by when.
        let cited = report.direction?.request.map { w("direction.requestRef", ["kind": w("direction.requestKind"), "number": $0.number, "date": VietFormat.date($0.date)]) }
        let given = report.plan.requestLetters + definition.rules.guidanceLetters + (cited.map { [$0] } ?? [])
        let letters = VietFormat.list(given)
        // REVIEW47 #8: the reminders and the letter asking for the reports in one short sentence,
        // with the deadlines (direction.remindersAndLetters); empty: as below.
        if let n = report.direction?.reminders, n > 0, !given.isEmpty, !report.deadlines.isEmpty, w.says("direction.remindersAndLetters"),
           let last = out.last, case .paragraph(let text) = last {
            out[out.count - 1] = .paragraph(text + " " + w("direction.remindersAndLetters", ["n": VietFormat.count(n), "letters": letters, "deadlines": deadlinesText]))
            if let plans = report.direction?.ownPlans, !plans.isEmpty {
                let parts = plans.map { "\(VietFormat.count($0.count)) \(groupLabel($0.group) ?? $0.group)" }
                out.append(.paragraph(w("direction.ownPlans", ["parts": VietFormat.list(parts)])))
            }
            return out
        }
        // The reminder letters the consolidating unit reports the Sở issued (REVIEW16 #3.8).
        if let n = report.direction?.reminders, n > 0, let last = out.last, case .paragraph(let text) = last {
            out[out.count - 1] = .paragraph(text + " " + w("direction.reminders", ["n": VietFormat.count(n)]))
        }
        // The deadlines are the plan's: cited by its section, never said to be a letter's the
        // program knows only by its citation (REVIEW35 #7).
        let plan = deadlinesSource
        if given.isEmpty {
            // No letter registered: the plan's own deadlines, never blanks for a letter.
            if !report.deadlines.isEmpty { out.append(.paragraph(w("direction.planDeadlines", ["holder": holderName, "deadlines": deadlinesText, "plan": plan]))) }
        } else {
            out.append(.paragraph(report.deadlines.isEmpty ? w("direction.letters", ["letters": letters])
                                                           : w("direction.reporting", ["letters": letters, "holder": holderName, "deadlines": deadlinesText, "plan": plan])))
        }
        // The Department's own units that reported, counted (Phụ lục II lists them: REVIEW10 #8).
        let own = report.completeness.byGroup.filter { definition.rules.ownGroups.contains($0.group) }
        if let last = out.last, case .paragraph(let text) = last, !own.isEmpty, w.says("direction.ownReports") {
            let parts = own.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \(groupLabel($0.group) ?? $0.group)" }
            out[out.count - 1] = .paragraph(text + " " + w("direction.ownReports", ["asOf": VietFormat.date(report.asOf), "parts": VietFormat.list(parts)]))
        }
        // The units that report issuing their own implementation plans, counted by kind.
        if let plans = report.direction?.ownPlans, !plans.isEmpty {
            let parts = plans.map { "\(VietFormat.count($0.count)) \(groupLabel($0.group) ?? $0.group)" }
            let sentence = w("direction.ownPlans", ["parts": VietFormat.list(parts)])
            if let last = out.last, case .paragraph(let text) = last { out[out.count - 1] = .paragraph(text + " " + sentence) } else { out.append(.paragraph(sentence)) }
        }
        return out
    }

    /// Where the reporting deadlines are written: the plan's one section all of them are read
    /// from ("Mục IV của Kế hoạch"), else the plan (REVIEW35 #7).
    var deadlinesSource: String {
        let sections = Set(report.deadlines.map(\.section))
        if sections.count == 1, let only = sections.first, let section = only, w.texts["direction.planSection"] != nil {
            return w("direction.planSection", ["section": section])
        }
        return w.texts["direction.planWhole"] != nil ? w("direction.planWhole") : ""
    }

    /// "hạn 01/11/2026 đối với các phòng, đơn vị trực thuộc Sở, 15/11/2026 đối với …".
    var deadlinesText: String {
        // The deadlines of the units outside the Department (those the shortcoming counts).
        report.deadlines.map { d in
            w("direction.deadline", ["units": VietFormat.list(d.units.compactMap { groupLabel($0) }), "date": VietFormat.date(d.date)])
        }.joined(separator: ", ")
    }

    /// How a task's progress is spoken of: a task carried out all year ("Thường xuyên") under
    /// way is being carried out; one its state says completed is said completed, as the JSON
    /// and Phụ lục I have it (REVIEW16 #5: no "cả 03 … đang triển khai" when one is completed).
    /// It is stated: decided once by the consolidation (REVIEW21 #2).
    public typealias Phase = ConsolidatedReport.Phase

    /// The consolidation's phase of the task (`Consolidator.phase(of:asOf:)`): the body,
    /// Phụ lục I and the JSON read this one decision.
    public func phase(_ t: ConsolidatedReport.TaskResult) -> Phase {
        Consolidator.phase(of: t, asOf: report.asOf)
    }

    /// The task's phase leaving its schedule aside.
    public func basePhase(_ t: ConsolidatedReport.TaskResult) -> Phase {
        Consolidator.basePhase(of: t, asOf: report.asOf)
    }

    /// Work reported on the task: a unit's "completed" or "in progress", or a figure.
    public func worked(_ t: ConsolidatedReport.TaskResult) -> Bool { Consolidator.worked(t) }

    /// The plan assigns the task to the unit: its lead, or a partner named or of a kind named.
    public func isAssigned(_ unitID: String, to t: ConsolidatedReport.TaskResult) -> Bool {
        if isLeadUnit(unitID, of: t) || t.partnerUnits.contains(unitID) || t.leadUnits.contains(unitID) { return true }
        guard let g = report.reporters.first(where: { $0.unitID == unitID })?.group else { return false }
        return t.partnerUnits.contains(g) || t.leadUnits.contains(g)
    }

    /// The units the plan assigns the task to, other than its lead, that report their part
    /// completed or under way while the lead reports the task not started or not arising: the
    /// consolidation's one answer (`TaskResult.partsDone`), never decided again here.
    public func partDone(_ t: ConsolidatedReport.TaskResult) -> [ConsolidatedReport.UnitStatus] {
        t.partsDone.compactMap { id in t.unitStatuses.first { $0.unitID == id } }
    }

    /// The parts III.2 states beside a lead's "chưa thực hiện": those of units outside the
    /// Department. Only the Department's own units did part of its own unit's task: no line of
    /// its own ("đang triển khai một phần" beside III.1's "chưa triển khai" told the task two
    /// ways, REVIEW34 #1); the task is stated once, as its lead states it.
    public func partDoneStated(_ t: ConsolidatedReport.TaskResult) -> [ConsolidatedReport.UnitStatus] {
        let done = partDone(t)
        guard leadIsOwn(t) else { return done }
        let refs = done.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: $0.source) }
        // REVIEW37 #2 (over REVIEW34 #1 and REVIEW32 #13 for this case): an own partner that
        // reports its part completed while the own lead has not started is not left out — the
        // body would send only the lead's version upward; each part is stated (partlyDone).
        if outsideCount(refs) == 0 { return done.filter { $0.status == .completed } }
        return done
    }

    /// What III.2 adds to a task its lead has not started: the lead's own schedule
    /// (assessment.leadPlanned) and its work of the kind under another task
    /// (assessment.leadWorkElsewhere); nil when it has neither (REVIEW34 #1).
    public func notStartedDetail(_ t: ConsolidatedReport.TaskResult) -> String? {
        var out = ""
        if let when = leadPlannedFor(t), w.says("assessment.leadPlanned") { out += w("assessment.leadPlanned", ["when": when]) }
        if let e = leadWorkElsewhere(t), w.says("assessment.leadWorkElsewhere") {
            out += w("assessment.leadWorkElsewhere", ["lead": leadName(t), "work": e.work, "task": lowerFirst(taskName(e.task)),
                                                      "group": String(e.task.group)])
        }
        if let j = partnerJointWork(t), w.texts["assessment.partnerJointWork"] != nil, w.says("assessment.partnerJointWork") {
            out += w("assessment.partnerJointWork", ["who": j.who, "lead": leadName(t), "work": j.work])
        }
        return out.isEmpty ? nil : out
    }

    /// Work other units report on the task as taken part in with others, left out of the
    /// totals as the lead's (`NotCounted.Reason.participation`), beside a lead that has not
    /// started it: the units and their first figure ("03 cuộc kiểm tra"), so the lead's "chưa
    /// triển khai" is never read alone beside a partner's joint work (REVIEW35 #4).
    public func partnerJointWork(_ t: ConsolidatedReport.TaskResult) -> (who: String, work: String)? {
        let joint = t.notCounted.filter { $0.reason == .participation && $0.value != 0 && !isLeadUnit($0.unitID, of: t) && !t.leadUnits.contains($0.unitID) }
        guard let first = joint.first(where: { !IndicatorID($0.indicator).isMoney }), let object = indicator(first.indicator, in: t).objects.first else { return nil }
        let value = joint.filter { $0.indicator == first.indicator }.map(\.value).reduce(0, +)
        var seen = Set<String>()
        let refs = joint.filter { $0.indicator == first.indicator && seen.insert($0.unitID).inserted }
            .map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
        // REVIEW39 #4: the units' whole account of it, every figure they gave (cơ sở, violations).
        do {
            let units = Set(refs.map(\.unitID))
            var ids: [String] = []
            for n in joint where units.contains(n.unitID) && !ids.contains(n.indicator) { ids.append(n.indicator) }
            let items = ids.map { id in
                (id: id, value: joint.filter { $0.indicator == id && units.contains($0.unitID) }.map(\.value).reduce(0, +), money: IndicatorID(id).isMoney,
                 units: units)
            }
            // REVIEW52 #4: one partner's work said in its own words where its sentence on the
            // task states every figure of it — the figures' phrases would change its verbs and
            // nouns ("tham gia 03 đoàn kiểm tra" → "tổ chức 03 cuộc kiểm tra", "26 trường hợp
            // vi phạm" → "26 cơ sở vi phạm").
            if units.count == 1, let unit = units.first, let own = ownJointWords(t, unit: unit, values: items.map(\.value)) { return (who(refs), own) }
            let clauses = sentenceClauses(items)
            if !clauses.isEmpty { return (who(refs), clauses) }
        }
        return (who(refs), VietFormat.count(value) + " " + object)
    }

    /// REVIEW52 #4: a partner's sentence on the task from its partner word on (rules.partnerWords:
    /// "phối hợp với Chi cục tham gia 03 đoàn kiểm tra liên ngành tại 169 cơ sở, qua kiểm tra
    /// phát hiện 26 trường hợp vi phạm"), when its subject alone comes before that word
    /// ("Phòng đã") and every one of `values` is stated after it; to the end of the clause
    /// stating the last of them (a clause after it states no figure: "chuyển hồ sơ xử lý theo
    /// thẩm quyền", as rules.bodyLength.summaryClauses leaves such clauses to Phụ lục I), its
    /// "; " read as ", " (the clause stands after one). Nil otherwise.
    func ownJointWords(_ t: ConsolidatedReport.TaskResult, unit: String, values: [Double]) -> String? {
        let partner = definition.rules.partnerWords.map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        guard !partner.isEmpty, !values.isEmpty else { return nil }
        for s in t.statements where s.unit.unitID == unit && s.hasFigure {
            let words = s.text.split(separator: " ").map(String.init)
            let folded = words.map { VietText.fold($0) }
            // The first partner word, its fewest words ("phối hợp"): the wording's verb.
            var at: (Int, Int)?
            for i in folded.indices {
                if let p = partner.filter({ p in i + p.count <= folded.count && Array(folded[i..<(i + p.count)]) == p }).min(by: { $0.count < $1.count }) {
                    at = (i, p.count)
                    break
                }
            }
            guard let (i, n) = at, i <= 4, !words[..<i].contains(where: { $0.contains(where: \.isNumber) }) else { continue }
            let rest = words[(i + n)...].joined(separator: " ")
            let found = values.map { Consolidator.numberRange(rest[...], VietFormat.number($0)) }
            guard found.allSatisfy({ $0 != nil }), let last = found.compactMap({ $0?.upperBound }).max() else { continue }
            let end = rest[last...].firstIndex(where: { ",;.".contains($0) }) ?? rest.endIndex
            return trimEnd(String(rest[..<end]).replacingOccurrences(of: "; ", with: ", "))
        }
        return nil
    }

    /// REVIEW43 #3: a task under way by the Department's own partner's joint work with the lead
    /// while the lead wrote "chưa thực hiện" (basis `partnerJoint`): one sentence in the Sở's
    /// voice — under way, the partner's work, and the lead's own plan and time as it wrote them.
    public func partnerJointSentence(_ t: ConsolidatedReport.TaskResult) -> String? {
        // REVIEW48 #1 (rules.partnerJointUnderWay "false"): the lead's own "chưa thực hiện" is
        // the task's state; its partners' joint work is said beside it, never replacing it —
        // the lead's status, its own next step as it wrote it, then the partners' work.
        if t.basis == .lead, t.state == .notStarted, t.leadStatus?.status == .notStarted, leadIsOwn(t),
           w.says("results.partnerJointBeside"), let j = partnerJointWork(t) {
            let preparing = t.statements.contains { $0.isLead && isPreparing($0) } ? w("assessment.recurringNotStartedPlanning") : ""
            let when = leadPlannedFor(t).map { w("assessment.leadPlanned", ["when": $0]) } ?? ""
            let note = t.leadStatus?.noteIsBasis == true ? t.leadStatus?.note.flatMap(bodyCitable).map { w("results.partnerJointBesideNote", ["note": lowerFirst(cited($0))]) } ?? "" : ""
            return w("results.partnerJointBeside", ["task": lowerFirst(taskName(t)), "note": note, "lead": leadName(t), "preparing": preparing,
                                                    "when": when, "who": j.who, "work": j.work])
        }
        guard t.basis == .partnerJoint, w.says("results.partnerJoint"), let j = partnerJointWork(t) else { return nil }
        var plan = ""
        if let note = t.leadStatus?.note, t.leadStatus?.noteIsBasis == true, w.says("results.partnerJointPlan") {
            plan = w("results.partnerJointPlan", ["note": lowerFirst(note), "when": leadPlannedFor(t).map { w("assessment.leadPlanned", ["when": $0]) } ?? ""])
        } else if w.says("results.partnerJointLeadPending") {
            // REVIEW47 #2: no note of the plan it works under: the lead's own part said not yet
            // carried out, with its time when it gave one.
            plan = w("results.partnerJointLeadPending", ["lead": leadName(t), "when": leadPlannedFor(t).map { w("assessment.leadPlanned", ["when": $0]) } ?? ""])
        }
        // REVIEW52 #4: the partner's own words naming the lead ("với Chi cục tham gia …") after
        // the wording's "phối hợp với {lead}": the lead said once.
        let lead = leadName(t)
        let names = [lead] + w.abbreviations.filter { $0.full == lead }.map(\.short)
        let work = names.map { "với " + $0 + " " }.first(where: j.work.hasPrefix).map { String(j.work.dropFirst($0.count)) } ?? j.work
        return w("results.partnerJoint", ["task": lowerFirst(taskName(t)), "who": j.who, "lead": leadName(t), "work": work, "plan": plan])
    }

    /// The lead's note beside its "chưa thực hiện" naming the plan the work is done under
    /// ("Theo Kế hoạch số 18/KH-UBND", rules.statusNotes.basis): the body says the note, never
    /// "chưa triển khai" (REVIEW36 #2). Nil when there is none or the wording is not given.
    public func leadBasisNote(_ t: ConsolidatedReport.TaskResult) -> String? {
        guard let ls = t.leadStatus, ls.noteIsBasis == true, let note = ls.note, ls.status == .notStarted,
              w.says("assessment.recurringNotStartedNoted") else { return nil }
        return cited(note)
    }

    /// REVIEW44 #7: a sentence of section II naming, with figures, a unit whose current report
    /// still carries a reviewer's comment asking to re-check its figures (`UnitComment.unchecked`,
    /// Phụ lục III's mark): the figures said as under the unit's review (results.unconfirmed).
    /// REVIEW51 #8: likewise each clause stating a figure of `tasks` that a finding still doubts
    /// (rules.doubtedFigures, `isDoubted`), after the unit's name.
    func markedUnconfirmed(_ sentence: String, _ tasks: [ConsolidatedReport.TaskResult] = []) -> String {
        guard sentence.contains(where: \.isNumber) else { return sentence }
        // REVIEW54 #4: with no note to add (results.unconfirmed empty), the Sở's own unit's
        // doubted figure still leaves the body (rules.ownDoubted).
        guard w.says("results.unconfirmed") else { return withoutOwnDoubted(sentence, tasks) }
        let note = w("results.unconfirmed")
        guard !sentence.contains(note) else { return sentence }
        let files = uncheckedFiles
        let names = report.submissions.filter { files.contains($0.file) }.map { shortName($0.unitName) }
        // The unit's clause: from its name to the next ";" (or the sentence's end).
        let hit = names.lazy.compactMap { n -> Range<String.Index>? in
            guard let r = sentence.range(of: n), r.lowerBound == sentence.startIndex || sentence[sentence.index(before: r.lowerBound)] == " ",
                  r.upperBound < sentence.endIndex, [" ", ","].contains(sentence[r.upperBound]) else { return nil }
            return r
        }.first
        if let hit {
            let end = sentence[hit.upperBound...].firstIndex(of: ";") ?? (sentence.hasSuffix(".") ? sentence.index(before: sentence.endIndex) : sentence.endIndex)
            return String(sentence[..<end]) + note + String(sentence[end...])
        }
        // REVIEW53 #3 (rules.ownDoubted "appendix"): a figure of the Sở's own unit the tool
        // still doubts is not sent upward with a request to its own unit beside it: the clause
        // bringing it leaves the body (Phụ lục I and III state it, marked; the desk asks).
        let sentence = withoutOwnDoubted(sentence, tasks)
        var out = sentence
        // REVIEW51 #8: the clauses stating a doubted figure, each noted once at its end.
        // REVIEW53 #3: not the own unit's (a count no clause word brings, "tham gia 25 cuộc
        // kiểm tra tại 518 cơ sở", stays as the unit reported it, with no request beside it).
        let noted = doubtedContributions(tasks).filter { !(definition.rules.ownDoubtedInAppendix && isOwnUnit($0.unitID)) }
            .map { (name: shortName($0.unitName), value: $0.value) }
        var ends: [String.Index] = []
        for d in noted {
            guard let name = sentence.range(of: d.name),
                  let at = Consolidator.numberRange(sentence[name.upperBound...], VietFormat.number(d.value)) else { continue }
            let rest = sentence[at.upperBound...]
            let stop = [rest.firstIndex(of: ";"), rest.range(of: ". ")?.lowerBound].compactMap { $0 }.min()
                ?? (sentence.hasSuffix(".") ? sentence.index(before: sentence.endIndex) : sentence.endIndex)
            if !ends.contains(stop) { ends.append(stop) }
        }
        out = sentence
        for end in ends.sorted(by: >) {
            let head = out[..<end]
            // A clause closing on the Department's own note in parentheses ("(một phần trùng …,
            // không cộng vào tổng số nêu trên)") takes the request inside it, never a second
            // parenthesis after it; a name or a list in parentheses ("(QCVN)") is left alone.
            if head.hasSuffix(")"), let open = head.lastIndex(of: "("), note.hasPrefix(" ("), note.hasSuffix(")"),
               head[head.index(after: open)...].first?.isLowercase == true, head[open...].split(separator: " ").count >= 3 {
                let inner = note.dropFirst(2).dropLast()
                out = String(head.dropLast()) + "; " + inner + ")" + String(out[end...])
            } else {
                out = String(head) + note + String(out[end...])
            }
        }
        return out
    }

    /// REVIEW53 #3: `sentence` without the clause stating `number` (after `from`): from the last
    /// of results.heldBackClauseWords within rules.heldBackClauseWindow words before it ("cho
    /// 2.387 học viên …", "với 385 đại biểu tham dự", "với số tiền xử phạt 800.500.000 đồng") to
    /// the clause's end (";", a parenthesis or the sentence's end). Nil when no such word opens it.
    func withoutFigureClause(_ sentence: String, from start: String.Index, _ number: String) -> String? {
        guard let r = Consolidator.numberRange(sentence[start...], number) else { return nil }
        let clauseWords = Set(w.list("results.heldBackClauseWords").map { $0.lowercased() })
        var cut: String.Index?
        var end = r.lowerBound
        // Two words more than a doubted attendance's: "với số tiền xử phạt 800.500.000 đồng".
        for _ in 0..<(definition.rules.heldBackClauseWindow + 2) {
            while end > sentence.startIndex, sentence[sentence.index(before: end)] == " " { end = sentence.index(before: end) }
            guard let space = sentence[..<end].lastIndex(of: " "), space > start else { break }
            if clauseWords.contains(sentence[sentence.index(after: space)..<end].lowercased()) { cut = space; break }
            end = space
        }
        guard let c = cut else { return nil }
        let rest = sentence[r.upperBound...]
        let stop = [rest.firstIndex(of: ";"), rest.range(of: " (")?.lowerBound, rest.range(of: ". ")?.lowerBound].compactMap { $0 }.min()
            ?? (sentence.hasSuffix(".") ? sentence.index(before: sentence.endIndex) : sentence.endIndex)
        return String(sentence[..<c]) + String(sentence[stop...])
    }

    /// REVIEW51 #8: a unit's figure that a finding of rules.doubtedFigures still doubts: the
    /// finding is open (an officer's dismissal or resolution takes it out of the review), it is
    /// the unit's and the file's, of this task when it names one, read where the figure was
    /// read (`source`), of this value when it gives one; a figure an officer set is settled.
    /// A comparison with the other units (rules.doubtedFigures.amongUnits) doubts no lead's
    /// own work.
    /// REVIEW55 #1, #3 (rules.doubtedFigures.report "desk"): never in the report — a doubt on
    /// plausibility alone is the desk's (the findings stay open there); the figure is stated,
    /// counted and unmarked as the unit's signed report gives it, the Sở's own units' alike.
    public func isDoubted(_ t: ConsolidatedReport.TaskResult, _ indicator: String, _ c: ConsolidatedReport.Contribution) -> Bool {
        let codes = definition.rules.doubtedFigureFindings
        guard !definition.rules.doubtedOnDeskOnly else { return false }
        guard !codes.isEmpty, c.value != 0, !c.sources.contains(where: \.isOfficersDecision) else { return false }
        let places = Set(c.sources.map(\.location))
        return report.review.contains { r in
            guard codes.contains(r.code), r.unitID == c.unitID, r.path == c.file else { return false }
            if let code = r.params?["code"], code != t.code { return false }
            if let value = r.params?["value"], value != VietFormat.number(c.value) { return false }
            // Measured against the other units: the lead's own work is larger by design; its
            // part in theirs (left out of the totals as such) is not (rules.doubtedFigures.amongUnits).
            if definition.rules.doubtedAmongUnits.contains(r.code), t.leadUnits.contains(c.unitID),
               !t.notCounted.contains(where: { $0.unitID == c.unitID && $0.indicator == indicator }) { return false }
            return (r.source ?? "").components(separatedBy: "; ").contains { places.contains($0) }
        }
    }

    /// The files that still carry a reviewer's comment asking their figures re-checked
    /// (REVIEW45 #6): said beside their figures in the body, marked in Phụ lục III.
    var uncheckedFiles: Set<String> { Set((report.comments ?? []).filter(\.unchecked).map(\.file)) }

    /// REVIEW53 #3 (rules.ownDoubted "appendix"): the clause bringing a doubted figure of the
    /// Sở's own unit out of a body sentence.
    func withoutOwnDoubted(_ sentence: String, _ tasks: [ConsolidatedReport.TaskResult]) -> String {
        var out = sentence
        guard definition.rules.ownDoubtedInAppendix else { return out }
        for c in doubtedContributions(tasks) where isOwnUnit(c.unitID) {
            guard let name = out.range(of: shortName(c.unitName)) else { continue }
            out = withoutFigureClause(out, from: name.upperBound, VietFormat.number(c.value)) ?? out
        }
        return out
    }

    /// REVIEW54 #3 (rules.ownDoubted "withheld"): the Sở's own unit's doubted figures section II
    /// withholds, by indicator, over the groups a highlight is about (all when empty): its
    /// totals leave them out too, so that III.1 adds what the sections state.
    func withheldOwnDoubted(groups: [Int]) -> [String: Double] {
        guard definition.rules.ownDoubtedOutOfTotals else { return [:] }
        var out: [String: Double] = [:]
        for t in report.tasks where groups.isEmpty || groups.contains(t.group) {
            for f in t.figures {
                for c in f.contributions where isOwnUnit(c.unitID) && isDoubted(t, f.indicator, c)
                    && !t.notCounted.contains(where: { $0.unitID == c.unitID && $0.indicator == f.indicator }) {
                    out[f.indicator, default: 0] += c.value
                }
            }
        }
        return out
    }

    /// The units with a doubted figure (`isDoubted`) anywhere in the report.
    func doubtedUnitIDs() -> Set<String> {
        Set(doubtedContributions(report.tasks).map(\.unitID))
    }

    /// The doubted figures of these tasks (`isDoubted`), by their unit's short name.
    func doubtedFigures(_ tasks: [ConsolidatedReport.TaskResult]) -> [(name: String, value: Double)] {
        doubtedContributions(tasks).map { (shortName($0.unitName), $0.value) }
    }

    /// The contributions to these tasks' figures that a finding still doubts (`isDoubted`).
    func doubtedContributions(_ tasks: [ConsolidatedReport.TaskResult]) -> [ConsolidatedReport.Contribution] {
        guard !definition.rules.doubtedFigureFindings.isEmpty else { return [] }
        var out: [ConsolidatedReport.Contribution] = []
        for t in tasks {
            for f in t.figures {
                for c in f.contributions where isDoubted(t, f.indicator, c) { out.append(c) }
            }
        }
        return out
    }

    /// REVIEW44 #6: a document a unit's note cites by its number alone ("Theo Kế hoạch số
    /// 18/KH-UBND") is cited with its issuer where the number's code names one the pipeline
    /// knows (rules.citationIssuers: "UBND" → Ủy ban nhân dân Thành phố); a note that already
    /// gives a date or an issuer ("ngày …", "của …") is said as written.
    /// REVIEW49 #10 (rules.bareCitations "appendix"): a unit's note citing a document by its
    /// number alone — no date ("ngày"), no issuer ("của") — is not cited upward in that bare
    /// form: nil in the body, which then says the lead's status without it; Phụ lục I keeps
    /// the note as the unit wrote it and the desk can ask the unit for the date and issuer.
    public func bodyCitable(_ note: String) -> String? {
        guard definition.rules.bareCitationsInAppendix else { return note }
        guard note.range(of: #"số\s+\d+/"#, options: .regularExpression) != nil else { return note }
        return Self.givesDateOrIssuer(note) ? note : nil
    }

    /// Whether a note citing a document gives its date ("ngày …") or its issuer ("của …").
    static func givesDateOrIssuer(_ note: String) -> Bool {
        let folded = " " + VietText.fold(note) + " "
        return folded.contains(" ngay ") || folded.contains(" cua ")
    }

    public func cited(_ note: String) -> String {
        guard !definition.rules.citationIssuers.isEmpty, w.says("results.citedIssuer"), !Self.givesDateOrIssuer(note) else { return note }
        guard let r = note.range(of: #"số\s+\d+/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)+"#, options: .regularExpression),
              let code = note[r].split(separator: "-").last.map(String.init),
              let issuer = definition.rules.citationIssuers.first(where: { $0.code == code })?.issuer else { return note }
        return note.replacingCharacters(in: r, with: w("results.citedIssuer", ["document": String(note[r]), "issuer": issuer]))
    }

    /// Phụ lục I's "Tiến độ" cell: the task's state, with the lead's note beside its status when
    /// it changes how the status reads, as written (REVIEW36 #2: "Theo Kế hoạch số 18/KH-UBND"
    /// beside "Chưa thực hiện"; "Lồng ghép").
    public func taskStateCell(_ t: ConsolidatedReport.TaskResult) -> String {
        var state = appendixStateLabel(t)
        // REVIEW45 #3 (over nothing: REVIEW33 #4 stands): a lead's status cell merged down over
        // the rows of several tasks ("Đã hoàn thành" written once beside 3.a and 3.b) is its word
        // for each, as the signed report shows it; but a reader of the file's raw cells finds
        // the later rows blank, so Phụ lục I says where the status was read (the first task
        // sharing the cell).
        // REVIEW52 #7 (over REVIEW45 #3's first task only): every task whose row the cell
        // spans carries the note, naming all the others — those the unit is only a partner of
        // too (4.a, the Trung tâm's, beside the Chi cục's 4.b and 4.c).
        if let ls = t.leadStatus, let src = ls.source, !src.isEmpty, w.says("appendix.stateSharedCell") {
            let sharing = report.tasks.filter { o in
                o.code != t.code && (o.leadStatus.map { $0.file == ls.file && $0.source == src } ?? false
                    || o.unitStatuses.contains { $0.unitID == ls.unitID && $0.file == ls.file && $0.source == src })
            }
            if !sharing.isEmpty {
                state = w("appendix.stateSharedCell", ["state": state, "task": sharing.map { "\($0.group).\($0.letter)" }.joined(separator: ", ")])
            }
        }
        guard let raw = t.leadStatus?.note, w.says("appendix.stateNoted") else { return state }
        let note = t.leadStatus?.noteIsBasis == true ? cited(raw) : raw
        // REVIEW39 #8: a note that is no basis ("Lồng ghép") has its own wording, empty: not in
        // the "Tiến độ" column (a raw tag the reader cannot read).
        if t.leadStatus?.noteIsBasis != true, w.texts["appendix.stateNotedOther"] != nil {
            return w.says("appendix.stateNotedOther") ? w("appendix.stateNotedOther", ["state": state, "note": lowerFirst(note)]) : state
        }
        return w("appendix.stateNoted", ["state": state, "note": lowerFirst(note)])
    }

    /// REVIEW50 #8: Phụ lục I's "Ghi chú" cell of a task — the lead's note beside its status
    /// naming the plan the work is done under (rules.statusNotes.basis), as the lead wrote it:
    /// a note, never part of the "Tiến độ" cell (appendix.taskNote). Empty when none.
    public func taskNoteCell(_ t: ConsolidatedReport.TaskResult) -> String {
        guard let ls = t.leadStatus, ls.noteIsBasis == true, let raw = ls.note, w.says("appendix.taskNote") else { return "" }
        return w("appendix.taskNote", ["note": cited(raw), "lead": shortName(ls.unitName)])
    }

    /// REVIEW44 #5: the task's state in Phụ lục I, sent upward — one of the ordinary statuses
    /// (appendix.ordinaryState, keyed as labels.state is); the detailed label where the pipeline
    /// maps none. The review desk keeps the detailed label (`taskStateLabel`).
    public func appendixStateLabel(_ t: ConsolidatedReport.TaskResult) -> String {
        let (key, values) = taskStateKey(t)
        let ordinary = "appendix.ordinaryState." + key.dropFirst("labels.".count)
        if w.texts[ordinary] != nil, w.says(ordinary) { return w(ordinary, values) }
        return w(key, values)
    }

    /// The task's state as the body's lists and the review desk state it.
    public func taskStateLabel(_ t: ConsolidatedReport.TaskResult) -> String {
        let (key, values) = taskStateKey(t)
        return w(key, values)
    }

    /// The wording key (and its values) of the task's state: Phụ lục I's legend explains the
    /// keys its table uses (REVIEW38 #12).
    public func taskStateKey(_ t: ConsolidatedReport.TaskResult) -> (key: String, values: [String: String]) {
        // REVIEW40 #5: overdue with results its lead gave no status for: said with what is known.
        if t.overdue != nil, t.basis == .leadSilent, w.says("labels.overdueLeadSilent") { return ("labels.overdueLeadSilent", [:]) }
        if t.overdue != nil { return ("labels.overdue", [:]) }
        switch basePhase(t) {
        // Under way by the other units' results while its lead reports "không phát sinh": the
        // lead's word said beside it, never overridden silently (REVIEW23 #5).
        // REVIEW36 #3: the Department's own lead is the Sở: its conclusion, not its unit's word
        // (labels.state.lead_not_arisen_worked_own; the desk keeps lead-not-arisen).
        // REVIEW41 #6 (over REVIEW36 #3's conclusion for the own lead): both accounts, each
        // attributed — the lead's "không phát sinh", the partners that report results.
        // REVIEW49 #7: decided by the consolidation (phase notArisen), not counted under way.
        // (Every not-arisen phase; a recurring one only on those bases.)
        case let phase where phase == .notArisen || phase == .recurring && [.leadNotArisen, .leadAwaitingRequest].contains(t.basis):
            return (ownKey("labels.state.lead_not_arisen_worked", [t]), ["lead": leadName(t), "partners": partnersWithResults(t), "partnerStates": partnerStates(t)])
        // Its lead reports this year's part done: said so, as a recurring task (REVIEW32 #16),
        // never the dated tasks' "Hoàn thành"; III.1 counts it among those under way.
        case .recurring where yearDone(t): return ("labels.state.recurring_completed", ["year": String(report.plan.year)])
        // REVIEW38 #1: its lead left the status blank beside results — what is known, never the
        // lead's "đang triển khai" it did not write.
        case .recurring where t.basis == .leadSilent && w.says("labels.state.recurring_lead_silent"): return ("labels.state.recurring_lead_silent", [:])
        // REVIEW49 #7: the same task, phased as its lead left it (rules.recurringByLeadWord).
        case .leadSilent where t.recurring && w.says("labels.state.recurring_lead_silent"): return ("labels.state.recurring_lead_silent", [:])
        case .recurring: return ("labels.state.recurring", [:])
        case .dueNow: return ("labels.state.due_now", [:])
        case .noResult: return ("labels.state.no_result", [:])
        // Past its deadline with no completion from its lead: said so, as the schedule and the
        // lead's report show it (REVIEW33 #6), never "đã triển khai" as if on time, and never
        // "chưa hoàn thành" the lead did not write (REVIEW29 #1).
        // REVIEW34 #2: a blank status cell beside results is no evidence of lateness: what is
        // certain, the Department's own unit's reporting not told upward.
        case .leadSilent where pastDue(t) && w.says("labels.state.lead_silent_past_due"): return (ownKey("labels.state.lead_silent_past_due", [t]), [:])
        case .leadSilent: return (ownKey("labels.state.lead_silent", [t]), [:])
        case .confirming: return ("labels.state.confirming", [:])
        // REVIEW43 #6: a task the plan schedules, its deadline ahead, that its lead reports not
        // arisen: not due yet, never "chưa phát sinh yêu cầu" (no request is what it waits for).
        case .notDue: return (w.says("labels.state.awaiting_request_not_due") ? "labels.state.awaiting_request_not_due" : "labels.state.awaiting_request", [:])
        case .awaitingRequest: return ("labels.state.awaiting_request", [:])
        // Nothing reported and its deadline ahead: what is certain (REVIEW30 #10), never that
        // the Sở has no result of its own unit.
        case .noInformation where notDueYet(t) && w.says("labels.state.no_information_not_due"): return ("labels.state.no_information_not_due", [:])
        case .noInformation: return (ownKey("labels.state.no_information", [t]), [:])
        // REVIEW42 #7: a dated task its lead reports done before its deadline, the term still
        // running (the work of the period goes on to it): done so far, not closed for the year.
        case .completedToDate: return (w.says("labels.state.completed_to_date") ? "labels.state.completed_to_date" : "labels.state.completed", [:])
        default: return ("labels.state.\(t.state.rawValue)", [:])
        }
    }

    /// REVIEW48 #1: each partner that stated a status on the task, with the status it wrote
    /// ("Chi cục Tiêu chuẩn Đo lường Chất lượng (phối hợp): hoàn thành"), named when few (at
    /// most three), else counted by status — said beside the lead's own status, never instead.
    func partnerStates(_ t: ConsolidatedReport.TaskResult) -> String {
        var seen = Set<String>()
        let stated = t.unitStatuses.filter { !isLeadUnit($0.unitID, of: t) && $0.status != .unknown && seen.insert($0.unitID).inserted }
        guard !stated.isEmpty else { return partnersWithResults(t) }
        if stated.count <= 3 {
            return stated.map { w("labels.partnerState", ["unit": shortName($0.unitName), "status": statusLabel($0.status)]) }.joined(separator: "; ")
        }
        var order: [TaskStatus] = []
        for u in stated where !order.contains(u.status) { order.append(u.status) }
        return order.map { s in w("labels.partnerStateCounted", ["n": VietFormat.count(stated.filter { $0.status == s }.count), "status": statusLabel(s)]) }.joined(separator: "; ")
    }

    /// The units other than the task's lead that report it done or under way, or a figure on
    /// it: named when few (at most three), else counted ("05 đơn vị").
    func partnersWithResults(_ t: ConsolidatedReport.TaskResult) -> String {
        var names: [String] = []
        let ids = t.unitStatuses.filter { [.completed, .inProgress].contains($0.status) }.map { ($0.unitID, $0.unitName) }
            + t.figures.flatMap(\.contributions).filter { $0.value != 0 }.map { ($0.unitID, $0.unitName) }
        var seen = Set<String>()
        for (id, name) in ids where !isLeadUnit(id, of: t) && seen.insert(id).inserted { names.append(shortName(name)) }
        guard !names.isEmpty else { return w("labels.partnersNone") }
        return names.count <= 3 ? VietFormat.list(names) : w("labels.partnersCounted", ["n": VietFormat.count(names.count)])
    }

    /// A recurring task whose lead reports it completed, its state resting on that report:
    /// this year's part done (labels.state.recurring_completed, when the pipeline words it).
    public func yearDone(_ t: ConsolidatedReport.TaskResult) -> Bool {
        t.recurring && t.basis == .lead && t.leadStatus?.status == .completed && w.says("labels.state.recurring_completed")
    }

    /// The Department's own unit leads the task (rules.ownGroups): how far it has reported is
    /// the Sở's own business, settled before signing, never told upward (REVIEW21 #5).
    public func ownLead(_ t: ConsolidatedReport.TaskResult) -> Bool {
        let own = Set(definition.rules.ownGroups)
        return !t.leadGroups.isEmpty && t.leadGroups.allSatisfy { own.contains($0) }
    }

    /// `key` + "_own" when every task is led by the Department's own units and the pipeline
    /// words that case (the task stated without speaking of a unit's report); else `key`.
    func ownKey(_ key: String, _ tasks: [ConsolidatedReport.TaskResult]) -> String {
        guard !tasks.isEmpty, tasks.allSatisfy(ownLead), w.texts[key + "_own"] != nil else { return key }
        return key + "_own"
    }

    // MARK: - Naming a task in the body

    /// A task as the body names it: a short form of the plan's own wording (its first clause,
    /// without asides in parentheses, stopped before the plan's purpose or scope, at most
    /// rules.taskNameWords words), never a table label; the second clause joins a short first
    /// one ("… và kết nối liên thông với Cổng thông tin một cửa quốc gia"). When the wording
    /// is too long to shorten so, the short title when it starts with the same verb
    /// ("Triển khai Chương trình 1322, …"), else the clause cut at its last comma that fits.
    public func taskName(_ t: ConsolidatedReport.TaskResult) -> String {
        let limit = definition.rules.taskNameWords
        let firstSentence = t.text.components(separatedBy: ". ").first ?? t.text
        let clauses = firstSentence.split(separator: ";").map { cutClause(withoutAsides(String($0)), soft: false) }.filter { !$0.isEmpty }
        guard var name = clauses.first else { return t.title }
        // Words as the body will read them: "tiêu chuẩn, đo lường, chất lượng" is "TĐC".
        func words(_ x: String) -> Int {
            var y = x
            for a in w.abbreviations { y = y.replacingOccurrences(of: a.full, with: a.short) }
            return y.split(separator: " ").count
        }
        if words(name) > limit { name = cutClause(name, soft: true) }
        if words(name) > limit {
            let verb = { (x: String) in VietText.fold(x.split(separator: " ").prefix(2).joined(separator: " ")) }
            if verb(t.title) == verb(name) { return trimEnd(t.title) }
            // The last of the last-resort ends (rules.taskNameLastEnds: "về") that leaves the
            // name within the limit; else the short title: words cut at the limit leave a
            // fragment ("… do Bộ Khoa") that no officer would sign.
            let cuts = definition.rules.taskNameLastEnds.flatMap { e in name.ranges(of: " " + e + " ").map(\.lowerBound) }
                .map { String(name[..<$0]) }.filter { words($0) <= limit && words($0) >= 4 }
            guard let cut = cuts.max(by: { words($0) < words($1) }) else { return trimEnd(t.title) }
            name = cut
        } else if clauses.count > 1, words(name) <= limit / 2, words(name) + words(cutClause(clauses[1], soft: true)) + 1 <= limit {
            name += " " + w("task.and") + " " + lowerFirst(cutClause(clauses[1], soft: true))
        }
        return trimEnd(name)
    }

    /// "Kế hoạch … (Chương trình 1322, Kế hoạch 36)" → "Kế hoạch …": asides dropped.
    func withoutAsides(_ text: String) -> String {
        var out = "", depth = 0
        for c in text {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return VietText.collapseWhitespace(out).replacingOccurrences(of: " ,", with: ",").trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;…"))
    }

    /// A clause stopped before the plan's purpose ("để", "nhằm", rules.taskPhraseEnds) or,
    /// when `soft`, its scope too (rules.taskNameSoftEnds: "cho", "trong", "tại").
    func cutClause(_ clause: String, soft: Bool) -> String {
        var c = clause.trimmingCharacters(in: .whitespaces)
        let ends = definition.rules.taskPhraseEnds + (soft ? definition.rules.taskNameSoftEnds : [])
        for end in ends {
            // Never at the start: "Theo dõi …" is the task itself.
            if let r = c.range(of: " " + end + " "), c.distance(from: c.startIndex, to: r.lowerBound) > 12 { c = String(c[..<r.lowerBound]) }
        }
        return c.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;…"))
    }

    /// When a task is due, as the plan schedules it: "Quý I/2026" for a quarter's last day,
    /// "30/11/2026" otherwise.
    func deadlineText(_ due: PlanDate) -> String {
        VietFormat.quarterEnd(due) == due ? VietFormat.quarter(due) : VietFormat.date(due)
    }

    /// "đề xuất cải tiến … (thời hạn Quý I/2026)": a task named with its deadline.
    func namedWithDeadline(_ t: ConsolidatedReport.TaskResult) -> String {
        guard let due = t.dueDate else { return lowerFirst(taskName(t)) }
        return w("task.overdue", ["title": lowerFirst(taskName(t)), "code": t.code, "due": deadlineText(due)])
    }

    /// "01 nhiệm vụ chưa triển khai (thời hạn Quý IV/2026): triển khai …": a part of the tasks
    /// named, their deadline said once when they share it, else after each.
    func namedPart(_ part: String, _ tasks: [ConsolidatedReport.TaskResult]) -> String {
        let dues = Set(tasks.map(\.dueDate))
        if dues.count == 1, let only = dues.first, let due = only {
            return w("results.namedDue", ["part": part, "due": deadlineText(due), "tasks": taskNames(tasks)])
        }
        return w("results.named", ["part": part, "tasks": taskNames(tasks, deadline: true)])
    }

    /// Tasks named one after another: "A và B", "A; B và C".
    func taskNames(_ tasks: [ConsolidatedReport.TaskResult], deadline: Bool = false) -> String {
        let names = tasks.map { deadline ? namedWithDeadline($0) : lowerFirst(taskName($0)) }
        guard names.count > 1 else { return names.first ?? "" }
        // A name holding "và" itself ("… tiêu chuẩn, đo lường và chất lượng"): all named with
        // "; ", never "A và B" read as three tasks.
        if names.contains(where: { $0.contains(" " + w("task.and") + " ") }) { return names.joined(separator: "; ") }
        return names.dropLast().joined(separator: "; ") + " " + w("task.and") + " " + names.last!
    }

    /// "Đã hoàn thành 06/09 nhiệm vụ; 02 nhiệm vụ thường xuyên đang được triển khai; 01 nhiệm
    /// vụ chưa triển khai".
    func progressParts(_ tasks: [ConsolidatedReport.TaskResult], skipCompleted: Bool = false) -> [String] {
        var parts: [String] = []
        for p in Phase.allCases where !(skipCompleted && p == .completed) {
            let these = tasks.filter { phase($0) == p }
            guard !these.isEmpty else { continue }
            let part = w("labels.progress.\(p.rawValue)", ["n": VietFormat.count(these.count), "total": VietFormat.count(tasks.count)])
            parts.append(part)
        }
        return parts
    }

    func groupProgress(_ tasks: [ConsolidatedReport.TaskResult]) -> String {
        let parts = progressParts(tasks)
        let phases = Set(tasks.map(phase))
        // The group's size first, so the reader adds the parts to it; a group whose tasks all
        // stand alike in one phrase (the tasks behind still named).
        if phases.count == 1, let only = phases.first, ![.overdue, .notStarted].contains(only) {
            return upperFirst(w("labels.progressAll.\(only.rawValue)", ["n": VietFormat.count(tasks.count)]) + ".")
        }
        // The tasks behind are named once, in III.
        let behind = tasks.contains { [.overdue, .notStarted].contains(phase($0)) } ? w("results.overdue", ["n": ""]) : ""
        // Tasks with a deadline and recurring ones counted apart (REVIEW13 #13): a recurring task
        // is never "completed", so the ratio is over the dated ones, the recurring ones last.
        let dated = tasks.filter { !$0.recurring }, recurring = tasks.filter(\.recurring)
        if !dated.isEmpty, !recurring.isEmpty, w.says("results.progressMixed") {
            var states: [String] = []
            var lastBehind: Int?
            for p in Phase.allCases where p != .recurring {
                let these = dated.filter { phase($0) == p }
                guard !these.isEmpty else { continue }
                states.append(p == .completed
                    ? w("labels.progress.completedDated", ["n": VietFormat.count(these.count), "dated": VietFormat.count(dated.count)])
                    : w("labels.progress.\(p.rawValue)", ["n": VietFormat.count(these.count), "total": VietFormat.count(dated.count)]))
                if [.overdue, .notStarted].contains(p) { lastBehind = states.count - 1 }
            }
            // "(nêu tại mục III)" right after the tasks it refers to.
            if let i = lastBehind { states[i] += behind }
            // Recurring tasks in any phase but overdue: their own phrase, or their phase's.
            for p in Phase.allCases {
                let these = recurring.filter { phase($0) == p }
                guard !these.isEmpty else { continue }
                states.append(w("labels.progress.\(p == .completed ? Phase.recurring.rawValue : p.rawValue)", ["n": VietFormat.count(these.count),
                                                                                                          "total": VietFormat.count(recurring.count)]))
            }
            return upperFirst(w("results.progressMixed", ["total": VietFormat.count(tasks.count), "dated": VietFormat.count(dated.count),
                                                          "recurring": VietFormat.count(recurring.count), "states": states.joined(separator: "; "),
                                                          "overdue": ""]))
        }
        return upperFirst(w("results.progress", ["total": VietFormat.count(tasks.count), "states": parts.joined(separator: "; "), "overdue": behind]))
    }

    /// Clauses of one sentence, in the indicators' order: a clause right after one it
    /// continues takes its continued form ("177 cuộc kiểm tra tại 2.055 cơ sở, phát hiện …")
    /// when the units that gave it all gave the one it continues (attendance counted by units
    /// that organised no class is not "with" those classes); the others are joined with "; ".
    /// In a sentence that names its units once (`collective`), a figure continues the one
    /// before when some of the same units gave both, unless its wording is strict.
    /// `namedBy`: the task whose units' words name what was counted (`indicator(_:in:)`), when
    /// `task` is not given (Phụ lục I's figures line tells no task phrase).
    func sentenceClauses(_ items: [(id: String, value: Double, money: Bool, units: Set<String>)], task: ConsolidatedReport.TaskResult? = nil,
                         collective: Bool = false, namedBy: ConsolidatedReport.TaskResult? = nil) -> String {
        var out = ""
        var previous: (id: String, units: Set<String>)?
        var phrased = false
        for it in items {
            let ind = indicator(it.id, in: task ?? namedBy)
            let n = it.money ? VietFormat.money(it.value) : VietFormat.count(it.value)
            let shared = collective && !ind.strictContinuation ? !it.units.isDisjoint(with: previous?.units ?? []) : it.units.isSubset(of: previous?.units ?? [])
            if let prev = previous, let cont = ind.continued, ind.continuesAfter.contains(prev.id), !out.isEmpty, shared {
                out += ReportWordingFill.fill(cont, ["n": n])
            } else if !ind.additive, it.units.count > 1, let several = ind.severalClause {
                // Not additive across units (REVIEW29 #7): the sum is of their counts, said so.
                out += (out.isEmpty ? "" : "; ") + ReportWordingFill.fill(several, ["n": n])
            } else if !phrased, let t = task, let phrase = taskPhrase(t, indicator: it.id, count: n, units: it.units) {
                phrased = true
                out += (out.isEmpty ? "" : "; ") + phrase
            } else {
                out += (out.isEmpty ? "" : "; ") + ReportWordingFill.fill(ind.clause, ["n": n])
            }
            previous = (it.id, it.units)
        }
        return out
    }

    /// A figure told in the task's own words: the first clause of the plan's wording with the
    /// count in front of what it counts ("tuyên truyền, vận động, hướng dẫn 49 tổ chức, doanh
    /// nghiệp tham dự Giải thưởng Chất lượng Quốc gia"), stopped before the plan's purpose
    /// (rules.taskPhraseEnds). Nil when the wording does not name it near its start, or when
    /// the units counted other events than it names (REVIEW17 #9: "hội nghị" told where the
    /// plan says "lớp tập huấn …"): then the indicator's own clause, the units' nouns.
    func taskPhrase(_ t: ConsolidatedReport.TaskResult, indicator id: String, count n: String, units: Set<String>? = nil) -> String? {
        let objects = indicator(id).objects
        // A task of several objectives ("…; thực hiện công bố chất lượng …"): its first
        // objective's words would claim the figure is about that one.
        let firstSentence = t.text.components(separatedBy: ". ").first ?? t.text
        guard !objects.isEmpty, !firstSentence.contains(";") else { return nil }
        let clause = t.text.split(whereSeparator: { ";.:(".contains($0) }).first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? t.text
        for o in objects {
            guard let r = wordRange(of: o, in: clause) else { continue }
            // What the units' own words counted: an object of this indicator the plan's clause
            // does not name.
            let others = objects.filter { wordRange(of: $0, in: clause) == nil }
            let told = (t.figures.first { $0.indicator == id }?.contributions ?? [])
                .filter { c in c.value != 0 && units.map { $0.contains(c.unitID) } ?? true }
                .flatMap(\.sources).map { $0.text.lowercased() }
            if told.contains(where: { text in others.contains { wordRange(of: $0.lowercased(), in: text) != nil } }) {
                // The indicator's own nouns, with the field the plan names ("về …") when it
                // names one within the phrase.
                let tail = String(clause[r.upperBound...])
                guard let f = indicator(id).fieldFrom.compactMap({ tail.range(of: " " + $0 + " ") }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
                var field = String(tail[f.lowerBound...])
                for end in definition.rules.taskPhraseEnds {
                    if let e = field.range(of: " " + end + " ") { field = String(field[..<e.lowerBound]) }
                }
                field = field.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                guard field.split(separator: " ").count <= definition.rules.taskPhraseFieldWords else { return nil }
                return lowerFirst(ReportWordingFill.fill(indicator(id).clause, ["n": n]) + " " + field)
            }
            var head = clause[..<r.lowerBound].split(separator: " ").map(String.init)
            if let last = head.last, ["các", "những"].contains(last.lowercased()) { head.removeLast() }
            guard (1...8).contains(head.count) else { continue }
            var tail = String(clause[r.upperBound...])
            for end in definition.rules.taskPhraseEnds {
                if let e = tail.range(of: " " + end + " ") { tail = String(tail[..<e.lowerBound]) }
            }
            tail = tail.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            if tail.split(separator: " ").count > definition.rules.taskPhraseFieldWords { tail = "" }
            return lowerFirst(head.joined(separator: " ") + " " + n + " " + String(clause[r]) + (tail.isEmpty ? "" : " " + tail))
        }
        return nil
    }

    func isLeadUnit(_ unitID: String, of t: ConsolidatedReport.TaskResult) -> Bool {
        t.leadUnits.contains(unitID) || t.leadStatus?.unitID == unitID
    }

    /// The figures of a task summed over some of its units (non-zero values only), in the
    /// indicators' order, with the units that gave each.
    func figureItems(_ t: ConsolidatedReport.TaskResult, money: Bool, leavingOut left: [ConsolidatedReport.NotCounted] = [],
                     where pick: (ConsolidatedReport.Contribution) -> Bool)
        -> [(id: String, value: Double, money: Bool, units: Set<String>)] {
        t.figures.filter { money || $0.indicator != Consolidator.budgetIndicator }.compactMap { f in
            let cs = f.contributions.filter { c in c.value != 0 && pick(c) && !left.contains { $0.indicator == f.indicator && $0.unitID == c.unitID } }
            guard !cs.isEmpty else { return nil }
            return (f.indicator, cs.map(\.value).reduce(0, +), f.isMoney, Set(cs.map(\.unitID)))
        }
    }

    /// The other units' figures on a task as the body states them: the group's city-wide
    /// figures (rules.cityWideIndicators) are stated once for the group, not per task; people
    /// sent to others' classes are stated apart (`attendedElsewhere`).
    func othersItems(_ t: ConsolidatedReport.TaskResult, money: Bool) -> [(id: String, value: Double, money: Bool, units: Set<String>)] {
        let city = report.groups.first { $0.number == t.group }.map(hasCityWide) == true ? Set(definition.rules.cityWideIndicators) : []
        return figureItems(t, money: money, leavingOut: t.notCounted,
                           where: { !isLeadUnit($0.unitID, of: t) }).filter { !city.contains($0.id) }
    }

    /// "Phòng Kiểm tra – Pháp chế đã phối hợp với Chi cục lấy, thử nghiệm mẫu": a partner's
    /// part in work a lead held and counts, told without the figure (the holder's figure is
    /// the work's; the partner's stays in Phụ lục III). The group's city-wide figures say it
    /// in their own sentence.
    public func participated(_ t: ConsolidatedReport.TaskResult) -> String? {
        let city = report.groups.first { $0.number == t.group }.map(hasCityWide) == true ? Set(definition.rules.cityWideIndicators) : []
        // A partner's figure the review desk must confirm (larger than the lead's own figure of
        // the work) is not told at all until it is (REVIEW12 #5).
        let doubtful = Set(report.review.filter { $0.code == "figure-partner-over-lead" && $0.params?["code"] == t.code }.compactMap(\.unitID))
        let parts = t.notCounted.filter { $0.reason == .participation && !city.contains($0.indicator) && !doubtful.contains($0.unitID) }
        guard !parts.isEmpty else { return nil }
        var units: [String] = []
        for p in parts where !units.contains(p.unitID) { units.append(p.unitID) }
        let sentences = units.map { unit -> String in
            let mine = parts.filter { $0.unitID == unit }
            var works: [String] = []
            for p in mine {
                let ind = indicator(p.indicator)
                let work = ind.activity ?? ReportWordingFill.fill(ind.clause, ["n": p.isMoneyLike ? VietFormat.money(p.value) : VietFormat.count(p.value)])
                if !works.contains(work) { works.append(work) }
            }
            return w("results.participated", ["who": shortName(mine[0].unitName), "lead": leadName(t), "work": VietFormat.list(works)])
        }
        return sentences.joined(separator: " ")
    }

    /// "23 phường, xã, đặc khu đã cử 507 lượt người tham dự các lớp do đơn vị khác tổ chức":
    /// attendance of units that held no class, not added to the classes' attendance.
    public func attendedElsewhere(_ t: ConsolidatedReport.TaskResult) -> String? {
        let guests = t.notCounted.filter { $0.reason == .attendedElsewhere }
        guard !guests.isEmpty else { return nil }
        let refs = guests.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
        return leadingWord(w("results.attendedElsewhere", ["who": whoCounted(refs), "n": VietFormat.count(guests.map(\.value).reduce(0, +))]))
    }

    /// The lead's sentence on the task used as the Department's own account of it: the lead's
    /// best sentence that states a figure or is about the task, its generic subject ("Chi
    /// cục", "Trung tâm", "Đơn vị") given the lead's name, or the name put before it.
    func leadAccount(_ t: ConsolidatedReport.TaskResult) -> String? {
        guard let s = t.statements.first(where: { $0.isLead && hasContent($0) && ($0.hasFigure || $0.relevance >= definition.rules.bodyRelevance)
                                                   && !statesUnverified($0, t) })
        else { return nil }
        return account(s)
    }

    /// A unit's sentence stating a figure of its own the report does not vouch for (left to
    /// Phụ lục III, raised for the review desk: REVIEW10 #6); the body does not repeat it.
    func statesUnverified(_ s: ConsolidatedReport.Statement, _ t: ConsolidatedReport.TaskResult) -> Bool {
        t.notCounted.contains { n in n.reason == .unverified && n.unitID == s.unit.unitID && Consolidator.containsNumber(s.text[...], VietFormat.number(n.value)) }
    }

    /// "cho 2.387 học viên" → "cho 2.387 lượt học viên": people counted at classes are
    /// attendances (one person at two classes counts twice), as the state's reports write them
    /// (rules.attendanceNouns; not when "lượt" is already there).
    public func countedAsAttendances(_ text: String) -> String {
        var out = text
        for noun in definition.rules.attendanceNouns {
            var from = out.startIndex
            while let r = out.range(of: " " + noun, range: from..<out.endIndex) {
                let head = out[..<r.lowerBound]
                let number = head.reversed().prefix { $0.isNumber || $0 == "." }
                let afterOK = r.upperBound == out.endIndex || !out[r.upperBound].isLetter
                if !number.isEmpty, number.last?.isNumber == true, afterOK {
                    out.insert(contentsOf: " " + definition.rules.attendanceWord, at: r.lowerBound)
                    from = out.index(r.lowerBound, offsetBy: definition.rules.attendanceWord.count + 1 + noun.count + 1)
                } else {
                    from = r.upperBound
                }
            }
        }
        return out
    }

    /// The sentence of a unit other than the lead most about the task (at least
    /// rules.bodyRelevance of its words the task's own), when the lead gave none.
    func othersAccount(_ t: ConsolidatedReport.TaskResult) -> String? {
        t.statements.filter { !$0.isLead && hasContent($0) && $0.relevance >= definition.rules.bodyRelevance }
            .max { $0.relevance < $1.relevance }.map(account)
    }

    /// A unit's sentence as the body states it: its generic subject ("Chi cục", "Trung tâm",
    /// "Đơn vị") given the unit's name, or the name put before it.
    func account(_ s: ConsolidatedReport.Statement) -> String {
        let name = shortName(s.unit.unitName)
        var text = countedAsAttendances(s.text)
        let words = text.split(separator: " ").map(String.init)
        if let subject = (Statements.subjects + ["Đơn vị"]).first(where: { text.hasPrefix($0 + " ") }) {
            if !text.hasPrefix(name) {
                let rest = String(text.dropFirst(subject.count))
                // "Phòng Kiểm tra – Pháp chế đã …" keeps its own name; "Phòng đã …",
                // "Trung tâm đến nay đã …" take it.
                if rest.dropFirst().first?.isLowercase == true { text = name + rest }
            }
        } else if !words.prefix(8).contains(where: { w in Statements.subjects.contains { $0.hasPrefix(w) && w.first?.isUppercase == true } }) {
            // REVIEW39 #8: the subject after an opening clause ("Do kinh phí … chưa được phân bổ,
            // Phòng đề xuất chuyển …") takes the unit's name where it stands — never "… đã do kinh
            // phí …" made by putting the name and "đã" before a cause.
            if let r = Statements.subjects.lazy.compactMap({ subject -> Range<String.Index>? in
                guard let r = text.range(of: ", " + subject + " "), text[r.upperBound...].first?.isLowercase == true else { return nil }
                return text.index(r.lowerBound, offsetBy: 2)..<text.index(r.upperBound, offsetBy: -1)
            }).first {
                text.replaceSubrange(r, with: name)
            } else if let r = text.range(of: " đã ") {
                // "Đến ngày 10/11/2026 đã hỗ trợ …" → "Đến ngày 10/11/2026, Chi cục đã hỗ trợ …".
                let head = text[..<r.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                text = head + ", " + name + String(text[r.lowerBound...])
            } else {
                text = w("results.lead", ["lead": name, "clauses": lowerFirst(text.hasPrefix("Đã ") ? String(text.dropFirst(3)) : text)])
                text = trimEnd(text) + "."
            }
        }
        return text
    }

    /// A task's results in a sentence or two: the lead's account (its own sentence, or its
    /// figures), then what the other units reported, summed, named by kind.
    public func taskResults(_ t: ConsolidatedReport.TaskResult, money: Bool, others: Bool = true) -> [String] {
        var out = leadResults(t, money: money)
        var afterOthers = false
        if others, let o = othersResults(t, money: money) {
            out.append(o)
            afterOthers = true
            // Figures of other units a plausibility rule doubts: left out of the sums, stated as
            // the units reported them in one sentence with the note (issue #13: never dropped).
            let held = t.notCounted.filter { $0.reason == .unverified && !isLeadUnit($0.unitID, of: t) }
            if let sentence = heldBackSentence(held) { out.append(sentence) }
        }
        // What other units did together with the lead, said whether counted or not (REVIEW24 F3, F4).
        // Counted by the larger account (REVIEW36 #1): joined to the lead's own sentence stating
        // its figures, so both accounts are one sentence and the lead's are not said twice.
        if Consolidator.jointCountedByLarger(t, rules: definition.rules), let lead = t.jointWithLead.first?.heldBy?.first,
           let first = t.figures.first(where: { f in t.jointWithLead.contains { $0.indicator == f.indicator } })?
               .contributions.first(where: { $0.unitID == lead && $0.value != 0 }),
           let i = out.lastIndex(where: { Consolidator.containsNumber($0[...], VietFormat.number(first.value)) }),
           let joined = jointCountedByLargerSentence(t, joinedTo: out[i]) {
            out[i] = joined
        } else if let j = jointWithLeadSentence(t, afterOthers: afterOthers) { out.append(j) }
        // A dated task no request for which came in the period, nothing else said of it: named
        // here, its programmes written out at their first use in the body, so that III.1's
        // count names it short (REVIEW34 #9: no five-line parenthesis).
        // REVIEW41 #2: the lead's own words first when it wrote why it did not arise.
        if out.isEmpty, [.awaitingRequest, .notDue, .notStarted].contains(phase(t)), let said = leadAwaitingRequest(t, task: lowerFirst(expanded(t.title)), appendix: false) {
            out.append(said)
        }
        if out.isEmpty, [.awaitingRequest, .notDue].contains(phase(t)), w.says("results.awaitingRequest") {
            out.append(w("results.awaitingRequest", ["task": lowerFirst(expanded(t.title)), "due": t.dueDate.map(deadlineText) ?? t.schedule]))
        }
        // REVIEW39 #3: a dated task its lead has not started, nothing else said of it: named in
        // its group with its deadline, "chưa triển khai" (its programmes written out here, III.1
        // naming them short).
        if out.isEmpty, phase(t) == .notStarted, let said = leadAwaitingRequest(t, task: lowerFirst(expanded(t.title)), appendix: false) {
            out.append(said)
        }
        if let said = partnerJointSentence(t) { out.append(said) }
        if out.isEmpty, !t.recurring, phase(t) == .notStarted, w.says("results.notStartedDated") {
            out.append(w("results.notStartedDated", ["task": lowerFirst(expanded(t.title)), "due": t.dueDate.map(deadlineText) ?? t.schedule]))
        }
        return out
    }

    /// "Trong đó, 08 cơ quan, đơn vị, địa phương (…) đã phối hợp với Chi cục tổ chức 21 lớp tập
    /// huấn, hội nghị với 1.112 lượt người tham dự.": the other units' figures counted in the
    /// sum above that they told as done together with the lead (REVIEW24 F3: which is joint,
    /// said); nil when there are none, or when they are counted in the lead's own figure.
    /// `afterOthers`: the sentence follows the other units' sum, which counts the joint work.
    /// `othersSaid`: false when the other units' sum, which counts the joint work, is not in
    /// the body (the length rule moved it to Phụ lục I): no wording that points at a sum above
    /// ("Trong đó", "nêu trên"), the joint work said on its own (results.jointWithLeadAlone).
    func jointWithLeadSentence(_ t: ConsolidatedReport.TaskResult, afterOthers: Bool = false, othersSaid: Bool = true, appendix: Bool = false) -> String? {
        let joint = t.jointWithLead
        // Each indicator counted by the larger account (REVIEW36 #1, over REVIEW33 #1's "Trong
        // đó", REVIEW34 #4's "Trong tổng số nêu trên" and REVIEW35 #1's holders' figures alone):
        // both accounts in one sentence, with how the total counts them.
        if Consolidator.jointCountedByLarger(t, rules: definition.rules), let s = jointCountedByLargerSentence(t) { return s }
        // Counted once in the lead's figure (they fit in it): said not added.
        let inside = joint.allSatisfy { j in t.notCounted.contains { $0.unitID == j.unitID && $0.indicator == j.indicator && $0.reason == .jointWork } }
        // The lead's own figure inside the joint work (REVIEW25 #2): the joint part said, the
        // lead's classes among them; how it is counted is the method sentence of section II.
        let leadInside = !inside && joint.first?.heldBy?.first.map { lead in
            t.notCounted.contains { n in n.unitID == lead && n.reason == .jointWork && joint.contains { j in j.indicator == n.indicator } }
        } == true
        var ids: [String] = []
        for j in joint where !ids.contains(j.indicator) { ids.append(j.indicator) }
        let items = ids.map { id in
            (id: id, value: joint.filter { $0.indicator == id }.map(\.value).reduce(0, +), money: IndicatorID(id).isMoney,
             units: Set(joint.filter { $0.indicator == id }.map(\.unitID)))
        }
        var key = inside ? "results.jointWithLeadInside" : leadInside ? "results.jointWithLeadLeadInside" : "results.jointWithLead"
        // REVIEW50 #3: inside the lead's figure by rules.jointWithLead.contained "each": said
        // apart from the totals, with why they are not added.
        if inside, definition.rules.jointContainedEach || definition.rules.jointContainedApart, w.says("results.jointWithLeadContained") { key = "results.jointWithLeadContained" }
        // The joint parts larger than the lead's own figure on some measure: the lead's figure
        // cannot include them, so never "gồm cả" (REVIEW33 #1: 30 cuộc "in" the Chi cục's 25).
        // Said as the units' work with the lead: inside the units' sum just stated ("Trong đó"),
        // or beside the lead's own ("Ngoài ra"), both being counted.
        if key == "results.jointWithLead", items.contains(where: { Consolidator.exceedsLead(t, $0.id, $0.value) }) {
            let beyond = afterOthers ? "results.jointWithLeadBeyondOthers" : "results.jointWithLeadBeyond"
            if w.says(beyond) { key = beyond }
        }
        if !othersSaid, ["results.jointWithLead", "results.jointWithLeadBeyond", "results.jointWithLeadBeyondOthers"].contains(key),
           w.says("results.jointWithLeadAlone") {
            key = "results.jointWithLeadAlone"
        }
        guard !joint.isEmpty, w.says(key), let lead = joint[0].heldBy?.first else { return nil }
        // REVIEW47 #7: the units' joint figures the lead's own account of them does not bear out
        // (21 lớp beside its 04) are Phụ lục I's note, not a body sentence that hedges them
        // (results.jointDiffersInAppendix; empty: said with results.jointDiffers).
        if !appendix, jointDiffersClause(t) != nil, w.says("results.jointDiffersInAppendix") { return nil }
        var seen = Set<String>()
        let refs = joint.filter { seen.insert($0.unitID).inserted }.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
        let leadName = report.reporters.first { $0.unitID == lead }?.unitName ?? t.leadStatus?.unitName ?? lead
        let sentence = leadingWord(w(key, ["who": key == "results.jointWithLeadContained" ? whoNumber(refs) : whoCounted(refs), "lead": shortName(leadName), "clauses": sentenceClauses(items, task: t)]))
        // REVIEW40 #2: the lead's own account beside it when the two differ: both stated, never hidden.
        if let differs = jointDiffersClause(t) { return trimEnd(sentence) + differs }
        return sentence
    }

    /// REVIEW47 #7: the joint-work sentence the body leaves out (results.jointDiffersInAppendix),
    /// said in the task's row of Phụ lục I instead, standing alone; nil when the body says it.
    public func jointLeftToAppendix(_ t: ConsolidatedReport.TaskResult) -> String? {
        guard w.says("results.jointDiffersInAppendix"), jointDiffersClause(t) != nil, !Consolidator.jointCountedByLarger(t, rules: definition.rules) else { return nil }
        return jointWithLeadSentence(t, afterOthers: false, othersSaid: false, appendix: true)
    }

    /// "Công việc Chi cục và 10 phường, xã, đặc khu cùng thực hiện được tính một lần vào tổng
    /// số nêu trên, mỗi chỉ tiêu theo số lớn hơn giữa số liệu của Chi cục (tham gia …) và của
    /// các đơn vị này (phối hợp với Chi cục …).": joint work told from both sides, counted on
    /// each indicator by the larger account (REVIEW36 #1); the lead's account and the holders'
    /// sum, both, in one sentence (results.jointCountedByLarger). Nil when the wording is empty.
    /// `joinedTo`: the lead's own sentence stating its figures, which the holders' account and
    /// how both are counted follow (results.jointCountedByLargerJoined).
    func jointCountedByLargerSentence(_ t: ConsolidatedReport.TaskResult, joinedTo text: String? = nil) -> String? {
        let joint = t.jointWithLead
        // REVIEW38 #3: which account the total counts, said of the other ("không cộng thêm").
        var key = text == nil ? "results.jointCountedByLarger" : Consolidator.jointLeadCounted(t) ? "results.jointCountedByLeadJoined" : "results.jointCountedByLargerJoined"
        // REVIEW39 #1: the two accounts disagree beyond rules.participation.agreeWithin — the
        // report does not assert they are counted once: the lead's account is stated apart,
        // "đang rà soát trùng lặp", the units' joint work as counted, in plain sentences.
        if Consolidator.jointAccountsDisagree(t, rules: definition.rules) {
            let review = text == nil ? "results.jointUnderReview" : "results.jointUnderReviewJoined"
            if w.says(review) { key = review }
        }
        guard w.says(key), let lead = joint.first?.heldBy?.first else { return nil }
        var ids: [String] = []
        for j in joint where !ids.contains(j.indicator) { ids.append(j.indicator) }
        let items = ids.map { id in
            (id: id, value: joint.filter { $0.indicator == id }.map(\.value).reduce(0, +), money: IndicatorID(id).isMoney,
             units: Set(joint.filter { $0.indicator == id }.map(\.unitID)))
        }
        let leadItems = ids.compactMap { id -> (id: String, value: Double, money: Bool, units: Set<String>)? in
            guard let v = t.figures.first(where: { $0.indicator == id })?.contributions.filter({ $0.unitID == lead }).map(\.value).reduce(0, +),
                  v != 0 else { return nil }
            return (id: id, value: v, money: IndicatorID(id).isMoney, units: [lead])
        }
        var seen = Set<String>()
        let refs = joint.filter { seen.insert($0.unitID).inserted }.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
        let leadName = report.reporters.first { $0.unitID == lead }?.unitName ?? t.leadStatus?.unitName ?? lead
        // REVIEW47 #2: the lead's figures of joint work the two sides disagree on (Phụ lục I's
        // note: "chưa thống nhất … không cộng") are never printed as fact in the body: its
        // clauses stating them give way to what it did and with whom, said to be reconciled
        // (results.jointUnderReviewPart); the figures stay in the phụ lục and on the desk.
        // REVIEW48 #5 (over REVIEW47 #2): the lead's own figures of the work it took part in
        // are said as its report states them, with the note that they overlap the chairing
        // units' figures and are not added (results.jointOverlapApart) — never a count of the
        // units no source states ("phối hợp với 10 phường" counted from the reports naming it).
        if key == "results.jointUnderReviewJoined", let text, w.says("results.jointOverlapApart") {
            let activity = ids.lazy.compactMap { self.indicator($0).activity }.first ?? ""
            return leadingWord(trimEnd(text) + w("results.jointOverlapApart", ["activity": activity]) + ".")
        }
        if key == "results.jointUnderReviewJoined", let text, w.says("results.jointUnderReviewPart") {
            let numbers = leadItems.map { VietFormat.number($0.value) }
            let kept = trimEnd(text).components(separatedBy: "; ").filter { c in !numbers.contains { Consolidator.containsNumber(c[...], $0) } }
            let activity = ids.lazy.compactMap { self.indicator($0).activity }.first ?? ""
            let part = w("results.jointUnderReviewPart", ["who": whoCounted(refs), "activity": activity])
            let head = kept.isEmpty ? shortName(leadName) + " đã " + part : kept.joined(separator: "; ") + "; " + part
            return leadingWord(trimEnd(head) + ".")
        }
        return leadingWord(w(key, ["who": whoCounted(refs), "lead": shortName(leadName), "text": text.map(trimEnd) ?? "",
                                   "clauses": sentenceClauses(items), "leadClauses": sentenceClauses(leadItems)]))
    }

    /// The mark Phụ lục III gives a figure left out of its total: its reason's, except a
    /// partner's part in the lead's work larger than the lead's own figure of it (or the lead
    /// gave none), which the lead's figure cannot hold — not "đã tính tại đơn vị chủ trì"
    /// (REVIEW33 #5: KT-PC's 3.026 mẫu beside the Chi cục's 128).
    /// A holder's figure of joint work counted by the lead's account (held by the task's lead).
    func isLeadHeld(_ t: ConsolidatedReport.TaskResult, _ n: ConsolidatedReport.NotCounted) -> Bool {
        !(n.heldBy ?? []).isEmpty && (n.heldBy ?? []).allSatisfy { isLeadUnit($0, of: t) }
    }

    public func notCountedMark(_ t: ConsolidatedReport.TaskResult, _ n: ConsolidatedReport.NotCounted) -> String {
        if n.reason == .participation, Consolidator.exceedsLead(t, n.indicator, n.value), w.says("appendix.notCounted.participation_beyond") {
            return w("appendix.notCounted.participation_beyond")
        }
        // REVIEW39 #1: the lead's account of joint work that disagrees with the holders': not
        // "đã tính tại đơn vị cùng thực hiện" — under review, not added.
        if n.reason == .jointWork, Consolidator.jointAccountsDisagree(t, rules: definition.rules), !isLeadHeld(t, n),
           w.says("appendix.notCounted.joint_review") {
            return w("appendix.notCounted.joint_review")
        }
        return w("appendix.notCounted.\(n.reason.rawValue)")
    }

    /// The note a figure a plausibility rule doubts carries wherever it is stated (the body,
    /// Phụ lục I, Phụ lục III's mark): one wording, appendix.notCounted.unverified.
    var unverifiedMark: String { w("appendix.notCounted.unverified") }

    /// "Sở Tài chính báo cáo 02 lớp, 1.900 lượt học viên (số liệu đơn vị báo cáo, đang xác
    /// minh).": figures left out of the sums as doubtful, each with its measure and units.
    func heldBackSentence(_ held: [ConsolidatedReport.NotCounted]) -> String? {
        guard !held.isEmpty, w.says("results.heldBackOthers") else { return nil }
        var ids: [String] = []
        for n in held where !ids.contains(n.indicator) { ids.append(n.indicator) }
        let values = ids.map { id -> String in
            let value = held.filter { $0.indicator == id }.map(\.value).reduce(0, +)
            return IndicatorID(id).isMoney ? VietFormat.money(value) : VietFormat.count(value) + " " + indicator(id).measure
        }
        var seen = Set<String>()
        let refs = held.filter { seen.insert($0.unitID).inserted }.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
        return leadingWord(w("results.heldBackOthers", ["values": VietFormat.list(values), "who": who(refs), "mark": unverifiedMark]))
    }

    /// A lead's sentence stating a figure a plausibility rule doubts: stated whole, as the
    /// unit reported it, its numbers kept, with the note after it (issue #13: a quoted sentence
    /// whose numbers are taken out is worse than either).
    func heldBackAccount(_ t: ConsolidatedReport.TaskResult, statement: ConsolidatedReport.Statement? = nil) -> String? {
        guard w.says("results.heldBackLead"),
              let s = statement ?? t.statements.first(where: { $0.isLead && hasContent($0) && statesUnverified($0, t) }) else { return nil }
        // Attendance more than its events can hold (rules.attendance): the work stated, the
        // sentence ending before the doubted attendance's clause ("04 khóa … (Lean, 5S)" without
        // "cho 2.387 lượt học viên"; REVIEW21 #6, REVIEW26 #3), never the doubted figure as fact
        // (REVIEW24 F5) and never a blank left for the drafter (REVIEW27 #1: a signable text
        // has no gaps). The clause opens at the last of `results.heldBackClauseWords` within
        // `rules.heldBackClauseWindow` words before the number; with none there the sentence is not stated. Any other
        // doubted figure: not stated (Phụ lục I and III, the desk).
        guard let a = definition.rules.attendance else { return nil }
        let held = t.notCounted.filter { $0.reason == .unverified && $0.unitID == s.unit.unitID }
        guard held.allSatisfy({ [a.attendees, a.events].contains($0.indicator) }), held.contains(where: { $0.indicator == a.attendees }) else { return nil }
        var text = trimEnd(speakingAsTheDepartment(account(s)))
        let clauseWords = Set(w.list("results.heldBackClauseWords").map { $0.lowercased() })
        let first = held.filter { $0.indicator == a.attendees }.compactMap { Consolidator.numberRange(text[...], VietFormat.number($0.value)) }.min { $0.lowerBound < $1.lowerBound }
        guard let r = first, !clauseWords.isEmpty else { return nil }
        // The words just before the number, nearest first; the clause opens at a clause word.
        var cut: String.Index?
        var end = r.lowerBound
        for _ in 0..<definition.rules.heldBackClauseWindow {
            while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
            guard let space = text[..<end].lastIndex(of: " ") else { break }
            if clauseWords.contains(text[text.index(after: space)..<end].lowercased()) { cut = space; break }
            end = space
        }
        guard let c = cut else { return nil }
        text = trimEnd(String(text[..<c]).trimmingCharacters(in: CharacterSet(charactersIn: " ,")))
        guard !text.isEmpty else { return nil }
        return w("results.heldBackLead", ["text": text, "mark": unverifiedMark])
    }

    /// "Chi cục (đơn vị chủ trì) báo cáo chưa thực hiện nhiệm vụ …": the lead's own not-done
    /// status, the task's state (basis `lead`), said plainly in the body's group paragraph and
    /// first in Phụ lục I's result cell (REVIEW26 #2); nil otherwise or when unworded.
    public func leadNotDone(_ t: ConsolidatedReport.TaskResult) -> String? {
        // A row copied from another task (REVIEW21 #1) keeps its own state (being confirmed, or
        // under way by a partner's joint work); what the lead reported is still said (REVIEW26
        // #2), the review desk asking the officer to confirm it.
        guard (t.basis == .lead && t.state == .notStarted) || t.basis == .leadCopied, let ls = t.leadStatus, [.notStarted, .notApplicable].contains(ls.status),
              w.says("results.leadNotDone") else { return nil }
        // The Department's own lead: the Sở states where its task stands, never what its unit
        // "báo cáo" (REVIEW18, REVIEW19 #11; REVIEW26 #2's rewrite "Chi cục chưa triển khai …").
        // A row copied from another task is no statement of this one (REVIEW27 #2: "chưa triển
        // khai" stated as fact beside partners' joint work with the lead contradicts itself):
        // the Sở says the lead has not reported this task's own results, which holds either way.
        // REVIEW28 #1: a row copied from another task is the unit's paperwork, not a result: with
        // its phrase empty nothing is said of it in the body or Phụ lục I; the review desk keeps
        // it (lead-passage-copied) and the officer settles it before signing.
        if t.basis == .leadCopied, !w.says("results.leadNotDoneCopied") { return nil }
        if let said = leadAwaitingRequest(t, task: lowerFirst(taskName(t)), appendix: true) { return said }
        let key = t.basis == .leadCopied ? "results.leadNotDoneCopied" : "results.leadNotDone"
        return w(ownKey(key, [t]), ["lead": leadName(t), "status": statusLabel(ls.status), "task": lowerFirst(taskName(t))])
    }

    /// REVIEW40 #4 (over REVIEW39 #3's "chưa triển khai" in the lead's column): a scheduled task
    /// whose lead wrote "không phát sinh" for want of a request from above (rules.requestCauses;
    /// the consolidation's not-started with the lead's not-applicable status) is said as the
    /// lead wrote it, attributed, with the plan's deadline; in the body, before its deadline,
    /// with the Sở's direction to finish it in time (results.leadAwaitingDirection) — never in
    /// Phụ lục I's column of what the units reported (`appendix`). Nil otherwise or unworded.
    public func leadAwaitingRequest(_ t: ConsolidatedReport.TaskResult, task: String, appendix: Bool) -> String? {
        guard t.basis == .lead, t.state == .notStarted, !t.recurring, t.leadStatus?.status == .notApplicable,
              w.says("results.leadAwaitingRequest") else { return nil }
        if !appendix, basePhase(t) == .notDue, w.says("results.scheduledNotDue") {
            return w("results.scheduledNotDue", ["task": task, "due": t.dueDate.map(deadlineText) ?? t.schedule])
        }
        let direction = appendix || pastDue(t) || !w.says("results.leadAwaitingDirection") ? "" : w("results.leadAwaitingDirection", ["lead": leadName(t)])
        return w("results.leadAwaitingRequest", ["lead": leadName(t), "task": task, "due": t.dueDate.map(deadlineText) ?? t.schedule, "direction": direction])
    }

    /// The lead's own account of a task: its sentence, or its figures.
    func leadResults(_ t: ConsolidatedReport.TaskResult, money: Bool) -> [String] {
        var out: [String] = []
        // The lead said nothing usable and no unit gave a figure: the sentence of another unit
        // that is most about the task (the task's result, rather than none).
        let silent = figureItems(t, money: money, where: { _ in true }).isEmpty
        let own = leadAccount(t)
        let account = (own ?? (silent ? othersAccount(t) : nil)).map(speakingAsTheDepartment)
        // The lead reports the task completed without stating a result: counted completed as
        // it reports it, and said so (the same words as Phụ lục I's result cell).
        if t.basis == .leadWithoutResult, own == nil {
            out.append(w("results.leadClaimOnly", ["task": lowerFirst(taskName(t)), "lead": leadName(t)]))
        }
        // The lead's own not-done status ("chưa thực hiện") is the task's state: said plainly in
        // the group's paragraph, whoever leads (REVIEW26 #2: never hidden behind "no data").
        // Said here when something else in the paragraph could hide it: the lead's own account,
        // other units' results on the task, or a row copied from another task (whose state
        // column says it is being confirmed). A task nothing else is said of is named in III.1
        // and III.2, not again here.
        let notDone = leadNotDone(t) != nil
        let saidHere = t.basis == .leadCopied || own != nil || othersResults(t, money: money, afterLead: true) != nil
        if saidHere, !(own == nil && account != nil), let sentence = leadNotDone(t) { out.append(sentence) }
        if let account {
            // Another unit's account: the lead's own position on the task first (REVIEW8 #9),
            // when it stated one without a result of its own.
            // The task named with its lead, so another unit's work is read as the task's
            // (REVIEW9 #6: not "the phòng reported nothing").
            // A lead's "không phát sinh" on a task of its plan is not stated (REVIEW20 #3.2).
            if own == nil, let ls = t.leadStatus, [.notApplicable, .notStarted].contains(ls.status) {
                // REVIEW34 #3 (over REVIEW20 #3.2 and REVIEW14 #6): a lead's "không phát sinh"
                // beside a partner's work is said as the lead said it, then the partner's work —
                // never a state neither unit gave.
                let notArisen = t.basis == .leadNotArisen
                // The Department's own lead on a task done on request: the task named, then the
                // work done on it (REVIEW14 #6).
                // REVIEW36 #3 (over REVIEW34 #3 for the Department's own lead): the Sở does not
                // tell upward what its own unit reported (results.leadPosition_own); the lead's
                // word stays on the review page (lead-not-arisen, status-conflict).
                out.append(leadIsOwn(t) && !notDone && !notArisen ? w("results.ownTask", ["task": lowerFirst(taskName(t)), "text": lowerFirst(account)])
                    : w(leadIsOwn(t) ? ownKey("results.leadPosition", [t]) : "results.leadPosition", ["lead": shortName(ls.unitName), "status": statusLabel(ls.status),
                                                 "task": lowerFirst(taskName(t)), "text": lowerFirst(account)]))
            } else {
                out.append(account)
            }
        } else if let held = heldBackAccount(t) {
            out.append(held)
        } else if !t.statements.contains(where: { $0.isLead && statesUnverified($0, t) }) {
            // The lead's figures, each run with the units that gave it (a lead named by kind,
            // "phường, xã, đặc khu", is several units). Not when the lead's sentence states a
            // figure the report does not vouch for: the body tells it neither whole nor in
            // pieces ("… đã tổ chức 04 lớp." without what or for whom); the phụ lục has it.
            var parts: [String] = []
            for run in figureRuns(t, money: money, where: { isLeadUnit($0.unitID, of: t) }) {
                let refs = unitRefs(t, run.units)
                let name = refs.count == 1 ? shortName(refs[0].unitName) : who(refs)
                parts.append(trimEnd(w("results.lead", ["lead": name, "clauses": sentenceClauses(run.items, task: t)])))
            }
            if !parts.isEmpty { out.append(leadingWord(parts.joined(separator: "; ") + ".")) }
        }
        // The lead's figures a plausibility rule doubts that no sentence stated above: said as
        // it reported them, with the note (issue #13: never dropped from the body).
        let stated = out.joined(separator: " ")
        let held = t.notCounted.filter { n in
            n.reason == .unverified && isLeadUnit(n.unitID, of: t) && !Consolidator.containsNumber(stated[...], VietFormat.number(n.value))
        }
        if let sentence = heldBackSentence(held) { out.append(sentence) }
        return out
    }

    /// The other units' figures on a task in one sentence with one attribution: the number of
    /// distinct units behind the figures, by kind ("18 cơ quan, đơn vị, địa phương (Phòng …,
    /// 03 sở, ban, ngành và 14 phường, xã, đặc khu)"), then every sum (per-unit detail is in
    /// Phụ lục III).
    public func othersResults(_ t: ConsolidatedReport.TaskResult, money: Bool, afterLead: Bool? = nil) -> String? {
        let items = othersItems(t, money: money)
        // People sent to others' classes are a counting matter: Phụ lục I says them apart
        // ("không kể …", REVIEW10 #5, #10), the body does not.
        let elsewhere = participated(t)
        guard !items.isEmpty else { return elsewhere }
        let units = othersUnits(t, money: money)
        // One unit: its own sentence stating every figure, rather than the indicators' generic
        // wording (a unit's "liên kết 54 chuẩn đến chuẩn quốc gia" is not "kiểm định 54
        // phương tiện đo").
        if units.count == 1, let own = t.statements.first(where: { s in
            units.contains(s.unit.unitID) && s.hasFigure && hasContent(s)
                && items.allSatisfy { s.text.contains(VietFormat.number($0.value)) }
        }) {
            return [speakingAsTheDepartment(account(own)), elsewhere].compactMap { $0 }.joined(separator: " ")
        }
        // Each run of figures (one figure and those that continue it: "… cuộc kiểm tra tại …
        // cơ sở, phát hiện …") is credited to the units behind it, counted once; a unit is
        // never credited with work of another run (classes it did not hold). The first run
        // names the units by kind, the next ones by number only.
        var parts: [String] = []
        var previous: Set<String>?
        let afterLead = afterLead ?? !leadResults(t, money: money).isEmpty
        for (i, run) in othersRuns(t, money: money).enumerated() {
            let clauses = sentenceClauses(run.items, task: t, collective: true)
            if previous == run.units, !parts.isEmpty {
                parts[parts.count - 1] += "; " + clauses
                continue
            }
            previous = run.units
            let refs = unitRefs(t, run.units)
            let who = i == 0 ? whoCounted(refs) : whoNumber(refs)
            // Without the lead's sentence before it and without the task's own words, the
            // figures are said to be about the task.
            let phrased = clauses != sentenceClauses(run.items, collective: true)
            // The lead's sentence before it sets the subject only when it tells the same work
            // (a figure of the run's first indicator): after a lead's inspections, the units'
            // classes are named with the task (REVIEW16 #3.9).
            let leadTellsIt = t.figures.first { $0.indicator == run.items[0].id }?.contributions.contains { isLeadUnit($0.unitID, of: t) && $0.value != 0 } ?? false
            let key = i == 0 && !(afterLead && leadTellsIt) && !phrased ? "results.othersOn" : "results.others"
            // Units that all told it in the same words: their words, with the sum.
            let clause = run.items.count == 1 ? sharedWording(t, run.items[0]) ?? clauses : clauses
            parts.append(trimEnd(w(key, ["who": who, "clauses": clause, "topic": topic(t, reporters: run.units)])))
        }
        return [leadingWord(upperFirst(parts.joined(separator: "; ")) + "."), elsewhere].compactMap { $0 }.joined(separator: " ")
    }

    /// The other units' figures on a task in runs: a figure and those that continue it in
    /// the same clause (some of the same units gave both, or all of them for a strict
    /// continuation), with the units behind the run.
    public func othersRuns(_ t: ConsolidatedReport.TaskResult, money: Bool) -> [FigureRun] {
        var runs: [FigureRun] = []
        for item in othersItems(t, money: money) {
            let ind = indicator(item.id)
            if var last = runs.last, let prev = last.items.last, ind.continued != nil, ind.continuesAfter.contains(prev.id),
               ind.strictContinuation ? item.units.isSubset(of: prev.units) : !item.units.isDisjoint(with: prev.units) {
                last.items.append(item)
                last.indicators.append(item.id)
                last.units.formUnion(item.units)
                runs[runs.count - 1] = last
            } else {
                runs.append(FigureRun(indicators: [item.id], units: item.units, items: [item]))
            }
        }
        return runs
    }

    /// The words every unit behind a figure used for it, the number aside ("đã biên soạn, đăng
    /// tải 41 tin, bài về cam kết quốc tế …"), with the sum in place of the number: what the
    /// units did, rather than the indicator's generic clause. Nil unless each unit has one
    /// sentence on the task stating its value once and they all say the same after "đã".
    func sharedWording(_ t: ConsolidatedReport.TaskResult, _ item: (id: String, value: Double, money: Bool, units: Set<String>)) -> String? {
        guard item.units.count > 1, !item.money else { return nil }
        var shared: String?
        for unit in item.units {
            guard let value = t.figures.first(where: { $0.indicator == item.id })?.contributions.first(where: { $0.unitID == unit })?.value else { return nil }
            let forms = t.statements.filter { $0.unit.unitID == unit && $0.hasFigure }.compactMap { s -> String? in
                guard let r = s.text.range(of: " đã ") else { return nil }
                let tail = trimEnd(String(s.text[r.upperBound...]))
                let numbers = tail.matches(of: /\d[\d.]*/)
                guard numbers.count == 1, let n = numbers.first, VietNumber.parse(n.output) == value else { return nil }
                return tail.replacingCharacters(in: n.range, with: "{n}")
            }
            guard let form = forms.first, forms.allSatisfy({ $0 == form }) else { return nil }
            if let s = shared, s != form { return nil }
            shared = form
        }
        return shared.map { ReportWordingFill.fill($0, ["n": VietFormat.count(item.value)]) }
    }

    /// A group whose city-wide figures add up several units' work (one unit's own account
    /// states its figures itself).
    func hasCityWide(_ g: ConsolidatedReport.TaskGroup) -> Bool {
        let ids = definition.rules.cityWideIndicators
        let units = Set(g.tasks.flatMap(\.figures).filter { ids.contains($0.indicator) }.flatMap(\.contributions).filter { $0.value != 0 }.map(\.unitID))
        return units.count > 1
    }

    /// The group's city-wide figures (rules.cityWideIndicators) in one sentence, each piece
    /// of work counted once, with the share of each kind of unit ("trong đó các sở, ban,
    /// ngành 25 cuộc; các phường, xã, đặc khu 140 cuộc"), and what was left out as work units
    /// took part in but others held.
    /// "các phường, xã, đặc khu": the kinds of the units that told they held work with `lead`
    /// that the lead's own figure counts (their figures `jointWork` held by it); nil when none.
    func leadJointPartners(_ lead: String, indicator: String, in g: ConsolidatedReport.TaskGroup) -> String? {
        var kinds: [String] = []
        for t in g.tasks where isLeadUnit(lead, of: t) {
            for n in t.notCounted where n.reason == .jointWork && n.indicator == indicator && n.heldBy == [lead] {
                let kind = report.reporters.first { $0.unitID == n.unitID }?.group.flatMap { groupLabel($0) }.map { w("results.cityKind", ["kind": $0]) }
                    ?? shortName(n.unitName)
                if !kinds.contains(kind) { kinds.append(kind) }
            }
        }
        return kinds.isEmpty ? nil : VietFormat.list(kinds)
    }

    public func cityWide(_ g: ConsolidatedReport.TaskGroup) -> String? {
        guard hasCityWide(g) else { return nil }
        let ids = definition.rules.cityWideIndicators
        let figures = g.figures.filter { ids.contains($0.indicator) && $0.counted > 0 }
        guard let first = figures.first else { return nil }
        let items = figures.map { (id: $0.indicator, value: $0.counted, money: $0.isMoney, units: Set($0.byKind.flatMap(\.units))) }
        let names = Dictionary(g.tasks.flatMap(\.figures).flatMap(\.contributions).map { ($0.unitID, $0.unitName) }, uniquingKeysWith: { a, _ in a })
        let amount = { (v: Double) in first.isMoney ? VietFormat.money(v) : VietFormat.count(v) + " " + self.indicator(first.indicator).measure }
        let object = indicator(first.indicator).objects.first ?? indicator(first.indicator).measure
        var shares = ""
        if first.byKind.count > 1 {
            let parts = first.byKind.map { k -> String in
                let who = k.units.count == 1 ? shortName(names[k.units[0]] ?? k.units[0])
                    : w("results.cityKind", ["kind": groupLabel(k.kind) ?? w("who.otherKind")])
                // A unit that told its work as done with a lead ("đã phối hợp với Chi cục tham
                // gia 3 đoàn kiểm tra"): its share is said to be joint, with whom.
                if k.units.count == 1, let lead = jointWith(k.units[0], indicator: first.indicator, in: g) {
                    return w("results.cityShareJoint", ["who": who, "lead": lead, "n": amount(k.value)])
                }
                // A lead whose figure counts the work its partners tell they held with it (rules
                // participation.countedBy "lead"): its share said to be joint, with whom
                // (REVIEW27 #3: how the lead's figure relates to the total, said plainly).
                if k.units.count == 1, let partners = leadJointPartners(k.units[0], indicator: first.indicator, in: g),
                   w.says("results.cityShareLeadJoint") {
                    return w("results.cityShareLeadJoint", ["who": who, "partners": partners, "n": amount(k.value)])
                }
                return w("results.cityShare", ["who": who, "n": amount(k.value)])
            }
            shares = w("results.cityShares", ["items": parts.joined(separator: "; ")])
        }
        let counted = Set(figures.flatMap { $0.byKind.flatMap(\.units) })
        var out = leadingWord(w("results.cityWide", ["clauses": sentenceClauses(items, collective: true), "shares": shares,
                                                     "n": w("who.count", ["n": VietFormat.count(counted.count)])]))
        // REVIEW51 #11: a figure fewer units report than the sentence counts (violations and
        // fines from 20 of the 34 that inspected) says its own count (results.cityUnitsOf).
        if let note = unitsOfFigures(items.map { ($0.id, $0.units.count) }, main: counted.count, key: "results.cityUnitsOf") {
            out += " " + leadingWord(note) + "."
        }
        // Work a partner took part in, held and counted by a lead: named, not added.
        // Work a unit told it took part in that others report holding with it: named here when
        // the unit leads none of the group's tasks (a lead's own account states it).
        // Not the partners' part of work a lead of the group counts (heldBy the lead): the
        // lead's share above says it (REVIEW27 #3), never "Ngoài ra", which reads as added.
        let leftAll = g.tasks.flatMap { t in
            t.notCounted.filter { n in
                n.indicator == first.indicator
                    && (n.reason == .participation || (n.reason == .jointWork && !g.tasks.contains { isLeadUnit(n.unitID, of: $0) }
                        && !(n.heldBy ?? []).contains { u in g.tasks.contains { isLeadUnit(u, of: $0) } }))
            }
        }
        // The Department's own units are the Sở: their part of a lead's work is the lead's to
        // state, never named upward beside the other units' (REVIEW30 #1).
        let left = leftAll.filter { outsideCount([ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: "", file: "", source: nil)]) > 0 }
        if !left.isEmpty {
            var seen = Set<String>()
            let who = VietFormat.list(left.filter { seen.insert($0.unitID).inserted }.map { shortName($0.unitName) })
            let n = left.map(\.value).reduce(0, +)
            out += " " + w("results.cityLeftOut", ["n": first.isMoney ? VietFormat.money(n) : VietFormat.count(n) + " " + object, "who": who])
        }
        // No lead of the group's tasks has a counted figure of the work: the total is without
        // the lead's own work, said so (REVIEW14 #1).
        let leads = Set(g.tasks.flatMap { t in t.figures.first { $0.indicator == first.indicator }?.contributions.filter { isLeadUnit($0.unitID, of: t) }.map(\.unitID) ?? [] })
        let groupLeads = g.tasks.compactMap { t in t.leadUnits.first { !$0.hasPrefix("group:") } }
        // A lead whose part is in the total through the units it worked with (jointWork) has its
        // part said once, on its own sentence (REVIEW16 #3.3), not "chưa gồm" here.
        let leadJoint = g.tasks.contains { t in t.notCounted.contains { n in n.reason == .jointWork && n.indicator == first.indicator && g.tasks.contains { isLeadUnit(n.unitID, of: $0) } } }
        // Unless the lead's own row on a task of the group was copied from another task: its own
        // work there is not known, and the total is without it (REVIEW24 F1).
        let leadUnknown = g.tasks.contains { $0.basis == .leadCopied }
        if !groupLeads.isEmpty, !leadJoint || leadUnknown, Set(first.byKind.flatMap(\.units)).isDisjoint(with: leads.union(groupLeads)),
           let lead = g.tasks.first(where: { !$0.leadUnits.isEmpty && !$0.leadUnits.allSatisfy { $0.hasPrefix("group:") } }),
           let activity = indicator(first.indicator).activity {
            let note = w("results.cityNoLead", ["lead": leadName(lead), "activity": activity])
            if !note.isEmpty { out += " " + note }
        }
        // A unit's same figures under two tasks of the group are counted once: a method note,
        // in Phụ lục III's notes (REVIEW10 #10), not the body.
        return out
    }

    /// The lead a unit told it did the group's work with ("Phòng … đã phối hợp với Chi cục
    /// tham gia 3 đoàn kiểm tra"): the short name of the lead of the task it told it under,
    /// when its sentence says it took part and names that lead.
    func jointWith(_ unit: String, indicator id: String, in g: ConsolidatedReport.TaskGroup) -> String? {
        for t in g.tasks where !isLeadUnit(unit, of: t) {
            guard let c = t.figures.first(where: { $0.indicator == id })?.contributions.first(where: { $0.unitID == unit && $0.value != 0 }),
                  Consolidator.toldAsTakingPart(t, c, rules: definition.rules) else { continue }
            let lead = leadName(t)
            // The lead named in full or by the short form the report gives it ("Chi cục").
            let full = VietText.fold(lead)
            let forms = [full] + definition.rules.shortNames.filter { n in
                let f = VietText.fold(n.full)
                return !f.isEmpty && (full.contains(f) || f.contains(full))
            }.map { VietText.fold($0.short) }
            let named = t.statements.contains { s in
                s.unit.unitID == unit && forms.contains { !$0.isEmpty && VietText.fold(s.text).contains($0) }
            }
            if named, !lead.isEmpty { return lead }
        }
        return nil
    }

    /// A lead's sentence stating work it took part in that the units that held it report with
    /// its name (jointWork), in a group whose city-wide total counts it through them: one
    /// clause on that sentence says so, once (REVIEW16 #3.3: the lead's part said once, no
    /// drafting note after the total) — included only when the holders' reported figures
    /// cover every one of the lead's (its inspections, cơ sở and fines alike: REVIEW17 #2), else
    /// not added, as Phụ lục I says. Not added: the sentence is taken out of the task's results
    /// (`apart`) and stated as its own sentence right after the group's total, opened by
    /// results.jointApart ("Ngoài ra, …"): no note on what is counted and what is to be
    /// confirmed goes up, the review desk keeps that (REVIEW22 #1).
    func withJointNote(_ t: ConsolidatedReport.TaskResult, in g: ConsolidatedReport.TaskGroup, _ sentences: [String]) -> (sentences: [String], apart: [String]) {
        let ids = definition.rules.cityWideIndicators
        // Counted by the larger account on each indicator (REVIEW36 #1): the joint sentence
        // states both accounts and how they are counted; the lead's sentence stays as it is.
        guard !Consolidator.jointCountedByLarger(t, rules: definition.rules) else { return (sentences, []) }
        guard hasCityWide(g), let n = t.notCounted.first(where: { n in n.reason == .jointWork && ids.contains(n.indicator) && g.tasks.contains { isLeadUnit(n.unitID, of: $0) } }),
              let i = sentences.firstIndex(where: { Consolidator.containsNumber($0[...], VietFormat.number(n.value)) }) else { return (sentences, []) }
        let joint = t.notCounted.filter { $0.reason == .jointWork && $0.unitID == n.unitID }
        let covered = joint.allSatisfy { j in
            let holders = j.heldBy ?? []
            let held = t.figures.first { $0.indicator == j.indicator }?.contributions.filter { holders.contains($0.unitID) }.map(\.value).reduce(0, +) ?? 0
            return held >= j.value
        }
        var out = sentences
        if covered {
            out[i] = trimEnd(out[i]) + w("results.jointIncluded") + "."
            return (out, [])
        }
        let moved = out.remove(at: i)
        // Which of it is counted: the work done with the units that reported holding it
        // (REVIEW22 #1: the lead's own work stated, the joint part not added twice).
        var held: [String] = []
        for j in joint { for h in j.heldBy ?? [] where !held.contains(h) { held.append(h) } }
        let refs = held.compactMap { id in report.reporters.first { $0.unitID == id }.map { ConsolidatedReport.UnitRef(unitID: id, unitName: $0.unitName, file: "", source: nil) } }
        guard !refs.isEmpty else { return (out, [w("results.jointApart", ["text": moved])]) }
        // What the holders themselves report of it, the figures the total counts: the sentence
        // says those, not the lead's, are in the total (REVIEW24 F2: "trong đó … đã được tính"
        // was false when the holders' figures exceed or fall short of the lead's).
        let jointIDs = Set(joint.map(\.indicator))
        let items = figureItems(t, money: true) { c in held.contains(c.unitID) }.filter { jointIDs.contains($0.id) }
        return (out, [w("results.jointApartHeld", ["text": trimEnd(moved), "held": whoCounted(refs), "lead": shortName(n.unitName),
                                                   "figures": items.isEmpty ? "" : sentenceClauses(items, task: t),
                                                   "activity": ids.lazy.compactMap { self.indicator($0).activity }.first ?? indicator(n.indicator).label])])
    }

    /// A partner's figure of the lead's work far above the lead's own (review
    /// `figure-partner-over-lead`: 3.026 samples taken "with" a 128-sample survey): stated in
    /// the body after the task's results as the partner told it, with "cần xác minh" — never
    /// only a footnote of the phụ lục (REVIEW21 #1). Empty wording: not stated.
    /// REVIEW40 #1 (over REVIEW22 #3's silence): the two accounts are stated in the body for
    /// every task where it happens — also a task whose other sentences the body leaves to Phụ
    /// lục I (its sentence is of the kind "disagree", which rules.bodyLength never moves).
    func withPartnerOverLead(_ t: ConsolidatedReport.TaskResult, _ sentences: [String]) -> [String] {
        guard w.says("results.partnerOverLead") else { return sentences }
        var out = sentences
        for r in report.review where r.code == "figure-partner-over-lead" && r.params?["code"] == t.code {
            guard let p = r.params, let id = p["indicator"], let n = t.notCounted.first(where: { $0.indicator == id && $0.unitID == r.unitID }) else { continue }
            let measure = definition.wording.indicators[id]?.measure ?? ""
            let leadWork = Consolidator.leadFigure(t, id).map { clause(id, $0, money: n.isMoneyLike) } ?? ""
            // REVIEW42 #2: the body gives the lead's figure; none, nothing to say there.
            if leadWork.isEmpty && !(w.texts["results.partnerOverLead"] ?? "").contains("{work}") { continue }
            out.append(leadingWord(w("results.partnerOverLead", ["who": shortName(p["unit"] ?? ""), "work": clause(id, n.value, money: n.isMoneyLike),
                                                     "lead": shortName(p["lead"] ?? ""), "task": lowerFirst(taskName(t)), "leadWork": leadWork,
                                                     "leadValue": (p["leadValue"] ?? "") + (measure.isEmpty ? "" : " " + measure)])))
        }
        return out
    }

    /// REVIEW48 #6: a partner's figure of the same indicator for the same task as the lead's,
    /// many times it (review `figure-partner-over-lead`: 3.026 mẫu beside the Chi cục's 128),
    /// said in the task's row of Phụ lục I — both figures, being reconciled
    /// (appendix.partnerOverLead); empty wording: not said.
    public func partnerOverLeadInAppendix(_ t: ConsolidatedReport.TaskResult) -> [String] {
        guard w.says("appendix.partnerOverLead") else { return [] }
        var out: [String] = []
        for r in report.review where r.code == "figure-partner-over-lead" && r.params?["code"] == t.code {
            guard let p = r.params, let id = p["indicator"], let n = t.notCounted.first(where: { $0.indicator == id && $0.unitID == r.unitID }),
                  let lead = Consolidator.leadFigure(t, id) else { continue }
            out.append(leadingWord(w("appendix.partnerOverLead", ["who": shortName(p["unit"] ?? ""), "work": clause(id, n.value, money: n.isMoneyLike),
                                                                  "lead": shortName(p["lead"] ?? ""), "leadWork": clause(id, lead, money: n.isMoneyLike)])))
        }
        return out
    }

    /// REVIEW40 #1/#2: the units' account of work done with the task's lead and the lead's own
    /// account of the same indicators differing beyond rules.participation.agreeWithin (21
    /// joint classes beside the lead's 04), both counted as the units reported them: the
    /// lead's figures stated beside them and the difference said to be under the Sở's check
    /// (results.jointDiffers). Nil when they agree, or when the accounts are already stated
    /// apart under review (Consolidator.jointAccountsDisagree: results.jointUnderReview).
    func jointDiffersClause(_ t: ConsolidatedReport.TaskResult) -> String? {
        guard w.says("results.jointDiffers"), let within = definition.rules.jointAgreeWithin, !t.jointWithLead.isEmpty,
              !Consolidator.jointAccountsDisagree(t, rules: definition.rules), let lead = t.jointWithLead.first?.heldBy?.first else { return nil }
        // REVIEW50 #3: joint figures each within the lead's own (rules.jointWithLead.contained
        // "each") are counted once, in the lead's figure: their sum is no second account of it.
        if definition.rules.jointContainedEach || definition.rules.jointContainedApart,
           t.jointWithLead.allSatisfy({ j in t.notCounted.contains { $0.unitID == j.unitID && $0.indicator == j.indicator && $0.reason == .jointWork } }) { return nil }
        var ids: [String] = []
        for j in t.jointWithLead where !ids.contains(j.indicator) { ids.append(j.indicator) }
        var differ = false
        let leadItems = ids.compactMap { id -> (id: String, value: Double, money: Bool, units: Set<String>)? in
            guard let v = t.figures.first(where: { $0.indicator == id })?.contributions.filter({ $0.unitID == lead }).map(\.value).reduce(0, +),
                  v != 0 else { return nil }
            let held = t.jointWithLead.filter { $0.indicator == id }.map(\.value).reduce(0, +)
            if !Consolidator.accountsAgree(v, held, within: within) { differ = true }
            return (id: id, value: v, money: IndicatorID(id).isMoney, units: [lead])
        }
        guard differ, !leadItems.isEmpty else { return nil }
        let leadName = report.reporters.first { $0.unitID == lead }?.unitName ?? t.leadStatus?.unitName ?? lead
        let first = leadItems[0]
        let measure = w.indicators[first.id]?.measure ?? ""
        let leadFirst = first.money ? VietFormat.money(first.value) : VietFormat.count(first.value) + (measure.isEmpty ? "" : " " + measure)
        return w("results.jointDiffers", ["lead": shortName(leadName), "leadClauses": sentenceClauses(leadItems), "leadFirst": leadFirst])
    }

    /// "27 cơ quan, đơn vị, địa phương", or the names of up to three.
    public func whoNumber(_ units: [ConsolidatedReport.UnitRef]) -> String {
        units.count <= 3 ? who(units) : w("who.count", ["n": VietFormat.count(units.count)])
    }

    /// The units other than the lead whose figures the body states for a task.
    public func othersUnits(_ t: ConsolidatedReport.TaskResult, money: Bool) -> Set<String> {
        Set(othersItems(t, money: money).flatMap(\.units))
    }

    /// Units named once, with their number when they are of several kinds: "18 cơ quan, đơn
    /// vị, địa phương (01 phòng, …, 03 sở, ban, ngành và 14 phường, xã, đặc khu)".
    public func whoCounted(_ units: [ConsolidatedReport.UnitRef]) -> String {
        let kinds = Set(units.map { u in report.reporters.first { $0.unitID == u.unitID }?.group ?? "" })
        guard units.count > 3, kinds.count > 1 else { return who(units) }
        return w("who.mixed", ["n": VietFormat.count(units.count), "parts": who(units)])
    }

    /// What a task is about, for a sentence on what units did in it: the task's name, without
    /// a leading "phối hợp (với) …" that names the reporting units themselves (wards do not
    /// "coordinate with the wards"): "thực hiện các nội dung được phân quyền".
    func topic(_ t: ConsolidatedReport.TaskResult, reporters: Set<String>) -> String {
        let name = lowerFirst(taskName(t))
        let folded = VietText.fold(name)
        guard let lead = definition.rules.partnerWords.first(where: { folded.hasPrefix($0 + " ") }) else { return name }
        // The reporters' kinds, by the first word of their label ("phường", "sở").
        let kindWords = Set(reporters.compactMap { id in report.reporters.first { $0.unitID == id }?.group }
            .compactMap { groupLabel($0)?.split(separator: " ").first.map { VietText.fold(String($0).trimmingCharacters(in: .punctuationCharacters)) } })
        let words = name.split(separator: " ").map(String.init)
        let foldedWords = words.map { VietText.fold($0) }
        // The partner phrase ends where the task's verb begins (rules.partnerEnds).
        let start = lead.split(separator: " ").count
        guard let end = (start..<words.count).first(where: { i in definition.rules.partnerEnds.contains { e in
            let ew = e.split(separator: " ").map(String.init)
            return i + ew.count <= words.count && Array(foldedWords[i..<(i + ew.count)]) == ew
        } }) else { return name }
        let partner = foldedWords[start..<end].flatMap { $0.split(separator: "/").map(String.init) }
        guard partner.contains(where: { kindWords.contains($0) }) else { return name }
        return words[end...].joined(separator: " ")
    }

    /// "Chi cục đã tham mưu Sở tổ chức …" → "Sở đã tổ chức …": the report speaks as the
    /// Department; the advice its own units gave it stays inside (rules.advisoryPhrases).
    func speakingAsTheDepartment(_ text: String) -> String {
        for phrase in definition.rules.advisoryPhrases {
            // Only as the sentence's own verb, near its start.
            guard let r = text.range(of: " đã " + phrase + " "), text.distance(from: text.startIndex, to: r.lowerBound) <= 60 else { continue }
            var rest = String(text[r.upperBound...])
            for tail in definition.rules.advisoryTails where rest.hasPrefix(tail + " ") { rest = String(rest.dropFirst(tail.count + 1)) }
            return w("results.asDepartment", ["text": rest, "issuer": report.issuer.name])
        }
        return text
    }

    /// A run of figures stated in one clause, and the units that gave each of them.
    public struct FigureRun: Sendable, Equatable {
        public var indicators: [String]
        public var units: Set<String>
        var items: [(id: String, value: Double, money: Bool, units: Set<String>)]
        public static func == (a: FigureRun, b: FigureRun) -> Bool { a.indicators == b.indicators && a.units == b.units }
    }

    /// A task's figures over the contributions `pick` keeps, in runs: a figure joins the run
    /// before it when its wording continues that run's last figure ("… lớp với … lượt người")
    /// and exactly the same units gave it; otherwise it starts its own run.
    public func figureRuns(_ t: ConsolidatedReport.TaskResult, money: Bool, where pick: (ConsolidatedReport.Contribution) -> Bool) -> [FigureRun] {
        var runs: [FigureRun] = []
        // Figures the report does not vouch for stay in Phụ lục III (REVIEW10 #6).
        for item in figureItems(t, money: money, leavingOut: t.notCounted.filter { $0.reason == .unverified }, where: pick) {
            if var last = runs.last, let prev = last.items.last, indicator(item.id).continued != nil,
               indicator(item.id).continuesAfter.contains(prev.id), item.units == last.units {
                last.items.append(item)
                last.indicators.append(item.id)
                runs[runs.count - 1] = last
            } else {
                runs.append(FigureRun(indicators: [item.id], units: item.units, items: [item]))
            }
        }
        return runs
    }

    func unitRefs(_ t: ConsolidatedReport.TaskResult, _ ids: Set<String>) -> [ConsolidatedReport.UnitRef] {
        var seen = Set<String>()
        return t.figures.flatMap(\.contributions).filter { ids.contains($0.unitID) && seen.insert($0.unitID).inserted }
            .map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
    }

    /// A sentence never opens with a figure: "08 sở, ban, ngành đã …" → "Có 08 sở, ban, ngành đã …".
    func leadingWord(_ sentence: String) -> String {
        guard sentence.first?.isNumber == true else { return sentence }
        return w("results.numeralLead", ["text": sentence])
    }

    func results() -> [BodyBlock] { results(moving: []).blocks }

    /// The kind of a sentence of a task's results in II (`ReportRules.sentenceKinds`), by what
    /// it says: the order `rules.bodyLength.moves` ranks them in decides which leave the body
    /// first when it is too long.
    func sentenceKind(_ s: String, _ t: ConsolidatedReport.TaskResult, money: Bool, funds: String?, summed: Set<String> = [], main: Bool = true) -> String {
        if s == funds { return "ownFunds" }
        if s == leadNotDone(t) { return "status" }
        let lead = leadResults(t, money: money)
        let figure = statesNumber(s)
        if lead.contains(s) {
            let claimOnly = w.says("results.leadClaimOnly") && s == w("results.leadClaimOnly", ["task": lowerFirst(taskName(t)), "lead": leadName(t)])
            // The lead's figures on a task that is not among its group's main ones (most units
            // reporting, rules.tasksPerGroup): the task's detail; Phụ lục I quotes the lead.
            return figure ? (main ? "lead" : "leadDetail") : claimOnly ? "status" : "account"
        }
        if let o = othersResults(t, money: money), o == s {
            guard figure else { return "account" }
            let units = othersUnits(t, money: money)
            let refs = units.map { ConsolidatedReport.UnitRef(unitID: $0, unitName: "", file: "", source: nil) }
            if !units.isEmpty && outsideCount(refs) == 0 { return ownUnitMajor(t, money: money) ? "ownUnitMajor" : "ownUnit" }
            // Sums of no indicator the group's city-wide figures or III.1's totals add up: the
            // task's detail.
            let counted = Set(definition.rules.cityWideIndicators).union(summed)
            return othersItems(t, money: money).contains { counted.contains($0.id) } ? "others" : "othersDetail"
        }
        return figure ? "joint" : "status"
    }

    /// REVIEW53 #6: the Department's own units' figures on a task they do not lead are a large
    /// part of the task's: on some indicator their sum is at least rules.ownUnitMajorShare of
    /// the task's total (the Trung tâm Phân tích's 54 of 4.c's 145 chuẩn; its 2.241 phương tiện
    /// đo and 2.243 mẫu, all of 2.g's). Such a sentence is a result of the task, not its detail:
    /// kind "ownUnitMajor", which the length rule does not move.
    func ownUnitMajor(_ t: ConsolidatedReport.TaskResult, money: Bool) -> Bool {
        let share = definition.rules.ownUnitMajorShare
        guard share > 0 else { return false }
        return othersItems(t, money: money).contains { item in
            guard !item.money, let f = t.figures.first(where: { $0.indicator == item.id }) else { return false }
            let total = f.contributions.filter { $0.value > 0 }.map(\.value).reduce(0, +)
            return total > 0 && item.value / total >= share
        }
    }

    /// REVIEW46 #4: one sentence per lead naming its results on the group's tasks whose own
    /// sentences left the body for its length (`moved`: their codes), each clause once and none
    /// already stated in the body above; nil when none or unworded.
    /// REVIEW47 #1: each clause in the lead's own words (`leadOwnClauses`: "hướng dẫn 235 tổ chức
    /// đăng ký hoạt động thử nghiệm …", "tổ chức 12 hội nghị … với 650 đại biểu"), not the
    /// indicator's template ("hỗ trợ, hướng dẫn 235 doanh nghiệp, tổ chức"); one task's figures
    /// never merged with another's. A completed task with a deadline whose lead wrote a result
    /// sentence without a figure (`movedAccounts`) is named by that sentence too.
    func leadSummary(_ g: ConsolidatedReport.TaskGroup, money: Bool, moved: Set<String>, movedAccounts: Set<String> = [], stated: String) -> String? {
        guard w.says("results.leadSummary"), !moved.isEmpty || !movedAccounts.isEmpty else { return nil }
        var byLead: [(lead: String, clauses: [String])] = []
        for t in g.tasks where moved.contains(t.code) || (movedAccounts.contains(t.code) && completedWithDeadline(t)) {
            let items = figureItems(t, money: money, where: { isLeadUnit($0.unitID, of: t) })
            // Money is II's budget paragraph's (never said twice).
            let counts = items.filter { !$0.money }
            var clauses: [String]
            // REVIEW53 #1: an amount told with its work (amountToldWithWork) is one of the
            // figures the task is named by.
            let toldWithWork = figureItems(t, money: true, where: { isLeadUnit($0.unitID, of: t) })
                .filter { $0.money && amountToldWithWork(t, $0.value) }.map { VietFormat.number($0.value) }
            if let own = leadOwnClauses(t, numbers: counts.map { VietFormat.number($0.value) } + toldWithWork, whole: completedWithDeadline(t),
                                        money: figureItems(t, money: true, where: { isLeadUnit($0.unitID, of: t) }).filter(\.money)
                                            .filter { !amountToldWithWork(t, $0.value) }.map { VietFormat.number($0.value) }) {
                clauses = own
            } else {
                // The indicators' wording, one task's figures in one clause run (a count and
                // its attendance continue each other: "tổ chức 12 lớp … với 650 lượt người").
                guard !counts.isEmpty else { continue }
                clauses = [sentenceClauses(counts.map { ($0.id, $0.value, $0.money, $0.units) })]
            }
            clauses = clauses.filter { !$0.isEmpty && !$0.contains("{") && !stated.contains($0) }
            guard !clauses.isEmpty else { continue }
            let lead = leadName(t)
            if let i = byLead.firstIndex(where: { $0.lead == lead }) {
                byLead[i].clauses += clauses.filter { !byLead[i].clauses.contains($0) }
            } else { byLead.append((lead, clauses)) }
        }
        guard !byLead.isEmpty else { return nil }
        return byLead.map { w("results.leadSummary", ["lead": $0.lead, "clauses": $0.clauses.joined(separator: "; ")]) }.joined(separator: " ")
    }

    /// A task with a deadline its lead's status (or the units' evidence) puts completed.
    func completedWithDeadline(_ t: ConsolidatedReport.TaskResult) -> Bool {
        t.state == .completed && t.dueDate != nil && !t.recurring
    }

    /// REVIEW47 #1: the lead's own sentence on a task cut into its clauses ("; "), its subject
    /// and "đã" dropped ("Chi cục đã hướng dẫn 235 tổ chức …; tiếp nhận …" → "hướng dẫn 235 tổ
    /// chức …", "tiếp nhận …"): those stating one of `numbers` (the lead's counts on the task),
    /// or all when `whole`. Nil when the lead gave no such sentence, its subject is not a plain
    /// name before "đã", or no clause states a number asked for.
    /// An amount of `money` in a clause is the budget paragraph's: the clause is cut before the
    /// " với " or ", " that brings it ("khảo sát 128 mẫu … với kinh phí 274.750.000 đồng" →
    /// "khảo sát 128 mẫu …"), or left out when nothing else remains.
    func leadOwnClauses(_ t: ConsolidatedReport.TaskResult, numbers: [String], whole: Bool, money: [String] = []) -> [String]? {
        // A sentence the Department speaks as its own ("Chi cục đã tham mưu Sở tổ chức …") is not
        // the lead's to be summed up under its name.
        guard let text = leadAccount(t), speakingAsTheDepartment(text) == text, let r = text.range(of: " đã ") else { return nil }
        let subject = text[..<r.lowerBound]
        guard subject.split(separator: " ").count <= 10, !subject.contains(where: { $0.isNumber || $0 == "," }) else { return nil }
        let rest = trimEnd(String(text[r.upperBound...]))
        let clauses = rest.components(separatedBy: "; ").map { $0.trimmingCharacters(in: .whitespaces) }.compactMap { c -> String? in
            guard let amount = money.compactMap({ Consolidator.numberRange(c[...], $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return c }
            let head = c[..<amount.lowerBound]
            guard let cut = lastMark(in: head, of: [" với ", ", "]) else { return nil }
            let kept = String(c[..<cut.lowerBound])
            return kept.split(separator: " ").count >= 3 ? kept : nil
        }.filter { !$0.isEmpty }
        let stating = clauses.filter { c in numbers.contains { Consolidator.containsNumber(c[...], $0) } }
        if !numbers.isEmpty, stating.isEmpty { return nil }
        // REVIEW49 #8 (rules.bodyLength.summaryClauses "figures"): room in six pages — a done
        // task is named by the clauses stating its figures, else by its first clause; the rest
        // of its sentence is in its row of Phụ lục I, where the length rule moved it.
        let kept = whole && definition.rules.bodyLengthSummaryFigures ? (stating.isEmpty ? Array(clauses.prefix(1)) : stating) : whole ? clauses : stating
        return kept.isEmpty ? nil : kept
    }

    /// A sentence states a figure: a number of its own, not a document's number or date
    /// ("Nghị quyết số 27/2023/NQ-HĐND", "TCVN ISO 9001:2015") nor an ordinal after one of
    /// rules.ordinalWords ("năm 2026", "tháng 12").
    func statesNumber(_ s: String) -> Bool {
        var previous = ""
        for raw in s.split(separator: " ") {
            let token = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",;.()“”\""))
            defer { previous = VietText.fold(token) }
            guard let first = token.first, first.isNumber, token.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { continue }
            if definition.rules.ordinalWords.contains(previous) { continue }
            return true
        }
        return false
    }

    func results(moving: Set<String>) -> (blocks: [BodyBlock], candidates: [BodyCandidate], groupWords: [Int: Int]) {
        var candidates: [BodyCandidate] = []
        var groupWords: [Int: Int] = [:]
        var out: [BodyBlock] = [.section(w("sections.results"))]
        // Empty: REVIEW26 §4 strikes the whole note (III.1 and III.2 point to the appendices).
        if w.says("results.detail") { out.append(.paragraph(w("results.detail"))) }
        for g in report.groups {
            let itemIndex = out.count
            out.append(.item("\(g.number). \(g.title)"))
            // A group about money (investment) states the money its tasks' units spent.
            let money = definition.rules.moneyGroups.contains { VietText.fold(g.title).contains($0) }
            // Empty results.progress: the group's progress is Phụ lục I's and III.1's, not said
            // again here (the body's 6 pages).
            var sentences = !w.says("results.progress") ? [] : [groupProgress(g.tasks)]
            if let city = cityWide(g) { sentences.append(city) }
            // The group's main tasks (most units reporting figures, the lead's own account),
            // at most rules.tasksPerGroup, in the plan's order; the rest are in Phụ lục I.
            let weighted = g.tasks.map { t -> (ConsolidatedReport.TaskResult, Int) in
                let units = Set(t.figures.filter { money || $0.indicator != Consolidator.budgetIndicator }.flatMap(\.contributions).filter { $0.value != 0 }.map(\.unitID)).count
                return (t, units + (leadAccount(t) == nil ? 0 : 2))
            }
            var kept = Set(weighted.filter { $0.1 > 0 }.enumerated().sorted { a, b in a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset }
                .prefix(definition.rules.tasksPerGroup).map(\.element.0.code))
            let main = kept
            // A figure III.1 sums is found in II: the other units' share of it is stated on
            // every task that has one (no total only in the summary, no part only in Phụ lục III).
            let summed = Set(w.highlights.filter { $0.groups.isEmpty || $0.groups.contains(g.number) }.flatMap { ReportWording.placeholders($0.text) })
            // Likewise a figure the lead states on a task is completed by the others' share of
            // it ("66 dự thảo" of the lead, "38 dự thảo" of the others: the task's 104).
            for t in g.tasks {
                let lead = Set(figureItems(t, money: money, where: { isLeadUnit($0.unitID, of: t) }).map(\.id))
                if othersItems(t, money: money).contains(where: { summed.contains($0.id) || lead.contains($0.id) }) { kept.insert(t.code) }
                // A partner's part in the lead's work is told where the lead's figure is.
                if participated(t) != nil { kept.insert(t.code) }
                // The Department's own units' results with figures on a task they do not lead are
                // the Sở's own results: stated too (REVIEW13 #17: the Trung tâm's calibrations).
                let ownFigures = t.figures.filter { money || $0.indicator != Consolidator.budgetIndicator }.flatMap(\.contributions)
                    .contains { c in c.value != 0 && !isLeadUnit(c.unitID, of: t) && outsideCount([ConsolidatedReport.UnitRef(unitID: c.unitID, unitName: c.unitName, file: c.file, source: nil)]) == 0 }
                if ownFigures { kept.insert(t.code) }
            }
            // The lead's own results on every task of the group (the spec asks for them); the
            // other units' sums on the main tasks.
            // A long group is split at task boundaries (rules.paragraphWords): short paragraphs.
            // A lead's joint work not in the total: its own sentence right after the total.
            let perTask = g.tasks.map { t in withJointNote(t, in: g, taskResults(t, money: money, others: kept.contains(t.code))) }
            let apart = perTask.flatMap(\.apart)
            if !apart.isEmpty { sentences.insert(contentsOf: apart, at: sentences.isEmpty ? 0 : sentences.count) }
            var paragraph = sentences
            var flushed = false
            // Tasks whose lead's summary clause is said with the task's other sentences.
            var summarisedWithTask = Set<String>()
            // Some task of the group is named at its sentence ("Đối với nhiệm vụ …").
            var namesTask = false
            var any = !apart.isEmpty
            var keptInGroup = paragraph.count
            for (t, joint) in zip(g.tasks, perTask) {
                var these = withPartnerOverLead(t, joint.sentences)
                // Money units other than the plan's budget holder spent on the task is their own
                // funds, not the plan's: said with the task's work (REVIEW27 #13: not after the
                // group's last task), never under the plan's budget (REVIEW24 F9).
                let funds = ownFunds(g, tasks: [t], stated: (out.map(\.text) + paragraph + these).joined(separator: "\n"))
                if let funds { these.append(funds) }
                // The body's length (rules.bodyLength): each sentence a candidate with its kind;
                // those moved are said in the task's row of Phụ lục I instead.
                // A group keeps its first sentence: never a heading over nothing.
                var movedOthers = false
                these = these.filter { sentence in
                    let key = "\(t.code)|\(sentence)"
                    let n = sentence.split(separator: " ").count
                    if keptInGroup > 0 {
                        let kind = sentenceKind(sentence, t, money: money, funds: funds, summed: summed, main: main.contains(t.code))
                        candidates.append(BodyCandidate(key: key, task: t.code, kind: kind, text: sentence,
                                                        group: g.number, words: n, order: candidates.count))
                        if moving.contains(key) {
                            if kind == "others" || kind == "othersDetail" { movedOthers = true }
                            return false
                        }
                    }
                    keptInGroup += 1
                    groupWords[g.number, default: 0] += n
                    return true
                }
                // The joint work worded to follow the other units' sum ("Trong đó, …",
                // results.jointWithLeadBeyondOthers) whose sum went to Phụ lục I: worded again
                // knowing the sum is not in the body (results.jointWithLeadAlone), so it never
                // reads as inside the lead's own figures it now follows (REVIEW42 #1: 21 joint
                // classes "inside" the Chi cục's 04).
                if movedOthers, let said = jointWithLeadSentence(t, afterOthers: true),
                   let alone = jointWithLeadSentence(t, afterOthers: false, othersSaid: false), said != alone {
                    these = these.map { $0 == said ? alone : $0 }
                }
                guard !these.isEmpty else { continue }
                // REVIEW53 #5: the lead's figures of a task whose own sentence the length rule
                // moved, the task's other sentences still here: said with them, in its summary
                // clause (results.leadSummary), not in the group's summary of other tasks.
                let leadMoved = candidates.contains { $0.task == t.code && $0.kind == "leadDetail" && moving.contains($0.key) }
                if leadMoved, namesTask || (!taskLeadInStart.isEmpty && these.contains { $0.hasPrefix(taskLeadInStart) }),
                   let own = leadSummary(g, money: money, moved: [t.code], stated: (out.map(\.text) + paragraph + these).joined(separator: "\n")) {
                    these.insert(own, at: 0)
                    summarisedWithTask.insert(t.code)
                }
                // REVIEW53 #5: the task is named before any of its figures.
                these = withTaskNamedFirst(t, these, money: money)
                // REVIEW44 #7: figures of a unit whose report still carries a reviewer's comment
                // asking to re-check them are said as under the unit's review where stated.
                these = these.map { markedUnconfirmed($0, [t]) }.map(withoutAmountsUnderReview)
                any = true
                let words = (paragraph + these).joined(separator: " ").split(separator: " ").count
                // REVIEW53 #5: a task named at its first sentence ("Đối với nhiệm vụ …") opens a
                // paragraph of its own after one of at least rules.taskParagraphWords words.
                // REVIEW53 #5: after a task named at its sentence, the next task's sentences are
                // named too, or they read as the task before's (the Trung tâm's 2.g calibrations
                // after 2.đ's sentence).
                let ownName = VietText.fold(lowerFirst(taskName(t))).split(separator: " ").prefix(4).joined(separator: " ")
                if namesTask, !these[0].hasPrefix(taskLeadInStart), !VietText.fold(these[0]).contains(ownName) {
                    these[0] = taskLeadInStart + lowerFirst(taskName(t)) + ", " + lowerFirst(these[0])
                }
                if !taskLeadInStart.isEmpty, these.contains(where: { $0.hasPrefix(taskLeadInStart) }) { namesTask = true }
                let named = definition.rules.taskParagraphWords > 0 && !taskLeadInStart.isEmpty && these[0].hasPrefix(taskLeadInStart)
                    && paragraph.joined(separator: " ").split(separator: " ").count >= definition.rules.taskParagraphWords
                if (named || words > definition.rules.paragraphWords), !paragraph.isEmpty, paragraph.count > 1 || sentences.isEmpty || named {
                    out.append(.paragraph(mergedSameWords(paragraph.joined(separator: " "))))
                    paragraph = []
                    flushed = true
                }
                paragraph += these
            }
            // REVIEW46 #4: the lead's results on tasks whose own sentences the length rule moved
            // to Phụ lục I are still named in the group, one short clause each by their figures
            // (results.leadSummary: "Chi cục đã hướng dẫn 32 doanh nghiệp; tổ chức 12 hội nghị …"),
            // never a candidate to move. Empty: none.
            if let summary = leadSummary(g, money: money, moved: Set(candidates.filter { $0.kind == "leadDetail" && moving.contains($0.key) }.map(\.task)).subtracting(summarisedWithTask),
                                         movedAccounts: Set(candidates.filter { $0.kind == "account" && moving.contains($0.key) }.map(\.task)),
                                         stated: (out.map(\.text) + paragraph).joined(separator: "\n")) {
                // REVIEW53 #5: after the group's opening sentences, before any task is named
                // ("Đối với nhiệm vụ …"): never read as the last task's (2.b–2.h after 2.đ's
                // sentence); a paragraph of its own when the tasks' paragraphs are (rules.taskParagraphWords).
                let marked = markedUnconfirmed(summary, g.tasks)
                if !namesTask {
                    paragraph.append(marked)
                } else if definition.rules.taskParagraphWords > 0, sentences.isEmpty, flushed || paragraph.first?.hasPrefix(taskLeadInStart) == true {
                    out.insert(.paragraph(marked), at: itemIndex + 1)
                } else if !flushed {
                    paragraph.insert(marked, at: min(sentences.count, paragraph.count))
                } else {
                    paragraph.append(marked)
                }
                any = true
            }
            if !any { paragraph.append(w("results.noFigures")) }
            out.append(.paragraph(mergedSameWords(paragraph.joined(separator: " "))))
        }
        // Budget.
        out.append(.item("\(report.groups.count + 1). " + w("sections.budget")))
        out.append(.paragraph(budgetParagraph(stated: out.map(\.text).joined(separator: "\n"))))
        return (out, candidates, groupWords)
    }

    /// The words results.othersOn opens with before the task's name ("Đối với nhiệm vụ "): a
    /// sentence naming its task first. Empty when the wording names no task.
    var taskLeadInStart: String {
        guard let template = w.texts["results.othersOn"], let r = template.range(of: "{topic}") else { return "" }
        return String(template[..<r.lowerBound])
    }

    /// REVIEW53 #5: a task's sentences stand under the words naming the task. When a later
    /// sentence of the task opens with its lead-in ("Đối với nhiệm vụ {topic}, …",
    /// results.othersOn: the other units' sum, worded so because the lead's sentence before it
    /// tells other work) and the lead's own sentences come before it, they read as the task
    /// before's (the Chi cục's "289 doanh nghiệp … công bố chất lượng" of 2.d after 2.a's
    /// sentence, its "19 đoàn kiểm tra … ISO 9001" of 2.đ inside 2.d's): the lead-in opens the
    /// task's first sentence instead, and the other units' sum follows as a plain sentence.
    func withTaskNamedFirst(_ t: ConsolidatedReport.TaskResult, _ sentences: [String], money: Bool) -> [String] {
        guard sentences.count > 1, w.says("results.othersOn"), let run = othersRuns(t, money: money).first else { return sentences }
        let mark = "\u{E001}"
        let filled = w("results.othersOn", ["topic": topic(t, reporters: run.units), "who": mark, "clauses": ""])
        guard let at = filled.range(of: mark) else { return sentences }
        let leadIn = String(filled[..<at.lowerBound])
        guard !leadIn.isEmpty, !sentences[0].hasPrefix(leadIn),
              let i = sentences.indices.dropFirst().first(where: { sentences[$0].hasPrefix(leadIn) }) else { return sentences }
        var out = sentences
        out[i] = leadingWord(upperFirst(String(sentences[i].dropFirst(leadIn.count))))
        out[0] = leadIn + lowerFirst(sentences[0])
        return out
    }

    /// REVIEW37 #10: two units' sentences one after the other in the same words but for their
    /// subject and one figure ("Chi cục đã … liên kết 91 chuẩn …" / "Trung tâm đã … liên kết 54
    /// chuẩn …") are one sentence: both subjects, the sum, each unit's figure after it
    /// (results.sameWordsMerged). Sentences differing in anything else stay apart.
    func mergedSameWords(_ text: String) -> String {
        // Sentences: a full stop, a space, then a capital letter.
        var sentences: [String] = []
        var current = ""
        var i = text.startIndex
        while i < text.endIndex {
            current.append(text[i])
            let next = text.index(after: i)
            if text[i] == ".", next < text.endIndex, text[next] == " " {
                let after = text.index(after: next)
                if after < text.endIndex, text[after].isUppercase {
                    sentences.append(current)
                    current = ""
                    i = after
                    continue
                }
            }
            i = next
        }
        if !current.isEmpty { sentences.append(current) }
        return mergedSameWords(sentences).joined(separator: " ")
    }

    func mergedSameWords(_ sentences: [String]) -> [String] {
        guard w.says("results.sameWordsMerged") else { return sentences }
        var out: [String] = []
        for s in sentences {
            if let last = out.last, let m = mergedPair(last, s) { out[out.count - 1] = m } else { out.append(s) }
        }
        return out
    }

    func mergedPair(_ a: String, _ b: String) -> String? {
        let verb = " đã "
        guard let ra = a.range(of: verb), let rb = b.range(of: verb) else { return nil }
        let subjectA = String(a[..<ra.lowerBound]), subjectB = String(b[..<rb.lowerBound])
        // Subjects are units' names, not clauses.
        // Subjects are units' names (a name may hold "và": "Trung tâm Dịch vụ … và Tiêu chuẩn …"),
        // written out here, shortened later with the rest of the body.
        for subject in [subjectA, subjectB] where subject.isEmpty || subject.contains(",") || subject.contains("(") || subject.split(separator: " ").count > 16 { return nil }
        guard subjectA != subjectB, subjectA.first?.isUppercase == true, subjectB.first?.isUppercase == true else { return nil }
        let restA = a[ra.upperBound...].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let restB = b[rb.upperBound...].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard restA.count == restB.count, restA.count >= 6 else { return nil }
        let isNumber = { (t: String) in !t.isEmpty && t.allSatisfy { $0.isNumber || $0 == "." } && t.first!.isNumber }
        var at: Int?
        for i in restA.indices where restA[i] != restB[i] {
            guard at == nil, isNumber(restA[i]), isNumber(restB[i]) else { return nil }
            at = i
        }
        guard let i = at, let x = Int(restA[i].replacingOccurrences(of: ".", with: "")),
              let y = Int(restB[i].replacingOccurrences(of: ".", with: "")) else { return nil }
        var rest = restA
        rest[i] = VietFormat.count(x + y)
        var text = rest.joined(separator: " ")
        guard text.hasSuffix(".") else { return nil }
        text.removeLast()
        return w("results.sameWordsMerged", ["a": subjectA, "b": subjectB, "rest": text,
                                             "each": w("results.sameWordsEach", ["a": subjectA, "x": restA[i], "b": subjectB, "y": restB[i]])])
    }

    /// "Từ nguồn kinh phí của cơ quan, đơn vị, 05 sở, ban, ngành và 18 phường, xã, đặc khu đã
    /// sử dụng … cho …": what units other than the plan's budget holder spent on a group's
    /// tasks (their own funds: the plan's budget is the holder's), by task with its units; nil
    /// when none, when the text above already states it, or when results.ownFunds is empty.
    func ownFunds(_ g: ConsolidatedReport.TaskGroup, tasks: [ConsolidatedReport.TaskResult]? = nil, stated: String) -> String? {
        guard w.says("results.ownFunds") else { return nil }
        let holder = report.budget.holder
        let parts = moneyByTask(named: true, skipping: stated, in: tasks ?? g.tasks) { $0.unitID != holder }
        return parts.isEmpty ? nil : w("results.ownFunds", ["parts": parts.joined(separator: "; ")])
    }

    /// No disbursement read from the budget's holder: when the holder is the Department's own
    /// unit, the Sở says what it knows in its own voice (results.budgetNone_own), never that its
    /// unit "chưa báo cáo" (REVIEW36 #3); the desk asks the holder (budget-disbursement-missing).
    var budgetNoneKey: String {
        let own = report.budget.holder.map { outsideCount([ConsolidatedReport.UnitRef(unitID: $0, unitName: "", file: "", source: nil)]) == 0 } ?? false
        return own && w.texts["results.budgetNone_own"] != nil ? "results.budgetNone_own" : "results.budgetNone"
    }

    /// REVIEW44 #3: the holder's spending of an unnamed fund, in the Sở's own voice when the
    /// holder is the Department's own unit (results.budgetSpentUnstated_own), else as before.
    var budgetSpentUnstatedKey: String {
        let own = report.budget.holder.map { outsideCount([ConsolidatedReport.UnitRef(unitID: $0, unitName: "", file: "", source: nil)]) == 0 } ?? false
        return own && w.texts["results.budgetSpentUnstated_own"] != nil && w.says("results.budgetSpentUnstated_own") ? "results.budgetSpentUnstated_own" : "results.budgetSpentUnstated"
    }

    var budgetOverPlan: Bool {
        guard let spent = report.budget.holderSpending else { return false }
        return spent.map(\.amount).reduce(0, +) > Double(report.budget.planned)
    }

    /// REVIEW47 #1: the amounts the holder reports spent on the plan's tasks, whose fund its
    /// report does not name, add up (with what it says came from the plan) above the plan's
    /// allocation: the body states the allocation and what is said spent from it only
    /// (results.budgetUnderReview), never a rate above 100 %; Phụ lục III lists the amounts
    /// marked as under the unit's review (appendix.budgetUnderReviewMark); the desk names them
    /// and the excess (review.budgetOverPlanAmounts). False when unworded.
    public private(set) var budgetUnderReview = false

    private func amountsAboveAllocationUnsourced() -> Bool {
        guard w.says("results.budgetUnderReview"), report.budget.planned > 0 else { return false }
        let spending = holderSpending()
        let unstated = spending.filter { $0.source == .unstated }
        let fromPlan = spending.filter { $0.source == .plan }.map(\.amount).reduce(0, +)
        return !unstated.isEmpty && unstated.map(\.amount).reduce(0, +) + fromPlan > Double(report.budget.planned)
    }

    /// The last of `marks` in `head` ("…; tổ chức 12 hội nghị với" → " với "): where the clause
    /// holding the words after it begins.
    func lastMark(in head: Substring, of marks: [String]) -> Range<Substring.Index>? {
        marks.compactMap { head.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
    }

    /// REVIEW48 #3: the values of results.budgetUnderReview — the amounts the holder reports on
    /// the plan's tasks (not said to come from elsewhere), each with its task, their total, the
    /// allocation and the gap; the body states them plainly, never a review no source reports.
    func budgetUnderReviewValues(_ holderName: String) -> [String: String] {
        let planned = Double(report.budget.planned)
        let counted = holderSpending().filter { $0.source == .plan || $0.source == .unstated }
        let sum = counted.map(\.amount).reduce(0, +)
        let parts = counted.map { w("results.budgetSpentPart", ["task": lowerFirst(taskName($0.task)), "amount": VietFormat.money($0.amount)]) }
        return ["holder": holderName, "parts": parts.joined(separator: "; "), "sum": VietFormat.money(sum),
                "planned": VietFormat.money(planned), "excess": VietFormat.money(max(0, sum - planned))]
    }

    /// REVIEW50 #1: IV's request to the budget's holder for the source of the amounts it reports
    /// on the plan's tasks without naming their fund, when they add up above the allocation:
    /// their total and the allocation, asked, never concluded (outlook.budgetSource).
    func budgetSourceRequest() -> String? {
        guard let holder = report.budget.holder else { return nil }
        let v = budgetUnderReviewValues(holderName)
        let own = outsideCount([ConsolidatedReport.UnitRef(unitID: holder, unitName: "", file: "", source: nil)]) == 0
        let lead = w(own ? "outlook.directOwn" : "outlook.directOther", ["lead": holderName])
        return w("outlook.budgetSource", ["lead": lead, "sum": v["sum"] ?? "", "planned": v["planned"] ?? "", "excess": v["excess"] ?? ""])
    }

    /// REVIEW47 #1: the holder's amounts left to Phụ lục III (`budgetUnderReview`) are not
    /// stated in II's results either: the clause bringing one ("; kinh phí thực hiện
    /// 265.000.000 đồng", " với kinh phí 274.750.000 đồng") is taken out of the sentence.
    func withoutAmountsUnderReview(_ sentence: String) -> String {
        guard budgetUnderReview, !definition.rules.budgetUnsourcedWithWork else { return sentence }
        var out = sentence
        for x in holderSpending() where x.source == .unstated {
            guard let r = Consolidator.numberRange(out[...], VietFormat.number(x.amount)) else { continue }
            let end = out[r.upperBound...].firstIndex { $0 == ";" || $0 == "." } ?? out.endIndex
            let head = out[..<r.lowerBound]
            guard let cut = lastMark(in: head, of: ["; ", " với ", ", "]) else { continue }
            out.replaceSubrange(cut.lowerBound..<end, with: "")
        }
        return out
    }

    /// REVIEW53 #1 (rules.budgetUnsourcedWithWork): an amount the budget's holder reports on a
    /// task without naming its fund, when such amounts add up above the allocation
    /// (`budgetUnderReview`), is told with the work it paid for in II ("khảo sát chất lượng 128
    /// mẫu … với kinh phí 274.750.000 đồng"), never as a use of the allocation in the budget
    /// paragraph: a reader adding them up against it read an overspend (265 + 274,75 triệu
    /// "đã sử dụng" after "349.000.000 đồng").
    func amountToldWithWork(_ t: ConsolidatedReport.TaskResult, _ amount: Double) -> Bool {
        guard definition.rules.budgetUnsourcedWithWork, budgetUnderReview else { return false }
        return holderSpending().contains { $0.task.code == t.code && $0.amount == amount && $0.source == .unstated }
    }

    /// Phụ lục III's mark on a holder's amount under review (`budgetUnderReview`), nil otherwise.
    public func budgetReviewMark(_ t: ConsolidatedReport.TaskResult, _ f: ConsolidatedReport.FigureTotal, _ c: ConsolidatedReport.Contribution) -> String? {
        guard f.indicator == Consolidator.budgetIndicator, c.unitID == report.budget.holder, w.says("appendix.budgetUnderReviewMark"),
              budgetUnderReview, spendingSource(t, c) == .unstated else { return nil }
        return w("appendix.budgetUnderReviewMark")
    }

    /// Money spent per task, "khảo sát chất lượng sản phẩm, hàng hóa 274.750.000 đồng", over
    /// the contributions `pick` keeps; with the units that spent it when `named`.
    func moneyByTask(named: Bool, skipping stated: String = "", in tasks: [ConsolidatedReport.TaskResult]? = nil,
                     _ pick: (ConsolidatedReport.Contribution) -> Bool) -> [String] {
        (tasks ?? report.tasks).compactMap { t in
            guard let f = t.figures.first(where: { $0.indicator == Consolidator.budgetIndicator }) else { return nil }
            let cs = f.contributions.filter { $0.value != 0 && pick($0) }
            guard !cs.isEmpty else { return nil }
            // The same sum already in the text above: said once.
            if !stated.isEmpty, stated.contains(VietFormat.money(cs.map(\.value).reduce(0, +))) { return nil }
            let units = cs.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
            return w(named ? "results.budgetPartBy" : "results.budgetPart",
                     ["task": lowerFirst(t.title), "amount": VietFormat.money(cs.map(\.value).reduce(0, +)), "who": who(units)])
        }
    }

    /// Where a unit's spending came from, as its sentence on the task says: the plan's own
    /// budget (rules.budgetSources.plan), another source it names ("từ nguồn thu dịch vụ"), or
    /// nothing said.
    public enum SpendingSource: Equatable {
        case plan
        case other(String)
        case unstated
    }

    /// A holder's spending on one task, with its source.
    public struct Spending: Equatable {
        public var task: ConsolidatedReport.TaskResult
        public var amount: Double
        public var source: SpendingSource
        public static func == (a: Spending, b: Spending) -> Bool { a.task.code == b.task.code && a.amount == b.amount && a.source == b.source }
    }

    /// The source of a unit's spending on a task: its sentences on the task that state the
    /// amount (or the figure's own place), read for the source words.
    func spendingSource(_ t: ConsolidatedReport.TaskResult, _ c: ConsolidatedReport.Contribution) -> SpendingSource {
        // Its row says the money came from other sources ("Lồng ghép" in the Ghi chú column:
        // FigureSource.otherFundingMark): so said, never spending of the plan's allocation.
        if !c.sources.isEmpty, c.sources.allSatisfy(\.isOtherFunding) { return .other(w("results.otherFundingSource")) }
        let amount = VietFormat.number(c.value)
        let texts = t.statements.filter { $0.unit.unitID == c.unitID && $0.text.contains(amount) }.map(\.text) + c.sources.map(\.text)
        for text in texts {
            let lower = text.lowercased()
            if definition.rules.budgetPlanSources.contains(where: { lower.contains($0) }) { return .plan }
            for word in definition.rules.budgetSourceWords {
                guard let r = lower.range(of: word) else { continue }
                // "từ nguồn thu dịch vụ" up to the clause's end.
                let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
                let phrase = text[start...].prefix { !".;,(".contains($0) }.trimmingCharacters(in: .whitespaces)
                if phrase.split(separator: " ").count > word.split(separator: " ").count { return .other(lowerFirst(phrase)) }
            }
        }
        return .unstated
    }

    /// The holder's spending per task with its source.
    func holderSpending() -> [Spending] {
        guard let holder = report.budget.holder else { return [] }
        return report.tasks.compactMap { t in
            guard let c = t.figures.first(where: { $0.indicator == Consolidator.budgetIndicator })?.contributions.first(where: { $0.unitID == holder && $0.value != 0 })
            else { return nil }
            return Spending(task: t, amount: c.value, source: spendingSource(t, c))
        }
    }

    /// The plan's budget and what was disbursed of it: what its holder used from it, with its
    /// ratio, when its report says so or the sum fits in it; else that no disbursement figure
    /// has come in (REVIEW13 #4). Then, "Ngoài ra", spending from another source the holder
    /// names, with that source; spending whose source no unit gives, by unit and activity, said
    /// to be so, never summed against the budget (REVIEW8 #2: no reading of overspending); the
    /// other units' spending on related work, by units and activity.
    func budgetParagraph(stated: String = "") -> String {
        let b = report.budget
        let planned = Double(b.planned)
        let decision = b.decision.map { w("results.budgetDecision", ["decision": $0]) } ?? ""
        let asOf = VietFormat.date(report.asOf)
        var parts = [w("results.budget", ["planned": VietFormat.money(planned), "plannedWords": VietFormat.moneyInWords(b.planned),
                                          "holder": holderName, "year": String(report.plan.year), "decision": decision])]
        var unstatedWritten = false
        var otherWritten = false
        let spending = holderSpending()
        if !spending.isEmpty {
            // Only to compare with what the holder says came from the plan's budget: never
            // stated (REVIEW26 #1: unlike amounts are not added up).
            let used = spending.map(\.amount).reduce(0, +)
            let fromPlan = spending.filter { $0.source == .plan }.map(\.amount).reduce(0, +)
            let unstated = spending.filter { $0.source == .unstated }
            // Measured against the budget only what the holder's report says is the plan's own
            // money (REVIEW10 #1): spending whose source is not said is not.
            // REVIEW28 #2 (replacing REVIEW10 #1, REVIEW22 #2, REVIEW25 #3, REVIEW26 #1): the
            // holder's spending not said to come from elsewhere is the allocation's, given as a
            // total against it with its share; when that total exceeds the allocation the
            // figures cannot be reconciled: only what is certain is said (the amount its report
            // says came from the plan, within it), the rest is the review desk's
            // (budget-over-plan), never printed unreconciled.
            // REVIEW43 #1 (over REVIEW28 #2 for amounts whose fund is not named): with
            // rules.budgetUnstated "apart" only what the holder's report ties to the plan's
            // money is written against the allocation; the rest is said with its task and the
            // neutral clause that its source was not named (results.budgetSpentUnstated).
            let apart = definition.rules.budgetUnstatedApart
            let onPlan = spending.filter { $0.source == .plan || (!apart && $0.source == .unstated) }
            let onPlanSum = onPlan.map(\.amount).reduce(0, +)
            // REVIEW44 #3: the holder is the Department's own unit (results.budgetSpentUnstated_own):
            // the Sở states every amount with its task, the ones its results state too, and one
            // neutral clause on how their execution against the allocation is confirmed.
            let unstatedKey = budgetSpentUnstatedKey
            let own = unstatedKey != "results.budgetSpentUnstated"
            let unsaid = own ? unstated : unstated.filter { stated.isEmpty || !stated.contains(VietFormat.money($0.amount)) }
            let unstatedSentence: () -> Bool = { [self] in
                guard !unsaid.isEmpty, w.says(unstatedKey) else { return false }
                let byTask = unsaid.map { x in
                    w("results.budgetSpentPart", ["task": lowerFirst(taskName(x.task)), "amount": VietFormat.money(x.amount)])
                }
                parts.append(w(unstatedKey, ["holder": holderName, "parts": VietFormat.list(byTask)]))
                return true
            }
            if fromPlan == used, used <= planned {
                parts.append(w("results.budgetUsed", ["holder": holderName, "used": VietFormat.money(used), "percent": VietFormat.percent(used, of: planned)]))
            } else if !onPlan.isEmpty, onPlanSum <= planned, w.says("results.budgetUsedFor") {
                let byTask = onPlan.map { x in
                    w("results.budgetPart", ["task": lowerFirst(x.task.title), "amount": VietFormat.money(x.amount), "who": ""])
                }
                parts.append(w("results.budgetUsedFor", ["holder": holderName, "used": VietFormat.money(onPlanSum),
                                                         "percent": VietFormat.percent(onPlanSum, of: planned), "parts": byTask.joined(separator: "; ")]))
                unstatedWritten = !unstated.isEmpty
                if apart {
                    if budgetUnderReview { parts.append(w("results.budgetUnderReview", budgetUnderReviewValues(holderName))) } else { _ = unstatedSentence() }
                }
            } else {
                if used > planned {
                    parts.append(w("results.budgetOverPlan", ["holder": holderName, "used": VietFormat.money(used), "planned": VietFormat.money(planned),
                                                              "asOf": asOf]))
                }
                if fromPlan > 0 {
                    let percent = fromPlan <= planned ? w("results.budgetPercent", ["percent": VietFormat.percent(fromPlan, of: planned)]) : ""
                    parts.append(w("results.budgetFromPlan", ["holder": holderName, "used": VietFormat.money(fromPlan), "percent": percent,
                                                              "asOf": asOf]))
                } else {
                    // REVIEW42 #3: an empty wording says nothing (no drafting note upward).
                    let none = w(budgetNoneKey, ["holder": holderName, "asOf": asOf, "year": String(report.plan.year)])
                    if !none.isEmpty { parts.append(none) }
                }
                // Spending whose source is not said, above what the allocation can hold: stated
                // only when the pipeline words it (budgetSpent; empty since REVIEW28 #2).
                // REVIEW40 #3: every amount the holder reports under a task, named with its
                // task, its source said not given (results.budgetSpentUnstated).
                // An amount the group's results already state is not said twice (REVIEW34 #6).
                if budgetUnderReview, definition.rules.budgetUnsourcedWithWork {
                    // REVIEW53 #1: told with their work in II; only those II does not state are
                    // said here, apart from the allocation (results.budgetUnsourcedApart).
                    let unsaid = unstated.filter { !stated.contains(VietFormat.money($0.amount)) }
                    if !unsaid.isEmpty, w.says("results.budgetUnsourcedApart") {
                        let byTask = unsaid.map { x in
                            w("results.budgetSpentPart", ["task": lowerFirst(taskName(x.task)), "amount": VietFormat.money(x.amount)])
                        }
                        parts.append(w("results.budgetUnsourcedApart", ["holder": holderName, "parts": VietFormat.list(byTask)]))
                        unstatedWritten = true
                    }
                } else if budgetUnderReview {
                    parts.append(w("results.budgetUnderReview", budgetUnderReviewValues(holderName)))
                    unstatedWritten = true
                } else if unstatedSentence() {
                    unstatedWritten = true
                } else if !unstated.isEmpty, !w.says("results.budgetSpentUnstated"), w.says("results.budgetSpent") {
                    let byTask = unstated.map { x in
                        w("results.budgetPart", ["task": lowerFirst(x.task.title), "amount": VietFormat.money(x.amount), "who": ""])
                    }
                    parts.append(w("results.budgetSpent", ["holder": holderName, "parts": byTask.joined(separator: "; "),
                                                           "used": "", "asOf": asOf]))
                    unstatedWritten = true
                }
            }
            for s in spending {
                guard case .other(let source) = s.source else { continue }
                // Each amount with its source and what it paid for (REVIEW26 #1).
                let key = !w.says("results.budgetOtherSourceStated") || !stated.contains(VietFormat.money(s.amount))
                    ? "results.budgetOtherSource" : "results.budgetOtherSourceStated"
                // A source read only from a one-word note ("Lồng ghép") beside an amount the
                // results state: no claim of where the money came from (REVIEW36 #4); Phụ lục I
                // carries the note as written, the desk asks the holder (budget-over-plan).
                if key == "results.budgetOtherSourceStated", source == w("results.otherFundingSource"), !w.says("results.budgetOtherFundingStated") {
                    continue
                }
                parts.append(w(key, ["holder": holderName, "amount": VietFormat.money(s.amount), "source": source,
                                     "task": lowerFirst(s.task.title)]))
                otherWritten = true
            }
        } else {
            parts.append(w(budgetNoneKey, ["holder": holderName, "asOf": asOf, "year": String(report.plan.year)]))
        }
        // Other units' spending is their own funds, stated with their work (ownFunds), not here.
        if !w.says("results.ownFunds") {
            let spent = report.tasks.compactMap { $0.figures.first { $0.indicator == Consolidator.budgetIndicator } }.flatMap(\.contributions)
                .filter { $0.unitID != b.holder && $0.value != 0 }
            let others = spent.map(\.value).reduce(0, +)
            let units = Set(spent.map(\.unitID)).count
            // Every unit's spending, the groups' results stating some of it too: the budget
            // paragraph is where the money is read (REVIEW13 #4).
            let byTask = moneyByTask(named: true, skipping: stated) { $0.unitID != b.holder }
            if others > 0, units > 0, !byTask.isEmpty {
                parts.append(leadingWord(w(otherWritten ? "results.budgetOthersNext" : unstatedWritten ? "results.budgetOthersToo" : "results.budgetOthers",
                                           ["total": VietFormat.money(others), "units": VietFormat.count(units), "parts": byTask.joined(separator: "; ")])))
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The plan's tasks, each in exactly one bucket: the dated ones by phase, then the
    /// recurring ones by phase (a recurring task under way is `.recurring`).
    public func progressBuckets(of only: [ConsolidatedReport.TaskResult]? = nil) -> [(recurring: Bool, phase: Phase, tasks: [ConsolidatedReport.TaskResult])] {
        var out: [(recurring: Bool, phase: Phase, tasks: [ConsolidatedReport.TaskResult])] = []
        let all = only ?? report.tasks
        for recurring in [false, true] {
            for p in Phase.allCases {
                let ts = all.filter { $0.recurring == recurring && phase($0) == p }
                // Tasks with results whose lead stated no progress: those past their deadline
                // apart (REVIEW33 #6), said as such.
                if p == .leadSilent, !recurring, w.says("labels.progress.lead_silent_past_due") {
                    for part in [ts.filter(pastDue), ts.filter { !pastDue($0) }] where !part.isEmpty { out.append((recurring, p, part)) }
                    continue
                }
                if !ts.isEmpty { out.append((recurring, p, ts)) }
            }
        }
        return out
    }

    /// The label a recurring task its lead has not started is counted under apart in III.1:
    /// its lead notes the plan the work is done under (labels.progress.recurring_noted), or a
    /// partner reports its own part done (labels.progress.recurring_part_done, REVIEW37: a unit
    /// reporting the task is not listed among those nobody started). Nil: plainly not started.
    func notStartedApart(_ t: ConsolidatedReport.TaskResult) -> String? {
        let noted = "labels.progress.recurring_noted", part = "labels.progress.recurring_part_done"
        if leadBasisNote(t) != nil, w.texts[noted] != nil, w.says(noted) { return noted }
        if !partDoneStated(t).isEmpty, w.texts[part] != nil, w.says(part) { return part }
        return nil
    }

    /// A task whose deadline has come by the cut-off (REVIEW48 #2's tasks due).
    func isDue(_ t: ConsolidatedReport.TaskResult) -> Bool {
        t.dueDate.map { $0 <= report.asOf } ?? false
    }

    /// A task with a deadline before the report's date.
    func pastDue(_ t: ConsolidatedReport.TaskResult) -> Bool {
        !t.recurring && t.dueDate.map { $0 < report.asOf } == true
    }

    /// Phases a recurring task is counted in with a phrase of its own (labels.progress.recurring_…).
    static let recurringPhrased: Set<Phase> = [.notStarted, .leadSilent, .notArisen, .noInformation]

    /// REVIEW48 #2: the headline's part on the tasks due by the cut-off, as III.1 words it
    /// (assessment.dueCompleted); nil when the pipeline counts over every dated task or none is due.
    public func dueHeadline() -> String? {
        guard w.says("assessment.dueCompleted") else { return nil }
        let due = report.tasks.filter { !$0.recurring && isDue($0) }
        guard !due.isEmpty else { return nil }
        let done = due.filter { phase($0) == .completed }.count
        return done == 0 ? w("assessment.dueNoneCompleted", ["due": VietFormat.count(due.count)])
            : w("assessment.dueCompleted", ["n": VietFormat.count(done), "due": VietFormat.count(due.count)])
    }

    /// "Kế hoạch có 24 nhiệm vụ, trong đó 10 nhiệm vụ có thời hạn và 14 nhiệm vụ thực hiện
    /// thường xuyên. Đến ngày …, đã hoàn thành 08/10 nhiệm vụ có thời hạn (đạt 80%); 01
    /// nhiệm vụ … (tên); 14/14 nhiệm vụ thường xuyên đang được triển khai.": every task in one
    /// bucket, the buckets adding up to the plan's tasks; the tasks not done named.
    public func progressSentence() -> String {
        if let plain = plainProgressSentence() { return plain }
        let tasks = report.tasks
        let dated = tasks.filter { !$0.recurring }, recurring = tasks.filter(\.recurring)
        var parts: [String] = []
        // The last part of the dated tasks behind: "(chi tiết tại Phụ lục I)" after it.
        var lastBehind: Int?
        // REVIEW48 #2: the headline counts against the tasks due by the cut-off
        // (assessment.dueCompleted), then the dated tasks not yet due with what their leads
        // report (assessment.notYetDue) — never a percentage over tasks not yet due.
        let byDue = w.says("assessment.dueCompleted")
        let due = dated.filter(isDue), ahead = dated.filter { !isDue($0) }
        var buckets = progressBuckets()
        var aheadFrom: Int?
        if byDue {
            let dueBuckets = due.isEmpty ? [] : progressBuckets(of: due)
            let aheadBuckets = ahead.isEmpty ? [] : progressBuckets(of: ahead)
            buckets = dueBuckets + aheadBuckets + progressBuckets(of: recurring)
            if !dueBuckets.contains(where: { $0.phase == .completed }), let none = dueHeadline() { parts.append(none) }
            if !aheadBuckets.isEmpty { aheadFrom = dueBuckets.count }
        }
        func appendPart(_ b: (recurring: Bool, phase: Phase, tasks: [ConsolidatedReport.TaskResult]), _ n: String) {
            switch (b.recurring, b.phase) {
            case (false, .completed) where byDue && b.tasks.allSatisfy(isDue):
                parts.append(w("assessment.dueCompleted", ["n": n, "due": VietFormat.count(due.count)]))
            case (false, .completedToDate) where byDue && w.says("labels.progress.completed_to_date_ahead"):
                parts.append(w("labels.progress.completed_to_date_ahead", ["n": n]))
            case (false, .completed) where byDue:
                parts.append(w("labels.progress.completed_ahead", ["n": n]))
            case (false, .completed):
                parts.append(w("assessment.completedDated", ["n": n, "dated": VietFormat.count(dated.count),
                                                             "percent": VietFormat.percent(b.tasks.count, of: max(1, dated.count))]))
            case (true, .recurring):
                // Those only being prepared are a shortcoming, stated in III.2, not a result
                // (REVIEW10 #10).
                // Those whose lead reports this year's part done, counted as Phụ lục I names them
                // (REVIEW32 #16).
                let done = b.tasks.filter(yearDone).count
                let completed = done == 0 ? "" : w("assessment.recurringYearDone", ["n": VietFormat.count(done), "year": String(report.plan.year)])
                parts.append(w("assessment.recurringActive", ["n": n, "total": VietFormat.count(recurring.count), "preparing": "", "completed": completed]))
            case (true, .notStarted) where b.tasks.contains(where: { notStartedApart($0) != nil }):
                // Its lead notes the work is done under another plan (REVIEW36 #2), or a partner
                // reports its part of it done (REVIEW37: 2.i, the partner's "Đã hoàn thành"):
                // counted apart, said as it stands, never plainly "chưa triển khai".
                let rest = b.tasks.filter { notStartedApart($0) == nil }
                if !rest.isEmpty {
                    parts.append(w("assessment.tallyNamed", ["part": w("labels.progress.recurring_not_started", ["n": VietFormat.count(rest.count)]),
                                                             "tasks": tallyNames(rest)]))
                }
                for key in ["labels.progress.recurring_part_done", "labels.progress.recurring_noted"] {
                    let these = b.tasks.filter { notStartedApart($0) == key }
                    guard !these.isEmpty else { continue }
                    parts.append(w("assessment.tallyNamed", ["part": w(key, ["n": VietFormat.count(these.count)]), "tasks": tallyNames(these)]))
                }
                lastBehind = parts.count - 1
            default:
                // A recurring task its lead reports not carried out, not arising or gave no
                // status for: said so, as a recurring task (REVIEW17 #3), not counted "đang
                // được triển khai".
                let notDue = b.phase == .noInformation && !b.recurring && b.tasks.allSatisfy(notDueYet) && w.says("labels.progress.no_information_not_due")
                let scheduled = b.phase == .notDue && w.says("labels.progress.awaiting_request_not_due")
                let lateSilent = b.phase == .leadSilent && !b.recurring && b.tasks.allSatisfy(self.pastDue) && w.says("labels.progress.lead_silent_past_due")
                // REVIEW47 #4: overdue tasks whose lead reported results but no status: said with
                // what is known (labels.progress.overdue_lead_silent).
                let overdueSilent = b.phase == .overdue && b.tasks.allSatisfy { $0.basis == .leadSilent } && w.says("labels.progress.overdue_lead_silent")
                let key = overdueSilent ? "labels.progress.overdue_lead_silent" : b.recurring && Self.recurringPhrased.contains(b.phase) ? ownKey("labels.progress.recurring_\(b.phase.rawValue)", b.tasks)
                    : notDue ? "labels.progress.no_information_not_due" : scheduled ? "labels.progress.awaiting_request_not_due"
                    : b.phase == .notDue ? "labels.progress.awaiting_request" : lateSilent ? ownKey("labels.progress.lead_silent_past_due", b.tasks)
                    : ownKey("labels.progress.\(b.phase.rawValue)", b.tasks)
                // The tasks not started and those overdue counted and named, each with its
                // deadline (REVIEW19 #2): the count the JSON's stateCounts gives, the names
                // Phụ lục I gives them.
                // REVIEW51 #6: the Department's own lead named ({lead}) where the wording speaks
                // of the Sở's own matter (labels.progress.*_own).
                var leads: [String] = []
                for t in b.tasks where !leads.contains(leadName(t)) { leads.append(leadName(t)) }
                var part = w(key, ["n": n, "total": n, "lead": leads.joined(separator: ", ")])
                // REVIEW51 #5: a lead's "không phát sinh" its partner contradicts — the partner
                // reports the task done or under way — is not said "không phát sinh": the
                // partner's work, the lead asked to confirm (labels.progress.recurring_not_arisen_worked;
                // the desk asks the lead, lead-not-arisen; Phụ lục I keeps both accounts).
                let contradicted = b.phase == .notArisen && b.recurring && b.tasks.allSatisfy { t in
                    t.leadStatus?.status == .notApplicable
                        && t.unitStatuses.contains { [.completed, .inProgress].contains($0.status) && !isLeadUnit($0.unitID, of: t) }
                }
                if contradicted, w.says("labels.progress.recurring_not_arisen_worked") {
                    var partners: [String] = []
                    for t in b.tasks {
                        for s in t.unitStatuses where [.completed, .inProgress].contains(s.status) && !isLeadUnit(s.unitID, of: t) && !partners.contains(shortName(s.unitName)) {
                            partners.append(shortName(s.unitName))
                        }
                    }
                    part = w("labels.progress.recurring_not_arisen_worked", ["n": n, "lead": leads.joined(separator: ", "), "partners": VietFormat.list(partners)])
                }
                // A task with results whose lead stated no progress, and one with nothing
                // reported, named alike (REVIEW20 #3.1).
                let named: Set<Phase> = [.notStarted, .overdue, .confirming, .leadSilent, .noInformation, .noResult, .awaitingRequest, .notDue, .notArisen]
                // REVIEW49 #7: a recurring task told by its lead's word apart from those under way
                // (no status given, "không phát sinh") is named as the dated ones are.
                let namedRecurring = b.recurring && [.leadSilent, .notArisen].contains(b.phase)
                parts.append([.notStarted, .overdue].contains(b.phase) || ((!b.recurring || namedRecurring) && named.contains(b.phase) && b.tasks.count <= definition.rules.tallyNamedMax) ? w("assessment.tallyNamed", ["part": part, "tasks": tallyNames(b.tasks)]) : part)
                if ![.inProgress, .completedToDate].contains(b.phase) { lastBehind = parts.count - 1 }
            }
        }
        for (i, b) in buckets.enumerated() {
            let mark = parts.count
            appendPart(b, VietFormat.count(b.tasks.count))
            // The first part of the tasks not yet due opens with how many there are.
            if i == aheadFrom, parts.count > mark {
                parts[mark] = w("assessment.notYetDue", ["n": VietFormat.count(ahead.count), "first": parts[mark]])
            }
        }
        if let i = lastBehind { parts[i] += w("assessment.seeAppendix") }
        if !byDue, !dated.contains(where: { phase($0) == .completed }), !dated.isEmpty {
            parts.insert(w("assessment.completedDated", ["n": VietFormat.count(0), "dated": VietFormat.count(dated.count), "percent": "0%"]), at: 0)
        }
        var rest = ""
        // Overdue tasks are a part of their own above; "no task overdue" only when every task
        // whose date has come (the cut-off day included: "đã đến hạn nhưng chưa hoàn thành"
        // and "không có nhiệm vụ quá hạn" in one sentence read as evasive, REVIEW16 3.6) is
        // shown completed.
        let pastDue = dated.filter { t in t.dueDate.map { $0 <= report.asOf } ?? false }
        if !tasks.contains(where: { $0.overdue != nil }), pastDue.allSatisfy({ phase($0) == .completed }) {
            rest = w("assessment.noOverdue")
        }
        // REVIEW52 #8: the headline the form asks ("18/24 nhiệm vụ đã hoàn thành (đạt 75%)"):
        // the tasks whose state is completed, as Phụ lục I's "Tiến độ" says them, over all.
        let done = tasks.filter { $0.state == .completed }.count
        return w("assessment.planTasks", ["total": VietFormat.count(tasks.count), "dated": VietFormat.count(dated.count),
                                          "recurring": VietFormat.count(recurring.count), "done": VietFormat.count(done),
                                          "percent": VietFormat.percent(done, of: tasks.count)])
            + " " + w("assessment.progressDated", ["asOf": VietFormat.date(report.asOf), "parts": parts.joined(separator: "; "), "rest": rest])
    }


    /// How III.1's plain tally (assessment.progressPlain) counts a task: by Phụ lục I's state
    /// and the consolidation's phase, each task in exactly one kind.
    public enum PlainKind: String, Sendable, CaseIterable { case done, inProgress, notStarted, notArisen, unrated, notDue, overdue, unsettled }

    /// The name of the state Phụ lục I's "Tiến độ" cell says of the task: its wording key's
    /// last part ("lead_silent_past_due", "overdue"), the Department's own variant ("_own")
    /// named as the other.
    public func stateName(_ t: ConsolidatedReport.TaskResult) -> String {
        var name = String(taskStateKey(t).key.split(separator: ".").last ?? "")
        if name.hasSuffix("_own") { name.removeLast(4) }
        return name
    }

    /// REVIEW53 #7: the kind of a task in III.1's plain tally. Completed as Phụ lục I's "Tiến
    /// độ" says it; under way (a recurring task carried out, a dated one before its deadline);
    /// not started as its lead says it; not arisen as its lead says it, nobody contradicting it;
    /// overdue; else its progress is still being settled (said briefly after the count).
    public func plainKind(_ t: ConsolidatedReport.TaskResult) -> PlainKind {
        if t.state == .completed { return .done }
        // REVIEW54 #1 (rules.plainStates, over REVIEW53 #4's count): each task counted as
        // Phụ lục I's "Tiến độ" says it, from the same wording key — the body and the appendix
        // cannot disagree. A task its lead left unrated is counted so ("đơn vị chủ trì chưa
        // đánh giá tiến độ": what its lead did not write, never the Sở's failure), named with
        // its deadline, never counted under way.
        if !definition.rules.plainStates.isEmpty {
            let name = stateName(t)
            return PlainKind.allCases.first { definition.rules.plainStates[$0.rawValue]?.contains(name) == true } ?? .unsettled
        }
        switch phase(t) {
        case .recurring, .inProgress: return .inProgress
        case .notStarted: return .notStarted
        case .overdue: return .overdue
        case .awaitingRequest: return .notArisen
        case .notDue where w.says("labels.progress.awaiting_request_not_due"): return .notArisen
        case .notArisen where !leadContradicted(t): return .notArisen
        default:
            // REVIEW53 #4 (rules.ownUnsettled "in_progress"): the Sở does not tell UBND TP it
            // has not assessed its own unit's task: one its own unit leads, with results, is
            // counted under way; Phụ lục I and the desk keep the doubt.
            if definition.rules.ownUnsettledInProgress, ownLead(t), worked(t) { return .inProgress }
            return .unsettled
        }
    }

    /// A lead's "không phát sinh" on a recurring task while a partner reports the task done or
    /// under way (REVIEW51 #5).
    func leadContradicted(_ t: ConsolidatedReport.TaskResult) -> Bool {
        t.leadStatus?.status == .notApplicable
            && t.unitStatuses.contains { [.completed, .inProgress].contains($0.status) && !isLeadUnit($0.unitID, of: t) }
    }

    /// REVIEW53 #7: III.1's progress in the spec's plain form, the headline first — "Đến thời
    /// điểm báo cáo, 12/24 nhiệm vụ đã hoàn thành (đạt 50%), 06 nhiệm vụ đang thực hiện, 02
    /// nhiệm vụ chưa thực hiện (…), 01 nhiệm vụ không phát sinh (…); không có nhiệm vụ quá
    /// hạn." — counted by `plainKind`, the parts adding up to the plan's tasks; the tasks whose
    /// progress is still being settled said briefly after (assessment.plainUnsettled), not
    /// between the counts. Nil when the pipeline does not word it (the tally by kind of task).
    public func plainProgressSentence() -> String? {
        let key = "assessment.progressPlain"
        guard w.texts[key] != nil, w.says(key) else { return nil }
        let tasks = report.tasks
        func of(_ k: PlainKind) -> [ConsolidatedReport.TaskResult] { tasks.filter { plainKind($0) == k } }
        let done = of(.done).count
        var parts: [String] = []
        for (k, named) in [(PlainKind.inProgress, false), (.notStarted, true), (.notArisen, true), (.notDue, true), (.unrated, true), (.overdue, true)] {
            let these = of(k)
            guard !these.isEmpty, w.texts["assessment.plain.\(k.rawValue)"] != nil else { continue }
            let part = w("assessment.plain.\(k.rawValue)", ["n": VietFormat.count(these.count)])
            parts.append(named ? w("assessment.tallyNamed", ["part": part, "tasks": tallyNames(these)]) : part)
        }
        var tail = ""
        let unsettled = of(.unsettled)
        if !unsettled.isEmpty {
            tail = w("assessment.plain.unsettled", ["n": VietFormat.count(unsettled.count), "tasks": tallyNames(unsettled)])
        }
        // "không có nhiệm vụ quá hạn" only when every dated task whose date has come is
        // completed (the rule of the tally by kind).
        let pastDue = tasks.filter { t in !t.recurring && (t.dueDate.map { $0 <= report.asOf } ?? false) }
        let rest = !tasks.contains(where: { $0.overdue != nil }) && of(.overdue).isEmpty && pastDue.allSatisfy { $0.state == .completed }
            ? w("assessment.noOverdue") : ""
        let behind = !(of(.notStarted).isEmpty && of(.notArisen).isEmpty && of(.overdue).isEmpty && of(.unrated).isEmpty && unsettled.isEmpty)
        // REVIEW54 #10: how many of those completed are recurring or not yet due tasks whose
        // work to date is done (Phụ lục I's "Hoàn thành nội dung đến thời điểm báo cáo"), so
        // that the percentage is not read as that many tasks closed. Empty when none.
        var toDate = ""
        if let names = definition.rules.plainStates["doneToDate"], w.texts["assessment.plain.doneToDate"] != nil, w.says("assessment.plain.doneToDate") {
            let n = of(.done).filter { names.contains(stateName($0)) }.count
            if n > 0 { toDate = w("assessment.plain.doneToDate", ["n": VietFormat.count(n)]) }
        }
        return w(key, ["done": VietFormat.count(done), "total": VietFormat.count(tasks.count), "percent": VietFormat.percent(done, of: max(1, tasks.count)), "toDate": toDate,
                       "parts": parts.map { ", " + $0 }.joined(), "rest": rest + tail, "appendix": behind ? w("assessment.seeAppendix") : ""])
    }

    /// "triển khai Chương trình 1322, …, thời hạn Quý IV/2026; kiểm tra …": the tasks of a
    /// part of the tally by the plan's short titles (III.2 names them in full), each with its
    /// deadline when it has one.
    func tallyNames(_ tasks: [ConsolidatedReport.TaskResult]) -> String {
        tasks.map { t in
            let name = lowerFirst(expanded(t.title))
            var named = t.dueDate.map { w("assessment.tallyTask", ["task": name, "due": deadlineText($0)]) } ?? name
            // The lead's note naming the plan the work is done under, as written (REVIEW36 #2).
            if let note = leadBasisNote(t).flatMap(bodyCitable) { named += w("assessment.tallyNoted", ["note": lowerFirst(note)]) }
            // A task its lead has not started, with the time it says it will (REVIEW34 #1):
            // the same schedule III.2 states.
            guard phase(t) == .notStarted, let when = leadPlannedFor(t), w.says("assessment.tallyPlanned") else { return named }
            return named + w("assessment.tallyPlanned", ["when": when])
        }.joined(separator: "; ")
    }

    /// The time a lead that has not started a task says it will ("Chi cục đã xây dựng dự thảo
    /// kế hoạch, dự kiến tổ chức thực hiện trong tháng 12/2026." → "tháng 12/2026"): in its own
    /// sentence on the task, after one of rules.plannedWords, the first rules.plannedTime.
    /// Nil when it names none; never a time of another unit (REVIEW34 #1).
    public func leadPlannedFor(_ t: ConsolidatedReport.TaskResult) -> String? {
        let rules = definition.rules
        guard !rules.plannedWords.isEmpty, !rules.plannedTime.isEmpty,
              let re = try? NSRegularExpression(pattern: rules.plannedTime, options: [.caseInsensitive]) else { return nil }
        for s in t.statements where s.isLead && isLeadUnit(s.unit.unitID, of: t) {
            let text = s.text
            let folded = VietText.fold(text)
            // Folding keeps the letters' count (NFC, one letter each), so an offset in the
            // folded text is the same offset in the text.
            guard folded.count == text.count else { continue }
            for word in rules.plannedWords {
                guard let r = folded.range(of: word) else { continue }
                let offset = folded.distance(from: folded.startIndex, to: r.upperBound)
                let rest = String(text[text.index(text.startIndex, offsetBy: offset)...])
                let ns = rest as NSString
                if let m = re.firstMatch(in: rest, range: NSRange(location: 0, length: ns.length)) {
                    // As the lead wrote it ("tháng 12/2026", "Quý IV/2026").
                    return ns.substring(with: m.range)
                }
            }
        }
        return nil
    }

    /// The day by which the lead's own time for a task it has not started ends ("tháng
    /// 12/2026" → 31/12/2026, "Quý IV/2026" → 31/12/2026): the date the Department commits to
    /// (REVIEW42 #4), taken from what the lead wrote, never invented. Nil when it names none.
    public func leadPlannedBy(_ t: ConsolidatedReport.TaskResult) -> PlanDate? {
        guard let when = leadPlannedFor(t) else { return nil }
        return VietnameseRenderer.periodEnd(when)
    }

    /// The last day of a month or quarter as written ("tháng 12/2026", "12/2026", "Quý IV/2026",
    /// "quý 4/2026"); nil for anything else.
    public static func periodEnd(_ when: String) -> PlanDate? {
        let f = VietText.fold(when)
        let ns = f as NSString
        guard let re = try? NSRegularExpression(pattern: "(?:quy\\s*([ivx]+|[1-4])|(\\d{1,2}))\\s*/\\s*(\\d{4})", options: [.caseInsensitive]),
              let m = re.firstMatch(in: f, range: NSRange(location: 0, length: ns.length)),
              let year = Int(ns.substring(with: m.range(at: 3))) else { return nil }
        if m.range(at: 2).location != NSNotFound, let month = Int(ns.substring(with: m.range(at: 2))), (1...12).contains(month) {
            return PlanDate.endOfMonth(year: year, month: month)
        }
        if m.range(at: 1).location != NSNotFound {
            let q = ns.substring(with: m.range(at: 1)).lowercased()
            let quarter = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4][q]
            if let quarter { return PlanDate.endOfMonth(year: year, month: quarter * 3) }
        }
        return nil
    }

    /// The Department's own units' tasks they lead and have not started, with the day the
    /// lead's own time for them ends (REVIEW42 #4): the main shortcoming of III.2 b) and a
    /// commitment of IV. Empty when the pipeline words neither.
    var ownNotStartedCommitments: [(lead: String, by: PlanDate, tasks: [ConsolidatedReport.TaskResult])] {
        guard w.says("assessment.subjectiveOwnNotStarted") || w.says("outlook.ownNotStarted") else { return [] }
        var out: [(lead: String, by: PlanDate, tasks: [ConsolidatedReport.TaskResult])] = []
        for t in report.tasks where leadIsOwn(t) && phase(t) == .notStarted && (t.recurring || pastDue(t)) {
            guard let by = leadPlannedBy(t), by >= report.asOf else { continue }
            let lead = leadName(t)
            if let i = out.firstIndex(where: { $0.lead == lead }) {
                out[i].tasks.append(t)
                out[i].by = max(out[i].by, by)
            } else {
                out.append((lead, by, [t]))
            }
        }
        return out
    }

    /// "nhiệm vụ …" or "các nhiệm vụ …; …".
    func tasksNamed(_ tasks: [ConsolidatedReport.TaskResult]) -> String {
        tasks.count == 1 ? w("task.one", ["title": lowerFirst(taskName(tasks[0]))]) : w("task.many", ["titles": taskNames(tasks)])
    }

    /// The lead of a task it has not started, telling under another task of the same group
    /// that it took part in work of the kind (rules.participation keywords in its sentence
    /// there; a count the not-started task's own units report too: "tham gia 25 cuộc kiểm
    /// tra" under 5.c beside 5.a's inspections): "25 cuộc kiểm tra" with that task, so the
    /// task not started is not read as no work at all (REVIEW34 #1). Nil when there is none.
    public func leadWorkElsewhere(_ t: ConsolidatedReport.TaskResult) -> (work: String, task: ConsolidatedReport.TaskResult)? {
        let kinds = Set(t.figures.filter { f in !f.isMoney && f.contributions.contains { $0.value != 0 } }.map(\.indicator))
        guard !kinds.isEmpty else { return nil }
        let words = definition.rules.participationKeywords
        for o in report.tasks where o.group == t.group && o.code != t.code {
            let leads = Set(t.leadUnits)
            guard let said = o.statements.first(where: { s in
                leads.contains(s.unit.unitID) && words.contains { VietText.fold(s.text).contains(VietText.fold($0)) }
            }) else { continue }
            for f in o.figures where kinds.contains(f.indicator) {
                guard let c = f.contributions.first(where: { $0.unitID == said.unit.unitID && $0.value != 0 }) else { continue }
                let ind = indicator(f.indicator, in: o)
                guard let object = ind.objects.first else { continue }
                return (VietFormat.count(c.value) + " " + object, o)
            }
        }
        return nil
    }

    /// A task with a deadline still ahead of the report's date (or on it).
    func notDueYet(_ t: ConsolidatedReport.TaskResult) -> Bool {
        t.dueDate.map { $0 >= report.asOf } ?? false
    }


    var reportingIncomplete: Bool { report.completeness.missing + report.completeness.unreadable > 0 }

    /// Reporting groups outside the Department (its own units' reports are the drafter's to
    /// collect, not a shortcoming reported upward).
    var outsideGroups: [ConsolidatedReport.GroupCompleteness] {
        // The coverage stated upward (opening, III, Phụ lục II) is of the units outside the
        // Department; its own units' reports are collected before signing (review page).
        report.completeness.byGroup.filter { !definition.rules.ownGroups.contains($0.group) }
    }

    /// The expected reporters outside the Department (Phụ lục II and the body's counts).
    var outsideReporters: [ConsolidatedReport.ReporterRow] {
        report.reporters.filter { r in !(r.group.map { definition.rules.ownGroups.contains($0) } ?? false) }
    }

    var reportingIncompleteOutside: Bool { outsideGroups.contains { $0.missing + $0.unreadable > 0 } }

    /// The reporting the body states: the units outside the Department, the headline's
    /// `outside` scope (REVIEW30 #5 over REVIEW26 #5: the Sở's own divisions are part of the
    /// author, their reporting to the Chi cục is internal).
    var bodyReporting: ConsolidatedReport.ReportingCount { report.headline.reporting }

    func reportingSentence() -> String {
        let groups = outsideGroups
        // The headline's counts (REVIEW23 #11), outside the Department (REVIEW30 #5): the JSON states the same.
        let h = bodyReporting
        let received = h.received, expected = h.expected, late = h.late, unreadable = h.unreadable, missing = h.missing
        // Replacements or supplements sent after the deadline by units on time with their first
        // report: counted and said (REVIEW24 F13), as Phụ lục II marks them.
        // REVIEW40 #8: every late replacement or supplement counted and named, the Department's
        // own units' too (Phụ lục II marks them all alike).
        // REVIEW51 #10: when the Sở's own units' reporting is said apart (rules.reportingOwnUnits
        // "named"), their late replacements are said there, never among the bodies outside.
        let ownApart = definition.rules.reportingOwnUnits == "named" && w.says("assessment.ownReporting")
        let laterAfter = h.laterAfterDeadline + (ownApart ? 0 : report.headline.ownReporting.laterAfterDeadline)
        if missing + unreadable == 0 && late == 0 && laterAfter == 0 {
            return w("assessment.reportingComplete", ["received": VietFormat.count(received), "expected": VietFormat.count(expected)]) + "."
                + ownReportingText()
        }
        let parts = groups.filter { $0.received > 0 }.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \(groupLabel($0.group) ?? $0.group)" }
        var s = w("assessment.reporting", ["groups": VietFormat.list(parts), "received": VietFormat.count(received), "deadlines": deadlinesText,
                                           "expected": VietFormat.count(expected), "percent": VietFormat.percent(received, of: expected)])
        if late > 0 { s += w("assessment.late", ["n": VietFormat.count(late)]) }
        if laterAfter > 0 {
            s += w("assessment.laterAfterDeadline", ["n": VietFormat.count(laterAfter)])
            // Named, every one, as Phụ lục II marks them (REVIEW25 #5, REVIEW26 #5).
            let names = (outsideReporters + (ownApart ? [] : report.reporters.filter { r in r.group.map { definition.rules.ownGroups.contains($0) } == true })).filter { r in
                r.state == .onTime && r.latestDate.flatMap { d in r.deadline.map { d > $0 } } == true
            }.map { shortName($0.unitName) }
            if !names.isEmpty, names.count <= definition.rules.missingNamedMax { s += w("assessment.unitsNamed", ["names": VietFormat.list(names)]) }
        }
        // Unreadable files and missing reports said together when the pipeline words them so
        // (assessment.missingOrUnreadable: "chưa gửi báo cáo hoặc gửi tệp bị lỗi, Sở đã đề nghị
        // gửi lại", REVIEW18 #10), the same as Phụ lục II's rows.
        let together = w.says("assessment.missingOrUnreadable") && unreadable > 0
        if unreadable > 0, !together { s += w("assessment.unreadable", ["n": VietFormat.count(unreadable)]) }
        let sent = outsideReporters.filter { [.onTime, .late].contains($0.state) }
        let noNumber = sent.filter { $0.documentNumber == nil }.count, noDate = sent.filter { $0.documentDate == nil }.count
        let undocumented = [(noNumber, "assessment.noNumber"), (noDate, "assessment.noDate")].filter { $0.0 > 0 }.map { w($0.1, ["n": VietFormat.count($0.0)]) }
        if !undocumented.isEmpty { s += w("assessment.undocumented", ["items": VietFormat.list(undocumented)]) }
        // The Department's own units are counted, never named here: their reports are collected
        // before signing (the review page lists them), not a complaint the Sở makes upward.
        if together {
            s += w("assessment.missingOrUnreadable", ["n": VietFormat.count(missing + unreadable)])
        } else {
            s += missing > 0 ? w("assessment.missing", ["n": VietFormat.count(missing)]) : "."
        }
        // The units whose files could not be opened, named when few and the pipeline words it
        // (REVIEW25 #5); empty wording: counted only, Phụ lục II names them (REVIEW27 #9:
        // file handling is not for the bodies above).
        let unreadableNames = report.reporters.filter { $0.state == .unreadable }.map { shortName($0.unitName) }
        if !unreadableNames.isEmpty, unreadableNames.count <= definition.rules.missingNamedMax,
           w.says("assessment.unreadableNamed") {
            s += " " + w("assessment.unreadableNamed", ["names": VietFormat.list(unreadableNames)])
        }
        // A kind of unit few of which have not reported: named (rules.missingNamedMax), as the
        // spec's "Các đơn vị chưa gửi báo cáo: …" (REVIEW12 #10); many: Phụ lục II lists them.
        // Not the Department's own units: counted (REVIEW26 #5), never named upward — their
        // reports are collected before signing, the review page lists them (REVIEW20 #3.5,
        // REVIEW21 #5).
        for g in groups where g.missing > 0 && g.missing <= definition.rules.missingNamedMax && !definition.rules.ownGroups.contains(g.group) {
            let names = report.reporters.filter { $0.state == .missing && $0.group == g.group }.map { shortName($0.unitName) }
            guard !names.isEmpty, let kind = groupLabel(g.group) else { continue }
            s += " " + w("assessment.missingNamed", ["kind": kind, "names": VietFormat.list(names)])
        }
        // The Department's own units that lead or partner a task and sent nothing: named, the
        // tasks they share having no account of their part (REVIEW14 #7).
        let ownSilent = report.reporters.filter { r in
            r.state == .missing && r.group.map { definition.rules.ownGroups.contains($0) } == true
                && report.tasks.contains { $0.partnerUnits.contains(r.unitID) || $0.leadUnits.contains(r.unitID) }
        }
        // Empty wording: the Sở's own units' reporting is settled inside it (REVIEW20 #3.5).
        if let g = ownSilent.first?.group, let kind = groupLabel(g), w.says("assessment.ownMissingPartners") {
            s += " " + w("assessment.ownMissingPartners", ["kind": kind, "names": VietFormat.list(ownSilent.map { shortName($0.unitName) })])
        }
        return s + ownReportingText()
    }

    /// The Department's own units' reporting, when rules.reportingOwnUnits is "named" (REVIEW36
    /// #6): how many sent their report, and by name those that did not, sent it after the
    /// deadline, or sent a replacement or supplement after it — every unit of the group, as
    /// Phụ lục II lists them. Empty when they all reported on time or the rule keeps it inside.
    func ownReportingText() -> String {
        guard definition.rules.reportingOwnUnits == "named", w.says("assessment.ownReporting") else { return "" }
        var out = ""
        for g in report.completeness.byGroup where definition.rules.ownGroups.contains(g.group) && g.expected > 0 {
            let members = report.reporters.filter { $0.group == g.group }
            let names = { (rows: [ConsolidatedReport.ReporterRow]) in VietFormat.list(rows.map { shortName($0.unitName) }) }
            let absent = members.filter { $0.state == .missing || $0.state == .unreadable }
            let late = members.filter { $0.state == .late }
            let later = members.filter { r in r.state == .onTime && r.latestDate.flatMap { d in r.deadline.map { d > $0 } } == true }
            guard !absent.isEmpty || !late.isEmpty || !later.isEmpty else { continue }
            var parts: [String] = []
            if !absent.isEmpty { parts.append(w("assessment.ownMissing", ["names": names(absent)])) }
            if !late.isEmpty { parts.append(w("assessment.ownLate", ["names": names(late)])) }
            if !later.isEmpty { parts.append(w("assessment.ownLaterAfterDeadline", ["names": names(later)])) }
            let rest = parts.joined(separator: ";")
            out += " " + w("assessment.ownReporting", ["kind": groupLabel(g.group) ?? g.group, "received": VietFormat.count(g.received),
                                                       "expected": VietFormat.count(g.expected), "rest": rest])
        }
        return out
    }

    /// Totals over the tasks of `groups` (every group when empty), money spent aside.
    func planTotals(groups: [Int]) -> [String: Double] {
        // Each piece of work once: the groups' city-wide counts, not the tasks' raw sums.
        // The headline's totals (REVIEW23 #11): the figures the review page and the JSON give,
        // over the groups the sentence is about.
        var out: [String: Double] = [:]
        for t in report.headline.totals {
            out[t.indicator] = groups.isEmpty ? t.value : groups.map { t.byGroup[String($0)] ?? 0 }.reduce(0, +)
        }
        return out
    }

    /// The plan's results in a few sentences (wording.assessment.highlights): each stated
    /// when every figure it names was reported.
    func highlights() -> [String] {
        return w.highlights.compactMap { item in
            let h = item.text
            var totals = planTotals(groups: item.groups)
            for (id, v) in withheldOwnDoubted(groups: item.groups) { totals[id, default: 0] -= v }
            var values: [String: String] = [:]
            for id in ReportWording.placeholders(h) {
                guard let v = totals[id], v > 0 else { return nil }
                values[id] = IndicatorID(id).isMoney ? VietFormat.money(v) : VietFormat.count(v)
            }
            let ids = ReportWording.placeholders(h)
            // REVIEW40 #10: every total says how many units it is counted from and, the same way
            // in every total, the consolidating unit's own share counted in it and its figures
            // left out (assessment.highlightCoverage).
            // A total about one group repeats the figures that group's city-wide sentence in II
            // states with its units ("Có 34 cơ quan, đơn vị, địa phương đã báo cáo tổ chức 138
            // cuộc kiểm tra …"): its units not said again (rules.highlightUnitsOnce).
            if definition.rules.highlightUnitsOnce, item.groups.count == 1 { return ReportWording.fill(h, values) }
            if w.says("assessment.highlightCoverage"), let first = ids.first,
               let units = report.headline.totals.first(where: { $0.indicator == first })?.units, units > 0 {
                var rest = ""
                if let share = holderShare(of: ids, groups: item.groups) { rest += share }
                if let overlap = jointOverlap(of: ids, groups: item.groups) { rest += "; " + overlap }
                let items = leftOutItems(of: ids, groups: item.groups)
                if !items.isEmpty { rest += "; " + items.joined(separator: "; ") }
                // REVIEW51 #11: each total's count of units is the count behind that figure.
                let counts = ids.map { id in (id, report.headline.totals.first { $0.indicator == id }?.units ?? units) }
                if let note = unitsOfFigures(counts, main: units, key: "assessment.highlightUnitsOf") { rest += "; " + note }
                return ReportWording.fill(h, values) + w("assessment.highlightCoverage", ["units": VietFormat.count(units), "rest": rest])
            }
            return ReportWording.fill(h, values) + leftOut(of: ids, groups: item.groups)
        }
    }

    /// REVIEW51 #11: the figures of a sum whose count of reporting units differs from the one
    /// the sentence states (`main`): "số liệu phát hiện cơ sở vi phạm, xử phạt vi phạm hành
    /// chính theo báo cáo của 20 cơ quan, đơn vị, địa phương", the indicators sharing a count
    /// named together (each by its clause without the number). Nil when every figure has the
    /// sentence's count, or the pipeline does not word it (`key` empty).
    func unitsOfFigures(_ counts: [(id: String, units: Int)], main: Int, key: String) -> String? {
        guard w.says(key) else { return nil }
        var order: [Int] = []
        var whats: [Int: [String]] = [:]
        for (id, n) in counts where n != main && n > 0 {
            let clause = indicator(id).clause.replacingOccurrences(of: "{n}", with: "")
            let what = VietText.collapseWhitespace(clause).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            guard !what.isEmpty else { continue }
            if whats[n] == nil { order.append(n) }
            whats[n, default: []].append(what)
        }
        guard !order.isEmpty else { return nil }
        return order.map { n in w(key, ["what": VietFormat.list(whats[n] ?? []), "units": VietFormat.count(n)]) }.joined(separator: "; ")
    }

    /// REVIEW49 #8: the estimates ("ước thực hiện") the highlights' totals leave out, said once
    /// after them (assessment.coverageEstimates): the units that gave them ("04 phường, xã, đặc
    /// khu") and their sums on the highlights' indicators, each over the highlight's groups, in
    /// the highlights' order ("07 lớp, 233 lượt người; 14 cuộc, 41 cơ sở, 147.000.000 đồng").
    /// Nil when none, or when the pipeline does not word it.
    func estimatesLeftOut() -> (who: String, values: String)? {
        guard w.says("assessment.coverageEstimates") || w.says("assessment.estimatesLeftOut") else { return nil }
        var units: [ConsolidatedReport.UnitRef] = []
        var parts: [String] = []
        for item in w.highlights {
            let ids = ReportWording.placeholders(item.text)
            var sums: [String: Double] = [:]
            for t in report.tasks where item.groups.isEmpty || item.groups.contains(t.group) {
                for n in t.notCounted where n.reason == .estimate && ids.contains(n.indicator) && n.value != 0 {
                    sums[n.indicator, default: 0] += n.value
                    if !units.contains(where: { $0.unitID == n.unitID }) {
                        units.append(ConsolidatedReport.UnitRef(unitID: n.unitID, unitName: n.unitName, file: n.file, source: nil))
                    }
                }
            }
            let values = ids.compactMap { id -> String? in
                guard let v = sums[id], v > 0 else { return nil }
                return amountText(id, v)
            }
            if !values.isEmpty { parts.append(values.joined(separator: ", ")) }
        }
        guard !units.isEmpty, !parts.isEmpty else { return nil }
        // REVIEW50 #5: every unit whose estimates the report leaves out is counted, not only
        // those with estimates on the highlights' indicators (a ward's estimated news items,
        // which no highlight sums, had left it out of "04 phường"); the estimates of a unit
        // counted so are summed after the highlights', in the plan's order of tasks (a unit
        // already said by the highlights' sums adds none: no figure without its highlight).
        let highlighted = Set(w.highlights.flatMap { ReportWording.placeholders($0.text) })
        let said = Set(units.map(\.unitID))
        var order: [String] = []
        var rest: [String: Double] = [:]
        for t in report.tasks {
            for n in t.notCounted where n.reason == .estimate && n.value != 0 && !highlighted.contains(n.indicator) && !said.contains(n.unitID) {
                guard w.indicators[n.indicator] != nil else { continue }
                if rest[n.indicator] == nil { order.append(n.indicator) }
                rest[n.indicator, default: 0] += n.value
                if !units.contains(where: { $0.unitID == n.unitID }) {
                    units.append(ConsolidatedReport.UnitRef(unitID: n.unitID, unitName: n.unitName, file: n.file, source: nil))
                }
            }
        }
        let others = order.map { amountText($0, rest[$0]!) }
        if !others.isEmpty { parts.append(others.joined(separator: ", ")) }
        return (who(units), parts.joined(separator: "; "))
    }

    /// "; trong đó Chi cục 42 lớp tập huấn, hội nghị": the consolidating unit's (the plan's
    /// budget holder's) own figures a highlight's total counts, over the groups it is about —
    /// its contributions less those left out of the totals (REVIEW40 #10). Nil when none.
    func holderShare(of ids: [String], groups: [Int]) -> String? {
        guard let holder = report.budget.holder, w.says("assessment.highlightShare") else { return nil }
        var values: [String: Double] = [:]
        for t in report.tasks where groups.isEmpty || groups.contains(t.group) {
            for id in ids {
                let given = t.figures.first { $0.indicator == id }?.contributions.filter { $0.unitID == holder }.map(\.value).reduce(0, +) ?? 0
                let left = t.notCounted.filter { $0.unitID == holder && $0.indicator == id }.map(\.value).reduce(0, +)
                if given - left > 0 { values[id, default: 0] += given - left }
            }
        }
        guard let first = ids.first, let v = values[first], v > 0 else { return nil }
        let measure = w.indicators[first]?.measure ?? ""
        let n = IndicatorID(first).isMoney ? VietFormat.money(v) : VietFormat.count(v) + (measure.isEmpty ? "" : " " + measure)
        return w("assessment.highlightShare", ["who": holderName, "values": n])
    }

    /// REVIEW53 #4: the work other units told as held "phối hợp với {lead}" that a highlight's
    /// total counts at those units while the lead counts its own on the same task: "21 lớp do
    /// các đơn vị phối hợp với Chi cục tổ chức, có thể trùng một phần với số liệu của Chi cục"
    /// (assessment.highlightJointOverlap), on the highlight's first figure, summed per lead.
    /// Nil when there is none, or the pipeline does not word it.
    func jointOverlap(of ids: [String], groups: [Int]) -> String? {
        guard w.says("assessment.highlightJointOverlap"), let first = ids.first else { return nil }
        var byLead: [(lead: String, value: Double)] = []
        for t in report.tasks where groups.isEmpty || groups.contains(t.group) {
            guard let f = t.figures.first(where: { $0.indicator == first }) else { continue }
            for j in t.jointWithLead where j.indicator == first && j.value != 0 {
                guard let lead = j.heldBy?.first,
                      f.contributions.contains(where: { $0.unitID == lead && $0.value != 0 }),
                      !t.notCounted.contains(where: { $0.unitID == lead && $0.indicator == first }),
                      !t.notCounted.contains(where: { $0.unitID == j.unitID && $0.indicator == first && $0.reason == .jointWork }) else { continue }
                let name = shortName(report.reporters.first { $0.unitID == lead }?.unitName ?? t.leadStatus?.unitName ?? lead)
                if let i = byLead.firstIndex(where: { $0.lead == name }) { byLead[i].value += j.value } else { byLead.append((name, j.value)) }
            }
        }
        guard !byLead.isEmpty else { return nil }
        return byLead.map { w("assessment.highlightJointOverlap", ["lead": $0.lead, "values": amountText(first, $0.value)]) }.joined(separator: "; ")
    }

    /// The lead's own figures of a highlight's indicators that its total leaves out, said with
    /// why (REVIEW31 #4: III.1 never differs silently from the figures II states): work it held
    /// with units that count it ("do Chi cục phối hợp tổ chức cùng các đơn vị, đã tính ở trên"),
    /// or figures being checked (`unverified`). "" when none.
    func leftOut(of ids: [String], groups: [Int]) -> String {
        let items = leftOutItems(of: ids, groups: groups)
        guard !items.isEmpty, w.says("assessment.highlightLeftOut") else { return "" }
        return w("assessment.highlightLeftOut", ["items": items.joined(separator: "; ")])
    }

    /// The lead's own figures of a highlight's indicators its total leaves out, each with why;
    /// joint work whose two accounts disagree (Consolidator.jointAccountsDisagree) said to be
    /// under the Sở's check (assessment.leftOutJointReview, REVIEW40 #2).
    func leftOutItems(of ids: [String], groups: [Int]) -> [String] {
        var parts: [(key: String, who: String, values: [String: Double])] = []
        for t in report.tasks where groups.isEmpty || groups.contains(t.group) {
            for n in t.notCounted where ids.contains(n.indicator) && isLeadUnit(n.unitID, of: t) {
                let key: String
                switch n.reason {
                case .jointWork where Consolidator.jointAccountsDisagree(t, rules: definition.rules) && w.says("assessment.leftOutJointReview"):
                    key = "assessment.leftOutJointReview"
                case .jointWork: key = "assessment.leftOutJoint"
                case .unverified: key = "assessment.leftOutUnverified"
                default: continue
                }
                guard w.says(key) else { continue }
                let who = shortName(n.unitName)
                if let i = parts.firstIndex(where: { $0.key == key && $0.who == who }) {
                    parts[i].values[n.indicator, default: 0] += n.value
                } else {
                    parts.append((key, who, [n.indicator: n.value]))
                }
            }
        }
        guard !parts.isEmpty else { return [] }
        return parts.map { p in
            let values = ids.compactMap { id in p.values[id].map { IndicatorID(id).isMoney ? VietFormat.money($0) : VietFormat.count($0) + " " + (w.indicators[id]?.measure ?? "") } }
            // {work}: what the first figure counts, in the plan's words ("lớp tập huấn"), for a
            // method said without figures ("các lớp … được tính một lần", REVIEW32 #5).
            let first = ids.first { p.values[$0] != nil }
            let work = first.flatMap { w.indicators[$0].map { $0.objects.first ?? $0.measure } } ?? ""
            return w(p.key, ["values": values.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "), "who": p.who, "work": work,
                             "first": values.first?.trimmingCharacters(in: .whitespaces) ?? ""])
        }
    }

    /// Tasks the lead reports only preparing (its sentence names a plan being drafted:
    /// rules.planningKeywords) while the schedule runs.
    var preparingTasks: [ConsolidatedReport.TaskResult] {
        report.tasks.filter { t in
            guard t.state == .inProgress || (t.state == .notStarted && t.leadStatus?.status == .notStarted), t.overdue == nil else { return false }
            return t.statements.contains { $0.isLead && isPreparing($0) }
        }
    }

    /// A sentence saying the task is only being prepared (rules.planningKeywords).
    public func isPreparing(_ s: ConsolidatedReport.Statement) -> Bool {
        definition.rules.planningKeywords.contains { VietText.fold(s.text).contains($0) }
    }

    /// Tasks some units (not the lead) report not started, most such units first.
    var tasksNotStartedByUnits: [(task: ConsolidatedReport.TaskResult, units: [ConsolidatedReport.UnitRef])] {
        report.tasks.compactMap { t -> (ConsolidatedReport.TaskResult, [ConsolidatedReport.UnitRef])? in
            // The Department's own units are settled inside, not reported upward.
            let own = Set(report.reporters.filter { r in r.group.map { definition.rules.ownGroups.contains($0) } == true }.map(\.unitID))
            let units = t.unitStatuses.filter { $0.status == .notStarted && !isLeadUnit($0.unitID, of: t) && !own.contains($0.unitID) }
                .map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: $0.source) }
            return units.isEmpty ? nil : (t, units)
        }.sorted { $0.1.count > $1.1.count }
    }

    /// A unit's reason as III.2 gives it: the clause with a cause word (rules.causeWords) and
    /// what follows it, the unit's own subject taken off (rules.causeSubjects): "do kinh phí …
    /// chưa được phân bổ, đề xuất chuyển nội dung này sang năm …". With `whole`, a sentence
    /// without a cause word is the reason itself, its subject taken off.
    func causeText(_ sentence: String, whole: Bool = false) -> String? {
        let rules = definition.rules
        func stripped(_ x: String) -> String {
            var rest = x
            var again = true
            while again {
                again = false
                for subject in rules.causeSubjects where rest.hasPrefix(subject + " ") {
                    rest = String(rest.dropFirst(subject.count + 1)); again = true
                }
            }
            return trimEnd(rest)
        }
        var clauses = sentence.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        // The unit's proposal after its reason is not the reason (REVIEW25 #4).
        // ("…, Ủy ban nhân dân phường đề xuất chuyển …": the proposal verb after its subject.)
        if let p = clauses.indices.dropFirst().first(where: { i in
            let folded = " " + VietText.fold(clauses[i]) + " "
            return rules.causeProposalWords.contains { folded.contains(" " + $0 + " ") }
        }) {
            clauses = Array(clauses[..<p])
        }
        guard let i = clauses.firstIndex(where: { c in rules.causeWords.contains { (" " + c.lowercased() + " ").contains($0) } }) else {
            return whole ? lowerFirst(stripped(sentence)) : nil
        }
        let cause = lowerFirst(trimEnd(clauses[i]))
        let rest = stripped(clauses[(i + 1)...].joined(separator: ", "))
        return rest.isEmpty ? cause : cause + ", " + rest
    }

    /// The units that put work off to a later period, found in every current report's words
    /// (report.postponements: task texts, difficulties, proposals), grouped by what they wrote,
    /// each group counted and named by kind with the tasks it concerns (REVIEW19 #5):
    /// "08 cơ quan, đơn vị, địa phương (Phòng …; Sở …, Sở …; 05 phường, xã, đặc khu) chưa triển
    /// khai một số nội dung (…) do kinh phí … chưa được phân bổ, đề xuất chuyển … sang năm …".
    func postponedCauses() -> [String] {
        var order: [String] = []
        var groups: [String: (text: String, units: [ConsolidatedReport.UnitRef], tasks: [ConsolidatedReport.TaskResult])] = [:]
        for p in upwardPostponements {
            // Every unit that wrote it, the Department's own units too (REVIEW28 #7, replacing
            // REVIEW26 #5: a deferral dropped is a proposal left without a decision); the review
            // desk still lists the own units' (own-units-postponed), their claim to be checked
            // against the allocation.
            guard let text = causeText(p.text, whole: true), !text.isEmpty else { continue }
            let key = VietText.fold(text)
            if groups[key] == nil { order.append(key); groups[key] = (text, [], []) }
            if !groups[key]!.units.contains(where: { $0.unitID == p.unit.unitID }) { groups[key]!.units.append(p.unit) }
            if let code = p.task, let t = report.tasks.first(where: { $0.code == code }), !groups[key]!.tasks.contains(where: { $0.code == code }) {
                groups[key]!.tasks.append(t)
            }
        }
        return order.compactMap { k in
            guard let g = groups[k], g.units.count >= definition.rules.causeUnitsMin else { return nil }
            // Every task put off named, those most units put off first: never "và 03 nội dung
            // khác" (REVIEW22 #7), the Director reads what is put off.
            let units = { (t: ConsolidatedReport.TaskResult) in Set(report.postponements.filter { $0.task == t.code }.map(\.unit.unitID)).intersection(g.units.map(\.unitID)).count }
            let ranked = g.tasks.enumerated().sorted { (units($0.element), -$0.offset) > (units($1.element), -$1.offset) }.map(\.element)
            let topics = ranked.map { lowerFirst(expanded($0.title)) }.joined(separator: "; ")
            // The period they propose to move the work to, when they name one: a proposal the
            // Director decides (REVIEW28 #7), said as such; IV answers it (outlook.postponed).
            let year = proposedYear(report.postponements.filter { p in g.units.contains { $0.unitID == p.unit.unitID } }.map(\.text))
            let key = year != nil && w.says("assessment.postponedProposed") ? "assessment.postponedProposed" : "assessment.postponed"
            return w(key, ["who": whoByKind(g.units), "cause": g.text, "year": year ?? "",
                           "tasks": topics.isEmpty ? "" : w("assessment.postponedTasks", ["tasks": topics])])
        }
    }

    /// The postponements III.2 and IV state. REVIEW29 #6 over REVIEW28 #7: with
    /// rules.postponement.ownUnits other than "named" the Sở's own units' deferrals stay with the
    /// review desk (own-units-postponed), never named upward; and a named partner putting off its
    /// part of a task its lead reports done has not put the task off (KTPC's "bảo trì, kiểm
    /// định" where the Chi cục reports 120 phương tiện).
    var upwardPostponements: [ConsolidatedReport.Postponement] {
        report.postponements.filter { p in
            // REVIEW48 #4 ("first"): the Sở's own units that put work off for want of funds are
            // listed with the others, first ("… thuộc Sở"), whatever part they play in the task.
            if definition.rules.postponedOwnUnits == "first", outsideCount([p.unit]) == 0 { return true }
            if !["named", "first"].contains(definition.rules.postponedOwnUnits), outsideCount([p.unit]) == 0 { return false }
            // REVIEW47 #5: or reports results on (4.b: the Chi cục's 120 phương tiện beside KT-PC's
            // "chuyển sang năm 2027"): the partner's part is not the task put off for want of funds.
            if let code = p.task, let t = report.tasks.first(where: { $0.code == code }),
               t.state == .completed || !figureItems(t, money: true, where: { isLeadUnit($0.unitID, of: t) }).isEmpty,
               !t.leadUnits.contains(p.unit.unitID), t.partnerUnits.contains(p.unit.unitID) { return false }
            return true
        }
    }

    /// REVIEW53 #8: IV's line for the Sở's own units that put work off for want of funds
    /// (rules.postponement.ownUnits "remedy", their words holding one of
    /// rules.postponement.ownRemedyWords): "Bố trí kinh phí cho Phòng Kiểm tra – Pháp chế thực
    /// hiện … trong tháng 12/2026 hoặc chuyển tiếp vào Kế hoạch năm 2027." Nil otherwise.
    public func ownPostponedRemedy() -> String? {
        let key = "outlook.ownPostponedRemedy"
        guard definition.rules.postponedOwnUnits == "remedy", w.texts[key] != nil, w.says(key) else { return nil }
        let words = definition.rules.postponedOwnRemedyWords
        let own = report.postponements.filter { p in
            outsideCount([p.unit]) == 0 && (words.isEmpty || words.contains { VietText.fold(p.text).contains($0) })
        }
        var names: [String] = []
        for p in own where !names.contains(shortName(p.unit.unitName)) { names.append(shortName(p.unit.unitName)) }
        guard !names.isEmpty else { return nil }
        return w(key, ["names": VietFormat.list(names), "year": String(report.plan.year),
                       "next": proposedYear(own.map(\.text)) ?? String(report.plan.year + 1)])
    }

    /// The year the units propose to move work to ("đề xuất chuyển nội dung này sang năm 2027"),
    /// the one most of `texts` name; nil when none names one after a postponement word.
    func proposedYear(_ texts: [String]) -> String? {
        var counts: [String: Int] = [:]
        for text in texts {
            let folded = VietText.fold(text)
            for word in definition.rules.postponementWords {
                var from = folded.startIndex
                while let r = folded.range(of: VietText.fold(word), range: from..<folded.endIndex) {
                    let digits = folded[r.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }
                    if digits.count == 4 { counts[String(digits), default: 0] += 1 }
                    from = r.upperBound
                }
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The years units propose to move work to, over the postponements III.2 states.
    func proposedYears() -> [String] {
        let groups = Dictionary(grouping: upwardPostponements) { p in causeText(p.text, whole: true).map(VietText.fold) ?? "" }
        return groups.filter { !$0.key.isEmpty && Set($0.value.map(\.unit.unitID)).count >= definition.rules.causeUnitsMin }
            .compactMap { proposedYear($0.value.map(\.text)) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
    }

    /// "08 cơ quan, đơn vị, địa phương (Phòng Kiểm tra – Pháp chế; Sở Du lịch, Sở Dân tộc và
    /// Tôn giáo; 05 phường, xã, đặc khu)": counted, and by kind named (at most
    /// rules.postponedNamedMax of a kind) or counted.
    func whoByKind(_ units: [ConsolidatedReport.UnitRef]) -> String {
        let group = { (u: ConsolidatedReport.UnitRef) in report.reporters.first { $0.unitID == u.unitID }?.group }
        var kinds: [String] = []
        let order: [String?] = UnitGroup.allCases.map { Optional($0.rawValue) } + [nil]
        for g in order {
            let these = units.filter { u in g == nil ? (group(u).map { groupLabel($0) == nil } ?? true) : group(u) == g }
            guard !these.isEmpty else { continue }
            let label = g.flatMap { groupLabel($0) } ?? w("who.otherKind")
            var named = these.count <= definition.rules.postponedNamedMax
                         ? VietFormat.list(these.map { shortName($0.unitName) })
                         : w("who.units", ["n": VietFormat.count(these.count), "kind": label])
            // REVIEW48 #4: the Sở's own units said as its own ("Phòng Kiểm tra – Pháp chế thuộc Sở").
            if let g, definition.rules.ownGroups.contains(g), w.says("assessment.postponedOwnNamed") {
                named = w("assessment.postponedOwnNamed", ["names": named])
            }
            kinds.append(named)
        }
        return w("assessment.postponedWho", ["n": VietFormat.count(units.count), "kinds": kinds.joined(separator: "; ")])
    }

    /// The reasons units other than a task's lead gave for not starting their part, grouped by
    /// what they wrote (the clause with a cause word, then what they propose, their own subject
    /// taken off: rules.causeSubjects), each group with its units and tasks:
    /// "05 cơ quan, đơn vị, địa phương (…) chưa triển khai một số nội dung (…) do kinh phí …".
    func notStartedCauses() -> [String] {
        let rules = definition.rules
        var order: [String] = []
        var groups: [String: (text: String, units: [ConsolidatedReport.UnitRef], tasks: [ConsolidatedReport.TaskResult])] = [:]
        for t in report.tasks {
            for s in t.statements where !s.isLead && !isLeadUnit(s.unit.unitID, of: t) && outsideCount([s.unit]) > 0 {
                guard t.unitStatuses.contains(where: { $0.unitID == s.unit.unitID && $0.status == .notStarted }) else { continue }
                // Work put off to a later period: stated with every unit that wrote so
                // (postponedCauses), not here again.
                guard !rules.postponementWords.contains(where: { VietText.fold(s.text).contains($0) }) else { continue }
                guard let text = causeText(s.text) else { continue }
                let key = VietText.fold(text)
                if groups[key] == nil { order.append(key); groups[key] = (text, [], []) }
                if !groups[key]!.units.contains(where: { $0.unitID == s.unit.unitID }) { groups[key]!.units.append(s.unit) }
                if !groups[key]!.tasks.contains(where: { $0.code == t.code }) { groups[key]!.tasks.append(t) }
            }
        }
        return order.compactMap { k in
            guard let g = groups[k], g.units.count >= rules.causeUnitsMin else { return nil }
            return w("assessment.unitsNotStartedCause", ["who": who(g.units), "tasks": g.tasks.map { topic($0, reporters: Set(g.units.map(\.unitID))) }.joined(separator: "; "),
                                                         "cause": g.text])
        }
    }

    /// Why a task is behind, from what the lead and the other units wrote under it (lead
    /// first), the sentence naming a cause (rules.causeWords, compared in lower case): a unit
    /// outside the Department in its words; the Department's own unit as the Sở's own cause,
    /// its name taken off ("Nguyên nhân: trong kỳ báo cáo, không nhận được yêu cầu …",
    /// REVIEW10 #4). No cause given: for the Department's own lead, said plainly (IV gives the
    /// next step); for a lead outside it that has not reported, that its report has not come in.
    /// A lead's "không phát sinh" as its reason for a task not started: its own words when it
    /// gave any ("(… không nhận được yêu cầu …)"), else that it reported the task did not
    /// arise, the lead named (REVIEW19 #8, #11). Empty for any other lead status.
    func leadReason(_ t: ConsolidatedReport.TaskResult, key: String = "assessment.notArisenReason") -> String {
        guard let ls = t.leadStatus, ls.status == .notApplicable else { return "" }
        let own = leadIsOwn(t)
        if let s = t.statements.first(where: { $0.isLead && $0.unit.unitID == ls.unitID }) {
            return w(key, ["text": lowerFirst(trimEnd(own ? withoutSubject(s) : speakingAsTheDepartment(account(s))))])
        }
        return w("assessment.notArisenSaid", ["lead": leadName(t)])
    }

    func causeSentence(_ t: ConsolidatedReport.TaskResult) -> String {
        let ordered = t.statements.filter(\.isLead) + t.statements.filter { !$0.isLead }
        let rules = definition.rules
        let onRequest = rules.requestTaskWords.contains { VietText.fold(t.text).contains($0) }
        if let s = ordered.first(where: { s in
            let text = " " + s.text.lowercased()
            // "Không nhận được yêu cầu": a cause only of a task done on request.
            if !onRequest, rules.requestCauses.contains(where: { VietText.fold(s.text).contains($0) }) { return false }
            return rules.causeWords.contains { text.contains($0) }
        }) {
            guard outsideCount([s.unit]) == 0 else { return " " + speakingAsTheDepartment(account(s)) }
            return " " + w("assessment.causeOwn", ["cause": lowerFirst(trimEnd(withoutSubject(s)))])
        }
        // A difficulty the lead raised about the task (its own words, not the field's): the
        // Sở's cause (REVIEW29 #1: never another unit's).
        if let d = difficultyAbout(t) { return " " + w("assessment.causeOwn", ["cause": lowerFirst(trimEnd(d))]) }
        // The lead gave a reason the report does not state (no request came, of a task not
        // made conditional on one): never "chưa báo cáo nguyên nhân", which would be untrue
        // (REVIEW14 #3).
        if ordered.contains(where: { s in rules.requestCauses.contains { VietText.fold(s.text).contains($0) } }) { return "" }
        // REVIEW36 #3: empty wording, nothing said of the Sở's own unit's report.
        if leadIsOwn(t) { return w.says("assessment.causeOwnNone") ? " " + w("assessment.causeOwnNone", ["month": signingMonthText]) : "" }
        return t.leadStatus == nil && basePhase(t) != .noResult ? " " + w("assessment.causeNoReport") : ""
    }

    /// The cause of a task behind whose lead stated no status: a difficulty about the task its
    /// lead raised, as the Sở's cause; "" when none is — never another unit's difficulty
    /// (REVIEW29 #1 over REVIEW28 #3: "doanh nghiệp còn e ngại" was TT Phân tích's and KTPC's).
    func silentCause(_ t: ConsolidatedReport.TaskResult) -> String {
        guard let d = difficultyAbout(t) else { return "" }
        return " " + w("assessment.causeOwn", ["cause": lowerFirst(trimEnd(d))])
    }

    /// The difficulty most about a task (at least rules.causeDifficultyWords of the task's own
    /// words, those in under a quarter of the plan's tasks) among those its lead raised; nil
    /// when none is. Other units' difficulties are theirs, never a task's cause (REVIEW29 #1).
    func difficultyAbout(_ t: ConsolidatedReport.TaskResult) -> String? {
        let least = definition.rules.causeDifficultyWords
        guard least > 0 else { return nil }
        var df: [String: Int] = [:]
        for task in report.tasks { for word in TextMerge.tokens(task.text) { df[word, default: 0] += 1 } }
        let common = Set(df.filter { $0.value * 4 >= max(4, report.tasks.count) }.keys)
        let own = TextMerge.tokens(t.text).subtracting(common)
        let units = Set(t.leadUnits)
        var best: (text: String, shared: Int)?
        for item in report.difficulties.flatMap(\.items) where item.units.contains(where: { units.contains($0.unitID) }) {
            let shared = TextMerge.tokens(item.text).intersection(own).count
            if shared >= least, shared > (best?.shared ?? 0) { best = (item.text, shared) }
        }
        return best?.text
    }

    /// A unit's sentence without its own subject ("Chi cục", its name), for the Sở to state
    /// as its own: "Trong kỳ báo cáo, Chi cục không nhận được …" → "Trong kỳ báo cáo, không
    /// nhận được …".
    func withoutSubject(_ s: ConsolidatedReport.Statement) -> String {
        var text = s.text
        let names = [s.unit.unitName, shortName(s.unit.unitName)] + Statements.subjects + ["Đơn vị"]
        for name in names {
            guard let r = text.range(of: name + " ") else { continue }
            // Only a subject: at the start, or after the opening phrase's comma.
            let before = text[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            guard before.isEmpty || before.hasSuffix(",") else { continue }
            text.removeSubrange(r)
            break
        }
        return text
    }

    /// The task's lead is one of the Department's own units (or the holder).
    func leadIsOwn(_ t: ConsolidatedReport.TaskResult) -> Bool {
        let ids = t.leadUnits.filter { !$0.hasPrefix("group:") }
        if ids.isEmpty { return t.leadUnits.contains { definition.rules.ownGroups.contains($0) } }
        return ids.allSatisfy { id in outsideCount([ConsolidatedReport.UnitRef(unitID: id, unitName: "", file: "", source: nil)]) == 0 }
    }

    /// How many of `units` are outside the Department.
    /// One of the Department's own units (rules.ownGroups).
    public func isOwnUnit(_ unitID: String) -> Bool {
        outsideCount([ConsolidatedReport.UnitRef(unitID: unitID, unitName: "", file: "", source: nil)]) == 0
    }

    func outsideCount(_ units: [ConsolidatedReport.UnitRef]) -> Int {
        units.filter { u in
            let g = report.reporters.first { $0.unitID == u.unitID }?.group
            return !(g.map { definition.rules.ownGroups.contains($0) } ?? u.unitID.hasPrefix(ownUnitPrefix))
        }.count
    }

    /// Units named in an attribution: the Department's own units are not quoted as outside
    /// reporters (the Department owns their difficulties); nil when only they wrote it.
    func outsideWho(_ units: [ConsolidatedReport.UnitRef]) -> String? {
        let outside = units.filter { u in
            let g = report.reporters.first { $0.unitID == u.unitID }?.group
            return !(g.map { definition.rules.ownGroups.contains($0) } ?? u.unitID.hasPrefix(ownUnitPrefix))
        }
        return outside.isEmpty ? nil : who(outside)
    }

    /// Who made a proposal, named as V and IV name their sources: the units outside the
    /// Department as `who`, else the Department's own units counted by their kind (V: never
    /// named as proposers upward, REVIEW14 #9); in IV, the Sở's own work, one such unit by name.
    /// The Department's own units that made a request asked upward, by name (REVIEW34 #11:
    /// every request in V attributed), as `who` names units (at most three), else counted.
    func ownProposers(_ units: [ConsolidatedReport.UnitRef]) -> String {
        var names: [String] = []
        for u in units where !names.contains(shortName(u.unitName)) { names.append(shortName(u.unitName)) }
        guard !names.isEmpty, names.count <= 3 else { return sourceWho(units) }
        return w("who.named", ["names": VietFormat.list(names)])
    }

    /// REVIEW37 #6: the Department's own units' difficulties and proposals are stated with who
    /// raised them (rules.ownDifficulties "named").
    var ownNamed: Bool { definition.rules.ownDifficulties == "named" }

    /// Some of `units` are the Department's own.
    func hasOwn(_ units: [ConsolidatedReport.UnitRef]) -> Bool { outsideCount(units) < units.count }

    /// Who raised an item, the units outside the Department as `who` counts or names them, then
    /// the Department's own units by name ("12 phường, xã, đặc khu, Phòng Kiểm tra – Pháp chế").
    func namedWho(_ units: [ConsolidatedReport.UnitRef]) -> String {
        var names: [String] = []
        for u in units where outsideCount([u]) == 0 && !names.contains(shortName(u.unitName)) { names.append(shortName(u.unitName)) }
        var seen = Set<String>()
        let outside = units.filter { outsideCount([$0]) > 0 && seen.insert($0.unitID).inserted }
        // REVIEW52 #5 (room for the causes it states): three or more of the Sở's own units alone
        // are counted by their kind, as V counts them ("02 phòng, đơn vị trực thuộc Sở"), the
        // consolidating unit named before them (the opening counts it apart from them).
        if outside.isEmpty, names.count >= 3 {
            let holder = report.budget.holder
            let others = units.filter { $0.unitID != holder }
            guard others.count < units.count, let lead = units.first(where: { $0.unitID == holder }) else { return sourceWho(units) }
            return VietFormat.list([shortName(lead.unitName), sourceWho(others)])
        }
        if outside.isEmpty { return w("who.named", ["names": VietFormat.list(names)]) }
        return VietFormat.list([who(outside)] + names)
    }

    func sourceWho(_ units: [ConsolidatedReport.UnitRef], nameOne: Bool = false) -> String {
        if let outside = outsideWho(units) { return outside }
        let n = Set(units.map(\.unitID)).count
        if nameOne, n == 1, let one = units.first { return shortName(one.unitName) }
        let kind = definition.rules.ownGroups.first.flatMap { groupLabel($0) } ?? w("who.otherKind")
        return w("who.units", ["n": VietFormat.count(n), "kind": kind])
    }

    /// Units of the Department not listed as reporters share the holder's id prefix ("SKHCN-").
    var ownUnitPrefix: String {
        guard let h = report.budget.holder, let dash = h.firstIndex(of: "-") else { return "\u{0}" }
        return String(h[...dash])
    }

    /// The difficulties the body states: the most reported themes (rules.difficultyThemes),
    /// each with its main item and a second one when several units outside the Department
    /// raised it.
    var stated: [ConsolidatedReport.ThemeGroup] {
        // The most reported themes, and every theme a request in IV or V rests on (a request
        // needs its difficulty stated above it: REVIEW14 #10), the latter by its most reported
        // item raised by units outside the Department.
        let requests = groundingRequests
        // The consolidating unit's own difficulties are the Sở's own: always stated, unattributed
        // (REVIEW18 #4: the Chi cục's staffing left out of the causes).
        let holder = report.budget.holder
        let own = { (it: ConsolidatedReport.MergedItem) in holder.map { h in it.units.contains { $0.unitID == h } } ?? false }
        // REVIEW28 #15: a difficulty several units raised is stated, attributed, whatever its
        // theme's rank; one unit's is left to the review page and the data. Only the
        // Department's own units' on a theme decided inside (not rules.objectiveThemes) stays
        // inside (REVIEW20 #3.10, REVIEW26 #5): it is no cause the Sở reports upward.
        // REVIEW37 #6 (rules.ownDifficulties "named", over REVIEW20 #3.10 and REVIEW31 #10 for
        // this pipeline): every difficulty one of the Department's own units raised is stated
        // under its theme, whoever else raised it, with who did.
        // REVIEW48 #4: a difficulty at least rules.causeOwnSeveral of the Sở's own units raised
        // (degraded equipment; businesses reluctant to enter the national quality award) is a
        // cause as those of several sở, ngành are. 0: off.
        let ownSeveral = definition.rules.causeOwnSeveral
        let ownRaised = { (it: ConsolidatedReport.MergedItem) in
            ownSeveral > 0 && Set(it.units.map(\.unitID)).count - outsideCount(it.units) >= ownSeveral
        }
        let several = { (it: ConsolidatedReport.MergedItem, theme: String) in
            (definition.rules.difficultySeveral > 0 && Set(it.units.map(\.unitID)).count >= definition.rules.difficultySeveral
                && (outsideCount(it.units) > 0 || objectiveOwn(theme))) || (ownNamed && hasOwn(it.units)) || ownRaised(it)
        }
        // REVIEW40 #9: III.2's causes tightened to make room for every task's results in II —
        // at most rules.causeItemsPerTheme items per theme, those most units raised (the
        // theme's order on ties); the rest stay in the JSON and on the review page. 0: all.
        // REVIEW41 #3 (over REVIEW40 #9's plain cap): a distinct difficulty several units raised
        // (rules.difficultySeveral, else 2) is never capped away; the cap fills what is left.
        let most = definition.rules.causeItemsPerTheme
        let severalUnits = max(2, definition.rules.difficultySeveral)
        let tightened = { (theme: ConsolidatedReport.ThemeGroup) -> ConsolidatedReport.ThemeGroup in
            guard most > 0, theme.items.count > most else { return theme }
            var theme = theme
            // REVIEW46 #4 (rules.causeItemsCapAll, over REVIEW41 #3): the cap holds for all.
            let kept = definition.rules.causeItemsCapAll ? []
                : theme.items.enumerated().filter { Set($0.element.units.map(\.unitID)).count >= severalUnits }.map(\.offset)
            let ranked = kept + theme.items.enumerated().filter { !kept.contains($0.offset) }.sorted { a, b in
                let na = Set(a.element.units.map(\.unitID)).count, nb = Set(b.element.units.map(\.unitID)).count
                return na != nb ? na > nb : a.offset < b.offset
            }.prefix(max(0, most - kept.count)).map(\.offset)
            // REVIEW47 #8: a kind of unit whose several units raised an item ("02 sở, ngành") is
            // heard beside the item most units of another kind raised (rules.causeKindSeveral).
            var chosen = ranked
            let least = definition.rules.causeKindSeveral
            if least > 0 {
                for kind in kindsOutside(theme.items) where !chosen.contains(where: { unitsOfKind(theme.items[$0].units, kind).count >= least }) {
                    let best = theme.items.enumerated().filter { !chosen.contains($0.offset) && unitsOfKind($0.element.units, kind).count >= least }
                        .sorted { a, b in
                            let na = unitsOfKind(a.element.units, kind).count, nb = unitsOfKind(b.element.units, kind).count
                            return na != nb ? na > nb : a.offset < b.offset
                        }.first
                    if let best { chosen.append(best.offset) }
                }
            }
            // REVIEW54 #6 (rules.causeOwnThemes): an own unit's difficulty on the legal framework
            // (Phòng KT-PC's "văn bản quy phạm pháp luật … đang sửa đổi, bổ sung") is not capped away.
            let ownThemed = { (it: ConsolidatedReport.MergedItem) in definition.rules.causeOwnThemes.contains(theme.theme) && hasOwn(it.units) }
            for (i, it) in theme.items.enumerated() where !chosen.contains(i) && (ownRaised(it) || ownThemed(it)) { chosen.append(i) }
            theme.items = theme.items.enumerated().filter { chosen.contains($0.offset) }.map(\.element)
            return theme
        }
        return report.difficulties.enumerated().compactMap { i, theme -> ConsolidatedReport.ThemeGroup? in
            guard var picked = statedItems(i, theme, requests: requests, own: own) else {
                var theme = theme
                theme.items = theme.items.filter { several($0, theme.theme) }
                return theme.items.isEmpty ? nil : tightened(theme)
            }
            picked.items += theme.items.filter { several($0, theme.theme) && !picked.items.contains($0) }
            return tightened(picked)
        }
    }

    /// A theme's items the body states by its rank (rules.difficultyThemes) or because a
    /// request in IV or V rests on it; nil when none.
    func statedItems(_ i: Int, _ theme: ConsolidatedReport.ThemeGroup, requests: [String], own: (ConsolidatedReport.MergedItem) -> Bool) -> ConsolidatedReport.ThemeGroup? {
        var theme = theme
        if i < definition.rules.difficultyThemes {
            var top = Array(theme.items.prefix(2).enumerated().filter { $0.offset == 0 || outsideCount($0.element.units) > 1 }.map(\.element))
            // A kind of unit outside the Department whose several units raised an item of the
            // theme is heard even when another kind's items come first: its most raised item
            // is stated too (REVIEW22 #8: five sở's staffing dropped behind the wards').
            for kind in kindsOutside(theme.items) where !top.contains(where: { !unitsOfKind($0.units, kind).isEmpty }) {
                if let item = theme.items.filter({ !top.contains($0) }).max(by: { unitsOfKind($0.units, kind).count < unitsOfKind($1.units, kind).count }),
                   unitsOfKind(item.units, kind).count > 1 {
                    top.append(item)
                }
            }
            theme.items = top + theme.items.filter { own($0) && !top.contains($0) }
            return theme
        }
        let holders = theme.items.filter(own)
        guard let keywords = definition.rules.themes.first(where: { $0.id == theme.theme })?.keywords, !keywords.isEmpty,
              requests.contains(where: { r in keywords.contains { !$0.isEmpty && r.contains($0) } }),
              let item = theme.items.first(where: { outsideCount($0.units) > 1 }) else {
            if holders.isEmpty { return nil }
            theme.items = holders
            return theme
        }
        theme.items = [item] + holders.filter { $0 != item }
        return theme
    }

    /// The kinds of unit outside the Department (reporters' groups) that raised the items, in
    /// the order they first appear.
    func kindsOutside(_ items: [ConsolidatedReport.MergedItem]) -> [String] {
        var out: [String] = []
        for it in items {
            for u in it.units {
                guard let g = report.reporters.first(where: { $0.unitID == u.unitID })?.group, !definition.rules.ownGroups.contains(g), !out.contains(g) else { continue }
                out.append(g)
            }
        }
        return out
    }

    /// The distinct units of a kind (reporters' group) among `units`.
    func unitsOfKind(_ units: [ConsolidatedReport.UnitRef], _ kind: String) -> Set<String> {
        Set(units.filter { u in report.reporters.first { $0.unitID == u.unitID }?.group == kind }.map(\.unitID))
    }

    /// The requests the body states (V's, and IV's answers to the units), folded: what III.2's
    /// difficulties must ground.
    var groundingRequests: [String] {
        let upward = Set(report.proposals.filter(\.upward).flatMap(\.items).map(\.text))
        return report.proposals.filter { $0.addressee != definition.rules.otherAddressee }.flatMap(\.items)
            .filter { item in Set(item.units.map(\.unitID)).count >= definition.rules.ownWorkMinUnits || upward.contains(item.text) }
            .map { VietText.fold($0.action ?? $0.text) }
    }

    func assessment() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.assessment")), .item(w("sections.achieved"))]
        let lines = highlights()
        if !lines.isEmpty {
            var text = w("assessment.highlights", ["items": lines.joined(separator: "; "), "asOf": VietFormat.date(report.asOf)])
            // An interim report while units outside the Department have not all reported:
            // what the figures stand for, by kind, and that the Department will complete them.
            let outside = outsideGroups
            if outside.contains(where: { $0.received < $0.expected }) {
                let groups = outside.map { "\(VietFormat.count($0.received))/\(VietFormat.count($0.expected)) \(groupLabel($0.group) ?? $0.group)" }
                // "Sở sẽ báo cáo bổ sung trước ngày …" (REVIEW29 §4): a promise with its date,
                // rules.supplementWithinDays after the report's date (0: no date).
                let days = definition.rules.supplementWithinDays
                var by = report.madeOn ?? report.asOf
                for _ in 0..<max(0, days) {
                    let next = by.day < PlanDate.daysIn(month: by.month, year: by.year) ? (by.year, by.month, by.day + 1)
                        : by.month == 12 ? (by.year + 1, 1, 1) : (by.year, by.month + 1, 1)
                    by = PlanDate(year: next.0, month: next.1, day: next.2) ?? by
                }
                let byText = days > 0 ? w("assessment.coverageBy", ["date": VietFormat.date(by)]) : ""
                // REVIEW45 #6: figures of units whose report still carries a reviewer's comment
                // asking to re-check them enter these totals: said once, with their number.
                let files = uncheckedFiles
                // REVIEW52 #3: and units with a figure the tool doubts (`isDoubted`), which Phụ
                // lục III marks alike: one count for both, so the body and the appendix agree.
                let asked = Set(report.submissions.filter { files.contains($0.file) }.map(\.unitID)).union(doubtedUnitIDs()).count
                let unconfirmed = asked > 0 && w.says("assessment.coverageUnconfirmed") ? w("assessment.coverageUnconfirmed", ["n": VietFormat.count(asked)]) : ""
                let estimates = estimatesLeftOut().map { w("assessment.coverageEstimates", ["who": $0.who, "values": $0.values]) } ?? ""
                text += " " + w("assessment.coverage", ["groups": VietFormat.list(groups), "asOf": VietFormat.date(report.asOf), "issuer": report.issuer.name, "by": byText,
                                                        "unconfirmed": unconfirmed, "estimates": estimates])
            } else if let e = estimatesLeftOut(), w.says("assessment.estimatesLeftOut") {
                text += " " + w("assessment.estimatesLeftOut", ["who": e.who, "values": e.values])
            }
            out.append(.paragraph(text))
        }
        out.append(.paragraph(progressSentence()))
        // Shortcomings: tasks past their time and not done, tasks only being prepared, units
        // that have not started, reporting by the units outside the Department.
        var shortcomings: [BodyBlock] = []
        // Overdue first, then not started (whenever due: a task with a month left and nothing
        // done is a shortcoming), each named with its deadline.
        let overdue = report.tasks.filter { phase($0) == .overdue }
        for t in overdue {
            guard let due = t.dueDate else { continue }
            let months = max(1, (report.asOf.year - due.year) * 12 + report.asOf.month - due.month)
            // What the report can vouch for: the lead's word that it is not done, or that no
            // result of the lead has come in (REVIEW8 #6); then the cause a unit gives.
            // A lead outside the Department: what has not come in from it; the Department's own
            // lead: the Sở states where its task stands (REVIEW9 #2).
            let outsideLead = !leadIsOwn(t)
            let result = !outsideLead ? w("assessment.overdueNotDone")
                : basePhase(t) == .noResult ? w("assessment.overdueNoResult")
                : (t.leadStatus == nil ? w("assessment.overdueNoReport") : w("assessment.overdueNotDone"))
            // Its lead reported on it without a status: no completion reported, never "chưa
            // hoàn thành" the report cannot vouch for (REVIEW19 #2).
            let key = t.basis == .leadSilent ? "assessment.overdueUnreportedCause" : "assessment.overdueCause"
            // REVIEW45 #3: an empty wording says nothing (III.1 names the task overdue, IV its step).
            guard w.says(key) else { continue }
            shortcomings.append(.dash(w(key, ["task": lowerFirst(taskName(t)), "deadline": deadlineText(due), "lead": leadName(t),
                                                                    "months": VietFormat.count(months), "result": result,
                                                                    "asOf": VietFormat.date(report.asOf)])
                                      // Its lead gave no status: no cause is asked of it (the desk asks the
                                      // lead), but the cause units gave about the task is kept (REVIEW28 #3).
                                      + (t.basis == .leadSilent ? silentCause(t) : causeSentence(t))))
        }
        // Due on the cut-off day and not completed: the report goes out after it, so it is a
        // shortcoming too, with where the units stand (REVIEW12 #4); IV says what follows.
        for t in report.tasks where phase(t) == .dueNow {
            guard let due = t.dueDate else { continue }
            let done = t.unitStatuses.filter { $0.status == .completed }.count
            let units = t.unitStatuses.isEmpty ? "" : w("assessment.dueNowUnits", ["completed": VietFormat.count(done),
                                                                                   "total": VietFormat.count(t.unitStatuses.count)])
            shortcomings.append(.dash(w("assessment.dueNowCause", ["task": lowerFirst(taskName(t)), "deadline": deadlineText(due),
                                                                   "asOf": VietFormat.date(report.asOf), "units": units])))
        }
        // A dated task its lead reports completed, its deadline come, while other units report
        // their part not done: the lead's state stands, their coverage beside it (REVIEW17 #5).
        // Counted over the units the plan assigns the task to (its lead and partners, named or
        // by kind), never every unit that wrote about it (REVIEW18 #4: wards never assigned).
        for t in report.tasks where phase(t) == .completed && !t.recurring {
            let assigned = t.unitStatuses.filter { isAssigned($0.unitID, to: t) }
            guard let due = t.dueDate, due <= report.asOf,
                  assigned.contains(where: { [.inProgress, .notStarted].contains($0.status) && !isLeadUnit($0.unitID, of: t) }) else { continue }
            let done = assigned.filter { $0.status == .completed }.count
            shortcomings.append(.dash(w("assessment.coverageBehind", ["task": lowerFirst(taskName(t)), "deadline": deadlineText(due), "lead": leadName(t),
                                                                      "completed": VietFormat.count(done), "total": VietFormat.count(assigned.count)])))
        }
        // A recurring task its lead reports not carried out: the lead's word, by lead, with
        // where it stands when it is only being planned (REVIEW17 #3: not "đang được triển khai").
        // A task others assigned to it did part of has its one statement below (partlyDone).
        let recurringNotStarted = report.tasks.filter { $0.recurring && phase($0) == .notStarted && partDoneStated($0).isEmpty }
        // A task whose lead says when it will start it, or that took part in such work under
        // another task, has its own line: the same state III.1 counts, with that schedule and
        // that work (REVIEW34 #1); the others grouped by lead.
        let told = recurringNotStarted.filter { notStartedDetail($0) != nil || leadBasisNote($0) != nil }
        for t in told {
            // REVIEW48 #1: a task II states with its lead's "chưa thực hiện", its next step and
            // its partners' joint work beside it (results.partnerJointBeside) is not told again
            // here; the Chủ quan names it among the own tasks not started.
            if t.basis == .lead, partnerJointSentence(t) != nil, w.says("assessment.subjectiveOwnNotStartedTasks") { continue }
            let preparing = t.statements.contains { $0.isLead && isPreparing($0) } ? w("assessment.recurringNotStartedPlanning") : ""
            // Its lead notes the work is done under another plan: the note said, never "chưa
            // triển khai" (REVIEW36 #2), with where it stands as the lead says.
            if let note = leadBasisNote(t).flatMap(bodyCitable) {
                let rest = (leadReason(t) + preparing + (notStartedDetail(t) ?? "")).trimmingCharacters(in: CharacterSet(charactersIn: ",; "))
                shortcomings.append(.dash(w("assessment.recurringNotStartedNoted", ["task": lowerFirst(taskName(t)), "note": lowerFirst(note), "lead": leadName(t),
                                                                                   "rest": rest.isEmpty ? "" : w("assessment.recurringNotStartedNotedRest", ["rest": rest])])))
                continue
            }
            let title = lowerFirst(taskName(t)) + leadReason(t) + preparing + (notStartedDetail(t) ?? "")
            let key = leadIsOwn(t) ? "assessment.recurringNotStartedOwn" : "assessment.recurringNotStarted"
            shortcomings.append(.dash(w(key, ["lead": leadName(t), "tasks": w("task.one", ["title": title]), "preparing": ""])))
        }
        let grouped = recurringNotStarted.filter { notStartedDetail($0) == nil && leadBasisNote($0) == nil }
        for lead in grouped.map({ leadName($0) }).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            let these = grouped.filter { leadName($0) == lead }
            let planning = these.allSatisfy { t in t.statements.contains { $0.isLead && isPreparing($0) } }
            // Several named one after another with "; " (a task's own name may hold "và").
            let names = these.map { lowerFirst(taskName($0)) + leadReason($0) }
            let tasks = names.count == 1 ? w("task.one", ["title": names[0]]) : w("task.many", ["titles": names.joined(separator: "; ")])
            // The Department's own unit: the Sở states where its task stands, its unit named as
            // the one holding it (REVIEW19 #11).
            let key = these.allSatisfy(leadIsOwn) ? "assessment.recurringNotStartedOwn" : "assessment.recurringNotStarted"
            shortcomings.append(.dash(w(key, ["lead": lead, "tasks": tasks,
                                              "preparing": planning ? w("assessment.recurringNotStartedPlanning") : ""])))
        }
        // A lead's "chưa thực hiện" on a row it copied from another task: the task's state is
        // being confirmed (REVIEW21 #1), but what the lead reported is a shortcoming said as its
        // report (REVIEW26 #2: "Also add 5.a to Hạn chế"), with where it stands.
        for t in report.tasks where t.basis == .leadCopied && phase(t) != .overdue {
            guard let said = leadNotDone(t), w.says("assessment.leadNotDoneCopied") else { continue }
            let planning = t.statements.contains { $0.isLead && isPreparing($0) }
            shortcomings.append(.dash(w("assessment.leadNotDoneCopied", ["said": trimEnd(said),
                                                                         "preparing": planning ? w("assessment.recurringNotStartedPlanning") : ""])))
        }
        // A task its lead reports not started while other units the plan assigns it to did their
        // part: one statement of what was done and what remains.
        for t in report.tasks where phase(t) != .overdue {
            let done = partDoneStated(t)
            guard !done.isEmpty else { continue }
            let refs = done.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: $0.source) }
            let planning = t.statements.contains { $0.isLead && isPreparing($0) }
            let preparing = planning ? w("assessment.recurringNotStartedPlanning") : ""
            // The lead named as holding what remains (REVIEW19 #11).
            let rest = leadIsOwn(t) ? w("assessment.partlyRestOwn", ["lead": leadName(t), "preparing": preparing])
                : w("assessment.partlyRestOther", ["lead": leadName(t), "preparing": preparing])
            let verb = done.allSatisfy { $0.status == .completed } ? w("assessment.partlyCompleted") : w("assessment.partlyUnderWay")
            // Only the Department's own units did their part of its own unit's task: the Sở
            // states the task and where it stands, naming none of its units upward (REVIEW32 #13).
            let key = leadIsOwn(t) && outsideCount(refs) == 0 && w.says("assessment.partlyDoneOwn") ? "assessment.partlyDoneOwn" : "assessment.partlyDone"
            // REVIEW39 #5: a partner reporting its part completed while it raises a difficulty
            // about the task's own work: both its accounts said, attributed.
            var doubt = ""
            if let least = definition.rules.partnerDifficultyWords, done.allSatisfy({ $0.status == .completed }), w.says("assessment.partnerDifficulty") {
                let title = TextMerge.tokens(t.title)
                let ids = Set(refs.map(\.unitID))
                if let item = report.difficulties.flatMap(\.items).first(where: { it in
                    it.units.contains { ids.contains($0.unitID) } && TextMerge.tokens(it.text).intersection(title).count >= least }) {
                    doubt = w("assessment.partnerDifficulty", ["who": who(refs), "text": lowerFirst(trimEnd(ownWords(item.text, item.units)))])
                }
            }
            // REVIEW44 #1: the lead, its preparing and the partner's doubt each a placeholder of
            // their own, so the wording can say the lead's state first and the partner's after.
            shortcomings.append(.dash(w(key, ["task": lowerFirst(taskName(t)), "who": who(refs), "done": verb, "rest": rest + doubt,
                                              "lead": leadName(t), "preparing": preparing, "doubt": doubt])))
        }
        // A dated task not started, before or after its deadline, with the cause a unit gives
        // (REVIEW8 #5); III.1 counts it.
        // A task whose schedule has not passed is not a shortcoming (REVIEW20 #3.3): III.1 counts
        // it, IV gives its step; the time left is the plan's, not a failing.
        let notStarted = report.tasks.filter { t in
            phase(t) == .notStarted && !t.recurring && partDoneStated(t).isEmpty && (t.dueDate.map { $0 <= report.asOf } ?? true)
        }
        for t in notStarted {
            let remaining = ""
            // The lead's "không phát sinh" with its reason (REVIEW19 #8), else the cause a unit gives.
            let reason = leadReason(t, key: "assessment.notStartedReason")
            shortcomings.append(.dash(w("assessment.notStartedCause", ["task": lowerFirst(taskName(t)), "deadline": t.dueDate.map(deadlineText) ?? t.schedule,
                                                                       "asOf": VietFormat.date(report.asOf), "remaining": reason.isEmpty ? remaining : reason])
                                      + (reason.isEmpty ? causeSentence(t) : "")))
        }
        let due = { (t: ConsolidatedReport.TaskResult) in t.dueDate.map { $0 <= report.asOf } ?? true }
        let unreported = report.tasks.filter { [.noInformation, .noResult].contains(phase($0)) && due($0) }
        if !unreported.isEmpty {
            shortcomings.append(.dash(upperFirst(namedPart(w("assessment.noInformationCause", ["n": VietFormat.count(unreported.count)]), unreported)) + "."))
        }
        // Tasks only being prepared, recurring or dated: a shortcoming (REVIEW10 #10).
        let preparing = preparingTasks
        // A task under way because assigned units did their part while its lead is preparing
        // has its one statement above (assessment.partlyDone), not a second one here.
        let preparingUnderWay = preparing.filter { $0.state == .inProgress && partDone($0).isEmpty }
        if !preparingUnderWay.isEmpty {
            shortcomings.append(.dash(w(preparingUnderWay.count == 1 ? "assessment.preparingOne" : "assessment.preparing", ["tasks": taskNames(preparingUnderWay)])))
        }
        // Every task some units report not started, most such units first, named as the plan
        // words it (what those units did not do), not by its table label.
        // Every task some units report not carried out, counted (REVIEW8 #8); the ones most
        // units report named, at most rules.unitsNotStartedNamed, each with its units.
        // What units not started wrote as their reason (rules.causeWords), grouped by what they
        // wrote and attributed: the shortcoming with its cause (REVIEW18 #4).
        shortcomings += (postponedCauses() + notStartedCauses()).map { .dash($0) }
        let lagging = tasksNotStartedByUnits
        if !lagging.isEmpty, w.says("assessment.unitsNotStarted") {
            let named = lagging.filter { $0.units.count >= definition.rules.unitsNotStartedMin }.prefix(definition.rules.unitsNotStartedNamed)
            let items = named.map { l in
                w("assessment.unitsNotStartedItem", ["task": topic(l.task, reporters: Set(l.units.map(\.unitID))), "who": who(l.units)])
            }
            let units = Set(lagging.flatMap { $0.units.map(\.unitID) }).count
            let most = items.isEmpty ? "" : w(items.count == 1 ? "assessment.unitsNotStartedMostOne" : "assessment.unitsNotStartedMost",
                                              ["items": items.joined(separator: "; ")])
            shortcomings.append(.dash(w("assessment.unitsNotStarted", ["units": VietFormat.count(units), "tasks": VietFormat.count(lagging.count),
                                                                      "most": most])))
        }
        if reportingIncompleteOutside || outsideGroups.contains(where: { $0.late > 0 }) || !ownReportingText().isEmpty {
            shortcomings.append(.dash(reportingSentence()))
        }
        var subjective: [String] = []
        // Empty wording: no self-criticism the files do not support (REVIEW30 #4, #3).
        if reportingIncompleteOutside, w.says("assessment.subjectiveReporting") { subjective.append(w("assessment.subjectiveReporting")) }
        // Slow detailed planning is a cause only where the lead says the task is still being
        // planned (rules.planningKeywords); an overdue task's cause is the drafter's to state
        // (review page), not one the report invents. The tasks named in III.2: referred to.
        if !preparing.isEmpty, w.says("assessment.subjectiveTasks") {
            // Named: other tasks are listed above too.
            subjective.append(w("assessment.subjectiveTasks", ["tasks": w("assessment.taskNamed", ["tasks": taskNames(preparing)])]))
        }
        // REVIEW39 #10: the Sở's own share, by rule — tasks its own units lead that are behind
        // (not started, overdue) and its own units' reports not all in on time; each said only
        // when the data show it (empty wording: none).
        // REVIEW40 #4: a scheduled task not yet past its deadline is not "còn chậm": only those
        // past it, and recurring work its lead has not started.
        // REVIEW42 #4: the own lead's core work not started, with the date it gave: named first,
        // as the main shortcoming, with the Department's remedy and date; not listed again below.
        let commitments = w.says("assessment.subjectiveOwnNotStarted") ? ownNotStartedCommitments : []
        for (i, c) in commitments.enumerated() {
            subjective.insert(w("assessment.subjectiveOwnNotStarted", ["tasks": tasksNamed(c.tasks), "lead": c.lead, "by": VietFormat.date(c.by)]), at: i)
        }
        let committed = Set(commitments.flatMap { $0.tasks.map(\.code) })
        let ownBehind = report.tasks.filter { t in !committed.contains(t.code) && leadIsOwn(t) && (phase(t) == .overdue || (phase(t) == .notStarted && (t.recurring || pastDue(t)))) }
        // REVIEW48 #2, #4: what the lead wrote, never "còn chậm" the sources do not say — the
        // own tasks past their deadline whose lead gave results but no status are "chưa được
        // đơn vị chủ trì đánh giá mức độ hoàn thành" (assessment.subjectiveOwnUnassessed), those
        // its lead has not started "chưa triển khai" (assessment.subjectiveOwnNotStartedTasks),
        // the overdue ones as before (assessment.subjectiveOwnTasks).
        let split = w.says("assessment.subjectiveOwnNotStartedTasks")
        let unassessed = split ? report.tasks.filter { t in !committed.contains(t.code) && leadIsOwn(t) && basePhase(t) == .leadSilent && pastDue(t) } : []
        if w.says("assessment.subjectiveOwnUnassessed") {
            for t in unassessed {
                subjective.append(w("assessment.subjectiveOwnUnassessed", ["task": lowerFirst(expanded(t.title)), "due": t.dueDate.map(deadlineText) ?? t.schedule]))
            }
        }
        let notStartedOwn = split ? ownBehind.filter { phase($0) == .notStarted } : []
        let lateOwn = ownBehind.filter { t in !notStartedOwn.contains { $0.code == t.code } }
        // REVIEW53 #2: "Chủ quan" gives a cause, never the status restated — the tasks whose
        // lead wrote it is still drawing up its plan ("mới ở bước xây dựng kế hoạch") said so
        // (assessment.subjectiveOwnPlanning); a task whose lead gave no such cause is not said
        // here (III.1 and III.2 state it). Empty: the tasks not started listed as before.
        let planningKey = "assessment.subjectiveOwnPlanning"
        if w.texts[planningKey] != nil, w.says(planningKey) {
            let planning = notStartedOwn.filter { t in t.statements.contains { $0.isLead && isPreparing($0) } }
            // REVIEW55 (room for its answers): the tasks III.1 has just named as not started,
            // all of them and no other, are not named a second time
            // (assessment.subjectiveOwnPlanningListed, {n}); empty: named as before.
            let listed = Set(report.tasks.filter { plainKind($0) == .notStarted }.map(\.code))
            if !planning.isEmpty, w.texts["assessment.subjectiveOwnPlanningListed"] != nil, w.says("assessment.subjectiveOwnPlanningListed"),
               w.says("assessment.progressPlain"), listed == Set(planning.map(\.code)) {
                subjective.append(w("assessment.subjectiveOwnPlanningListed", ["n": VietFormat.count(planning.count)]))
            } else if !planning.isEmpty {
                subjective.append(w(planningKey, ["tasks": planning.map { lowerFirst(expanded($0.title)) }.joined(separator: "; ")]))
            }
        } else if !notStartedOwn.isEmpty {
            subjective.append(w("assessment.subjectiveOwnNotStartedTasks", ["tasks": notStartedOwn.map { lowerFirst(expanded($0.title)) }.joined(separator: "; ")]))
        }
        if !lateOwn.isEmpty, w.says("assessment.subjectiveOwnTasks") {
            subjective.append(w("assessment.subjectiveOwnTasks", ["tasks": lateOwn.map { lowerFirst(expanded($0.title)) }.joined(separator: "; ")]))
        }
        // REVIEW48 #4: the Sở's own units putting work off for want of their funds are the Sở's
        // own shortcoming too: named under Chủ quan with how many contents they put off.
        if definition.rules.postponedOwnUnits == "first", w.says("assessment.subjectiveOwnPostponed") {
            let own = upwardPostponements.filter { outsideCount([$0.unit]) == 0 }
            var names: [String] = []
            for p in own where !names.contains(shortName(p.unit.unitName)) { names.append(shortName(p.unit.unitName)) }
            let contents = Set(own.compactMap(\.task)).count
            if !names.isEmpty {
                subjective.append(w("assessment.subjectiveOwnPostponed", ["units": VietFormat.list(names), "n": VietFormat.count(max(1, contents)),
                                                                          "year": proposedYear(own.map(\.text)) ?? String(report.plan.year + 1),
                                                                          "planYear": String(report.plan.year)]))
            }
        }
        let ownMembers = report.reporters.filter { r in r.group.map { definition.rules.ownGroups.contains($0) } ?? false }
        if ownMembers.contains(where: { $0.state == .missing || $0.state == .unreadable || $0.state == .late }), w.says("assessment.subjectiveOwnReporting") {
            // REVIEW40 #8 (over REVIEW39 #10): the own units that sent nothing named in one
            // clause beside it (assessment.ownMissingNamed; empty: not named).
            let absent = ownMembers.filter { $0.state == .missing || $0.state == .unreadable }.map { shortName($0.unitName) }
            let names = absent.isEmpty || !w.says("assessment.ownMissingNamed") ? "" : w("assessment.ownMissingNamed", ["names": VietFormat.list(absent), "n": VietFormat.count(absent.count)])
            subjective.append(w("assessment.subjectiveOwnReporting", ["names": names]))
        }
        for theme in stated where !objectiveOwn(theme.theme) {
            // REVIEW37 #6: with own units named, their difficulties are stated under their theme above.
            for it in theme.items where outsideWho(it.units) == nil && !ownNamed {
                subjective.append(upperFirst(trimEnd(ownWords(it.text, it.units))) + ".")
            }
        }
        if shortcomings.isEmpty && report.difficulties.isEmpty { return out }
        out.append(.item(w("sections.shortcomings")))
        if !shortcomings.isEmpty { out.append(.paragraph(w("assessment.shortcomingsIntro"))) }
        out += shortcomings
        if report.difficulties.isEmpty && subjective.isEmpty { return out }
        out.append(.paragraph(w("assessment.causesIntro")))
        // Objective: the units' difficulties by theme.
        if stated.contains(where: { t in t.items.contains { outsideWho($0.units) != nil || objectiveOwn(t.theme) || (ownNamed && hasOwn($0.units)) } }) {
            out.append(.paragraph(w("assessment.objective")))
            for theme in stated {
                // A difficulty only the Department's own units raised is the Sở's own: "Chủ
                // quan" (REVIEW20 #3.10), not an objective cause — unless its theme is decided
                // above them (rules.objectiveThemes: staffing, funds), then attributed to the
                // unit (REVIEW23 #10). A unit's words about itself said of its kind.
                // REVIEW31 #10 (over REVIEW23 #10): the Sở's own phòng, đơn vị are never cited as
                // a source upward ("phản ánh của 03 phòng, đơn vị trực thuộc Sở"): their
                // difficulty is stated in the Sở's own voice (assessment.difficultyOwn).
                let items = theme.items.compactMap { it -> String? in
                    let text = lowerFirst(trimEnd(ownWords(it.text, it.units)))
                    // REVIEW37 #6: an own unit's difficulty under its theme, its units named.
                    if ownNamed && hasOwn(it.units) { return w("assessment.difficulty", ["text": text, "who": namedWho(it.units)]) }
                    if let who = outsideWho(it.units) { return w("assessment.difficulty", ["text": text, "who": who]) }
                    guard objectiveOwn(theme.theme) else { return nil }
                    return w("assessment.difficultyOwn", ["text": text, "who": sourceWho(it.units, nameOne: true)])
                }
                if items.isEmpty { continue }
                out.append(.dash(w("assessment.theme", ["label": w.themeLabels[theme.theme] ?? theme.theme, "items": items.joined(separator: "; ")])))
            }
        }
        if !subjective.isEmpty {
            out.append(.paragraph(w("assessment.subjective")))
            out += subjective.map { .dash($0) }
        }
        return out
    }

    /// A theme of difficulty decided above the units that raise it (rules.objectiveThemes).
    func objectiveOwn(_ theme: String) -> Bool { definition.rules.objectiveThemes.contains(theme) }

    /// A unit's words about itself ("tại Sở còn thiếu" from a sở, ngành) said of the kind of
    /// unit that wrote them (rules.selfReferences), when every unit of the item is of that kind:
    /// quoted in the Department's report they would read as its own (REVIEW23 #10).
    func ownWords(_ text: String, _ units: [ConsolidatedReport.UnitRef]) -> String {
        let kinds = Set(units.map { u in report.reporters.first { $0.unitID == u.unitID }?.group ?? "" })
        guard kinds.count == 1, let kind = kinds.first else { return text }
        var out = text
        for r in definition.rules.selfReferences where r.kind == kind {
            var result = ""
            var rest = Substring(out)
            while let range = rest.range(of: r.from) {
                result += rest[..<range.lowerBound]
                let after = rest[range.upperBound...]
                // Whole words only: "tại Sở" not "tại Sở Y tế" (a name goes on with a capital).
                let named = after.first == " " && (after.dropFirst().first?.isUppercase ?? false)
                result += (after.first?.isLetter ?? false) || named ? String(rest[range]) : r.to
                rest = after
            }
            out = result + rest
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

    /// Section IV: the recurring tasks go on (those behind named first); tasks due this
    /// quarter finished by their date; reporting followed up; the units' proposals to the
    /// Department taken up as its own work, one line per theme.
    func outlook() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.outlook")), .paragraph(w("outlook.intro"))]
        // REVIEW44 #4: a task done so far before its deadline has no step of its own in IV.
        let open = report.tasks.filter { ![.completed, .completedToDate].contains(phase($0)) }
        let quarterEnd = VietFormat.quarterEnd(report.asOf)
        // Each task behind on its own line: the overdue ones finished in the coming month, the
        // ones due this quarter started or finished by their date, the others carried on.
        // No month is promised that no unit gave (REVIEW8 #5, #6): overdue tasks are followed
        // up; the others by the plan's own deadline. Tasks of one kind and deadline, one line.
        for t in open where phase(t) == .overdue {
            // Its lead reported results without a status (REVIEW27 #4): the step is to confirm
            // where it stands, no cause of a delay nobody reported.
            let key = t.basis == .leadSilent && w.says("outlook.overdueUnreported") ? "outlook.overdueUnreported" : "outlook.overdue"
            out.append(.dash(w(key, ["task": lowerFirst(taskName(t)), "month": signingMonthText, "lead": leadStep(t),
                                                   "deadline": t.dueDate.map(deadlineText) ?? t.schedule,
                                                   "year": String(report.plan.year), "next": String(report.plan.year + 1)])))
        }
        var lines: [(key: String, due: PlanDate, tasks: [ConsolidatedReport.TaskResult])] = []
        for t in open where phase(t) != .overdue && !t.recurring {
            guard let due = t.dueDate else { continue }
            // Due on the cut-off day: finished now, no date already passed when signing.
            // A lead that gave no status is asked for it (REVIEW17 #5).
            // Empty outlook.leadSilent: the lead's status is asked before signing (review page).
            if basePhase(t) == .leadSilent && !w.says("outlook.leadSilent") { continue }
            // No request for it came in the period: acted on when one comes (REVIEW31 #2).
            var key = basePhase(t) == .leadSilent ? "outlook.leadSilent"
                : basePhase(t) == .notDue && w.says("outlook.scheduledNotDue") ? "outlook.scheduledNotDue"
                : [.awaitingRequest, .notDue].contains(basePhase(t)) ? (t.basis == .lead && w.says("outlook.onRequestDated") ? "outlook.onRequestDated" : "outlook.onRequest")
                : due > quarterEnd ? "outlook.remaining" : ([.notStarted, .noInformation].contains(basePhase(t)) ? "outlook.start" : (due <= report.asOf ? "outlook.dueNow" : "outlook.finish"))
            // REVIEW45 #4: the carry into next year's plan is said in the plan year's last
            // quarter only (outlook.scheduledNotDueEarly before it).
            let lastQuarter = report.asOf.year == report.plan.year && VietFormat.quarterEnd(report.asOf).month == 12
            if key == "outlook.scheduledNotDue", !lastQuarter, w.says("outlook.scheduledNotDueEarly") { key = "outlook.scheduledNotDueEarly" }
            // REVIEW53 #4: the Sở's own unit's task counted under way (rules.ownUnsettled) is not
            // said to await its assessment: what remains, finished (outlook.leadSilent_own).
            if key == "outlook.leadSilent", definition.rules.ownUnsettledInProgress, ownLead(t), w.texts["outlook.leadSilent_own"] != nil, w.says("outlook.leadSilent_own") {
                key = "outlook.leadSilent_own"
            }
            if let i = lines.firstIndex(where: { $0.key == key && $0.due == due }) { lines[i].tasks.append(t) } else { lines.append((key, due, [t])) }
        }
        for l in lines {
            let names = l.tasks.map { lowerFirst(taskName($0)) }
            let task = names.count == 1 ? w("task.one", ["title": names[0]]) : w("task.many", ["titles": names.joined(separator: "; ")])
            out.append(.dash(w(l.key, ["task": task, "due": VietFormat.date(l.due), "deadline": deadlineText(l.due), "lead": leadStep(l.tasks[0]),
                                       "year": String(report.plan.year), "month": signingMonthText, "next": String(report.plan.year + 1)])))
        }
        // REVIEW42 #4: the own lead's work not started, committed to the date III.2 gives.
        let commitments = w.says("outlook.ownNotStarted") ? ownNotStartedCommitments : []
        for c in commitments {
            out.append(.dash(w("outlook.ownNotStarted", ["tasks": tasksNamed(c.tasks), "lead": leadStep(c.tasks[0]), "by": VietFormat.date(c.by)])))
        }
        let committed = Set(commitments.flatMap { $0.tasks.map(\.code) })
        if open.contains(where: \.recurring) {
            // The recurring tasks only being prepared: the priority (those not started are named
            // in III, each with its next step there).
            let behind = preparingTasks.filter { $0.recurring && !committed.contains($0.code) }
            let priority = behind.isEmpty ? "" : w("outlook.priority", ["tasks": taskNames(behind)])
            out.append(.dash(w("outlook.recurring", ["priority": priority])))
        }
        if reportingIncomplete { out.append(.dash(w("outlook.reporting"))) }
        // REVIEW50 #1: the holder's amounts of no named fund add up above the allocation: the
        // body says each amount only; here the Sở asks for their source — a request, never an
        // overspend stated as fact.
        if budgetUnderReview, w.says("outlook.budgetSource"), let line = budgetSourceRequest() { out.append(.dash(line)) }
        // The units' proposals to move work to a later year, stated in III.2: the Sở's decision
        // to make (REVIEW28 #7).
        // Among them a duty by law (rules.statutoryTasks: the phân quyền of UBND phường, xã):
        // the Sở does not accept in writing that it be put off (REVIEW30 #15).
        if w.says("outlook.postponed") {
            let statutory = upwardPostponements.contains { p in p.task.map { definition.rules.statutoryTasks.contains($0) } ?? false }
            let key = statutory && w.says("outlook.postponedStatutory") ? "outlook.postponedStatutory" : "outlook.postponed"
            for year in proposedYears() {
                out.append(.dash(w(key, ["next": year, "year": String(report.plan.year)])))
            }
        }
        // REVIEW53 #8 (rules.postponement.ownUnits "remedy"): the Sở's own units that put work
        // off for want of their 2026 funds are not a shortcoming sent upward (III.2 lists the
        // units outside): the Department's remedy, here.
        if let line = ownPostponedRemedy() { out.append(.dash(line)) }
        // In the plan year's last quarter, the next year's plan is part of what comes next.
        if report.asOf.year == report.plan.year, VietFormat.quarterEnd(report.asOf).month == 12 {
            out.append(.dash(w("outlook.nextPlan", ["year": String(report.plan.year + 1), "directive": directiveShort, "carry": w("outlook.carry", ["year": String(report.plan.year)])])))
        }
        // The units' proposals to the Department: its own work. Those upward or for the City
        // that only the Department's own units raised are its own matters, not stated (the data
        // keep them; REVIEW13 #9).
        // The most reported ones (rules.ownWorkMinUnits): the body stays short; all are in the
        // data and on the review page.
        // A proposal that the Sở advise a body above (rules.adviceRequests) is the Sở's own
        // work, always taken up here, never asked of that body in V (REVIEW19 #7).
        let own = report.proposals.filter { !$0.upward }.flatMap(\.items).filter { adviceRequest($0) != nil || !cityDecides($0.action ?? $0.text) }
            // The consolidating unit's own proposals to the Sở are its advice: always taken up.
            .filter { adviceRequest($0) != nil || Set($0.units.map(\.unitID)).count >= definition.rules.ownWorkMinUnits || $0.units.contains { $0.unitID == report.budget.holder } }
        // REVIEW28 #15: a request the City decides (staff) that only the Department's own units
        // made is the Sở's to take up with the City: IV, as its advice, never dropped silently.
        let ownToCity = report.proposals.filter { !$0.upward }.flatMap(\.items)
            .filter { cityDecides($0.action ?? $0.text) && !groundedUpward($0) && adviceRequest($0) == nil && !own.contains($0) }
        if !own.isEmpty || !ownToCity.isEmpty {
            out.append(.paragraph(w("outlook.ownWork")))
            // One line per theme of the difficulties (the first theme with a keyword).
            var order: [String] = []
            var byTheme: [String: [String]] = [:]
            var budget: [String] = []
            for raw in own + ownToCity {
                // REVIEW41 #11: attributed to every unit that raised the difficulty it answers.
                let it = withDifficultyRaisers(raw)
                let text = withoutRequestVerb(trimEnd(it.action ?? it.text))
                var line = lowerFirst(text)
                // What needs means the Sở has not got is studied; the rest it does (REVIEW17 #11).
                if definition.rules.ownWorkStudy.contains(where: { VietText.fold(text).contains($0) }) { line = w("outlook.study", ["text": line]) }
                // Advice to a body above a unit asked of the Department: the Department's own
                // step, "nghiên cứu, tham mưu …" (REVIEW19 #7); money the City gives: asked in
                // the next year's budget estimate.
                let folded = VietText.fold(text)
                if let (addressee, rest) = adviceRequest(it) {
                    line = lowerFirst(w("outlook.advise", ["addressee": w.addresseeLabels[addressee] ?? addressee, "text": lowerFirst(rest)]))
                } else if ownToCity.contains(raw) {
                    let city = definition.rules.cityAddressee
                    // REVIEW39 #11: an own unit asked the Sở, not the City: answered at the Sở's
                    // level as asked (outlook.ownToCity), never escalated beyond the source.
                    line = w.texts["outlook.ownToCity"] != nil ? lowerFirst(w("outlook.ownToCity", ["text": lowerFirst(text)]))
                        : lowerFirst(w("outlook.advise", ["addressee": w.addresseeLabels[city] ?? city, "text": lowerFirst(text)]))
                } else if needsCity(text) {
                    // Asked in the next budget estimate, all such items on one line.
                    budget.append(lowerFirst(text) + (ownNamed ? w("outlook.ownSource", ["who": namedWho(it.units)]) : ""))
                    continue
                }
                // Whose proposal it is, the Department's own units counted as such (REVIEW17 #11).
                // Made only by the Department's own units: the Sở's own work, no source named.
                // REVIEW37 #6: who proposed it, the Department's own units by name too.
                // REVIEW47 #6: the units that raised the same difficulty, named after the proposers.
                let also = alsoRaised(it)
                if !also.isEmpty, w.says("outlook.ownSourceAlsoRaised") {
                    line += w("outlook.ownSourceAlsoRaised", ["who": namedWho(it.units), "others": namedWho(also)])
                } else {
                    line += ownNamed ? w("outlook.ownSource", ["who": namedWho(it.units)])
                        : w(outsideCount(it.units) > 0 ? "outlook.ownSource" : "outlook.ownSourceOwn", ["who": sourceWho(it.units, nameOne: true)])
                }
                let theme = definition.rules.themes.first { t in t.keywords.contains { !$0.isEmpty && folded.contains($0) } }?.id ?? "other"
                if byTheme[theme] == nil { order.append(theme) }
                byTheme[theme, default: []].append(line)
            }
            var lines = order.map { upperFirst(byTheme[$0]!.joined(separator: "; ")) }
            if !budget.isEmpty {
                lines.append(w("outlook.inBudget", ["text": budget.joined(separator: "; "), "next": String(signingMonth.year + (signingMonth.month >= 7 ? 1 : 0))]))
            }
            for (i, line) in lines.enumerated() {
                out.append(.dash(w("outlook.ownItem", ["text": line]) + (i == lines.count - 1 ? "." : ";")))
            }
        }
        return out
    }

    /// A unit's proposal that the Sở advise a body above ("tham mưu Ủy ban nhân dân Thành phố
    /// ban hành …": rules.adviceRequests): that body and what the advice is for, the advice
    /// words taken off.
    public func adviceRequest(_ item: ConsolidatedReport.MergedItem) -> (addressee: String, rest: String)? {
        let text = withoutRequestVerb(trimEnd(item.action ?? item.text))
        let folded = VietText.fold(text)
        for a in definition.rules.adviceRequests {
            if let phrase = a.phrases.first(where: { folded.hasPrefix(VietText.fold($0) + " ") }) {
                return (a.addressee, String(text.dropFirst(phrase.count + 1)))
            }
        }
        return nil
    }

    /// "Chỉ đạo Chi cục" for the Department's own lead, "Đôn đốc Sở …" for another body's
    /// (REVIEW14 #11: the lead named, not "đơn vị chủ trì").
    func leadStep(_ t: ConsolidatedReport.TaskResult) -> String {
        w(leadIsOwn(t) ? "outlook.directOwn" : "outlook.directOther", ["lead": leadName(t)])
    }

    /// A request is asked upward only when a unit outside the Department raised it: what III
    /// reports is theirs; a request only the Department's own units raised is its own work
    /// (REVIEW13 #9).
    /// REVIEW40 #12: a request upward only the Department's own units made, about the work of
    /// a task its own lead has not started (at least rules.ownRequestTaskWords of the task's
    /// words in it): not asked of the bodies above before the Sở has done its part — IV carries
    /// the task as the Sở's own work; the request stays in the data and on the review page.
    func ownRequestBeforeOwnWork(_ item: ConsolidatedReport.MergedItem) -> Bool {
        let least = definition.rules.ownRequestTaskWords
        guard least > 0, outsideWho(item.units) == nil else { return false }
        let words = TextMerge.tokens(item.action ?? item.text)
        return report.tasks.contains { t in
            leadIsOwn(t) && phase(t) == .notStarted && words.intersection(TextMerge.tokens(t.title + " " + t.text)).count >= least
        }
    }

    /// The upward addressees the report's Nơi nhận names (closing.copies), asked apart in V
    /// when rules.askCopied (REVIEW41 #3); none otherwise.
    var copiedAddressees: Set<String> {
        guard definition.rules.askCopied else { return [] }
        let folded = w.list("closing.copies").map { VietText.fold($0) }
        return Set(report.proposals.filter(\.upward).map(\.addressee).filter { id in
            let label = VietText.fold(w.addresseeLabels[id] ?? id)
            return !label.isEmpty && folded.contains { $0.contains(label) }
        })
    }

    /// REVIEW41 #11: a proposal whose proposers all raised one difficulty with at least
    /// rules.proposalDifficultyWords of its words ("biên chế công chức làm công tác kiểm tra")
    /// is the request of every unit that raised that difficulty: attributed to them all (0: off).
    func withDifficultyRaisers(_ item: ConsolidatedReport.MergedItem) -> ConsolidatedReport.MergedItem {
        let least = definition.rules.proposalDifficultyWords
        guard least > 0 else { return item }
        let words = TextMerge.tokens(item.action ?? item.text)
        let ids = Set(item.units.map(\.unitID))
        var out = item
        for d in report.difficulties.flatMap(\.items) {
            let raisers = Set(d.units.map(\.unitID))
            guard ids.isSubset(of: raisers), raisers.count > ids.count, words.intersection(TextMerge.tokens(d.text)).count >= least else { continue }
            for u in d.units where !out.units.contains(where: { $0.unitID == u.unitID }) { out.units.append(u) }
        }
        return out
    }

    /// REVIEW47 #6: the units other than a proposal's proposers that raised a difficulty its
    /// proposers raised too, sharing at least rules.proposalAlsoRaisedWords words with it
    /// ("Biên chế công chức làm công tác kiểm tra còn thiếu …" beside "… bổ sung biên chế công
    /// chức làm công tác kiểm tra …"); none when off.
    func alsoRaised(_ item: ConsolidatedReport.MergedItem) -> [ConsolidatedReport.UnitRef] {
        let least = definition.rules.proposalAlsoRaisedWords
        guard least > 0 else { return [] }
        let words = TextMerge.tokens(item.action ?? item.text)
        let ids = Set(item.units.map(\.unitID))
        var out: [ConsolidatedReport.UnitRef] = []
        for d in report.difficulties.flatMap(\.items) where ids.isSubset(of: Set(d.units.map(\.unitID))) && words.intersection(TextMerge.tokens(d.text)).count >= least {
            for u in d.units where !ids.contains(u.unitID) && !out.contains(where: { $0.unitID == u.unitID }) { out.append(u) }
        }
        return out
    }

    func groundedUpward(_ item: ConsolidatedReport.MergedItem) -> Bool {
        // REVIEW44 #7 (rules.cityRequests.ownAsked, over REVIEW39 #11): IV never promises what
        // the Department cannot decide — a request only the City decides is asked of it in V,
        // whoever of the units made it.
        outsideCount(item.units) > 0 || definition.rules.cityRequestsOwnAsked
    }

    /// "Xem xét bổ sung …" → "Bổ sung …": the Department's own work states the step, not a request.
    func withoutRequestVerb(_ text: String) -> String {
        let verb = w("proposals.item", ["addressee": "", "text": "", "who": ""]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        guard !verb.isEmpty, VietText.fold(text).hasPrefix(VietText.fold(verb) + " ") || VietText.fold(text).hasPrefix(VietText.fold(verb) + ",") else { return text }
        return upperFirst(String(text.dropFirst(verb.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,")))
    }

    /// A request for the City's staff or money that does not say whom it is for (REVIEW10 #9):
    /// for the units that asked it, when they are of one kind ("… công tác kiểm tra của Sở để
    /// đáp ứng …"), put before its purpose.
    func forWhom(_ text: String, _ units: [ConsolidatedReport.UnitRef]) -> String {
        guard needsCity(text) || cityDecides(text) else { return text }
        let folded = VietText.fold(text)
        guard !definition.rules.beneficiaryWords.contains(where: { folded.contains($0) }) else { return text }
        let kinds = Set(units.map { u -> String in
            report.reporters.first { $0.unitID == u.unitID }?.group ?? (u.unitID.hasPrefix(ownUnitPrefix) ? definition.rules.ownGroups.first ?? "" : "")
        })
        guard kinds.count == 1, let kind = kinds.first?.replacingOccurrences(of: "group:", with: ""), w.texts["proposals.forWhom.\(kind)"] != nil else { return text }
        let phrase = w("proposals.forWhom.\(kind)")
        for end in definition.rules.taskPhraseEnds {
            if let r = text.range(of: " " + end + " ") { return text[..<r.lowerBound] + " " + phrase + text[r.lowerBound...] }
        }
        return text + " " + phrase
    }

    func proposals() -> [BodyBlock] {
        var out: [BodyBlock] = [.section(w("sections.proposals"))]
        // Bodies folded under another (the national committee under the Bộ) ask through it.
        var groups: [(addressee: String, items: [String])] = []
        // Proposals to the Department only the City can decide join the City's.
        // A request the units addressed to a body above is asked, whoever made it (the
        // Department's own units' too: REVIEW14 #9); a proposal to the Department only the City
        // decides is asked when units outside the Department made it (REVIEW13 #9).
        // REVIEW41 #3 (rules.askCopied, over REVIEW19 #7's folding and REVIEW40 #12's drop for
        // it): a body the report's Nơi nhận names is asked in its own numbered group, after the
        // recipients', whoever of the units asked it.
        let copied = copiedAddressees
        var asked = report.proposals.filter { $0.upward && $0.addressee != definition.rules.otherAddressee }
            .map { g in (addressee: g.addressee, items: g.items.filter { copied.contains(g.addressee) || !ownRequestBeforeOwnWork($0) }) }.filter { !$0.items.isEmpty }
        let moved = report.proposals.filter { !$0.upward }.flatMap(\.items).filter { cityDecides($0.action ?? $0.text) && groundedUpward($0) }
        if !moved.isEmpty {
            if let i = asked.firstIndex(where: { $0.addressee == definition.rules.cityAddressee }) {
                asked[i].items += moved
            } else {
                asked.insert((addressee: definition.rules.cityAddressee, items: moved), at: 0)
            }
        }
        for g in asked {
            // REVIEW54 #9 (rules.askCopied "through"): asked through the body it sits under
            // ("Chỉ đạo Ủy ban …" of the Bộ), its requests kept as a copied body's.
            let target = copied.contains(g.addressee) && !definition.rules.askCopiedThrough ? g.addressee : definition.rules.folded[g.addressee] ?? g.addressee
            let items = g.items.map { asked -> String in
                let it = withDifficultyRaisers(asked)
                let text = forWhom(trimEnd(it.action ?? it.text), it.units)
                // Whose request it is, named by kind and number (REVIEW14 #9).
                // The Department's own units are the Department: not named as proposers.
                // Only the Department's own units: counted as such, every request carrying its
                // source (REVIEW17 #12).
                // Several of its own units: counted (REVIEW41 #3, proposals.attributedOwnCount).
                let ownCount = Set(it.units.map(\.unitID)).count
                // REVIEW45 #4: a request the Department's own units addressed to the Department
                // itself ("Đề nghị Ban Giám đốc Sở xem xét bổ sung biên chế …") that only the City
                // can decide is the Department's own request upward: not credited to the unit.
                let ownToDepartment = moved.contains(asked) && outsideWho(it.units) == nil
                let attributed = { (line: String) in
                    // REVIEW46 #7: said with whose difficulty it answers (proposals.ownToDepartment).
                    ownToDepartment ? (w.says("proposals.ownToDepartment") ? w("proposals.ownToDepartment", ["text": line, "who": ownProposers(it.units)]) : line)
                        : outsideWho(it.units).map { w(line.hasSuffix(")") ? "proposals.attributedAfterParen" : "proposals.attributed", ["text": line, "who": $0]) }
                        ?? (ownCount >= 2 && w.says("proposals.attributedOwnCount")
                            ? w("proposals.attributedOwnCount", ["text": line, "n": VietFormat.count(ownCount)])
                            : w("proposals.attributedOwn", ["text": line, "who": ownProposers(it.units)]))
                }
                if target != g.addressee {
                    return attributed(w("proposals.folded", ["addressee": w.addresseeLabels[g.addressee] ?? g.addressee, "text": lowerFirst(text)]))
                }
                let verb = w("proposals.item", ["addressee": "", "text": "", "who": ""]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                if VietText.fold(text).hasPrefix(VietText.fold(verb)) { return attributed(text) }
                // "Sớm ban hành …" asks for itself; "Xem xét," would weaken it.
                if let first = text.split(separator: " ").first, definition.rules.directRequestWords.contains(VietText.fold(String(first))) { return attributed(upperFirst(text)) }
                return attributed(w("proposals.item", ["addressee": w.addresseeLabels[target] ?? target, "text": lowerFirst(text), "who": who(it.units)]))
            }
            if let i = groups.firstIndex(where: { $0.addressee == target }) { groups[i].items += items } else { groups.append((target, items)) }
        }
        // The difficulties the body states, of a theme only a body above can settle
        // (rules.themeRequests: the guidance the Bộ issues), asked of it (REVIEW8 #7).
        for request in definition.rules.themeRequests {
            let (theme, addressee) = (request.theme, request.addressee)
            guard let g = stated.first(where: { $0.theme == theme }) else { continue }
            // Raised by units outside the Department (its own are its to settle), named as III.2
            // states them (REVIEW9 #8), the units that raised them being there.
            // Its most reported item, with the legal reference it cites (REVIEW14 #9: a request,
            // not the list of difficulties pasted again).
            guard let item = g.items.first(where: { outsideWho($0.units) != nil }) else { continue }
            let text = trimEnd(item.text)
            // The request is for what the difficulty lacks: its subject, before what is wrong
            // with it ("Văn bản hướng dẫn … chưa đầy đủ" → "Sớm hoàn thiện văn bản hướng dẫn …").
            let cut = definition.rules.difficultyPredicates.compactMap { text.range(of: $0)?.lowerBound }.min()
            let line = cut.map { w("proposals.fromDifficultySubject", ["subject": lowerFirst(String(text[..<$0])), "who": outsideWho(item.units) ?? who(item.units)]) }
                ?? w("proposals.fromDifficulty", ["theme": lowerFirst(w.themeLabels[theme] ?? theme), "items": lowerFirst(text)])
            if let i = groups.firstIndex(where: { $0.addressee == addressee }) { groups[i].items.append(line) } else { groups.append((addressee, [line])) }
        }
        if groups.isEmpty { return out + [.paragraph(w("proposals.none"))] }
        groups = groups.filter { !copied.contains($0.addressee) } + groups.filter { copied.contains($0.addressee) }
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

    /// A text of the appendices with the report's shorthand written out ("UBND" →
    /// "Ủy ban nhân dân").
    public func expanded(_ text: String) -> String { expand([.paragraph(text)])[0].text }

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

    /// The entries of a cell with every sentence said once: a sentence (up to its full stop)
    /// already said in an earlier entry is dropped from a later one, an entry left empty is
    /// dropped (REVIEW40 #6). Compared on the folded text.
    public static func withoutRepeatedSentences(_ entries: [String]) -> [String] {
        var said = Set<String>()
        var out: [String] = []
        for e in entries {
            var kept: [String] = []
            for sentence in e.components(separatedBy: ". ") {
                let key = VietText.fold(sentence.trimmingCharacters(in: CharacterSet(charactersIn: " ."))).trimmingCharacters(in: .whitespaces)
                if key.isEmpty || said.insert(key).inserted { kept.append(sentence) }
            }
            var joined = kept.joined(separator: ". ")
            if e.hasSuffix("."), !joined.hasSuffix(".") { joined += "." }
            if !joined.trimmingCharacters(in: CharacterSet(charactersIn: " .")).isEmpty { out.append(joined) }
        }
        return out
    }

    public func lowerFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        // Keep proper nouns and abbreviations: "Hệ thống" lowercases, "UBND", "Sở" do not.
        let firstWord = s.split(separator: " ").first.map(String.init) ?? ""
        if firstWord.count > 1, firstWord.dropFirst().contains(where: \.isUppercase) { return s }
        // "Phòng Kiểm tra – Pháp chế" is a name (REVIEW40: "; phòng Kiểm tra …" after a
        // semicolon), "Phòng, chống" and "Phòng ngừa" are not: a name's next word is capitalised.
        if firstWord == "Phòng", s.split(separator: " ").dropFirst().first?.first?.isUppercase == true { return s }
        if ["Sở", "Bộ", "Chi", "Ủy", "Thành", "Nhà", "Quốc", "Phường", "Xã", "Đặc", "Trung", "Ban", "Cục", "Viện", "Tổ", "Chương", "Đề", "Giải"].contains(firstWord) {
            // "Tổ chức", "Đề xuất" and "Giải quyết" are verbs, not names.
            if !["Tổ chức", "Đề xuất", "Đề nghị", "Giải quyết", "Giải thích", "Chi phí", "Chi trả", "Thành lập", "Ban hành"].contains(where: { s.hasPrefix($0 + " ") }) { return s }
        }
        return f.lowercased() + s.dropFirst()
    }

    /// Each abbreviation written out at its first use ("Ủy ban nhân dân (UBND)") and short
    /// after; section and item headings are left as they are.
    public func abbreviate(_ blocks: [BodyBlock]) -> [BodyBlock] {
        var out = blocks
        for a in w.abbreviations {
            var introduced = false
            for (i, b) in out.enumerated() {
                // Headings never introduce a short form; an item heading after its introduction
                // uses it, as the text does (a plan group's long title shortened by it).
                if isHeading(b) {
                    // REVIEW36 #11: with rules.headingsInFull the plan's group titles stay whole.
                    if introduced, !definition.rules.headingsInFull, case .item = b { out[i] = b.with(b.text.replacingOccurrences(of: a.full, with: a.short)) }
                    continue
                }
                var text = b.text
                if !introduced {
                    // Introduced only after one of its introAfter words, when it has some.
                    var full = wordRange(of: a.full, in: text, notFollowedBy: nil)
                    if let words = w.introAfter[a.full], !words.isEmpty {
                        while let r = full, !words.contains(where: { text[..<r.lowerBound].lowercased().hasSuffix($0.lowercased() + " ") }) {
                            full = wordRange(of: a.full, in: text, notFollowedBy: nil, from: r.upperBound)
                        }
                    }
                    var short = shortForm(a, in: text)
                    // An intro that opens a parenthesis is never put inside one (no parenthesis
                    // inside another): introduced at the first use outside parentheses.
                    // Unless the pipeline introduces it at its first use wherever that is
                    // (`inParentheses`, REVIEW32 #15: a programme named first in III.1's tally).
                    if a.intro.contains("("), !w.introInParentheses.contains(a.full) {
                        func inside(_ r: Range<String.Index>) -> Bool {
                            let before = text[..<r.lowerBound]
                            return before.filter { $0 == "(" }.count > before.filter { $0 == ")" }.count
                        }
                        while let r = full, inside(r) { full = wordRange(of: a.full, in: text, notFollowedBy: nil, from: r.upperBound) }
                        while let r = short, inside(r) {
                            let sub = String(text[r.upperBound...])
                            guard let rr = shortForm(a, in: sub) else { short = nil; break }
                            let lo = text.index(r.upperBound, offsetBy: sub.distance(from: sub.startIndex, to: rr.lowerBound))
                            short = lo..<text.index(lo, offsetBy: sub.distance(from: rr.lowerBound, to: rr.upperBound))
                        }
                    }
                    let first = [full, short].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
                    guard var r = first else { continue }
                    // The unit already wrote the short form after the full one ("… thương mại
                    // (TBT)"): introduced once, not twice.
                    if r == full, text[r.upperBound...].hasPrefix(" (" + a.short + ")") {
                        r = r.lowerBound..<text.index(r.upperBound, offsetBy: a.short.count + 3)
                    }
                    let intro = ReportWordingFill.fill(a.intro, ["full": a.full, "short": a.short])
                    text.replaceSubrange(r, with: intro)
                    introduced = true
                    // Later uses in the same block: short form.
                    let after = text.index(r.lowerBound, offsetBy: intro.count)
                    text = String(text[..<after]) + String(text[after...]).replacingOccurrences(of: a.full + " (" + a.short + ")", with: a.short)
                        .replacingOccurrences(of: a.full, with: a.short)
                } else {
                    // Once introduced, "full (short)" as a unit wrote it is the short form alone.
                    text = text.replacingOccurrences(of: a.full + " (" + a.short + ")", with: a.short).replacingOccurrences(of: a.full, with: a.short)
                }
                out[i] = b.with(text)
            }
        }
        return out
    }

    /// The first use of an abbreviation's short form, not as part of a name: "TCVN ISO
    /// 9001:2015" and "TCVN 5699" are standards' designations, not the abbreviation.
    func shortForm(_ a: (full: String, short: String, intro: String), in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let r = wordRange(of: a.short, in: text, notFollowedBy: a.full.dropFirst(a.short.count).split(separator: " ").first.map(String.init), from: from) {
            let rest = text[r.upperBound...]
            let isDesignation = rest.hasPrefix(" ") && rest.dropFirst().first.map { $0.isNumber || ($0.isUppercase && rest.dropFirst().prefix(3).allSatisfy(\.isUppercase)) } == true
            // "Trung tâm Công nghệ thông tin …": a short form of words followed by a capitalised
            // word is the start of another body's name.
            let anotherName = a.short.contains(" ") && rest.hasPrefix(" ") && rest.dropFirst().first?.isUppercase == true
            // Part of a document's symbol ("…/SKHCN-TĐC", "76/QĐ-UBND").
            let inSymbol = r.lowerBound > text.startIndex && "-/".contains(text[text.index(before: r.lowerBound)])
            if !isDesignation && !anotherName && !inSymbol { return r }
            from = r.upperBound
        }
        return nil
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
        case .leadSilent, .leadNotArisen: s = w("appendix.basisLeadSilent", ["lead": leadName(t)])
        case .leadAwaitingRequest: s = w("appendix.basisLead", ["lead": leadName(t)])
        case .none: s = w("appendix.basisNone")
        case .leadWithoutResult: s = w("appendix.basisLeadWithoutResult", ["lead": leadName(t)])
        // The lead's row copied from another task: what the state rests on instead (REVIEW21 #1).
        case .leadCopied: s = w(t.state == .inProgress ? "appendix.basisLeadCopiedJoint" : "appendix.basisLeadCopied", ["lead": leadName(t)])
        case .partnerJoint: s = w("appendix.basisPartnerJoint", ["lead": leadName(t), "who": partnerJointWork(t)?.who ?? ""])
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

    /// "47 đơn vị báo cáo: 40 đơn vị hoàn thành; 03 đơn vị đang thực hiện; 04 đơn vị không nêu tiến độ".
    public func statusBreakdown(_ t: ConsolidatedReport.TaskResult) -> String {
        // Every unit's "completed" counts as it reports it (a lead's without a stated result
        // too: the result cell says no result was stated).
        // Each unit's word as it said it: a lead's "không phát sinh" is never counted as "chưa
        // thực hiện" (REVIEW16 #2; the body says it the same way).
        let items = [TaskStatus.completed, .inProgress, .notStarted, .notApplicable, .unknown].compactMap { s -> String? in
            let n = t.statusCounts[s.rawValue] ?? 0
            return n > 0 ? w("appendix.statusItem", ["n": VietFormat.count(n), "status": statusLabel(s)]) : nil
        }
        guard !items.isEmpty else { return "" }
        // The lead says not started while units the plan assigns the task to did their part:
        // each of them named with its word, so the statuses side by side explain themselves
        // (REVIEW18 #3); the units outside the assignment counted after them.
        if !partDone(t).isEmpty {
            // The lead, then the units that did their part (the consolidation's `partsDone`).
            let assigned = t.unitStatuses.filter { isLeadUnit($0.unitID, of: t) } + partDone(t)
            var named = assigned.map { u in
                w("appendix.statusNamed", ["unit": shortName(u.unitName), "status": statusLabel(u.status),
                                           "lead": isLeadUnit(u.unitID, of: t) ? w("appendix.statusLeadMark") : ""])
            }
            let rest = t.unitStatuses.filter { u in !assigned.contains { $0.unitID == u.unitID } }
            if !rest.isEmpty {
                var counts: [TaskStatus: Int] = [:]
                for u in rest { counts[u.status, default: 0] += 1 }
                let others = [TaskStatus.completed, .inProgress, .notStarted, .notApplicable, .unknown].compactMap { s in
                    counts[s].map { w("appendix.statusItem", ["n": VietFormat.count($0), "status": statusLabel(s)]) }
                }
                named.append(w("appendix.statusTotal", ["n": VietFormat.count(rest.count), "items": others.joined(separator: "; ")]))
            }
            return (named + unitNotes(t, skipping: Set(assigned.map(\.unitID)))).joined(separator: "; ")
        }
        return ([w("appendix.statusTotal", ["n": VietFormat.count(t.unitStatuses.count), "items": items.joined(separator: "; ")])]
                + unitNotes(t, skipping: [])).joined(separator: "; ")
    }

    /// The notes units other than the lead wrote beside their status that change how it reads
    /// ("Lồng ghép" beside a budget line), as written, for the Department's own units (named one
    /// by one in every group, REVIEW36 #6) and units named in the cell (REVIEW36 #2); the lead's
    /// is in the "Tiến độ" cell. A named unit's note follows its name.
    func unitNotes(_ t: ConsolidatedReport.TaskResult, skipping named: Set<String>) -> [String] {
        guard w.says("appendix.unitNoted") else { return [] }
        return t.unitStatuses.compactMap { u -> String? in
            guard let note = u.note, !isLeadUnit(u.unitID, of: t), u.unitID != t.leadStatus?.unitID else { return nil }
            // The Department's own units, the consolidating unit too (not a reporter).
            let isOwn = outsideCount([ConsolidatedReport.UnitRef(unitID: u.unitID, unitName: u.unitName, file: u.file, source: u.source)]) == 0
            guard isOwn || named.contains(u.unitID) else { return nil }
            // REVIEW39 #8: the same for the units' column (empty: not shown).
            if u.noteIsBasis != true, w.texts["appendix.unitNotedOther"] != nil {
                return w.says("appendix.unitNotedOther") ? w("appendix.unitNotedOther", ["unit": shortName(u.unitName), "status": statusLabel(u.status), "note": note]) : nil
            }
            return w("appendix.unitNoted", ["unit": shortName(u.unitName), "status": statusLabel(u.status), "note": note])
        }
    }

    /// A task no unit wrote anything about: said so, of its lead.
    public func noResult(_ t: ConsolidatedReport.TaskResult) -> String {
        if t.basis == .leadWithoutResult { return w("appendix.leadClaimOnly", ["lead": leadName(t)]) }
        if t.overdue != nil { return w("appendix.noResultOverdue") }
        if basePhase(t) == .noInformation, notDueYet(t), w.says("appendix.noResultNotDue") { return w("appendix.noResultNotDue") }
        return w("appendix.noResult", ["lead": shortName(t.leadStatus?.unitName ?? t.leadText)])
    }

    /// The report the figures come from when a unit sent one after the report its timeliness
    /// is judged by: "; bổ sung: 523/BC-UBND ngày 30/10/2026" (REVIEW16 #4).
    public func laterDocument(_ r: ConsolidatedReport.ReporterRow) -> String {
        guard r.latestNumber != nil || r.latestDate != nil else { return "" }
        return w("appendix.laterDocument", ["number": r.latestNumber ?? w("appendix.noNumber"), "kind": laterKindLabel(r),
                                            "date": r.latestDate.map(VietFormat.date) ?? w("appendix.noDate")])
    }

    /// "bản thay thế": what the later report is (the consolidation's `latestKind`).
    public func laterKindLabel(_ r: ConsolidatedReport.ReporterRow) -> String {
        let kind = r.latestKind ?? definition.rules.laterReportDefault ?? "replacement"
        return w.texts["labels.laterReport.\(kind)"] != nil ? w("labels.laterReport.\(kind)") : w("labels.laterReport.replacement")
    }

    /// A receipt time as Phụ lục II shows it: none when it is after the report's date (a file's
    /// modification time when the report is made from files, not a receipt).
    public func meaningfulReceipt(_ d: Date) -> String? {
        let day = VietFormat.civilDate(d)
        return day <= report.asOf ? VietFormat.date(day) : nil
    }

    /// A sentence worth quoting: it has a figure, or none of the filler keywords of
    /// report.yaml (routine follow-up, "no request received").
    public func hasContent(_ s: ConsolidatedReport.Statement) -> Bool {
        if s.hasFigure { return true }
        let f = VietText.fold(s.text)
        return !definition.rules.fillerKeywords.contains { f.contains($0) }
    }

    /// A unit's sentence as Phụ lục I states it: the fact said plainly, its subject the unit
    /// (as the body says it), never the unit's words between quotation marks.
    public func quote(_ s: ConsolidatedReport.Statement) -> String {
        w("appendix.quote", ["unit": shortName(s.unit.unitName), "text": speakingAsTheDepartment(account(s))])
    }

    /// A unit's sentence on a task as Phụ lục I gives it: quoted, or, when it states a figure
    /// held back until confirmed, told without it as the body tells it (REVIEW16 #3.4: a
    /// figure is counted or held back, never sent up with a verification note).
    public func quote(_ s: ConsolidatedReport.Statement, of t: ConsolidatedReport.TaskResult) -> String {
        guard statesUnverified(s, t) else { return quote(s) }
        // The doubted attendance's clause cut as the body cuts it: the same sentence in the
        // body and Phụ lục I, no drafting note and no subject said twice (REVIEW27 #12).
        if let cut = heldBackAccount(t, statement: s) { return cut }
        return w("appendix.told", ["unit": shortName(s.unit.unitName), "text": trimEnd(countedAsAttendances(s.text)), "mark": unverifiedMark])
    }

    /// "27 đơn vị tổ chức 74 lớp tập huấn, hội nghị với 5.935 lượt người tham dự; 28 đơn vị
    /// đăng tải …": figures given by the same units share one clause. The figures are those
    /// Phụ lục III totals and the body sums (REVIEW10 #5): a unit's part in work another held,
    /// people it sent to others' classes, work counted under another task are left out and
    /// said apart ("(không kể …)"), so a reader adding up Phụ lục I gets the body's totals.
    public func taskFiguresLine(_ t: ConsolidatedReport.TaskResult, withNote: Bool = true) -> String {
        var parts: [String] = []
        var run: [(id: String, value: Double, money: Bool, units: Set<String>)] = []
        func flush() {
            guard let first = run.first else { return }
            parts.append(w("appendix.figureUnits", ["clause": sentenceClauses(run, namedBy: t), "n": VietFormat.count(first.units.count)]))
            run = []
        }
        for f in t.figures {
            let cs = countedContributions(t, f)
            guard !cs.isEmpty else { continue }
            let item = (id: f.indicator, value: cs.map(\.value).reduce(0, +), money: f.isMoney, units: Set(cs.map(\.unitID)))
            if let last = run.last, let cont = indicator(item.id).continued, !cont.isEmpty, indicator(item.id).continuesAfter.contains(last.id),
               item.units.isSubset(of: last.units), item.units.count == run[0].units.count {
                run.append(item)
            } else {
                flush()
                run = [item]
            }
        }
        flush()
        guard !parts.isEmpty else { return "" }
        return (parts.joined(separator: "; ") + (withNote ? leftOutNote(t) : "")).capitalisedFirst
    }

    /// The contributions of a task's figure that its total counts (Phụ lục III's "Tổng cộng",
    /// the body's sums): non-zero, not among the task's `notCounted`.
    public func countedContributions(_ t: ConsolidatedReport.TaskResult, _ f: ConsolidatedReport.FigureTotal) -> [ConsolidatedReport.Contribution] {
        f.contributions.filter { c in c.value != 0 && !t.notCounted.contains { $0.indicator == f.indicator && $0.unitID == c.unitID } }
    }

    /// A figure left out of a task's total that the review desk holds as a partner's figure of
    /// the lead's work far above the lead's own (`figure-partner-over-lead`).
    func conflictsWithLead(_ t: ConsolidatedReport.TaskResult, _ n: ConsolidatedReport.NotCounted) -> Bool {
        report.review.contains { r in
            r.code == "figure-partner-over-lead" && r.params?["code"] == t.code && r.unitID == n.unitID && r.params?["indicator"] == n.indicator
        }
    }

    /// " (không kể số liệu Phòng … phối hợp: …; …)": what a task's counted figures leave out,
    /// by reason, with whose figures they are.
    func leftOutNote(_ t: ConsolidatedReport.TaskResult) -> String {
        let items = leftOutItems(t)
        return items.isEmpty ? "" : w("appendix.leftOut", ["items": items.joined(separator: "; ")])
    }

    /// What a task's counted figures leave out, by reason, each with whose figures they are.
    public func leftOutItems(_ t: ConsolidatedReport.TaskResult) -> [String] {
        var items: [String] = []
        // Work partners told they held with the task's lead, counted in the lead's figure
        // (rules.participation.countedBy "lead", REVIEW27 #3): said to be in the lead's.
        let inLead = { (n: ConsolidatedReport.NotCounted) in n.reason == .jointWork && !(n.heldBy ?? []).isEmpty && (n.heldBy ?? []).allSatisfy { self.isLeadUnit($0, of: t) } }
        // REVIEW39 #1: the lead's account of joint work the holders' disagrees with: under review.
        let review = Consolidator.jointAccountsDisagree(t, rules: definition.rules) && w.says("appendix.leftOutItem.joint_review")
        for (reason, key) in [(ConsolidatedReport.NotCountedReason.participation, "participation"), (.jointWork, "joint_work_lead"),
                              (.jointWork, review ? "joint_review" : "joint_work"),
                              (.attendedElsewhere, "attended_elsewhere"), (.sameWork, "same_work"), (.unverified, "unverified"), (.estimate, "estimate")] {
            // A partner's figure of the lead's work that conflicts with the lead's: the lead's
            // stands, the conflict is the review desk's, not a bracket going up (REVIEW22 #3).
            let these = t.notCounted.filter { n in n.reason == reason && t.figures.contains { $0.indicator == n.indicator } && !conflictsWithLead(t, n)
                && (reason != .jointWork || inLead(n) == (key == "joint_work_lead")) }
            guard !these.isEmpty else { continue }
            let holders = Array(Set(these.flatMap { $0.heldBy ?? [] })).sorted()
            let leadNames = VietFormat.list(holders.map { id in shortName(report.reporters.first { $0.unitID == id }?.unitName ?? t.leadStatus?.unitName ?? id) })
            var seen = Set<String>()
            let refs = these.filter { seen.insert($0.unitID).inserted }.map { ConsolidatedReport.UnitRef(unitID: $0.unitID, unitName: $0.unitName, file: $0.file, source: nil) }
            var ids: [String] = []
            for n in these where !ids.contains(n.indicator) { ids.append(n.indicator) }
            let values = ids.map { id in
                (id: id, value: these.filter { $0.indicator == id }.map(\.value).reduce(0, +), money: IndicatorID(id).isMoney,
                 units: Set(these.filter { $0.indicator == id }.map(\.unitID)))
            }
            // Where work counted under another task is counted: that task's letter.
            let kept = t.restated.filter { r in these.contains { $0.unitID == r.unitID } }.compactMap { r in report.tasks.first { $0.code == r.keptUnder }?.letter }
            var letters: [String] = []
            for k in kept where !letters.contains(k) { letters.append(k) }
            let counts = values.map { $0.money ? VietFormat.money($0.value) : VietFormat.count($0.value) + " " + indicator($0.id).measure }
            // A reason without words (figures held back until confirmed) is not sent upward.
            let item = w("appendix.leftOutItem.\(key)", ["who": who(refs), "clauses": sentenceClauses(values), "lead": leadNames,
                                                          "values": VietFormat.list(counts), "task": VietFormat.list(letters)])
            if !item.isEmpty { items.append(item) }
        }
        return items
    }

    /// "số cuộc kiểm tra, số cơ sở được kiểm tra" for "inspections,establishments_inspected".
    func indicatorLabels(_ ids: String?) -> String {
        (ids ?? "").split(separator: ",").map { lowerFirst(indicatorLabel(String($0))) }.joined(separator: ", ")
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
        case "lead-status-missing":
            if let due = p["due"], w.says("review.leadSilentPastDue") {
                return w("review.leadSilentPastDue", ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? ""), "due": due])
            }
            return w("review.leadSilent", ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? "")])
        case "lead-not-arisen": return w("review.leadNotArisen", ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? "")])
        case "lead-status-merged":
            return w("review.leadStatusMerged", ["codes": p["codes"] ?? "", "lead": shortName(p["lead"] ?? ""),
                                                 "status": w("labels.status.\(p["status"] ?? "")")])
        case "guidance-letters-missing": return w("review.lettersMissing")
        case "lead-without-result":
            let due = p["due"] ?? ""
            return w("review.leadWithoutResult", ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? ""),
                                                  "overdue": due.isEmpty ? "" : w("review.leadWithoutResultOverdue", ["due": due])])
        case "own-units-missing": return w("review.ownMissing", ["names": p["names"] ?? ""])
        case "own-units-postponed": return w("review.ownPostponed", ["names": p["names"] ?? "", "tasks": p["tasks"] ?? "", "text": p["text"] ?? ""])
        case "refused-file-unit-by-code": return w("review.refusedByCode", ["path": p["path"] ?? "", "code": p["code"] ?? "", "unit": p["unit"] ?? ""])
        case "plan-number-cited", "request-letter-cited":
            return w(r.code == "plan-number-cited" ? "review.planNumberCited" : "review.requestLetterCited",
                     ["number": p["number"] ?? "", "date": p["date"] ?? "", "units": p["units"] ?? "", "citing": p["citing"] ?? "", "written": p["written"] ?? ""])
        case "plan-number-blank": return w("review.planNumberBlank", ["written": p["written"] ?? "", "dateWritten": p["dateWritten"] ?? ""])
        case "plan-number-unverified": return w("review.planNumber", ["number": p["number"] ?? "", "date": p["date"] ?? "", "written": p["written"] ?? ""])
        case "figure-joint-work":
            if let held = p["leadHeld"], !held.isEmpty, w.says("review.jointWorkLead") {
                return w("review.jointWorkLead", ["unit": shortName(p["unit"] ?? ""), "indicators": indicatorLabels(p["indicators"]),
                                                  "values": p["values"] ?? "", "code": p["code"] ?? "", "held": held])
            }
            if let held = p["held"], !held.isEmpty {
                return w("review.jointWorkHeld", ["unit": shortName(p["unit"] ?? ""), "indicators": indicatorLabels(p["indicators"]),
                                                  "values": p["values"] ?? "", "code": p["code"] ?? "", "held": held])
            }
            return w(p["leftOut"] == "true" ? "review.jointWorkLeftOut" : "review.jointWork", ["unit": shortName(p["unit"] ?? ""), "indicators": indicatorLabels(p["indicators"]), "values": p["values"] ?? "",
                                          "code": p["code"] ?? "", "others": p["others"] ?? ""])
        case "status-conflict":
            let values = ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? ""),
                          "leadStatus": TaskStatus(rawValue: p["leadStatus"] ?? "").map(statusLabel) ?? "",
                          "units": VietFormat.list((p["units"] ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }.map(shortName)),
                          "joint": VietFormat.list((p["joint"] ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }.map(shortName))]
            // A partner's work done with the lead (REVIEW35 #4), alone or beside units' "completed".
            guard p["joint"] != nil else { return w("review.statusConflict", values) }
            let said = (p["units"] ?? "").isEmpty ? w("review.statusConflictJoint", values)
                : w("review.statusConflict", values) + " " + w("review.statusConflictJointAlso", values)
            // REVIEW53 #2: whether the partner's joint work counts under the task is the
            // signer's decision, asked as one (review.statusConflictJointDecision).
            let decision = "review.statusConflictJointDecision"
            return w.texts[decision] != nil && w.says(decision) ? said + " " + w(decision, values) : said
        case "figure-joint-with-lead":
            return w(p["way"] == "review" ? "review.jointWithLeadUnderReview" : p["way"] == "larger" ? "review.jointWithLeadLarger" : p["way"] == "lead" ? "review.jointWithLeadLeadInside"
                        : p["counted"] == "true" ? "review.jointWithLeadCounted" : "review.jointWithLeadInside",
                     ["code": p["code"] ?? "", "lead": shortName(p["lead"] ?? ""), "units": p["units"] ?? "",
                      "indicators": indicatorLabels(p["indicators"]), "values": p["values"] ?? "", "leadValues": p["leadValues"] ?? ""])
        case "figure-attendance":
            return w("review.attendance", ["code": p["code"] ?? "", "units": p["units"] ?? "", "value": p["value"] ?? "",
                                           "lead": shortName(p["lead"] ?? ""), "leadValue": p["leadValue"] ?? ""])
        case "figure-attendance-per-event":
            return w("review.attendancePerEvent", ["code": p["code"] ?? "", "unit": shortName(p["unit"] ?? ""), "events": p["events"] ?? "",
                                                   "value": p["value"] ?? "", "per": p["per"] ?? ""])
        case "figure-two-tasks":
            return w("review.twoTasks", ["unit": shortName(p["unit"] ?? ""), "indicators": indicatorLabels(p["indicators"]),
                                         "tasks": VietFormat.list((p["tasks"] ?? "").split(separator: ",").map(String.init))])
        case "figure-unverified":
            return w("review.unverified", ["code": p["code"] ?? "", "unit": shortName(p["unit"] ?? ""), "events": p["events"] ?? "",
                                           "value": p["value"] ?? "", "per": p["per"] ?? ""])
        case "figure-partner-over-lead":
            return w("review.partnerOverLead", ["code": p["code"] ?? "", "unit": shortName(p["unit"] ?? ""), "value": p["value"] ?? "",
                                                "indicator": lowerFirst(indicatorLabel(p["indicator"] ?? "")), "lead": shortName(p["lead"] ?? ""),
                                                "leadValue": p["leadValue"] ?? ""])
        case "lead-passage-copied":
            return w("review.copiedPassage", ["code": p["code"] ?? "", "other": p["other"] ?? "", "unit": shortName(p["unit"] ?? "")])
        case "plan-date-contradicted":
            return w("review.planDate", ["date": p["date"] ?? "", "cited": p["cited"] ?? "", "citedDate": p["citedDate"] ?? ""])
        case "budget-disbursement-missing": return w("review.budgetDisbursementMissing", ["holder": shortName(p["holder"] ?? ""), "planned": p["planned"] ?? ""])
        case "unit-comment-unverified":
            let author = p["author"].flatMap { $0.isEmpty ? nil : w("review.commentAuthor", ["author": $0]) } ?? ""
            // The comment's own full stop stays outside the quotation marks, before the next sentence.
            var text = p["text"] ?? ""
            while text.hasSuffix(".") { text.removeLast() }
            return w("review.commentUnchecked", ["unit": shortName(p["unit"] ?? ""), "author": author, "text": text])
        case "budget-over-plan":
            // REVIEW47 #1: the amounts not said to come from elsewhere, each with its task, their
            // sum and what it exceeds the allocation by.
            let planned = Double(report.budget.planned)
            let counted = holderSpending().filter { $0.source == .plan || $0.source == .unstated }
            let sum = counted.map(\.amount).reduce(0, +)
            if sum > planned, w.says("review.budgetOverPlanAmounts") {
                let amounts = counted.map { w("review.budgetAmount", ["amount": VietFormat.money($0.amount), "code": $0.task.code]) }
                return w("review.budgetOverPlanAmounts", ["holder": shortName(p["holder"] ?? ""), "amounts": VietFormat.list(amounts), "sum": VietFormat.money(sum),
                                                          "planned": VietFormat.money(planned), "excess": VietFormat.money(sum - planned)])
            }
            return w("review.budgetOverPlan", ["holder": shortName(p["holder"] ?? ""), "used": p["used"] ?? "", "planned": p["planned"] ?? ""])
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
        ReportWording.fillKnown(template, values)
    }
}

extension String {
    var capitalisedFirst: String { first.map { $0.uppercased() + dropFirst() } ?? self }
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension ConsolidatedReport.NotCounted {
    var isMoneyLike: Bool { IndicatorID(indicator).isMoney }
}
