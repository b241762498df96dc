import Foundation
import VietText
import Yams

/// What officers taught at the review desk, kept apart from the hand-written vocabulary in
/// `vocabulary.local.yaml` beside it: the same shape, but only status phrases and indicator
/// row labels and nouns, so that a reviewer reads the file as a short diff of what was
/// taught. Loaded after `vocabulary.yaml` whenever the vocabulary is.
public struct VocabularyOverlay: Sendable, Equatable {
    public static let fileName = "vocabulary.local.yaml"

    /// Status phrases by status.
    public var statuses: [TaskStatus: [String]] = [:]
    /// Row or column labels that name an indicator ("số hộ dân tham dự").
    public var indicatorColumns: [IndicatorID: [String]] = [:]
    /// Nouns counted in prose ("hộ dân").
    public var indicatorCounts: [IndicatorID: [String]] = [:]

    public init() {}

    public var isEmpty: Bool { statuses.isEmpty && indicatorColumns.isEmpty && indicatorCounts.isEmpty }

    /// The overlay at `url`; empty when there is none.
    public static func load(contentsOf url: URL, indicators: [IndicatorID]? = nil) throws -> VocabularyOverlay {
        guard FileManager.default.fileExists(atPath: url.path) else { return VocabularyOverlay() }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Vocabulary.LoadError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(yaml: text, file: url.path, indicators: indicators)
    }

    /// Strict: an unknown key, status or indicator is an error with its line.
    public static func parse(yaml: String, file: String = fileName, indicators known: [IndicatorID]? = nil) throws -> VocabularyOverlay {
        func fail(_ node: Node?, _ message: String) -> Vocabulary.LoadError {
            Vocabulary.LoadError(file: file + (node?.mark.map { ":\($0.line)" } ?? ""), message: message)
        }
        var out = VocabularyOverlay()
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch { throw Vocabulary.LoadError(file: file, message: "\(error)") }
        guard let root else { return out }
        if case .scalar(let s) = root, s.string.isEmpty { return out }
        guard let top = root.mapping else { throw fail(root, "the top level must be a mapping") }
        func phrases(_ node: Node, _ field: String) throws -> [String] {
            if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [] }
            guard let seq = node.sequence else { throw fail(node, "\(field) must be a list of phrases") }
            return try seq.map { item in
                guard let s = item.string, !VietText.words(s).isEmpty else { throw fail(item, "\(field): a phrase must be words") }
                return s.precomposedStringWithCanonicalMapping
            }
        }
        for (k, v) in top {
            switch k.string {
            case "statuses":
                guard let m = v.mapping else { throw fail(v, "statuses must be a mapping") }
                for (sk, sv) in m {
                    guard let status = sk.string.flatMap(TaskStatus.init(rawValue:)), status != .unknown else {
                        throw fail(sk, "statuses.\(sk.string ?? ""): unknown status (use completed, in_progress, not_started, not_applicable)")
                    }
                    out.statuses[status, default: []] += try phrases(sv, "statuses.\(status.rawValue)")
                }
            case "indicators":
                guard let m = v.mapping else { throw fail(v, "indicators must be a mapping") }
                for (ik, iv) in m {
                    guard let name = ik.string, !name.isEmpty else { throw fail(ik, "an indicator id must be a text") }
                    let id = IndicatorID(name)
                    if let known, !known.contains(id) { throw fail(ik, "indicators.\(name): unknown indicator") }
                    guard let spec = iv.mapping else { throw fail(iv, "indicators.\(name) must be a mapping (columns, counts)") }
                    for (fk, fv) in spec {
                        switch fk.string {
                        case "columns": out.indicatorColumns[id, default: []] += try phrases(fv, "indicators.\(name).columns")
                        case "counts": out.indicatorCounts[id, default: []] += try phrases(fv, "indicators.\(name).counts")
                        default: throw fail(fk, "indicators.\(name): unknown key '\(fk.string ?? "")' (use columns, counts)")
                        }
                    }
                }
            default:
                throw fail(k, "unknown key '\(k.string ?? "")' (a vocabulary overlay holds statuses and indicators)")
            }
        }
        return out
    }

    /// The file's text: sorted, one phrase a line, each with the comment given for it (who
    /// taught it and when), so that the file diffs line by line.
    public func yaml(comments: [String: String] = [:], header: String) -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func line(_ indent: String, _ phrase: String) -> String {
            let c = comments[phrase].map { "  # " + $0.replacingOccurrences(of: "\n", with: " ") } ?? ""
            return "\(indent)- \(q(phrase))\(c)\n"
        }
        var s = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n") + "\n"
        if !statuses.isEmpty {
            s += "statuses:\n"
            for status in TaskStatus.allCases where !(statuses[status] ?? []).isEmpty {
                s += "  \(status.rawValue):\n"
                for p in statuses[status]! { s += line("    ", p) }
            }
        }
        let ids = Set(indicatorColumns.keys).union(indicatorCounts.keys).sorted()
        if !ids.isEmpty {
            s += "indicators:\n"
            for id in ids {
                s += "  \(id.rawValue):\n"
                if let cols = indicatorColumns[id], !cols.isEmpty {
                    s += "    columns:\n"
                    for p in cols { s += line("      ", p) }
                }
                if let counts = indicatorCounts[id], !counts.isEmpty {
                    s += "    counts:\n"
                    for p in counts { s += line("      ", p) }
                }
            }
        }
        return s
    }
}

extension Vocabulary {
    /// Adds what officers taught. Taught phrases come after the hand-written ones: a phrase
    /// of the same length already in `vocabulary.yaml` keeps its meaning.
    public mutating func apply(_ overlay: VocabularyOverlay) {
        for status in TaskStatus.allCases { for p in overlay.statuses[status] ?? [] { statuses.add(p, status) } }
        for (id, list) in overlay.indicatorColumns.sorted(by: { $0.key < $1.key }) {
            for p in list { indicatorColumns.add(p, id); columns.add(p, .indicator(id)) }
        }
        for (id, list) in overlay.indicatorCounts.sorted(by: { $0.key < $1.key }) {
            for p in list { counts.add(p, id) }
        }
    }

    /// The status a phrase means as a whole, if the vocabulary knows it.
    public func status(ofPhrase phrase: String) -> TaskStatus? {
        let tokens = Tokenizer.tokenize(phrase)
        guard let m = statuses.match(tokens, at: 0), m.end == tokens.count else { return nil }
        return m.value
    }

    /// The indicator a row or column label names as a whole, if the vocabulary knows it.
    public func indicator(ofLabel label: String) -> IndicatorID? {
        let tokens = Tokenizer.tokenize(label)
        guard let m = indicatorColumns.match(tokens, at: 0), m.end == tokens.count else { return nil }
        return m.value
    }
}
