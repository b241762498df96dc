import ArgumentParser
import DocumentModel
import Foundation
import Plan

/// `tonghop pipeline new --from PLAN.docx [--out DIR]`: a new pipeline folder for next
/// year's plan, to review.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Make a new pipeline from a plan document.",
        subcommands: [New.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a pipeline folder from PLAN.docx (or .md): catalogue, a pipeline.yaml to review, and copies of the template's units, vocabulary, validation, plan reading and forms.")

        @OptionGroup var options: PipelineOptions

        @Option(name: .long, help: "The plan document (.docx or .md).")
        var from: String

        @Option(name: .long, help: "The new pipeline folder (default: Pipelines/<plan file name>). Must not exist yet.")
        var out: String?

        @Option(name: .long, help: "The pipeline id (default: the folder's name).")
        var id: String?

        func run() throws {
            let template: PipelineDefinition
            let reading: PlanReading
            do {
                template = try PipelineDefinition.load(directory: options.directory)
                reading = try PlanReading.load(options.directory.appendingPathComponent(PlanReading.fileName))
            } catch {
                printError("tonghop: the template pipeline \(options.directory.path) does not load:\n\(error)")
                throw ExitCode(2)
            }
            let planURL = URL(fileURLWithPath: from)
            let document = try loadPlanDocument(planURL)
            let outDir = URL(fileURLWithPath: out ?? "Pipelines/" + planURL.deletingPathExtension().lastPathComponent, isDirectory: true)
            let fm = FileManager.default
            if fm.fileExists(atPath: outDir.path) {
                printError("tonghop: \(outDir.path) already exists; give a new folder with --out (nothing was written).")
                throw ExitCode(2)
            }
            let pipelineID = id ?? outDir.lastPathComponent
            let draft = PipelineDraft.make(document: document, source: planURL.lastPathComponent, id: pipelineID, template: template, reading: reading)
            try fm.createDirectory(at: outDir.appendingPathComponent("units"), withIntermediateDirectories: true)
            for (name, text) in draft.files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: outDir.appendingPathComponent(name))
            }
            for name in draft.copies {
                let src = options.directory.appendingPathComponent(name)
                guard fm.fileExists(atPath: src.path) else { continue }
                try fm.copyItem(at: src, to: outDir.appendingPathComponent(name))
            }
            for d in draft.diagnostics {
                printError("\(d.severity.rawValue): \(d.code): \(d.message)" + (d.location.map { " [\(planURL.lastPathComponent): \($0)]" } ?? ""))
            }
            printError("\(draft.catalogue.tasks.count) tasks imported; pipeline drafted in \(outDir.path).")
            // What still stops the pipeline from loading, file:line: field: message.
            do {
                _ = try PipelineDefinition.load(directory: outDir)
                printError("The new pipeline loads; review pipeline.yaml (lines marked REVIEW) and catalogue.yaml.")
            } catch {
                printError("To review before use:\n\(error)")
            }
            if draft.catalogue.tasks.isEmpty { throw ExitCode(1) }
        }
    }
}
