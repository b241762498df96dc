import Foundation
import VietText
import Yams

/// When a report counts as on time.
public enum DeadlineRule: String, Sendable, CaseIterable {
    /// "trước ngày 15 tháng 11": due strictly before the date; a report dated (or received)
    /// on the deadline day or later is late.
    case before
    /// "chậm nhất ngày 15 tháng 11", "đến hết ngày …": the deadline day itself is on time.
    case onOrBefore = "on-or-before"
}

/// Who must report, to whom, by when (plan section IV).
public struct ReporterRule: Sendable, Hashable {
    /// Unit ids and group tokens ("group:internal").
    public var units: [String]
    /// Unit ids left out of `units` (the Chi cục consolidates, it does not report to itself).
    public var except: [String]
    /// The unit the reports go to, when not the issuer (the Chi cục for internal units).
    public var reportTo: String?
    public var deadline: PlanDate
    public var rule: DeadlineRule
    /// The plan's words, for the officer.
    public var source: String?

    /// True when a report dated (or received) on `date` is late under this rule.
    public func isLate(_ date: PlanDate) -> Bool {
        switch rule {
        case .before: return date >= deadline
        case .onOrBefore: return date > deadline
        }
    }
}

public enum OutputFormat: String, Sendable, CaseIterable {
    case docx, xlsx, json, html
}

/// A pipeline: one plan's catalogue, units, deadlines and outputs (Pipelines/<id>/).
public struct PipelineDefinition: Sendable {
    public struct PlanInfo: Sendable, Hashable {
        /// The number as filled in ("123/KH-SKHCN"); nil while the plan shows "Số: /KH-SKHCCN".
        public var number: String?
        /// The number line as written in the plan.
        public var numberAsWritten: String?
        /// The signing date; nil while the plan shows "ngày tháng năm 2026".
        public var date: PlanDate?
        public var dateAsWritten: String?
        public var year: Int
        public var title: String
    }

    public struct Issuer: Sendable, Hashable {
        public var name: String
        public var parent: String
        /// The issuer's id in the unit registry, when it is in it.
        public var unit: String?
    }

    public struct Signer: Sendable, Hashable {
        /// "KT. GIÁM ĐỐC".
        public var authority: String?
        /// "PHÓ GIÁM ĐỐC".
        public var title: String
        public var name: String
    }

    public struct Budget: Sendable, Hashable {
        /// In đồng.
        public var amount: Int
        public var text: String?
        public var source: String?
    }

    public struct ReportSettings: Sendable, Hashable {
        /// "…/BC-SKHCN": the number of the consolidated report, "…" left for the clerk.
        public var numberPattern: String
        /// Who the consolidated report goes to.
        public var recipients: [String]
        /// Documents the plan rests on besides the City's decision, as cited ("Kế hoạch số
        /// 398/KH-SKHCN ngày 19 tháng 01 năm 2025 của …"): the report's bases.
        public var bases: [String] = []
        /// The Department's letters asking the units for their reports, as cited ("Công văn
        /// số …/SKHCN-TĐC ngày …"): section I states them.
        public var requestLetters: [String] = []
    }

    public struct Paths: Sendable, Hashable {
        /// Relative to the working directory (the repository) unless absolute.
        public var inbox: String
        public var outbox: String
        public var ledger: String
    }

    public var directory: URL
    public var id: String
    public var plan: PlanInfo
    public var issuer: Issuer
    public var signer: Signer
    public var budget: Budget
    public var report: ReportSettings
    public var reporters: [ReporterRule]
    public var outputs: [OutputFormat]
    public var paths: Paths
    /// The catalogue with the overlay applied.
    public var catalogue: Catalogue
    /// The catalogue as imported (catalogue.yaml without the overlay).
    public var importedCatalogue: Catalogue
    public var overlay: CatalogueOverlay
    public var units: UnitRegistry

    /// The default pipeline directory, relative to the working directory.
    public static let defaultDirectory = "Pipelines/ct38-2026"

    /// The reporter rule that applies to a unit (first match wins), nil when the unit is
    /// not expected to report.
    public func reporterRule(for unit: ReportingUnit) -> ReporterRule? {
        reporters.first { r in
            !r.except.contains(unit.id) && unit.isReporter
                && r.units.contains { ref in ref == unit.id || UnitGroup(rawValue: ref) == unit.kind.group }
        }
    }

    /// Every unit expected to report, in registry order.
    public var expectedReporters: [ReportingUnit] {
        units.units.filter { reporterRule(for: $0) != nil }
    }

    /// Only the unit registry of a pipeline (pipeline.yaml's `units` and the files it names):
    /// what `tonghop catalogue import` needs, even while the catalogue itself is broken.
    public static func loadUnits(directory: URL) throws(PipelineError) -> UnitRegistry {
        let sink = ProblemSink()
        let file = "pipeline.yaml"
        let y = YAMLReader(url: directory.appendingPathComponent(file), file: file, sink: sink)
        guard let root = y.root, let map = y.mapping(root, "") else { throw PipelineError(problems: sink.problems) }
        let unitsNode = y.child(map, root, "units", "units", required: true)
        let um = y.mapping(unitsNode, "units")
        let communes = y.string(y.child(um, unitsNode, "communes", "units.communes", required: true), "units.communes")
        let agencies = y.string(y.child(um, unitsNode, "agencies", "units.agencies", required: true), "units.agencies")
        let aliases = y.string(um?["aliases"], "units.aliases")
        guard let communes, let agencies else { throw PipelineError(problems: sink.problems) }
        let units = UnitRegistry.load(
            communes: directory.appendingPathComponent(communes), agencies: directory.appendingPathComponent(agencies),
            aliases: aliases.map { directory.appendingPathComponent($0) }, relativeTo: directory, sink: sink)
        if !sink.problems.isEmpty { throw PipelineError(problems: sink.problems) }
        return units
    }

    /// Loads and validates `directory/pipeline.yaml` and the files it names. Every problem
    /// (file, line, field) is collected; any problem fails the load.
    public static func load(directory: URL) throws(PipelineError) -> PipelineDefinition {
        let sink = ProblemSink()
        let file = "pipeline.yaml"
        let y = YAMLReader(url: directory.appendingPathComponent(file), file: file, sink: sink)
        guard let root = y.root, let map = y.mapping(root, "") else { throw PipelineError(problems: sink.problems) }
        y.checkKeys(map, "", allowed: ["id", "plan", "issuer", "signer", "budget", "report", "reporters", "outputs", "paths", "catalogue", "overlay", "units"])

        func req(_ m: Node.Mapping?, _ owner: Node?, _ key: String, _ f: String) -> Node? {
            y.child(m, owner, key, f, required: true)
        }

        let id = y.string(req(map, root, "id", "id"), "id") ?? ""

        // plan
        let planNode = req(map, root, "plan", "plan")
        let pm = y.mapping(planNode, "plan")
        y.checkKeys(pm, "plan", allowed: ["number", "numberAsWritten", "date", "dateAsWritten", "year", "title"])
        var planDate: PlanDate? = nil
        if let dn = req(pm, planNode, "date", "plan.date"), !YAMLReader.isNull(dn) { planDate = y.date(dn, "plan.date") }
        _ = req(pm, planNode, "number", "plan.number")
        let plan = PlanInfo(
            number: y.string(pm?["number"], "plan.number"), numberAsWritten: y.string(pm?["numberAsWritten"], "plan.numberAsWritten"),
            date: planDate, dateAsWritten: y.string(pm?["dateAsWritten"], "plan.dateAsWritten"),
            year: y.int(req(pm, planNode, "year", "plan.year"), "plan.year") ?? 0,
            title: y.string(req(pm, planNode, "title", "plan.title"), "plan.title") ?? "")

        // issuer, signer
        let issuerNode = req(map, root, "issuer", "issuer")
        let im = y.mapping(issuerNode, "issuer")
        y.checkKeys(im, "issuer", allowed: ["name", "parent", "unit"])
        let issuer = Issuer(
            name: y.string(req(im, issuerNode, "name", "issuer.name"), "issuer.name") ?? "",
            parent: y.string(req(im, issuerNode, "parent", "issuer.parent"), "issuer.parent") ?? "",
            unit: y.string(im?["unit"], "issuer.unit"))
        let signerNode = req(map, root, "signer", "signer")
        let sm = y.mapping(signerNode, "signer")
        y.checkKeys(sm, "signer", allowed: ["authority", "title", "name"])
        let signer = Signer(
            authority: y.string(sm?["authority"], "signer.authority"),
            title: y.string(req(sm, signerNode, "title", "signer.title"), "signer.title") ?? "",
            name: y.string(req(sm, signerNode, "name", "signer.name"), "signer.name") ?? "")

        // budget
        let budgetNode = req(map, root, "budget", "budget")
        let bm = y.mapping(budgetNode, "budget")
        y.checkKeys(bm, "budget", allowed: ["amount", "currency", "text", "source"])
        let amount = y.int(req(bm, budgetNode, "amount", "budget.amount"), "budget.amount") ?? 0
        if let c = y.string(bm?["currency"], "budget.currency"), c != "VND" { y.problem(bm?["currency"], "budget.currency", "only VND (đồng) is supported") }
        let budget = Budget(amount: amount, text: y.string(bm?["text"], "budget.text"), source: y.string(bm?["source"], "budget.source"))

        // report
        let reportNode = req(map, root, "report", "report")
        let rm = y.mapping(reportNode, "report")
        y.checkKeys(rm, "report", allowed: ["numberPattern", "recipients", "bases", "requestLetters"])
        var report = ReportSettings(
            numberPattern: y.string(req(rm, reportNode, "numberPattern", "report.numberPattern"), "report.numberPattern") ?? "",
            recipients: y.strings(req(rm, reportNode, "recipients", "report.recipients"), "report.recipients") ?? [])
        // Optional: the report leaves blanks for the drafter where they are not given.
        if let n = rm?["bases"] { report.bases = y.strings(n, "report.bases") ?? [] }
        if let n = rm?["requestLetters"] { report.requestLetters = y.strings(n, "report.requestLetters") ?? [] }
        if report.recipients.isEmpty, rm?["recipients"] != nil { y.problem(rm?["recipients"], "report.recipients", "no recipient") }

        // outputs, paths
        var outputs: [OutputFormat] = []
        if let list = y.sequence(req(map, root, "outputs", "outputs"), "outputs") {
            for (i, n) in list.enumerated() {
                guard let s = y.string(n, "outputs[\(i)]") else { continue }
                if let o = OutputFormat(rawValue: s) { outputs.append(o) }
                else { y.problem(n, "outputs[\(i)]", "unknown output '\(s)' (\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))") }
            }
        }
        let pathsNode = req(map, root, "paths", "paths")
        let pam = y.mapping(pathsNode, "paths")
        y.checkKeys(pam, "paths", allowed: ["inbox", "outbox", "ledger"])
        let paths = Paths(
            inbox: y.string(req(pam, pathsNode, "inbox", "paths.inbox"), "paths.inbox") ?? "Inbox",
            outbox: y.string(req(pam, pathsNode, "outbox", "paths.outbox"), "paths.outbox") ?? "Outbox",
            ledger: y.string(req(pam, pathsNode, "ledger", "paths.ledger"), "paths.ledger") ?? "state/ledger.sqlite")

        // units
        let unitsNode = req(map, root, "units", "units")
        let um = y.mapping(unitsNode, "units")
        y.checkKeys(um, "units", allowed: ["communes", "agencies", "aliases"])
        let communes = y.string(req(um, unitsNode, "communes", "units.communes"), "units.communes")
        let agencies = y.string(req(um, unitsNode, "agencies", "units.agencies"), "units.agencies")
        let aliases = y.string(um?["aliases"], "units.aliases")
        var units = UnitRegistry(units: [])
        if let communes, let agencies {
            units = UnitRegistry.load(
                communes: directory.appendingPathComponent(communes), agencies: directory.appendingPathComponent(agencies),
                aliases: aliases.map { directory.appendingPathComponent($0) }, relativeTo: directory, sink: sink)
        }
        for c in units.collisions {
            sink.add(aliases ?? "units", nil, "ambiguous", "alias '\(c.alias)' names \(c.units.map(\.id).joined(separator: ", ")); list it under 'ambiguous' or remove it")
        }
        if let u = issuer.unit, units.unit(id: u) == nil, !units.units.isEmpty {
            y.problem(im?["unit"], "issuer.unit", CatalogueFile.unknownUnitMessage(u, units))
        }

        // reporters
        var reporters: [ReporterRule] = []
        if let list = y.sequence(req(map, root, "reporters", "reporters"), "reporters") {
            for (i, n) in list.enumerated() {
                let f = "reporters[\(i)]"
                guard let m = y.mapping(n, f) else { continue }
                y.checkKeys(m, f, allowed: ["units", "except", "reportTo", "deadline", "rule", "source"])
                let refs = y.strings(req(m, n, "units", "\(f).units"), "\(f).units") ?? []
                let except = y.strings(m["except"], "\(f).except") ?? []
                let reportTo = y.string(m["reportTo"], "\(f).reportTo")
                for (j, r) in (refs + except + [reportTo].compactMap { $0 }).enumerated() where !units.units.isEmpty && !CatalogueFile.checkUnitReference(r, units) {
                    let key = j < refs.count ? "units" : j < refs.count + except.count ? "except" : "reportTo"
                    y.problem(m[key], "\(f).\(key)", CatalogueFile.unknownUnitMessage(r, units))
                }
                let deadline = y.date(req(m, n, "deadline", "\(f).deadline"), "\(f).deadline")
                var rule: DeadlineRule? = nil
                if let rn = req(m, n, "rule", "\(f).rule"), let s = y.string(rn, "\(f).rule") {
                    rule = DeadlineRule(rawValue: s)
                    if rule == nil { y.problem(rn, "\(f).rule", "unknown rule '\(s)' (before, on-or-before)") }
                }
                if let deadline, let rule {
                    reporters.append(ReporterRule(units: refs, except: except, reportTo: reportTo, deadline: deadline, rule: rule, source: y.string(m["source"], "\(f).source")))
                }
            }
        }

        // catalogue and overlay
        var imported = Catalogue(tasks: [])
        var declared = Set<TaskCode>()
        if let cf = y.string(req(map, root, "catalogue", "catalogue"), "catalogue") {
            imported = CatalogueFile.load(directory.appendingPathComponent(cf), file: cf, units: units, sink: sink, declaredCodes: &declared)
        }
        var overlay = CatalogueOverlay()
        if let of = y.string(map["overlay"], "overlay") {
            overlay = CatalogueOverlay.load(directory.appendingPathComponent(of), file: of, catalogue: imported, declaredCodes: declared, units: units, sink: sink)
        }

        if !sink.problems.isEmpty { throw PipelineError(problems: sink.problems) }
        return PipelineDefinition(
            directory: directory, id: id, plan: plan, issuer: issuer, signer: signer, budget: budget, report: report,
            reporters: reporters, outputs: outputs, paths: paths, catalogue: overlay.apply(to: imported),
            importedCatalogue: imported, overlay: overlay, units: units)
    }
}
