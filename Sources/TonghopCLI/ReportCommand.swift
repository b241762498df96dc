import ArgumentParser
import Consolidation
import Dispatch
import Foundation
import Intake
import Plan
import ReportWriters

/// `tonghop report --from-extract PATH...`: the consolidated report straight from files,
/// without the ledger (the nightly run feeds the same writers from the ledger).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the consolidated report (DOCX, XLSX, JSON, HTML) from report files, without the ledger.",
        discussion: """
        Every file under PATH is read and extracted; per unit the report with the latest date is current. \
        Reporters are on time or late from each report's own date against the plan's deadlines.
        """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .customLong("from-extract"), parsing: .upToNextOption, help: "Report files or folders to extract and consolidate.")
    var paths: [String] = []

    @Option(help: "Output directory (default: the pipeline's outbox).")
    var out: String?

    @Option(name: .customLong("as-of"), help: "The report's date, yyyy-mm-dd (default: today in Viet Nam).")
    var asOf: String?

    @Option(help: "Formats to write (default: the pipeline's outputs).")
    var format: [OutputFormatArgument] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder with --from-extract") }
        if let asOf, PlanDate(iso: asOf) == nil { throw ValidationError("--as-of must be yyyy-mm-dd") }
    }

    func run() throws {
        let (pipeline, intake) = try pipelineOptions.loadIntake()
        let files = FileIntake.files(under: paths)
        let submissions = intake.takeAll(files)
        // Receipt time: the file's modification time (a stand-in for the ledger's first-seen).
        let taken = zip(files, submissions).map { f, s in
            let mtime = (try? f.url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? Date()
            return TakenFile(submission: s, path: f.display, receivedAt: mtime)
        }
        let date = asOf.flatMap { PlanDate(iso: $0) } ?? VietFormat.civilDate(Date())
        let input = ConsolidationInput.direct(pipeline: pipeline, asOf: date, files: taken)
        let definition = try ReportDefinition.load(directory: pipeline.directory)
        let report = OutboxWriters.consolidate(input, definition)
        let dir = URL(fileURLWithPath: out ?? pipeline.paths.outbox, isDirectory: true)
        let formats = format.isEmpty ? pipeline.outputs : format.map(\.format)
        let cwd = FileManager.default.currentDirectoryPath
        let html = HTMLReviewWriter(link: { path in
            let abs = path.hasPrefix("/") ? path : cwd + "/" + path
            return URL(fileURLWithPath: abs).absoluteString
        })
        let urls = try OutboxWriters.write(report, definition: definition, formats: formats, into: dir, html: html)
        for u in urls { print(u.path) }
        let a = report.completeness
        printError("tonghop report: \(input.current.count) báo cáo hiện hành, \(input.refused.count) tệp bị từ chối, \(a.received)/\(a.expected) đơn vị đã gửi, \(report.review.count) điểm cần xem xét")
    }
}

struct OutputFormatArgument: ExpressibleByArgument {
    var format: OutputFormat
    init?(argument: String) {
        guard let f = OutputFormat(rawValue: argument) else { return nil }
        format = f
    }
}
