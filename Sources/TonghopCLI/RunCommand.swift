import ArgumentParser
import Foundation
import Intake
import ReportWriters
import Ledger
import Logging
import Nightly
import Outbox
import Plan
#if canImport(Glibc)
import Glibc
#endif

/// Inbox, outbox, ledger and report date: from the pipeline definition unless given.
struct RunLocations: ParsableArguments {
    @Option(help: "The inbox folder (default: the pipeline's paths.inbox).")
    var inbox: String?

    @Option(help: "The outbox folder (default: the pipeline's paths.outbox).")
    var outbox: String?

    @Option(help: "The ledger file (default: the pipeline's paths.ledger).")
    var ledger: String?

    @Option(name: .customLong("as-of"), help: "The report's date, dd/mm/yyyy or yyyy-mm-dd (default: today in Asia/Ho_Chi_Minh).")
    var asOf: String?

    func validate() throws {
        if let asOf, parseReportDate(asOf) == nil { throw ValidationError(asOfProblem(asOf)) }
    }

    /// The date given, if any.
    var givenDate: PlanDate? { asOf.flatMap(parseReportDate) }

    var date: PlanDate { givenDate ?? vietnamDate(Date()) }

    func resolve(_ pipeline: PipelineDefinition) -> (inbox: URL, outbox: URL, ledger: URL) {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let d = NightlyOptions.paths(of: pipeline, workingDirectory: cwd)
        func url(_ p: String?, _ def: URL, dir: Bool) -> URL {
            guard let p else { return def }
            return URL(fileURLWithPath: p, isDirectory: dir, relativeTo: cwd).standardizedFileURL
        }
        return (url(inbox, d.inbox, dir: true), url(outbox, d.outbox, dir: true), url(ledger, d.ledger, dir: false))
    }
}

/// `tonghop run`: the nightly run.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The nightly run: take in what is new in the inbox, update the ledger, write the outbox.",
        discussion: """
            Files already in the ledger (same path, size and modification time, or same content) are not read again. \
            One run at a time: a second run exits with code 2. The inbox is never modified.
            Exit codes: 0 done, also when items wait for review (findings, refused files); \
            1 done with items needing review, only with --fail-on-review; \
            2 could not run (a missing or unusable inbox, outbox or ledger, a broken pipeline, another run).
            """)

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var locations: RunLocations

    @Flag(help: "Also list every unit that has not reported.")
    var verbose = false

    @Flag(help: "Exit 1 when the run is done but items need review (for a scheduler that should mail someone).")
    var failOnReview = false

    func run() throws {
        try runReportingProblems(work)
    }

    private func work() throws {
        // Every pipeline file (vocabulary too) is checked before the ledger is opened.
        let pipeline = try pipelineOptions.loadPipeline()
        let paths = locations.resolve(pipeline.definition)
        try PathCheck.readableFolder(paths.inbox.path, what: "Thư mục Inbox")
        try PathCheck.writableFolder(paths.outbox.path, what: "Thư mục Outbox")
        try PathCheck.writableFile(paths.ledger.path, what: "Sổ cái (ledger)")
        let interactive = isatty(STDERR_FILENO) == 1
        bootstrapLogging(level: interactive ? .warning : .info)
        var logger = Logger(label: "tonghop.run")
        logger.logLevel = interactive ? .warning : .info

        let options = NightlyOptions(inbox: paths.inbox, outbox: paths.outbox, ledger: paths.ledger, asOf: locations.date,
                                     writers: [ConsolidatedReportWriter(inbox: paths.inbox, outbox: paths.outbox), JSONInputWriter()])
        let bar = interactive ? ProgressBar() : nil
        var events: (@Sendable (RunEvent) -> Void)? = nil
        if let bar { events = { e in bar.handle(e) } }
        let result: RunResult
        do {
            result = try NightlyRun(pipeline: pipeline, options: options, logger: logger, events: events).run()
        } catch let busy as RunLock.Busy {
            bar?.finish()
            printError("tonghop: chưa chạy: một lượt tonghop khác đang chạy (khóa \(busy.url.path)\(busy.holder.map { ", giữ bởi \($0)" } ?? "")); hãy chờ lượt đó xong")
            throw ExitCode(ExitStatus.couldNotRun)
        } catch {
            bar?.finish()
            printError("tonghop: lượt chạy không hoàn thành: \(runProblem(error, paths: paths))")
            throw ExitCode(ExitStatus.couldNotRun)
        }
        bar?.finish()
        print(SummaryText.render(digest: result.digest, summary: result.summary, runID: result.runID, seconds: result.seconds,
                                 outbox: result.outboxFiles, reusedFrom: result.reusedFrom, verbose: verbose))
        // The pipeline's own contradictions, every run until the operator corrects them.
        PipelineWarnings.summaryLines(pipeline.definition).forEach { print($0) }
        // Entries that need a person are among the refused files above; the rest are noted here.
        let noted = result.skipped.filter { !$0.needsAttention }
        if !noted.isEmpty {
            print("Not read in the inbox (\(noted.count)):")
            for s in noted { print("  \(s.path): \(s.message)") }
        }
        if result.summary.exitCode != 0 {
            print(failOnReview ? "Done, with items needing review (exit 1)." : "Done, with items needing review.")
            if failOnReview { throw ExitCode(ExitStatus.needsReview) }
            return
        }
        print("Done.")
    }
}

/// A failed run's error for the operator: a file-system problem says which and where (the
/// path Foundation names, else the outbox or ledger it most likely concerns); others as they are.
func runProblem(_ error: any Error, paths: (inbox: URL, outbox: URL, ledger: URL)) -> String {
    if FileProblem(error) != nil {
        let ns = error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo["NSDestinationFilePath"] as? String) ?? paths.outbox.path
        return FileProblem.describe(error, path: path)
    }
    // SQLite's result codes, as GRDB's errors print them.
    let text = "\(error)"
    if text.contains("SQLite error 13") { return FileProblem.diskFull.message(path: paths.ledger.path) }
    if text.contains("SQLite error 8") { return FileProblem.readOnlyVolume.message(path: paths.ledger.path) }
    if text.contains("SQLite error 14") { return "không mở được sổ cái (ledger) \(paths.ledger.path)" }
    return text
}

/// Plain log lines on standard error (swift-log), once per process.
func bootstrapLogging(level: Logger.Level) {
    LoggingBootstrap.once(level: level)
}

enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false
    static func once(level: Logger.Level) {
        guard !done else { return }
        done = true
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = level
            return h
        }
    }
}

/// A one-line progress bar on a terminal (standard error).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var drawn = false

    func handle(_ e: RunEvent) {
        lock.lock(); defer { lock.unlock() }
        switch e {
        case .scanned(let files, let toRead):
            line("\(files) files in the inbox, \(toRead) to read")
            if toRead == 0 { end() }
        case .file(let done, let total, let path, _):
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let name = path.count > 40 ? "…" + path.suffix(39) : path
            line("[\(bar)] \(done)/\(total) \(name)")
            if done == total { end() }
        case .stage(let s):
            line(s + "…")
        }
    }

    private func line(_ s: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + s).utf8))
        drawn = true
    }

    private func end() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)); drawn = false }
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); drawn = false }
    }
}
