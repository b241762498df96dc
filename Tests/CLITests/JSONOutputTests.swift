import Foundation
import Testing

/// Every JSON output of the command follows its checked-in schema; `inspect --format json` is
/// also compared with golden files (TONGHOP_UPDATE_GOLDEN=1 rewrites them after a deliberate
/// change of shape, with a new schemaVersion).
@Suite("JSON outputs: schemas and golden files")
struct JSONOutputTests {
    @Test("inspect --format json: schema and golden file", arguments: [
        ("bao-cao-mau.docx", Int32(0)), ("so-lieu.xlsx", Int32(0)), ("khong-phai-zip.docx", Int32(1)),
    ])
    func inspectGolden(_ name: String, _ status: Int32) throws {
        let out = try run(try tonghopExecutable(), ["inspect", "--format", "json", fixtures.appendingPathComponent(name).path])
        #expect(out.status == status, "\(out.stderr)")
        let problems = try schemaProblems(out.stdout, schema: "inspect.schema.json")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(!out.stdout.contains("\"_0\""), "Swift's synthesized enum shape")
        let golden = goldens.appendingPathComponent(name + ".json")
        if ProcessInfo.processInfo.environment["TONGHOP_UPDATE_GOLDEN"] == "1" {
            try Data(out.stdout.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(out.stdout == expected, "differs from \(golden.lastPathComponent); if deliberate, bump the schemaVersion and rewrite with TONGHOP_UPDATE_GOLDEN=1")
    }

    @Test("Every variant of the inspect output says its type")
    func typeDiscriminators() throws {
        let out = try run(try tonghopExecutable(), ["inspect", "--format", "json", fixtures.appendingPathComponent("bao-cao-mau.docx").path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["type"] as? String == "document")
        let body = try #require(json["body"] as? [[String: Any]])
        #expect(Set(body.compactMap { $0["type"] as? String }) == ["paragraph", "table"])
        let first = try #require(body.first)
        #expect((first["location"] as? [String: Any])?["type"] as? String == "paragraph")
        let xlsx = try run(try tonghopExecutable(), ["inspect", "--format", "json", fixtures.appendingPathComponent("so-lieu.xlsx").path])
        let sheets = try #require((try JSONSerialization.jsonObject(with: Data(xlsx.stdout.utf8)) as? [String: Any])?["sheets"] as? [[String: Any]])
        let values = sheets.flatMap { ($0["rows"] as? [[String: Any]] ?? []).flatMap { $0["cells"] as? [[String: Any]] ?? [] } }
            .compactMap { ($0["value"] as? [String: Any])?["type"] as? String }
        #expect(Set(values).isSuperset(of: ["text", "number", "date"]), "\(Set(values))")
    }

    @Test("The schema refuses what the old output looked like (the validator can fail)")
    func schemaRefusesSynthesizedShape() throws {
        let old = #"{"schemaVersion":1,"file":"x.docx","document":{"kind":"docx","body":[{"paragraph":{"_0":{"text":"a"}}}]}}"#
        #expect(try !schemaProblems(old, schema: "inspect.schema.json").isEmpty)
        let line = #"{"file":"a.docx","sha256":"","status":"done","reason":null,"unit":null,"document":{"number":null,"date":null},"entries":[],"difficulties":[],"proposals":[],"findings":[]}"#
        #expect(try !schemaProblems(line, schema: "extract-line.schema.json", jsonl: true).isEmpty)
    }

    @Test("extract --format jsonl: every line follows the contract's schema")
    func extractLines() throws {
        var paths = [fixtures.path]
        if FileManager.default.fileExists(atPath: corpusDev.path) { paths.append(corpusDev.path) }
        let out = try run(try tonghopExecutable(), ["extract", "--pipeline", pipelineDirectory.path, "--format", "jsonl"] + paths)
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count >= 3)
        let problems = try schemaProblems(out.stdout, schema: "extract-line.schema.json", jsonl: true)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }
}

/// scripts/try-as-new-user.sh: every command that failed a new user, its message and exit code.
@Suite("Tried as a new user")
struct NewUserTests {
    @Test("scripts/try-as-new-user.sh passes every check")
    func script() throws {
        let out = try run(URL(fileURLWithPath: "/usr/bin/env"), ["bash", packageRoot.appendingPathComponent("scripts/try-as-new-user.sh").path],
                          environment: ["TONGHOP": try tonghopExecutable().path])
        #expect(out.status == 0, "\(out.stdout)\n\(out.stderr)")
        #expect(out.stdout.contains(" 0 failed"))
    }
}
