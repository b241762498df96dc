import Foundation
import VietText
import Yams

// Reading the unit registry from a pipeline's files: communes.csv (official code, name,
// kind), agencies.csv (id, name, group, aliases separated by ';') and unit-aliases.yaml.

extension UnitRegistry {
    /// Loads the registry from the three files; every problem is reported with file and line.
    public static func load(communes: URL, agencies: URL, aliases: URL?, relativeTo base: URL) throws(PipelineError) -> UnitRegistry {
        let sink = ProblemSink()
        let registry = load(communes: communes, agencies: agencies, aliases: aliases, relativeTo: base, sink: sink)
        if !sink.problems.isEmpty { throw PipelineError(problems: sink.problems) }
        return registry
    }

    static func load(communes: URL, agencies: URL, aliases: URL?, relativeTo base: URL, sink: ProblemSink) -> UnitRegistry {
        var units: [ReportingUnit] = []
        var seenIDs: [String: (String, Int)] = [:]
        func add(_ u: ReportingUnit, _ file: String, _ line: Int) {
            if let (f, l) = seenIDs[u.id] {
                sink.add(file, line, "id", "duplicate unit id '\(u.id)' (first in \(f):\(l))")
                return
            }
            seenIDs[u.id] = (file, line)
            units.append(u)
        }

        let communesFile = relativePath(communes, base)
        if let rows = readCSV(communes, file: communesFile, sink: sink, header: ["code", "name", "kind"],
                              allowed: ["province_code", "province_name", "phone", "email"]) {
            for row in rows {
                let code = row.fields["code"] ?? "", name = VietText.collapseWhitespace(row.fields["name"] ?? "")
                guard code.count == 5, code.allSatisfy(\.isNumber) else {
                    sink.add(communesFile, row.line, "code", "expected a 5-digit official code, found '\(code)'")
                    continue
                }
                guard !name.isEmpty else {
                    sink.add(communesFile, row.line, "name", "missing name")
                    continue
                }
                let kind: ReportingUnit.Kind
                switch VietText.fold(row.fields["kind"] ?? "") {
                case "phuong": kind = .ward
                case "xa": kind = .commune
                case "dac khu": kind = .specialZone
                case let other:
                    sink.add(communesFile, row.line, "kind", "unknown kind '\(other)' (Phường, Xã, Đặc khu)")
                    continue
                }
                add(ReportingUnit(id: code, name: name, kind: kind, phone: row.contact("phone"), email: row.contact("email")), communesFile, row.line)
            }
        }

        let agenciesFile = relativePath(agencies, base)
        if let rows = readCSV(agencies, file: agenciesFile, sink: sink, header: ["id", "name", "group", "aliases"], allowed: ["phone", "email"]) {
            for row in rows {
                let id = row.fields["id"] ?? "", name = VietText.collapseWhitespace(row.fields["name"] ?? "")
                guard !id.isEmpty, !name.isEmpty else {
                    sink.add(agenciesFile, row.line, id.isEmpty ? "id" : "name", "missing value")
                    continue
                }
                let kind: ReportingUnit.Kind
                var reporter = true
                switch row.fields["group"] ?? "" {
                case "internal": kind = .internal
                case "department": kind = .department
                // The issuing Department: recognised in text, never expected to report.
                case "issuer": kind = .department; reporter = false
                case let other:
                    sink.add(agenciesFile, row.line, "group", "unknown group '\(other)' (internal, department, issuer)")
                    continue
                }
                let aliases = (row.fields["aliases"] ?? "").split(separator: ";").map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
                add(ReportingUnit(id: id, name: name, kind: kind, aliases: aliases, isReporter: reporter,
                                  phone: row.contact("phone"), email: row.contact("email")), agenciesFile, row.line)
            }
        }

        var extra: [String: [String]] = [:]
        var ambiguous: [String] = []
        if let aliases {
            let file = relativePath(aliases, base)
            let y = YAMLReader(url: aliases, file: file, sink: sink)
            if let root = y.root, let map = y.mapping(root, "") {
                y.checkKeys(map, "", allowed: ["aliases", "ambiguous"])
                if let am = y.mapping(map["aliases"], "aliases") {
                    for (k, v) in am {
                        guard let id = k.string else { continue }
                        if seenIDs[id] == nil {
                            y.problem(k, "aliases.\(id)", "unknown unit id '\(id)'")
                            continue
                        }
                        extra[id, default: []] += y.strings(v, "aliases.\(id)") ?? []
                    }
                }
                ambiguous = y.strings(map["ambiguous"], "ambiguous") ?? []
            }
        }
        return UnitRegistry(units: units, extraAliases: extra, ambiguous: ambiguous)
    }
}

func relativePath(_ url: URL, _ base: URL) -> String {
    let b = base.standardizedFileURL.path, p = url.standardizedFileURL.path
    if p.hasPrefix(b + "/") { return String(p.dropFirst(b.count + 1)) }
    return p
}

struct CSVRow {
    var line: Int
    var fields: [String: String]

    /// A contact column's value; nil when the column is absent or the cell empty.
    func contact(_ column: String) -> String? {
        guard let v = fields[column], !v.isEmpty else { return nil }
        return v
    }
}

/// A small RFC 4180 reader (quotes, doubled quotes, CRLF); every record keeps its line.
/// With `allowed`, a column that is neither required nor allowed is a problem (a typo in a
/// header would otherwise leave that column's values unread).
func readCSV(_ url: URL, file: String, sink: ProblemSink, header required: [String], allowed: Set<String>? = nil) -> [CSVRow]? {
    guard let data = FileManager.default.contents(atPath: url.path), var text = String(data: data, encoding: .utf8) else {
        sink.add(file, nil, nil, "file not found or not UTF-8 (\(url.path))")
        return nil
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var records: [(Int, [String])] = []
    var field = "", record: [String] = [], inQuotes = false, line = 1, recordLine = 1
    var it = text.makeIterator()
    var pending: Character? = nil
    while let ch = pending ?? it.next() {
        pending = nil
        if inQuotes {
            if ch == "\"" {
                if let n = it.next() {
                    if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n }
                } else { inQuotes = false }
            } else {
                if ch == "\n" || ch == "\r\n" { line += 1 }
                field.append(ch)
            }
            continue
        }
        switch ch {
        case "\"": inQuotes = true
        case ",": record.append(field); field = ""
        case "\n", "\r\n", "\r":
            record.append(field)
            if !(record.count == 1 && record[0].isEmpty) { records.append((recordLine, record)) }
            field = ""; record = []
            line += 1
            recordLine = line
        default: field.append(ch)
        }
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append((recordLine, record)) }
    guard let head = records.first else {
        sink.add(file, 1, nil, "empty file")
        return nil
    }
    let names = head.1.map { $0.trimmingCharacters(in: .whitespaces) }
    let missing = required.filter { !names.contains($0) }
    if !missing.isEmpty {
        sink.add(file, head.0, nil, "missing column(s): \(missing.joined(separator: ", "))")
        return nil
    }
    if let allowed {
        let known = allowed.union(required)
        for n in names where !known.contains(n) {
            sink.add(file, head.0, n, "unknown column '\(n)' (known: \(required.joined(separator: ", ")), \(allowed.sorted().joined(separator: ", ")))")
        }
        if names.contains(where: { !known.contains($0) }) { return nil }
    }
    var rows: [CSVRow] = []
    for (l, values) in records.dropFirst() {
        if values.count != names.count {
            sink.add(file, l, nil, "expected \(names.count) fields, found \(values.count)")
        }
        var fields: [String: String] = [:]
        for (i, n) in names.enumerated() where i < values.count { fields[n] = VietText.nfc(values[i].trimmingCharacters(in: .whitespaces)) }
        rows.append(CSVRow(line: l, fields: fields))
    }
    return rows
}
