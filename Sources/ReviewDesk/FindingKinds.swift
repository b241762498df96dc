import Foundation
import ReportWriters
import Yams

/// How the desk names and ranks each kind of finding: the pipeline's `findings.yaml`, read
/// strictly (an unknown key, a missing label, an unknown severity is an error with its line).
public struct FindingKinds: Sendable, Equatable {
    public struct Kind: Sendable, Equatable {
        public var label: String
        public var severity: DeskSeverity
        /// Whether the message's “…” are the unit's own words (shown, grouped, taught).
        public var quotesDocument = false
    }

    public static let fileName = "findings.yaml"

    /// Exact codes.
    var exact: [String: Kind] = [:]
    /// Code prefixes ("rule:" for "rule:*"), longest first.
    var prefixes: [(prefix: String, kind: Kind)] = []
    var other: Kind

    public static func == (a: FindingKinds, b: FindingKinds) -> Bool {
        a.exact == b.exact && a.other == b.other && a.prefixes.map(\.prefix) == b.prefixes.map(\.prefix)
    }

    /// The kind of a finding's code.
    public func kind(of code: String) -> Kind {
        if let k = exact[code] { return k }
        for p in prefixes where code.hasPrefix(p.prefix) { return p.kind }
        return other
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(pipelineDirectory: URL) throws -> FindingKinds {
        let url = pipelineDirectory.appendingPathComponent(fileName)
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw LoadError(description: "\(url.path): cannot read (\(error.localizedDescription))")
        }
        return try parse(yaml: text, file: url.path)
    }

    public static func parse(yaml: String, file: String = fileName) throws -> FindingKinds {
        func fail(_ node: Node?, _ message: String) -> LoadError {
            let line = node?.mark.map { ":\($0.line)" } ?? ""
            return LoadError(description: "\(file)\(line): \(message)")
        }
        let root: Node
        do {
            guard let r = try Yams.compose(yaml: yaml) else { throw fail(nil, "the file is empty") }
            root = r
        } catch let e as LoadError { throw e } catch {
            throw LoadError(description: "\(file): \(error)")
        }
        guard let top = root.mapping else { throw fail(root, "the top level must be a mapping") }
        func kind(_ node: Node, _ field: String) throws -> Kind {
            guard let m = node.mapping else { throw fail(node, "\(field) must be a mapping with label and severity") }
            var label: String?
            var severity: DeskSeverity?
            var quotes = false
            for (k, v) in m {
                switch k.string {
                case "label":
                    guard let s = v.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(v, "\(field).label must be a text") }
                    label = s.precomposedStringWithCanonicalMapping
                case "severity":
                    guard let s = v.string, let sev = DeskSeverity(rawValue: s) else {
                        throw fail(v, "\(field).severity must be one of blocking, review, info")
                    }
                    severity = sev
                case "quotes":
                    guard let b = v.bool else { throw fail(v, "\(field).quotes must be true or false") }
                    quotes = b
                default:
                    throw fail(k, "\(field): unknown key '\(k.string ?? "")' (use label, severity, quotes)")
                }
            }
            guard let label else { throw fail(node, "\(field): label is missing") }
            guard let severity else { throw fail(node, "\(field): severity is missing") }
            return Kind(label: label, severity: severity, quotesDocument: quotes)
        }
        var out = FindingKinds(other: Kind(label: "", severity: .review))
        var sawOther = false
        for (k, v) in top {
            switch k.string {
            case "kinds":
                guard let m = v.mapping else { throw fail(v, "kinds must be a mapping of codes") }
                for (code, spec) in m {
                    guard let c = code.string, !c.isEmpty else { throw fail(code, "a kind's code must be a text") }
                    let parsed = try kind(spec, "kinds.\(c)")
                    if c.hasSuffix("*") {
                        out.prefixes.append((String(c.dropLast()), parsed))
                    } else {
                        guard out.exact[c] == nil else { throw fail(code, "kinds.\(c) is listed twice") }
                        out.exact[c] = parsed
                    }
                }
            case "other":
                out.other = try kind(v, "other")
                sawOther = true
            default:
                throw fail(k, "unknown key '\(k.string ?? "")' (use kinds, other)")
            }
        }
        guard sawOther else { throw fail(root, "other is missing (the label and severity of a code not listed)") }
        out.prefixes.sort { $0.prefix.count > $1.prefix.count }
        return out
    }
}

/// The reminder letter's own wording: the pipeline's `reminder.yaml`, read strictly.
enum ReminderWording {
    static let fileName = "reminder.yaml"

    static func load(pipelineDirectory: URL) throws -> ReminderLetterWriter.Wording {
        let url = pipelineDirectory.appendingPathComponent(fileName)
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw FindingKinds.LoadError(description: "\(url.path): cannot read (\(error.localizedDescription))")
        }
        return try parse(yaml: text, file: url.path)
    }

    static func parse(yaml: String, file: String) throws -> ReminderLetterWriter.Wording {
        func fail(_ node: Node?, _ message: String) -> FindingKinds.LoadError {
            FindingKinds.LoadError(description: "\(file)\(node?.mark.map { ":\($0.line)" } ?? ""): \(message)")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch { throw FindingKinds.LoadError(description: "\(file): \(error)") }
        guard let top = root?.mapping else { throw fail(root, "the top level must be a mapping") }
        var w = ReminderLetterWriter.Wording(numberLine: "", subject: "", replyWithinDays: -1, sendTo: "", copies: [],
                                             namedAddresseesAtMost: -1, texts: [:])
        var sawTexts = false
        func text(_ n: Node, _ f: String) throws -> String {
            guard let s = n.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(n, "\(f) must be a text") }
            return s.precomposedStringWithCanonicalMapping
        }
        func count(_ n: Node, _ f: String) throws -> Int {
            guard let i = n.int, i >= 0, i <= 1000 else { throw fail(n, "\(f) must be a whole number from 0 to 1000") }
            return i
        }
        for (k, v) in top {
            switch k.string {
            case "number": w.numberLine = try text(v, "number")
            case "subject": w.subject = try text(v, "subject")
            case "replyWithinDays": w.replyWithinDays = try count(v, "replyWithinDays")
            case "sendTo": w.sendTo = try text(v, "sendTo")
            case "copies":
                guard let seq = v.sequence else { throw fail(v, "copies must be a list of texts") }
                w.copies = try seq.map { try text($0, "copies") }
            case "namedAddresseesAtMost": w.namedAddresseesAtMost = try count(v, "namedAddresseesAtMost")
            case "texts":
                guard let m = v.mapping else { throw fail(v, "texts must be a mapping of names to texts") }
                sawTexts = true
                for (tk, tv) in m {
                    guard let name = tk.string, ReminderLetterWriter.Wording.textKeys.contains(name) else {
                        throw fail(tk, "unknown text '\(tk.string ?? "")' (use \(ReminderLetterWriter.Wording.textKeys.joined(separator: ", ")))")
                    }
                    w.texts[name] = try text(tv, "texts.\(name)")
                }
            default: throw fail(k, "unknown key '\(k.string ?? "")' (use number, subject, replyWithinDays, sendTo, copies, namedAddresseesAtMost, texts)")
            }
        }
        for (name, missing) in [("number", w.numberLine.isEmpty), ("subject", w.subject.isEmpty), ("replyWithinDays", w.replyWithinDays < 0),
                                ("sendTo", w.sendTo.isEmpty), ("namedAddresseesAtMost", w.namedAddresseesAtMost < 0)] where missing {
            throw fail(root, "\(name) is missing")
        }
        if !sawTexts { throw fail(root, "texts is missing") }
        if let absent = ReminderLetterWriter.Wording.textKeys.first(where: { w.texts[$0] == nil }) {
            throw fail(root, "texts.\(absent) is missing")
        }
        return w
    }
}
