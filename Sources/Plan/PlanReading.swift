import Foundation
import VietText
import Yams

/// How plans are written, as data (plan-reading.yaml in a pipeline folder): the words of the
/// section that holds the tasks, the field labels, the column headers of task tables, and how
/// task codes are made. `tonghop catalogue import` and `tonghop pipeline new` read it.
public struct PlanReading: Sendable, Hashable {
    /// What a field line or a table column holds.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case number, task, lead, partners, schedule, product
    }

    /// Words of a top-level heading that holds the tasks ("nhiệm vụ", "giải pháp"), folded.
    public var taskSectionWords: [String]
    /// Words of a heading that reviews the past year ("kết quả", "đánh giá"), folded: such a
    /// section never holds the tasks, whatever else its heading says.
    public var reviewSectionWords: [String]
    /// Words of an annex heading ("phụ lục"), folded.
    public var annexWords: [String]
    /// Words that number items in prose ("Nhiệm vụ 1:"), folded.
    public var itemWords: [String]
    /// Field labels before ":" (lead, partners, schedule, product), folded.
    public var fieldLabels: [Role: [String]]
    /// Column headers of task tables by role, folded.
    public var columnHeaders: [Role: [String]]
    /// How codes are made: "section" (the tasks section's number as written: "II", "III"),
    /// "none" (just the item numbers), or a fixed text ("NV").
    public var codePrefix: String
    /// The prefix of tasks read from an annex table when `codePrefix` is "section".
    public var annexPrefix: String

    public static let fileName = "plan-reading.yaml"

    /// The prefix for tasks of a section numbered `sectionLabel` (nil for an annex).
    public func prefix(sectionLabel: String?) -> String {
        switch codePrefix {
        case "section": return sectionLabel ?? annexPrefix
        case "none": return ""
        default: return codePrefix
        }
    }

    /// The field a label names ("Đơn vị chủ trì" → lead), nil when it is no field label.
    public func field(label: String) -> Role? {
        let f = VietText.words(label).joined(separator: " ")
        // Roles in their declared order: a label listed for two roles is the first's, every run.
        for role in Role.allCases where fieldLabels[role]?.contains(f) == true { return role }
        return nil
    }

    /// The role of a table column from its header: the role with the longest wording found
    /// in the header as whole words ("Thời gian thực hiện" is schedule, not lead "thực hiện").
    public func columnRole(header: String) -> Role? {
        let words = " " + VietText.words(header).joined(separator: " ") + " "
        guard words.count > 2 else { return nil }
        var best: (Role, Int)? = nil
        // Roles in their declared order: of two wordings as long, the first role's wins, whatever
        // the dictionary's order.
        for role in Role.allCases {
            for w in columnHeaders[role] ?? [] where words.contains(" " + w + " ") {
                if best == nil || w.count > best!.1 { best = (role, w.count) }
            }
        }
        return best?.0
    }

    /// Reads plan-reading.yaml strictly: unknown keys and missing lists are problems with
    /// file and line.
    public static func load(_ url: URL, file: String = PlanReading.fileName) throws(PipelineError) -> PlanReading {
        let sink = ProblemSink()
        let y = YAMLReader(url: url, file: file, sink: sink)
        guard let root = y.root, let map = y.mapping(root, "") else { throw PipelineError(problems: sink.problems) }
        y.checkKeys(map, "", allowed: ["sections", "itemWords", "fields", "columns", "taskCodes"])
        func words(_ node: Node?, _ f: String) -> [String] {
            let list = (y.strings(node, f) ?? []).map { VietText.words($0).joined(separator: " ") }
            if node != nil, list.isEmpty { y.problem(node, f, "empty list") }
            return list
        }
        let sectionsNode = y.child(map, root, "sections", "sections", required: true)
        let sm = y.mapping(sectionsNode, "sections")
        y.checkKeys(sm, "sections", allowed: ["tasks", "review", "annex"])
        let tasks = words(y.child(sm, sectionsNode, "tasks", "sections.tasks", required: true), "sections.tasks")
        let review = words(y.child(sm, sectionsNode, "review", "sections.review", required: true), "sections.review")
        let annex = words(y.child(sm, sectionsNode, "annex", "sections.annex", required: true), "sections.annex")
        let items = words(y.child(map, root, "itemWords", "itemWords", required: true), "itemWords")

        func roles(_ key: String, allowed: [Role]) -> [Role: [String]] {
            let node = y.child(map, root, key, key, required: true)
            let m = y.mapping(node, key)
            y.checkKeys(m, key, allowed: Set(allowed.map(\.rawValue)))
            var out: [Role: [String]] = [:]
            for r in allowed {
                out[r] = words(y.child(m, node, r.rawValue, "\(key).\(r.rawValue)", required: true), "\(key).\(r.rawValue)")
            }
            return out
        }
        let fields = roles("fields", allowed: [.lead, .partners, .schedule, .product])
        let columns = roles("columns", allowed: Role.allCases)

        let codesNode = y.child(map, root, "taskCodes", "taskCodes", required: true)
        let cm = y.mapping(codesNode, "taskCodes")
        y.checkKeys(cm, "taskCodes", allowed: ["prefix", "annexPrefix"])
        let prefix = y.string(y.child(cm, codesNode, "prefix", "taskCodes.prefix", required: true), "taskCodes.prefix") ?? "section"
        let annexPrefix = y.string(y.child(cm, codesNode, "annexPrefix", "taskCodes.annexPrefix", required: true), "taskCodes.annexPrefix") ?? "PL"
        for (value, key) in [(prefix, "prefix"), (annexPrefix, "annexPrefix")]
        where !value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            y.problem(cm?[key], "taskCodes.\(key)", "'\(value)' may hold letters, digits, '-' and '_' only (no '.' or spaces)")
        }
        if !sink.problems.isEmpty { throw PipelineError(problems: sink.problems) }
        return PlanReading(
            taskSectionWords: tasks, reviewSectionWords: review, annexWords: annex, itemWords: items,
            fieldLabels: fields, columnHeaders: columns, codePrefix: prefix, annexPrefix: annexPrefix)
    }
}
