import ArgumentParser
import Consolidation
import Dispatch
import Foundation
import Intake
import Nightly
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

    @Option(name: .customLong("as-of"), help: "The report's date, dd/mm/yyyy or yyyy-mm-dd (default: today in Viet Nam).")
    var asOf: String?

    @Option(name: .customLong("made-on"), help: "The day the report is made, whose month its date line and appendix captions carry, dd/mm/yyyy or yyyy-mm-dd (default: today in Viet Nam; never before the --as-of month).")
    var madeOn: String?

    @Option(help: "Formats to write (default: the pipeline's outputs).")
    var format: [OutputFormatArgument] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("hãy chỉ ra ít nhất một tệp hoặc thư mục sau --from-extract") }
        if let asOf, parseReportDate(asOf) == nil { throw ValidationError(asOfProblem(asOf)) }
        if let madeOn, parseReportDate(madeOn) == nil { throw ValidationError(asOfProblem(madeOn)) }
    }

    func run() throws {
        try runReportingProblems(work)
    }

    private func work() throws {
        let (files, attention) = try reportFilesAndSkipped(under: paths, command: "report", skipping: true)
        let pipeline = try pipelineOptions.loadPipeline()
        let date = asOf.flatMap(parseReportDate) ?? VietFormat.civilDate(Date())
        // Each file counts as received at its modification time (there is no history of arrival).
        let scanned = files.map { f -> ScannedFile in
            let a = try? FileManager.default.attributesOfItem(atPath: f.url.path)
            return ScannedFile(path: f.display.precomposedStringWithCanonicalMapping, url: f.url,
                               size: (a?[.size] as? NSNumber)?.int64Value ?? 0,
                               mtime: (a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        }
        // As the nightly run does: links and unreadable names are refused files for a person.
        // Seen, as the files are received, at their modification time (the link's own, not its
        // target's), else their folder's: the time of this command made every run's JSON differ.
        func modified(_ path: String) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        let unreadable = attention.map {
            RefusedFile(path: $0.path, sha256: "", kind: $0.reason.rawValue, reason: $0.message,
                        firstSeen: modified($0.path) ?? modified(URL(fileURLWithPath: $0.path).deletingLastPathComponent().path) ?? Date())
        }
        let state = try ReportFromFiles.reconcile(files: scanned, pipeline: pipeline, asOf: date, unreadable: unreadable)
        var input = state.input
        // Signed in the month it is made (REVIEW27 #8): the run's own day — REVIEW44 #6 (over
        // REVIEW29 §4's as-of month): data as of 30/11 made on 05/12 are signed in December, as
        // the nightly run does — or --made-on when given; the renderer never goes before the
        // data's month.
        input.madeOn = madeOn.flatMap(parseReportDate) ?? VietFormat.civilDate(Date())
        let definition: ReportDefinition
        do { definition = try ReportDefinition.load(directory: pipeline.directory) } catch {
            throw CannotRun("\(error)")
        }
        let report = OutboxWriters.consolidate(input, definition)
        let dir = URL(fileURLWithPath: out ?? pipeline.definition.paths.outbox, isDirectory: true)
        let formats = format.isEmpty ? pipeline.definition.outputs : format.map(\.format)
        let cwd = FileManager.default.currentDirectoryPath
        let html = HTMLReviewWriter(link: { path in
            let abs = path.hasPrefix("/") ? path : cwd + "/" + path
            return URL(fileURLWithPath: abs).absoluteString
        })
        try PathCheck.writableFolder(dir.path, what: "Thư mục ra")
        let urls: [URL]
        do { urls = try OutboxWriters.write(report, definition: definition, formats: formats, into: dir, html: html) } catch {
            throw CannotRun("không ghi được báo cáo: " + FileProblem.describe(error, path: dir.path))
        }
        for u in urls { print(u.path) }
        // The headline's counts, in the scopes the report states them (REVIEW23 #11).
        let a = report.headline.reporting, own = report.headline.ownReporting
        printError("tonghop report: \(input.current.count) báo cáo hiện hành, \(input.refused.count) tệp bị từ chối, \(a.received)/\(a.expected) cơ quan, địa phương đã gửi (phòng, đơn vị trực thuộc Sở: \(own.received)/\(own.expected)), \(report.review.count) điểm cần xem xét")
    }
}

struct OutputFormatArgument: ExpressibleByArgument {
    var format: OutputFormat
    init?(argument: String) {
        guard let f = OutputFormat(rawValue: argument) else { return nil }
        format = f
    }
}
