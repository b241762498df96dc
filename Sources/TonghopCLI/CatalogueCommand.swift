import ArgumentParser
import DocumentModel
import Foundation
import Intake
import OOXML
import Plan

struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "The plan's task catalogue: print it, or import it from the plan document.",
        subcommands: [List.self, Import.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the catalogue as a table (code, short title, lead, schedule).")

        @OptionGroup var options: PipelineOptions

        func run() throws {
            let p = try options.load()
            var lastGroup = 0
            for t in p.catalogue.tasks {
                if t.group != lastGroup {
                    lastGroup = t.group
                    print("\n\(t.group). \(t.groupTitle)")
                }
                let lead = t.lead.map { p.units.unit(id: $0).map(displayName) ?? $0 }.joined(separator: ", ")
                print("  \(padded(t.code.rawValue, 8)) \(padded(truncated(t.title, 46), 46))  \(padded(truncated(lead, 28), 28))  \(t.schedule.displayText)")
            }
            print("\n\(p.catalogue.tasks.count) nhiệm vụ.")
        }

        func displayName(_ u: ReportingUnit) -> String {
            u.aliases.first(where: { $0.count < 16 && $0 != u.name }) ?? u.name
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a catalogue file from the plan document (PLAN.docx or PLAN.md).")

        @OptionGroup var options: PipelineOptions

        @Argument(help: "The plan document (.md now; .docx once the reader is wired).")
        var plan: String

        @Option(name: .shortAndLong, help: "Where to write the catalogue (default: standard output).")
        var output: String?

        func run() throws {
            try runReportingProblems(work)
        }

        private func work() throws {
            try PathCheck.readableFile(plan, what: "tài liệu kế hoạch")
            let units: UnitRegistry
            let reading: PlanReading
            do {
                units = try PipelineDefinition.loadUnits(directory: options.directory)
                reading = try PlanReading.load(options.directory.appendingPathComponent(PlanReading.fileName))
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
            let url = URL(fileURLWithPath: plan)
            let document: Document
            do { document = try loadPlanDocument(url) } catch let e as PlanDocumentError { throw CannotRun(e.description) }
            let (catalogue, diagnostics) = CatalogueImporter.importCatalogue(from: document, units: units, reading: reading)
            for d in diagnostics {
                printError("\(d.severity.rawValue): \(d.code): \(d.message)" + (d.location.map { " [\($0)]" } ?? ""))
            }
            let yaml = CatalogueFile.yaml(catalogue, source: url.lastPathComponent)
            if let output {
                do { try Data(yaml.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                    throw CannotRun("không ghi được danh mục: " + FileProblem.describe(error, path: output))
                }
                printError("\(catalogue.tasks.count) tasks written to \(output)")
            } else {
                print(yaml, terminator: "")
            }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}

struct PlanDocumentError: Error, CustomStringConvertible {
    var description: String
}

/// Reads a plan document into the shared model.
///
/// The plan document in the shared model: DOCX through the OOXML reader, Markdown through
/// Plan's converter.
func loadPlanDocument(_ url: URL) throws -> Document {
    switch url.pathExtension.lowercased() {
    case "md", "markdown":
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw PlanDocumentError(description: "\(url.path): không đọc được tệp kế hoạch (cần văn bản UTF-8)")
        }
        return MarkdownDocument.parse(text, part: url.lastPathComponent)
    case "docx":
        do {
            return try DocumentReader().read(contentsOf: url)
        } catch {
            throw PlanDocumentError(description: "\(url.lastPathComponent): \(error.message) (\(error.detail ?? error.kind.rawValue))")
        }
    default:
        throw PlanDocumentError(description: "\(url.path): định dạng '.\(url.pathExtension)' không dùng được cho kế hoạch (cần .docx hoặc .md)")
    }
}
