import ArgumentParser
import Extraction
import Forms
import Foundation
import Plan

/// `tonghop templates [--unit ID…] [--out DIR]`: each expected reporter's XLSX form and the
/// guidance letter to send with them.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Write each expected reporter's XLSX form (from forms.yaml) and the guidance letter (DOCX).")

    @OptionGroup var options: PipelineOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Only these units (ids); default: every expected reporter.")
    var unit: [String] = []

    @Option(name: .long, help: "Output folder (created if needed).")
    var out: String = "Outbox/bieu-mau"

    func run() throws {
        let pipeline = try options.load()
        let spec: FormSpec
        do {
            spec = try FormSpec.load(pipeline.directory.appendingPathComponent(FormSpec.fileName), catalogue: pipeline.catalogue)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        // Every indicator a form asks must be one extraction knows.
        if let vocabulary = try? Vocabulary.load(contentsOf: pipeline.directory.appendingPathComponent("vocabulary.yaml")) {
            let known = Set(vocabulary.indicatorIDs.map(\.rawValue))
            let unknown = spec.indicators.map(\.id).filter { !known.contains($0) }
            if !unknown.isEmpty {
                printError("\(FormSpec.fileName): indicators unknown to vocabulary.yaml: \(unknown.joined(separator: ", "))")
                throw ExitCode(2)
            }
        }
        var units = pipeline.expectedReporters
        if !unit.isEmpty {
            var chosen: [ReportingUnit] = []
            for id in unit {
                guard let u = pipeline.units.unit(id: id) else {
                    printError("tonghop: unknown unit '\(id)'")
                    throw ExitCode(2)
                }
                if pipeline.reporterRule(for: u) == nil { printError("note: \(u.id) \(u.name) is not an expected reporter; its form has no deadline.") }
                chosen.append(u)
            }
            units = chosen
        }
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let writer = UnitFormWriter(pipeline: pipeline, spec: spec)
        for u in units {
            try writer.write(u, to: dir.appendingPathComponent(writer.fileName(for: u)))
        }
        try GuidanceLetter(pipeline: pipeline).write(to: dir.appendingPathComponent(GuidanceLetter.fileName))
        printError("\(units.count) forms and \(GuidanceLetter.fileName) written to \(dir.path)")
    }
}
