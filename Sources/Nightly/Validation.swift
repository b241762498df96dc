import Consolidation
import DocumentModel
import Extraction
import Foundation
import Plan
import VietText
import Yams

/// The pipeline's validation rules (`validation.yaml`), as data.
public struct ValidationRules: Sendable {
    public enum Operator: String, Sendable, CaseIterable {
        case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .eq: return a == b
            case .ne: return a != b
            case .lt: return a < b
            case .le: return a <= b
            case .gt: return a > b
            case .ge: return a >= b
            }
        }
    }

    /// One side: a sum of indicator ids and numbers.
    public struct Expression: Sendable, Equatable {
        public enum Term: Sendable, Equatable { case indicator(IndicatorID), number(Double) }
        public var terms: [Term]

        init?(_ any: Any) {
            if let n = any as? Int { terms = [.number(Double(n))]; return }
            if let n = any as? Double { terms = [.number(n)]; return }
            guard let s = any as? String else { return nil }
            var t: [Term] = []
            for part in s.split(separator: "+") {
                let p = part.trimmingCharacters(in: .whitespaces)
                if p.isEmpty { return nil }
                if let n = Double(p) { t.append(.number(n)) } else { t.append(.indicator(IndicatorID(p))) }
            }
            guard !t.isEmpty else { return nil }
            terms = t
        }

        var indicators: [IndicatorID] {
            terms.compactMap { if case .indicator(let i) = $0 { return i } else { return nil } }
        }

        /// nil when an indicator is missing and missing values are skipped.
        func value(_ figures: [IndicatorID: Figure], missingAsZero: Bool) -> Double? {
            var sum = 0.0
            for t in terms {
                switch t {
                case .number(let n): sum += n
                case .indicator(let i):
                    if let f = figures[i] { sum += f.value } else if missingAsZero { continue } else { return nil }
                }
            }
            return sum
        }
    }

    public struct Condition: Sendable {
        public var left: Expression
        public var op: Operator
        public var right: Expression
        public var missingAsZero: Bool
    }

    public struct Rule: Sendable {
        public var id: String
        public var condition: Condition
        public var when: Condition?
        public var tasks: Set<String>?
        public var severity: Diagnostic.Severity
        public var message: String
    }

    public struct Expected: Sendable {
        public var tasks: [String: [IndicatorID]]
        public var severity: Diagnostic.Severity
        public var message: String
    }

    public struct Outliers: Sendable {
        public var factor: Double
        public var minUnits: Int
        public var severity: Diagnostic.Severity
        public var message: String
    }

    public var indicatorNames: [IndicatorID: String]
    /// Words in a file name by which a later report of the same unit and number declares
    /// itself a replacement ("thay thế", "bổ sung"): it supersedes without a conflict. Folded.
    public var replacementMarkers: [String] = []
    public var rules: [Rule]
    public var expected: Expected?
    public var outliers: Outliers?
    /// SHA-256 of the file's bytes ("" when there is none).
    public var version: String

    public static let none = ValidationRules(indicatorNames: [:], rules: [], expected: nil, outliers: nil, version: "")

    public static let fileName = "validation.yaml"

    /// Loads `validation.yaml` from the pipeline directory; no file means no rules.
    public static func load(pipelineDirectory: URL) throws -> ValidationRules {
        let url = pipelineDirectory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .none }
        var rules = try parse(yaml: String(decoding: data, as: UTF8.self), file: url.path)
        rules.version = SHA256Digest.hex(of: data)
        return rules
    }

    /// Every key validation.yaml may have: anything else is a typo, refused with its line.
    public static let shape: YAMLShape = {
        let condition: [String: YAMLShape] = ["left": .any, "operator": .any, "right": .any, "missing": .any]
        return .fields([
            "indicators": .named(.any),
            "rules": .list(.fields(condition.merging(["id": .any, "when": .fields(condition), "tasks": .any, "severity": .any, "message": .any]) { a, _ in a })),
            "expectedFigures": .fields(["severity": .any, "message": .any, "tasks": .named(.any)]),
            "outliers": .fields(["factor": .any, "minUnits": .any, "severity": .any, "message": .any]),
            "conflicts": .fields(["replacementMarkers": .any]),
        ])
    }()

    public static func parse(yaml: String, file: String = fileName) throws -> ValidationRules {
        func fail(_ m: String) -> NightlyError { .validationRules("\(file): \(m)") }
        if let p = shape.problems(in: yaml, file: file).first { throw NightlyError.validationRules(p.description) }
        let root: [String: Any]
        do {
            guard let r = try YAMLLoad.load(yaml: yaml) as? [String: Any] else { throw fail("the top level must be a mapping") }
            root = r
        } catch let e as NightlyError { throw e } catch { throw fail("\(error)") }
        for k in root.keys where !["indicators", "rules", "expectedFigures", "outliers", "conflicts"].contains(k) {
            throw fail("unknown key '\(k)' (indicators, rules, expectedFigures, outliers, conflicts)")
        }
        func severity(_ any: Any?, _ field: String) throws -> Diagnostic.Severity {
            guard let any else { return .warning }
            guard let s = any as? String, let v = Diagnostic.Severity(rawValue: s) else { throw fail("\(field): severity must be info, warning or error") }
            return v
        }
        func message(_ any: Any?, _ field: String) throws -> String {
            guard let s = any as? String, !s.isEmpty else { throw fail("\(field): a message (Vietnamese) is required") }
            return s.precomposedStringWithCanonicalMapping
        }
        func condition(_ m: [String: Any], _ field: String) throws -> Condition {
            guard let l = m["left"].flatMap(Expression.init) else { throw fail("\(field).left: an indicator id, a number or a sum") }
            guard let r = m["right"].flatMap(Expression.init) else { throw fail("\(field).right: an indicator id, a number or a sum") }
            guard let o = (m["operator"] as? String).flatMap(Operator.init) else {
                throw fail("\(field).operator: one of \(Operator.allCases.map(\.rawValue).joined(separator: " "))")
            }
            var zero = false
            if let ms = m["missing"] {
                switch ms as? String {
                case "skip": zero = false
                case "zero": zero = true
                default: throw fail("\(field).missing: skip or zero")
                }
            }
            return Condition(left: l, op: o, right: r, missingAsZero: zero)
        }

        var names: [IndicatorID: String] = [:]
        if let m = root["indicators"] {
            guard let m = m as? [String: Any] else { throw fail("indicators: a mapping id → name") }
            for (k, v) in m.sorted(by: { $0.key < $1.key }) {
                guard let s = v as? String else { throw fail("indicators.\(k): a name") }
                names[IndicatorID(k)] = s.precomposedStringWithCanonicalMapping
            }
        }
        var rules: [Rule] = []
        if let list = root["rules"] {
            guard let list = list as? [Any] else { throw fail("rules: a list") }
            for (i, item) in list.enumerated() {
                let f = "rules[\(i)]"
                guard let m = item as? [String: Any] else { throw fail("\(f): a mapping") }
                for k in m.keys.sorted() where !["id", "left", "operator", "right", "missing", "when", "tasks", "severity", "message"].contains(k) {
                    throw fail("\(f): unknown key '\(k)'")
                }
                var when: Condition? = nil
                if let w = m["when"] {
                    guard let wm = w as? [String: Any] else { throw fail("\(f).when: a mapping with left, operator, right") }
                    when = try condition(wm, "\(f).when")
                }
                rules.append(Rule(id: (m["id"] as? String) ?? "rule-\(i + 1)", condition: try condition(m, f), when: when,
                                  tasks: (m["tasks"] as? [Any]).map { Set($0.map { "\($0)" }) },
                                  severity: try severity(m["severity"], "\(f).severity"), message: try message(m["message"], "\(f).message")))
            }
        }
        var expected: Expected? = nil
        if let e = root["expectedFigures"] {
            guard let m = e as? [String: Any], let tasks = m["tasks"] as? [String: Any] else { throw fail("expectedFigures: a mapping with tasks") }
            var t: [String: [IndicatorID]] = [:]
            for (code, v) in tasks.sorted(by: { $0.key < $1.key }) {
                guard let ids = v as? [Any] else { throw fail("expectedFigures.tasks.\(code): a list of indicator ids") }
                t[code.precomposedStringWithCanonicalMapping] = ids.map { IndicatorID("\($0)") }
            }
            expected = Expected(tasks: t, severity: try severity(m["severity"], "expectedFigures.severity"),
                                message: try message(m["message"], "expectedFigures.message"))
        }
        var outliers: Outliers? = nil
        if let o = root["outliers"] {
            guard let m = o as? [String: Any] else { throw fail("outliers: a mapping") }
            let factor = (m["factor"] as? Double) ?? (m["factor"] as? Int).map(Double.init) ?? 10
            let minUnits = (m["minUnits"] as? Int) ?? 5
            outliers = Outliers(factor: factor, minUnits: minUnits, severity: try severity(m["severity"], "outliers.severity"),
                                message: try message(m["message"], "outliers.message"))
        }
        var markers: [String] = []
        if let c = root["conflicts"] {
            guard let m = c as? [String: Any], let list = m["replacementMarkers"] as? [Any] else {
                throw fail("conflicts: a mapping with replacementMarkers (a list of words)")
            }
            markers = list.map { VietText.fold("\($0)") }.filter { !$0.isEmpty }
        }
        var out = ValidationRules(indicatorNames: names, rules: rules, expected: expected, outliers: outliers, version: "")
        out.replacementMarkers = markers
        return out
    }

    /// True when a file name declares the file a replacement of an earlier report.
    public func declaresReplacement(path: String) -> Bool {
        let name = VietText.fold((path as NSString).lastPathComponent)
        return replacementMarkers.contains { name.contains($0) }
    }

    func name(_ id: IndicatorID) -> String { indicatorNames[id] ?? id.rawValue }

    // MARK: - Checking

    /// A violation: the submission (by index in the checked list) and the finding.
    public struct Violation: Sendable, Equatable {
        public var index: Int
        public var finding: Finding
    }

    /// Checks the rules on each submission's entries, and outliers across them (one value per
    /// unit: a unit's submissions are expected to be current ones only).
    public func check(_ submissions: [Submission]) -> [Violation] {
        var out: [Violation] = []
        for (i, s) in submissions.enumerated() where s.status == .extracted {
            for e in s.entries {
                for r in rules {
                    if let tasks = r.tasks, !tasks.contains(e.task) { continue }
                    if let w = r.when {
                        guard let l = w.left.value(e.indicators, missingAsZero: w.missingAsZero),
                              let rv = w.right.value(e.indicators, missingAsZero: w.missingAsZero), w.op.holds(l, rv) else { continue }
                    }
                    let c = r.condition
                    guard let l = c.left.value(e.indicators, missingAsZero: c.missingAsZero),
                          let rv = c.right.value(e.indicators, missingAsZero: c.missingAsZero) else { continue }
                    if c.op.holds(l, rv) { continue }
                    let msg = fill(r.message, [
                        "task": e.task, "left": VietFormat.number(l), "right": VietFormat.number(rv),
                        "leftName": c.left.indicators.map(name).joined(separator: " + "),
                        "rightName": c.right.indicators.map(name).joined(separator: " + "),
                    ])
                    out.append(Violation(index: i, finding: Finding(severity: r.severity, code: "rule:\(r.id)", message: msg,
                                                                      source: figureSource(e, c.left.indicators + c.right.indicators))))
                }
                if let x = expected, e.status == .completed, let ids = x.tasks[e.task], !ids.contains(where: { e.indicators[$0] != nil }) {
                    let msg = fill(x.message, ["task": e.task, "indicators": ids.map(name).joined(separator: ", ")])
                    out.append(Violation(index: i, finding: Finding(severity: x.severity, code: "rule:expected-figure", message: msg,
                                                                      source: e.statusSource ?? e.sources.first)))
                }
            }
        }
        if let o = outliers { out += checkOutliers(submissions, o) }
        return out
    }

    private func checkOutliers(_ submissions: [Submission], _ o: Outliers) -> [Violation] {
        // task → indicator → [(submission index, unit, value)]
        struct Key: Hashable { var task: String; var indicator: IndicatorID }
        var values: [Key: [(index: Int, unit: String, value: Double)]] = [:]
        for (i, s) in submissions.enumerated() where s.status == .extracted {
            guard let unit = s.unit?.id else { continue }
            for e in s.entries {
                for (id, f) in e.indicators { values[Key(task: e.task, indicator: id), default: []].append((i, unit, f.value)) }
            }
        }
        var out: [Violation] = []
        for (key, list) in values.sorted(by: { ($0.key.task, $0.key.indicator) < ($1.key.task, $1.key.indicator) }) {
            for item in list {
                let others = list.filter { $0.unit != item.unit }.map(\.value)
                guard Set(list.filter { $0.unit != item.unit }.map(\.unit)).count >= o.minUnits else { continue }
                let m = median(others)
                guard m > 0, item.value > o.factor * m else { continue }
                let msg = fill(o.message, [
                    "task": key.task, "indicator": key.indicator.rawValue, "indicatorName": name(key.indicator),
                    "value": VietFormat.number(item.value), "factor": VietFormat.number(o.factor),
                    "units": String(Set(list.filter { $0.unit != item.unit }.map(\.unit)).count), "median": VietFormat.number(m),
                ])
                let s = submissions[item.index]
                let entry = s.entries.first { $0.task == key.task && $0.indicators[key.indicator] != nil }
                out.append(Violation(index: item.index, finding: Finding(severity: o.severity, code: "rule:outlier", message: msg,
                                                                          source: entry?.indicators[key.indicator]?.sources.first?.location)))
            }
        }
        return out
    }

    private func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    private func figureSource(_ e: Entry, _ ids: [IndicatorID]) -> String? {
        for id in ids { if let l = e.indicators[id]?.sources.first?.location { return l } }
        return e.sources.first
    }

    private func fill(_ template: String, _ values: [String: String]) -> String {
        ReportWording.fillKnown(template, values).precomposedStringWithCanonicalMapping
    }
}

