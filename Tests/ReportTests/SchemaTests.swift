import Consolidation
import Foundation
import Plan
import ReportWriters
import Testing

/// The JSON output against docs/schemas/report.schema.json, and against a golden file of the
/// fixture's report (regenerate with TONGHOP_UPDATE_GOLDEN=1 after a deliberate change, and
/// bump `ConsolidatedReport.currentSchemaVersion` when the shape changes).
@Suite struct SchemaTests {
    static let schemaURL = Paths.packageRoot.appendingPathComponent("docs/schemas/report.schema.json")
    static let goldenURL = Paths.packageRoot.appendingPathComponent("Tests/ReportTests/Golden/report.json")

    func json(_ report: ConsolidatedReport) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONReportWriter().data(report))
    }

    @Test func fixtureReportMatchesTheSchema() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: SchemaTests.schemaURL))
        let v = SchemaValidator(root: schema)
        let errors = v.validate(try json(Fixtures.report(Fixtures.input())))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        // The validator does catch what the schema forbids.
        var bad = try json(Fixtures.report(Fixtures.input())) as! [String: Any]
        bad["sentences"] = ["rendered prose"]
        bad["schemaVersion"] = 1
        let found = v.validate(bad)
        #expect(found.contains { $0.contains("sentences") } && found.contains { $0.contains("schemaVersion") })
    }

    @Test func emptyReportMatchesTheSchema() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: SchemaTests.schemaURL))
        let input = Fixtures.reconciled([])
        #expect(SchemaValidator(root: schema).validate(try json(Fixtures.report(input))).isEmpty)
    }

    @Test func fixtureReportEqualsTheGoldenFile() throws {
        let data = try JSONReportWriter().data(Fixtures.report(Fixtures.input()))
        if ProcessInfo.processInfo.environment["TONGHOP_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: SchemaTests.goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: SchemaTests.goldenURL)
        }
        let golden = try Data(contentsOf: SchemaTests.goldenURL)
        #expect(String(decoding: data, as: UTF8.self) == String(decoding: golden, as: UTF8.self))
    }
}

/// The part of JSON Schema (2020-12) the report's schema uses: type, properties, required,
/// additionalProperties, items, enum, const, pattern and local $ref.
struct SchemaValidator {
    let root: Any

    func validate(_ value: Any) -> [String] { check(value, root, "$") }

    /// JSONSerialization gives booleans as NSNumbers of type "c" (char).
    static func isBool(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
        return node as? [String: Any] ?? [:]
    }

    func check(_ value: Any, _ schemaAny: Any, _ path: String) -> [String] {
        guard let raw = schemaAny as? [String: Any] else { return [] }
        let schema = resolve(raw)
        var errors: [String] = []
        func same(_ a: Any, _ b: Any) -> Bool { (a as? NSObject).map { $0.isEqual(b) } ?? false }
        if let c = schema["const"], !same(c, value) { errors.append("\(path): expected \(c)") }
        if let e = schema["enum"] as? [Any], !e.contains(where: { same($0, value) }) { errors.append("\(path): \(value) not in enum") }
        if let type = schema["type"] as? String {
            let ok: Bool
            switch type {
            case "object": ok = value is [String: Any]
            case "array": ok = value is [Any]
            case "string": ok = value is String
            case "boolean": ok = SchemaValidator.isBool(value)
            case "integer": ok = !SchemaValidator.isBool(value) && (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
            case "number": ok = !SchemaValidator.isBool(value) && value is NSNumber
            default: ok = true
            }
            if !ok { return errors + ["\(path): expected \(type)"] }
        }
        if let pattern = schema["pattern"] as? String, let s = value as? String,
           (try? NSRegularExpression(pattern: pattern))?.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) == nil {
            errors.append("\(path): '\(s)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let props = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { errors.append("\(path).\(key): required") }
            for (key, v) in object {
                if let p = props[key] {
                    errors += check(v, p, "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool {
                        if !allowed { errors.append("\(path).\(key): not allowed") }
                    } else {
                        errors += check(v, extra, "\(path).\(key)")
                    }
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] {
            for (i, v) in array.enumerated() { errors += check(v, items, "\(path)[\(i)]") }
        }
        return errors
    }
}
