import ArgumentParser
import Foundation
import Intake
import Nightly
import Plan

/// `--pipeline DIR`, shared by the plan commands.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: "The pipeline definition directory.")
    var pipeline: String = PipelineDefinition.defaultDirectory

    /// The pipeline directory: as given, relative to the working directory; when the default
    /// is not there (tonghop started from elsewhere, e.g. by cron), the repository's copy next
    /// to the built executable (`<repo>/.build/release/tonghop` → `<repo>/Pipelines/…`).
    var directory: URL {
        let given = URL(fileURLWithPath: pipeline, isDirectory: true)
        guard pipeline == PipelineDefinition.defaultDirectory,
              !FileManager.default.fileExists(atPath: given.appendingPathComponent("pipeline.yaml").path) else { return given }
        // The executable's own path (started through PATH, argv[0] is a bare name), links
        // resolved: /usr/local/bin/tonghop → <repo>/.build/release/tonghop.
        let exe = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(pipeline, isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("pipeline.yaml").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return given
    }

    /// Loads the pipeline (every file of it, `Pipeline.load`), printing every problem
    /// (file:line: field: message) on failure.
    func load() throws -> PipelineDefinition {
        try loadPipeline().definition
    }
}

extension PipelineOptions {
    /// Every file of the pipeline (`Pipeline.load`): definition, vocabulary, validation rules,
    /// with its version; every problem printed on failure.
    func loadPipeline() throws -> Pipeline {
        do {
            return try Pipeline.load(directory: directory)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }

    /// The pipeline and the intake that reads files against it (reader and extractor).
    func loadIntake() throws -> (PipelineDefinition, FileIntake) {
        let loaded = try loadPipeline()
        let pipeline = loaded.definition
        do { return (pipeline, try FileIntake(pipeline: pipeline, vocabulary: loaded.vocabulary)) } catch {
            printError("tonghop: \(error)")
            throw ExitCode(2)
        }
    }
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

/// Pads to a display width (counting characters, which is right for NFC Vietnamese).
func padded(_ s: String, _ width: Int) -> String {
    let n = s.count
    return n >= width ? s : s + String(repeating: " ", count: width - n)
}

func truncated(_ s: String, _ width: Int) -> String {
    s.count <= width ? s : String(s.prefix(width - 1)) + "…"
}
