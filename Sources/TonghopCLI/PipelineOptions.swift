import ArgumentParser
import Foundation
import Plan

/// `--pipeline DIR`, shared by the plan commands.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: "The pipeline definition directory.")
    var pipeline: String = PipelineDefinition.defaultDirectory

    var directory: URL { URL(fileURLWithPath: pipeline, isDirectory: true) }

    /// Loads the pipeline, printing every problem (file:line: field: message) on failure.
    func load() throws -> PipelineDefinition {
        do {
            return try PipelineDefinition.load(directory: directory)
        } catch {
            printError(error.description)
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
