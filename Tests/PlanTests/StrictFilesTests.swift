import Foundation
import Testing
@testable import Plan

/// Pipeline files are read strictly: a key or column nobody reads is a typo, reported with
/// its file and line.
@Suite struct StrictFilesTests {
    /// A copy of the shipped pipeline in a temporary folder, to break one file of.
    func copy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-strict-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: Paths.pipeline, to: dir)
        return dir
    }

    func problems(_ dir: URL) -> [PipelineProblem] {
        do { _ = try PipelineDefinition.load(directory: dir); return [] } catch { return error.problems }
    }

    func edit(_ url: URL, _ body: (String) -> String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(body(text).utf8).write(to: url)
    }

    @Test func shippedPipelineLoadsAndUnitsHaveContactColumns() throws {
        let units = Fixtures.pipeline.units.units
        #expect(units.count == 191)
        // The columns are there for the review desk; empty where unknown.
        #expect(units.allSatisfy { $0.phone == nil && $0.email == nil })
    }

    @Test func contactColumnsAreRead() throws {
        let dir = try copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("units/agencies.csv")
        try edit(url) { $0.replacingOccurrences(of: "SO-YT,Sở Y tế,department,,,", with: "SO-YT,Sở Y tế,department,,028 3930 9912,soyte@tphcm.gov.vn") }
        let p = try PipelineDefinition.load(directory: dir)
        #expect(p.units.unit(id: "SO-YT")?.phone == "028 3930 9912")
        #expect(p.units.unit(id: "SO-YT")?.email == "soyte@tphcm.gov.vn")
    }

    @Test func unknownCSVColumnIsAnError() throws {
        let dir = try copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try edit(dir.appendingPathComponent("units/communes.csv")) { $0.replacingOccurrences(of: ",phone,email", with: ",phone,emial") }
        let p = problems(dir)
        #expect(p.contains { $0.file == "units/communes.csv" && $0.line == 1 && $0.field == "emial" && $0.message.contains("unknown column") }, "\(p)")
    }

    @Test func unknownKeyInUnitAliasesIsAnError() throws {
        let dir = try copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try edit(dir.appendingPathComponent("units/unit-aliases.yaml")) { $0 + "\nambigous:\n  - Thanh An\n" }
        let p = problems(dir)
        #expect(p.contains { $0.file == "units/unit-aliases.yaml" && $0.field == "ambigous" && $0.line != nil }, "\(p)")
    }

    @Test func unknownKeysInPipelineAndCatalogueAreErrors() throws {
        let dir = try copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try edit(dir.appendingPathComponent("pipeline.yaml")) { $0 + "\noutput: [docx]\n" }
        try edit(dir.appendingPathComponent("catalogue.overlay.yaml")) { $0.replacingOccurrences(of: "shortTitle:", with: "shortTitel:") }
        let p = problems(dir)
        #expect(p.contains { $0.file == "pipeline.yaml" && $0.field == "output" && $0.line != nil }, "\(p)")
        #expect(p.contains { $0.file == "catalogue.overlay.yaml" && ($0.field ?? "").hasSuffix("shortTitel") && $0.line != nil }, "\(p)")
    }

    @Test func shapeFindsNestedTyposWithLines() {
        let shape: YAMLShape = .fields(["a": .named(.fields(["x": .any])), "b": .list(.fields(["y": .any]))])
        let yaml = "a:\n  one:\n    x: 1\n    z: 2\nb:\n  - y: 1\n  - yy: 2\nc: 3\n"
        let p = shape.problems(in: yaml, file: "f.yaml")
        #expect(p.map(\.description) == [
            "f.yaml:4: a.one.z: unknown field 'z' (known: x)",
            "f.yaml:7: b[1].yy: unknown field 'yy' (known: y)",
            "f.yaml:8: c: unknown field 'c' (known: a, b)",
        ])
    }
}
