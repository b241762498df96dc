import Foundation
import VietText
import Yams

/// What the forms sent to units ask (forms.yaml in a pipeline folder): the status drop-down,
/// the indicators with their unit of measure, and which indicators each task asks of each
/// kind of unit. Parsed strictly: unknown keys, unknown tasks and unknown indicators are
/// problems with file and line.
public struct FormSpec: Sendable, Hashable {
    public struct Indicator: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// A whole number ≥ 0.
            case count
            /// Đồng, a whole number ≥ 0.
            case money
        }
        public var id: String
        public var label: String
        /// "lớp", "lượt người", "đồng".
        public var measure: String
        public var kind: Kind
    }

    /// Which indicators one task asks: `all` of any unit the plan gives the task to, and of
    /// each kind of unit named (a kind named is asked the task even when the plan does not
    /// give it to that kind).
    public struct TaskIndicators: Sendable, Hashable {
        public var all: [String]
        public var byKind: [UnitGroup: [String]]
    }

    public var formVersion: Int
    public var title: String
    /// The drop-down, in order: contract status ("completed") and the label units pick.
    public var statuses: [(status: String, label: String)]
    public var indicators: [Indicator]
    public var tasks: [TaskCode: TaskIndicators]

    public static let fileName = "forms.yaml"
    public static let contractStatuses = ["completed", "in_progress", "not_started", "not_applicable"]

    public static func == (a: FormSpec, b: FormSpec) -> Bool {
        a.formVersion == b.formVersion && a.title == b.title && a.statuses.map { "\($0.status)=\($0.label)" } == b.statuses.map { "\($0.status)=\($0.label)" }
            && a.indicators == b.indicators && a.tasks == b.tasks
    }

    public func hash(into h: inout Hasher) {
        h.combine(formVersion)
        h.combine(title)
        h.combine(indicators)
    }

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    static func kindKey(_ g: UnitGroup) -> String { String(g.rawValue.dropFirst("group:".count)) }

    /// Reads forms.yaml against the pipeline's catalogue.
    public static func load(_ url: URL, catalogue: Catalogue, file: String = FormSpec.fileName) throws(PipelineError) -> FormSpec {
        let sink = ProblemSink()
        let y = YAMLReader(url: url, file: file, sink: sink)
        guard let root = y.root, let map = y.mapping(root, "") else { throw PipelineError(problems: sink.problems) }
        y.checkKeys(map, "", allowed: ["formVersion", "title", "statuses", "indicators", "tasks"])
        let version = y.int(y.child(map, root, "formVersion", "formVersion", required: true), "formVersion") ?? 0
        if version < 1, map["formVersion"] != nil { y.problem(map["formVersion"], "formVersion", "expected a version ≥ 1") }
        let title = y.string(y.child(map, root, "title", "title", required: true), "title") ?? ""

        var statuses: [(String, String)] = []
        let statusNode = y.child(map, root, "statuses", "statuses", required: true)
        if let sm = y.mapping(statusNode, "statuses") {
            y.checkKeys(sm, "statuses", allowed: Set(contractStatuses))
            for (k, v) in sm {
                guard let key = k.string, let label = y.string(v, "statuses.\(key)") else { continue }
                if label.contains(",") { y.problem(v, "statuses.\(key)", "a drop-down label cannot contain ','") }
                if statuses.contains(where: { VietText.fold($0.1) == VietText.fold(label) }) { y.problem(v, "statuses.\(key)", "label '\(label)' used twice") }
                statuses.append((key, label))
            }
            if statuses.isEmpty { y.problem(statusNode, "statuses", "no status") }
        }

        var indicators: [Indicator] = []
        let indNode = y.child(map, root, "indicators", "indicators", required: true)
        if let im = y.mapping(indNode, "indicators") {
            for (k, v) in im {
                guard let id = k.string else { continue }
                let f = "indicators.\(id)"
                guard let m = y.mapping(v, f) else { continue }
                y.checkKeys(m, f, allowed: ["label", "unit", "kind"])
                let label = y.string(y.child(m, v, "label", "\(f).label", required: true), "\(f).label")
                let measure = y.string(y.child(m, v, "unit", "\(f).unit", required: true), "\(f).unit")
                var kind: Indicator.Kind? = nil
                if let kn = y.child(m, v, "kind", "\(f).kind", required: true), let s = y.string(kn, "\(f).kind") {
                    kind = Indicator.Kind(rawValue: s)
                    if kind == nil { y.problem(kn, "\(f).kind", "unknown kind '\(s)' (count, money)") }
                }
                if let label, let measure, let kind { indicators.append(Indicator(id: id, label: label, measure: measure, kind: kind)) }
            }
        }
        let known = Set(indicators.map(\.id))

        var tasks: [TaskCode: TaskIndicators] = [:]
        let tasksNode = y.child(map, root, "tasks", "tasks", required: true)
        if let tm = y.mapping(tasksNode, "tasks") {
            let kinds = ["all"] + UnitGroup.allCases.map(kindKey)
            for (k, v) in tm {
                guard let raw = k.string else { continue }
                let f = "tasks.\(raw)"
                guard let code = TaskCode(rawValue: raw) else { y.problem(k, f, "'\(raw)' is not a task code"); continue }
                if catalogue.task(code) == nil { y.problem(k, f, "no task \(code) in the catalogue") }
                guard let m = y.mapping(v, f) else { continue }
                y.checkKeys(m, f, allowed: Set(kinds))
                func ids(_ key: String) -> [String]? {
                    guard let n = m[key] else { return nil }
                    let list = y.strings(n, "\(f).\(key)") ?? []
                    for (i, id) in list.enumerated() where !known.contains(id) {
                        y.problem(n, "\(f).\(key)[\(i)]", "unknown indicator '\(id)' (known: \(known.sorted().joined(separator: ", ")))")
                    }
                    if Set(list).count != list.count { y.problem(n, "\(f).\(key)", "an indicator is listed twice") }
                    return list.filter(known.contains)
                }
                var byKind: [UnitGroup: [String]] = [:]
                for g in UnitGroup.allCases { if let l = ids(kindKey(g)) { byKind[g] = l } }
                tasks[code] = TaskIndicators(all: ids("all") ?? [], byKind: byKind)
            }
        }
        if !sink.problems.isEmpty { throw PipelineError(problems: sink.problems) }
        return FormSpec(formVersion: version, title: title, statuses: statuses, indicators: indicators, tasks: tasks)
    }

    /// One unit's form: what the pipeline asks it, block by block.
    public func form(for unit: ReportingUnit, in pipeline: PipelineDefinition) -> UnitForm {
        let group = unit.kind.group
        var blocks: [UnitForm.Block] = []
        for task in pipeline.catalogue.tasks {
            let refs = task.lead + task.partners
            let given = refs.contains(unit.id) || refs.contains(group.rawValue)
            let spec = tasks[task.code]
            let askedOfKind = spec?.byKind[group]
            guard given || askedOfKind != nil else { continue }
            let ids = askedOfKind ?? spec?.all ?? []
            blocks.append(UnitForm.Block(task: task, indicators: ids.compactMap(indicator)))
        }
        let rule = pipeline.reporterRule(for: unit)
        return UnitForm(unit: unit, rule: rule, blocks: blocks, statuses: statuses, spec: self)
    }
}

/// The content of one unit's form.
public struct UnitForm: Sendable {
    public struct Block: Sendable {
        public var task: PlanTask
        public var indicators: [FormSpec.Indicator]
    }
    public var unit: ReportingUnit
    /// Who the unit reports to and by when (nil: not an expected reporter).
    public var rule: ReporterRule?
    public var blocks: [Block]
    public var statuses: [(status: String, label: String)]
    public var spec: FormSpec
}
