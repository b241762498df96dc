import Foundation

/// The extraction contract's JSON line (`tonghop extract --format jsonl`): exactly the shape
/// of shared/spec/README.md, so that downstream tools and the scorer can read it.
public enum ContractJSON {
    struct Line: Encodable {
        var file: String
        var sha256: String
        var status: String
        var reason: String?
        var unit: UnitRef?
        var document: Doc
        var entries: [E]
        var difficulties: [String]
        var proposals: [String]
        var findings: [F]

        struct UnitRef: Encodable { var id: String; var name: String }
        struct Doc: Encodable {
            var number: String?
            var date: String?
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(number, forKey: .number)
                try c.encode(date, forKey: .date)
            }
            enum CodingKeys: String, CodingKey { case number, date }
        }
        struct E: Encodable {
            var task: String
            var status: String
            var indicators: [String: Number]
            var text: String
            var source: String
        }
        struct F: Encodable {
            var severity: String
            var code: String
            var message: String
            var source: String?
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(status, forKey: .status)
            try c.encode(reason, forKey: .reason)
            try c.encode(unit, forKey: .unit)
            try c.encode(document, forKey: .document)
            try c.encode(entries, forKey: .entries)
            try c.encode(difficulties, forKey: .difficulties)
            try c.encode(proposals, forKey: .proposals)
            try c.encode(findings, forKey: .findings)
        }
        enum CodingKeys: String, CodingKey { case file, sha256, status, reason, unit, document, entries, difficulties, proposals, findings }
    }

    /// Whole numbers print without a fraction ("15500000", not "1.55e7").
    struct Number: Encodable {
        var value: Double
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            if value == value.rounded(), abs(value) < 9e15 { try c.encode(Int64(value)) } else { try c.encode(value) }
        }
    }

    public static func line(_ s: Submission) -> String {
        let line = Line(
            file: s.file, sha256: s.sha256, status: s.status.rawValue, reason: s.reason,
            unit: s.unit.map { .init(id: $0.id, name: $0.name) },
            document: .init(number: s.document.number, date: s.document.date),
            entries: s.entries.map { e in
                .init(task: e.task, status: e.status.rawValue,
                      indicators: Dictionary(uniqueKeysWithValues: e.indicators.map { ($0.key.rawValue, Number(value: $0.value.value)) }),
                      text: e.text, source: e.sources.first ?? "")
            },
            difficulties: s.difficulties.map(\.text), proposals: s.proposals.map(\.text),
            findings: s.findings.map { .init(severity: $0.severity.rawValue, code: $0.code, message: $0.message, source: $0.source) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(line), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
