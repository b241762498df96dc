import Foundation
import VietText
import Yams

/// One thing wrong in a pipeline definition, pinned to its file, line and field.
public struct PipelineProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the pipeline directory ("catalogue.yaml", "units/communes.csv").
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The field path ("tasks[3].partners[1]", "reporters[0].deadline").
    public var field: String?
    public var message: String

    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// "catalogue.yaml:42: tasks[3].partners[1]: unknown unit 'Phòng XYZ'".
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let field { s += ": \(field)" }
        return s + ": " + message
    }
}

/// Loading a pipeline definition failed; `problems` lists every problem found, not just the first.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var problems: [PipelineProblem]

    public init(problems: [PipelineProblem]) {
        self.problems = problems
    }

    public var description: String {
        "\(problems.count) problem(s) in the pipeline definition:\n" + problems.map { "  " + $0.description }.joined(separator: "\n")
    }
}

/// Collects problems while reading one file.
final class ProblemSink {
    var problems: [PipelineProblem] = []

    func add(_ file: String, _ line: Int?, _ field: String?, _ message: String) {
        problems.append(PipelineProblem(file: file, line: line, field: field, message: message))
    }
}

/// A YAML file composed to nodes (so every value keeps its line), with typed accessors that
/// record a problem instead of throwing.
struct YAMLReader {
    let file: String
    let sink: ProblemSink
    let root: Node?

    /// Reads and composes `url`; a missing file or a YAML syntax error becomes a problem.
    init(url: URL, file: String, sink: ProblemSink) {
        self.file = file
        self.sink = sink
        guard let data = FileManager.default.contents(atPath: url.path) else {
            sink.add(file, nil, nil, "file not found or unreadable (\(url.path))")
            root = nil
            return
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.add(file, nil, nil, "not UTF-8 text")
            root = nil
            return
        }
        do {
            root = try Yams.compose(yaml: text)
            if root == nil { sink.add(file, 1, nil, "empty document") }
        } catch let error as YamlError {
            sink.add(file, YAMLReader.line(of: error), nil, "YAML syntax error: \(YAMLReader.problem(of: error))")
            root = nil
        } catch {
            sink.add(file, nil, nil, "YAML error: \(error)")
            root = nil
        }
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let ctx, let problem, _, _), .parser(let ctx, let problem, _, _), .composer(let ctx, let problem, _, _):
            return ctx.map { "\($0.text) \(problem)" } ?? problem
        default: return "\(error)"
        }
    }

    func line(_ node: Node?) -> Int? { node?.mark?.line }

    func problem(_ node: Node?, _ field: String, _ message: String) {
        sink.add(file, line(node), field, message)
    }

    /// The mapping at `node`, or a problem.
    func mapping(_ node: Node?, _ field: String) -> Node.Mapping? {
        guard let node else { return nil }
        if case .mapping(let m) = node { return m }
        problem(node, field, YAMLReader.isNull(node) ? "no value; expected a mapping (key: value)" : "expected a mapping (key: value)")
        return nil
    }

    func sequence(_ node: Node?, _ field: String) -> [Node]? {
        guard let node else { return nil }
        if case .sequence(let s) = node { return Array(s) }
        problem(node, field, YAMLReader.isNull(node) ? "no value; expected a list" : "expected a list")
        return nil
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node {
            return s.tag.rawValue == Tag.Name.null.rawValue || (s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string))
        }
        return false
    }

    /// Child `key` of a mapping; a problem when required and missing (at the mapping's line).
    func child(_ map: Node.Mapping?, _ owner: Node?, _ key: String, _ field: String, required: Bool) -> Node? {
        guard let map else { return nil }
        if let n = map[key] { return n }
        if required { problem(owner, field, "missing required field '\(key)'") }
        return nil
    }

    /// A string scalar (numbers and dates are taken as written); nil for null.
    func string(_ node: Node?, _ field: String) -> String? {
        guard let node else { return nil }
        if YAMLReader.isNull(node) { return nil }
        if case .scalar(let s) = node { return VietText.nfc(s.string) }
        problem(node, field, "expected a text value")
        return nil
    }

    func strings(_ node: Node?, _ field: String) -> [String]? {
        guard let node else { return nil }
        if YAMLReader.isNull(node) { return [] }
        if case .scalar = node { return string(node, field).map { [$0] } }
        guard let seq = sequence(node, field) else { return nil }
        var out: [String] = []
        for (i, n) in seq.enumerated() { if let s = string(n, "\(field)[\(i)]") { out.append(s) } }
        return out
    }

    func int(_ node: Node?, _ field: String) -> Int? {
        guard let node else { return nil }
        if case .scalar(let s) = node, let v = Int(s.string.filter { $0 != "_" }) { return v }
        problem(node, field, "expected a whole number, found '\(node.string ?? "?")'")
        return nil
    }

    func date(_ node: Node?, _ field: String) -> PlanDate? {
        guard let node else { return nil }
        if case .scalar(let s) = node, let d = PlanDate(iso: s.string) { return d }
        problem(node, field, "expected a date yyyy-mm-dd, found '\(node.string ?? "?")'")
        return nil
    }

    /// Problems for keys the schema does not know (typos are otherwise silently ignored).
    func checkKeys(_ map: Node.Mapping?, _ field: String, allowed: Set<String>) {
        guard let map else { return }
        for (k, _) in map {
            guard let key = k.string else { continue }
            if !allowed.contains(key) {
                let prefix = field.isEmpty ? "" : field + "."
                problem(k, prefix + key, "unknown field '\(key)' (known: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }
}

