import Foundation
import Testing
@testable import Plan

/// `PipelineFiles`: every file of a pipeline folder with its digest, and versions over them.
@Suite("Pipeline files and versions")
struct PipelineFilesTests {
    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-files-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("units"), withIntermediateDirectories: true)
        try Data("id: a\n".utf8).write(to: dir.appendingPathComponent("pipeline.yaml"))
        try Data("rules: []\n".utf8).write(to: dir.appendingPathComponent("validation.yaml"))
        try Data("code,name\n".utf8).write(to: dir.appendingPathComponent("units/wards.csv"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent(".hidden"))
        return dir
    }

    @Test func everyRegularFileByRelativePathHiddenAside() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = PipelineFiles.load(directory: dir).files
        #expect(Set(files.keys) == ["pipeline.yaml", "validation.yaml", "units/wards.csv"])
        #expect(files["pipeline.yaml"] == SHA256Digest.hex(of: Data("id: a\n".utf8)))
    }

    @Test func versionChangesWithAnyCountedFileAndNotWithExcludedOnes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = PipelineFiles.load(directory: dir)
        try Data("rules: [x]\n".utf8).write(to: dir.appendingPathComponent("validation.yaml"))
        let after = PipelineFiles.load(directory: dir)
        #expect(after.version() != before.version())
        #expect(after.version(excluding: ["validation.yaml"]) == before.version(excluding: ["validation.yaml"]))
        try Data("code,name\n1,x\n".utf8).write(to: dir.appendingPathComponent("units/wards.csv"))
        #expect(PipelineFiles.load(directory: dir).version(excluding: ["validation.yaml"]) != before.version(excluding: ["validation.yaml"]))
        // Hidden files never count.
        let counted = PipelineFiles.load(directory: dir).version()
        try Data("changed".utf8).write(to: dir.appendingPathComponent(".hidden"))
        #expect(PipelineFiles.load(directory: dir).version() == counted)
    }

    @Test func shippedPipelineHasItsFiles() {
        let files = PipelineFiles.load(directory: Paths.pipeline)
        #expect(files.files["pipeline.yaml"] != nil && files.files["vocabulary.yaml"] != nil)
        #expect(files.version().count == 64)
    }
}
